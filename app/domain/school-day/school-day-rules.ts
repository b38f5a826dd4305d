// The school-day rules the deadlines rest on. Their wording, citations and status are in the law
// catalogue (domain/law/catalogue.ts), from england-school-day-and-tribunal-rules.md (5 Dec 2026);
// here, which deadline rests on which rule, and the numbers the counts use.

import { LAW_AS_AT, LAW_CATALOGUE, type RuleId } from "../law/catalogue";
import { getRule } from "../law/get-rule";
import type { Verification } from "../law/law-rule";

export const SCHOOL_DAY_RULE_IDS = [
  "R-DAY-EXCL-NOTICE",
  "R-DAY-EXCL-6TH-DAY",
  "R-DAY-EXCL-GOV-DUTY",
  "R-DAY-EXCL-GOV-TIME",
  "R-DAY-EXCL-IRP",
  "R-DAY-EXCL-45",
] as const;

export type SchoolDayRuleId = (typeof SCHOOL_DAY_RULE_IDS)[number];

/** Each rule's status, as the law catalogue gives it. */
export const SCHOOL_DAY_RULE_STATUS: Readonly<Record<SchoolDayRuleId, Verification>> = Object.fromEntries(
  SCHOOL_DAY_RULE_IDS.map((id) => {
    const rule = LAW_CATALOGUE.find((entry) => entry.id === id);
    if (!rule) throw new Error(`${id} is not in the law catalogue`);
    return [id, rule.verification];
  }),
) as Record<SchoolDayRuleId, Verification>;

/** The timed rules of the reference's section 5 built here, each with the rule behind it. */
export const SCHOOL_DAY_DEADLINE_IDS = [
  "D-EXCL-NOTICE",
  "D-EXCL-6TH",
  "D-GOV-15",
  "D-GOV-50",
  "D-IRP-APPLY",
  "D-EXCL-45",
] as const;

export type SchoolDayDeadlineId = (typeof SCHOOL_DAY_DEADLINE_IDS)[number];

export type SchoolDayDeadlineRule = {
  ruleId: SchoolDayRuleId;
  /** How far the length and way of counting were checked (section 5 marks some "unverified"). */
  lengthStatus: Verification;
  /**
   * The reference's section 6 question that must be closed before the product states the date
   * as a deadline ("before a developer builds a deadline on an unverified row …"); null when none.
   */
  openQuestion: number | null;
};

export const SCHOOL_DAY_DEADLINE_RULES: Readonly<
  Record<SchoolDayDeadlineId, SchoolDayDeadlineRule>
> = {
  // "by the end of the afternoon session of the first day": FT Excluded Pupils Regs reg 6 (verified).
  "D-EXCL-NOTICE": { ruleId: "R-DAY-EXCL-NOTICE", lengthStatus: "verified", openQuestion: null },
  // "sixth consecutive school day": SI 2014/3216 reg 2 (verified).
  "D-EXCL-6TH": { ruleId: "R-DAY-EXCL-6TH-DAY", lengthStatus: "verified", openQuestion: null },
  // 15 / 50 / 15 school days: Exclusion Regs reg 6(3), 15(3), 24(3) and Sch 1 not read (question 1).
  "D-GOV-15": { ruleId: "R-DAY-EXCL-GOV-TIME", lengthStatus: "unverified", openQuestion: 1 },
  "D-GOV-50": { ruleId: "R-DAY-EXCL-GOV-TIME", lengthStatus: "unverified", openQuestion: 1 },
  "D-IRP-APPLY": { ruleId: "R-DAY-EXCL-IRP", lengthStatus: "unverified", openQuestion: 1 },
  // 45 in the operative text of reg 17A(2) (verified); that it is counted per school is unverified.
  "D-EXCL-45": { ruleId: "R-DAY-EXCL-45", lengthStatus: "partly_verified", openQuestion: null },
};

/** Two sessions (morning and afternoon) make a school day (reference 4.1.2). */
export const SESSIONS_PER_SCHOOL_DAY = 2;

/** A rule's number of school days, from the law catalogue, so the count and the words agree. */
function schoolDaysOf(id: RuleId, name: string): number {
  const period = getRule(id, LAW_AS_AT).periods?.[name];
  if (period?.kind !== "school_days" && period?.kind !== "school_days_total") throw new Error(`${id} has no school-day period called "${name}"`);
  return period.amount;
}

/** Over this many school days of suspension in a term, the board and the LA must be told (R-DAY-EXCL-TELL-GOV) and the parent's representations make the board consider reinstatement (R-DAY-EXCL-GOV-DUTY). */
export const TERM_DAYS_REPRESENTATIONS = schoolDaysOf("R-DAY-EXCL-GOV-DUTY", "onRepresentations");

/** Over this many school days of suspension in a term, the board must consider reinstatement (R-DAY-EXCL-GOV-DUTY). */
export const TERM_DAYS_MANDATORY_MEETING = schoolDaysOf("R-DAY-EXCL-GOV-DUTY", "mandatory");

/** Full-time education must be arranged from this school day of exclusion (R-DAY-EXCL-6TH-DAY). */
export const FULL_TIME_EDUCATION_FROM_DAY = schoolDaysOf("R-DAY-EXCL-6TH-DAY", "fullTimeFrom");

/** School days within which the board decides when a meeting is mandatory (R-DAY-EXCL-GOV-TIME, unverified). */
export const GOVERNORS_DAYS_MANDATORY = schoolDaysOf("R-DAY-EXCL-GOV-TIME", "mandatory");

/** School days within which the board decides when only the parent's representations trigger it (R-DAY-EXCL-GOV-TIME, unverified). */
export const GOVERNORS_DAYS_ON_REPRESENTATIONS = schoolDaysOf("R-DAY-EXCL-GOV-TIME", "onRepresentations");

/** School days the parent has to ask for an independent review panel (R-DAY-EXCL-IRP, length unverified). */
export const IRP_REQUEST_DAYS = schoolDaysOf("R-DAY-EXCL-IRP", "main");

/** The most school days a pupil may be suspended in one school year (R-DAY-EXCL-45). */
export const SUSPENSION_CAP_DAYS = schoolDaysOf("R-DAY-EXCL-45", "main");

/** School days of health absence in a school year after which the council should arrange education (R-DAY-HEALTH-15, guidance). */
export const HEALTH_ABSENCE_DAYS = schoolDaysOf("R-DAY-HEALTH-15", "main");
