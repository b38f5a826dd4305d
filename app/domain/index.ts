// The public surface of Clearpath's domain core: the functions and data the web app and the
// command-line interface call. Everything here is pure: plain data in, plain data out.

export { AREAS_OF_NEED, AREA_INFO, IMPACT_LEVELS, IMPACT_LABELS, findSign } from "./areas-of-need";
export type { AreaOfNeed, AreaInfo, ImpactLevel, Sign } from "./areas-of-need";

export * from "./calendar/calendar-date";
export { bankHolidaysIn, easterSunday, BANK_HOLIDAYS_COVER_FROM, ONE_OFF_CHANGES } from "./calendar/bank-holidays";
export type { BankHoliday, OneOffChange } from "./calendar/bank-holidays";
export { addWorkingDays, isBankHoliday, isWorkingDay, buildHolidayCalendar, ENGLAND_AND_WALES } from "./calendar/working-days";
export type { HolidayCalendar } from "./calendar/working-days";

export { LAW_CATALOGUE, isRuleId } from "./law/catalogue";
export type { RuleId } from "./law/catalogue";
export { getRule, findRule, hasRule, listRuleVersions } from "./law/get-rule";
export { LAW_AS_AT } from "./law/catalogue";
export { describePeriod, describeVerification, lawAsAtText, periodOf, VERIFICATION_TEXT } from "./law/statements";
export type { LawRule, Citation, Period, Verification } from "./law/law-rule";

export { computeDeadlines, DUE_SOON_DAYS } from "./deadlines/compute-deadlines";
export type { Deadline, DeadlineStatus, DeadlineProblem, StatutoryEventInput } from "./deadlines/compute-deadlines";
export { DEADLINE_KEYS, KNOWN_EVENT_TYPES } from "./deadlines/deadline-definitions";
export type { DeadlineKey } from "./deadlines/deadline-definitions";

export { checkWording, judgeProvisionLine, WORDING_ASPECTS } from "./wording/check-wording";
export type { ProvisionFields, WordingCheck, WordingAspect } from "./wording/check-wording";
export { checkTarget, TARGET_ASPECTS } from "./targets/check-target";
export type { TargetCheck, TargetAspect } from "./targets/check-target";

export { checkCase, FINDING_CODES } from "./health/check-case";
export type { CaseCheck, Finding, FindingCode, Severity, NextStepAction } from "./health/check-case";
export { summariseProgress, PROGRESS_DIMENSIONS } from "./health/progress-inadequate";
export type { ProgressSummary, ProgressDimension, ProgressDimensionSummary } from "./health/progress-inadequate";
export * as HEALTH_THRESHOLDS from "./health/thresholds";

export { extractRecommendations } from "./recommendations/extract-recommendations";
export type { ExtractedRecommendation } from "./recommendations/extract-recommendations";
export { classifyNeed } from "./needs/classify-need";
export type { AreaSuggestion } from "./needs/classify-need";

export * from "./case/case-document";
export { buildCaseDocument } from "./case/build-case-document";

export { deriveJourney, JOURNEY_STAGES } from "./journey/derive-journey";
export type { Journey, JourneyStage, JourneyStageId, JourneyScreen, StepTarget } from "./journey/derive-journey";
export { readStatutoryStep } from "./journey/statutory-step";
export { listNextSteps, NEXT_STEP_KINDS } from "./journey/next-steps";
export type { NextStep, NextStepKind, OverdueReply } from "./journey/next-steps";
export type { StatutoryStep, StatutoryStepId, StatutoryNextStep } from "./journey/statutory-step";
export { summariseCase } from "./health/case-summary";
export type { CaseSummary } from "./health/case-summary";
export { termOf } from "./delivery/school-terms";
export type { SchoolTerm } from "./delivery/school-terms";

// Meetings and the correspondence log (issue 6).
export * from "./meetings";
export * from "./correspondence";

export * from "./letters";
export * from "./chronology";
export * from "./documents";

// The school day: exclusion deadlines and the education lost (issue 22).
export * from "./school-day";

// The tribunal: counting time, dates after a decision, the bundle's page budget and page numbers (issue 23).
export * from "./tribunal";
