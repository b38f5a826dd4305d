// After the tribunal decides: what the council must do and by when (an order under reg 44, or an
// appeal it conceded under reg 45), and the family's own time limits to challenge the decision.
// Counted in calendar weeks and days from day 0; a date on a weekend or bank holiday does not move
// and is flagged (reference section 5 and worked example 3).

import { compareDates, laterOf, type CalendarDate } from "../calendar/calendar-date";
import { ENGLAND_AND_WALES, type HolidayCalendar } from "../calendar/working-days";
import { applyPeriod } from "../deadlines/apply-period";
import { findRule } from "../law/get-rule";
import type { Verification } from "../law/law-rule";
import type { AppealType, OrderKind } from "./appeal-types";
import { describeDateStatus, type TribunalDateId, type TribunalRuleId } from "./tribunal-rules";
import { familyDate, nonWorkingKindOf, type CouncilStep, type TribunalDate } from "./tribunal-time";

type CouncilStepRule = {
  id: TribunalDateId;
  step: CouncilStep;
  /** The rule's period by name; null for "immediately". */
  periodName: string | null;
  lengthStatus: Verification;
  orStep?: CouncilStep;
};

// Reg 44(2)(a)–(c) (ceasing, assessing, making a plan) were checked against a verbatim quotation,
// and HMCTS's SEND18 page (read) gives 2 weeks, 5 weeks, "immediately" and 2 weeks for assessing,
// amending, keeping the plan and naming a school: partly verified. Reconsidering (d) and keeping
// and changing the plan (h) rest on IPSEA and Surrey SENDIASS only. Question 4 (read reg 44's
// latest text) would settle them all.
const ORDER_STEPS: Readonly<Record<OrderKind, readonly CouncilStepRule[]>> = {
  assess: [
    { id: "D-ORDER-ASSESS", step: "say_it_will_assess", periodName: "assess", lengthStatus: "partly_verified" },
    { id: "D-ORDER-ASSESS-NOPLAN", step: "say_no_plan_needed", periodName: "assessNoPlan", lengthStatus: "partly_verified", orStep: "issue_final_plan" },
    { id: "D-ORDER-ASSESS-PLAN", step: "issue_final_plan", periodName: "assessPlan", lengthStatus: "partly_verified", orStep: "say_no_plan_needed" },
  ],
  make_plan: [
    { id: "D-ORDER-ISSUE", step: "issue_draft_plan", periodName: "issueDraft", lengthStatus: "partly_verified" },
    { id: "D-ORDER-ISSUE", step: "issue_final_plan", periodName: "issueFinal", lengthStatus: "partly_verified" },
  ],
  reconsider: [{ id: "D-ORDER-RECONSIDER", step: "reconsider", periodName: "reconsider", lengthStatus: "secondary" }],
  amend: [{ id: "D-ORDER-AMEND", step: "issue_amended_plan", periodName: "amend", lengthStatus: "partly_verified" }],
  name_school: [{ id: "D-ORDER-SCHOOL", step: "name_school", periodName: "school", lengthStatus: "partly_verified" }],
  continue: [{ id: "D-ORDER-CONTINUE", step: "keep_plan", periodName: null, lengthStatus: "partly_verified" }],
  continue_and_amend: [
    { id: "D-ORDER-CONTINUE", step: "keep_plan", periodName: null, lengthStatus: "partly_verified" },
    { id: "D-ORDER-AMEND", step: "issue_amended_plan", periodName: "continueAndAmend", lengthStatus: "secondary" },
  ],
  cease_dismissed: [{ id: "D-ORDER-CONTINUE", step: "cease_plan", periodName: null, lengthStatus: "partly_verified" }],
};

// Reg 45 as substituted by SI 2015/359 (verified), from the day the council told the tribunal it
// would not oppose. The reference gives no time for a conceded refusal to issue a plan or a
// conceded appeal against ending one, so none is made up here.
const UNOPPOSED_STEPS: Readonly<Record<AppealType, readonly CouncilStepRule[] | null>> = {
  refusal_to_assess: ORDER_STEPS.assess.map((step) => ({ ...step, id: "D-UNOPPOSED", lengthStatus: "verified" })),
  refusal_to_reassess: ORDER_STEPS.assess.map((step) => ({ ...step, id: "D-UNOPPOSED", lengthStatus: "verified" })),
  sections_b_f: [{ id: "D-UNOPPOSED", step: "issue_amended_plan", periodName: "amend", lengthStatus: "verified" }],
  sections_b_f_i: [{ id: "D-UNOPPOSED", step: "issue_amended_plan", periodName: "amend", lengthStatus: "verified" }],
  section_i_only: [{ id: "D-UNOPPOSED", step: "name_school", periodName: "school", lengthStatus: "verified" }],
  refusal_to_issue: null,
  cease: null,
};

function councilDates(options: {
  ruleId: TribunalRuleId;
  steps: readonly CouncilStepRule[];
  from: CalendarDate;
  openQuestion: number | null;
  calendar: HolidayCalendar;
}): TribunalDate[] {
  const rule = findRule(options.ruleId, options.from);
  if (!rule) return [];
  return options.steps
    .map((spec): TribunalDate => {
      const period = spec.periodName === null ? null : rule.periods?.[spec.periodName];
      if (period === undefined) throw new Error(`${options.ruleId} has no period called "${spec.periodName}"`);
      const due = period === null ? options.from : applyPeriod(options.from, period, options.calendar);
      return {
        ...describeDateStatus(options.ruleId, spec.lengthStatus, options.openQuestion),
        id: spec.id,
        whose: "council",
        step: spec.step,
        timing: period === null ? "immediately" : "by",
        countedFrom: options.from,
        period,
        due,
        target: due,
        fallsOn: nonWorkingKindOf(due, options.calendar),
        fallback: null,
        orStep: spec.orStep ?? null,
      };
    })
    .sort((a, b) => compareDates(a.due, b.due));
}

/**
 * What the council must do after a tribunal order, and by when (Regs reg 44, R-TRIB-COMPLY), from
 * the date on the order as day 0: the earlier of the two days sources count from (the order made,
 * or the day the tribunal sent it). The tribunal may set other dates in the order; those win.
 * Empty for an order made before reg 44 was in force.
 *
 * Example (reference worked example 3): an order to assess made Fri 15 Jan 2027 gives
 * say_it_will_assess by 2027-01-29, say_no_plan_needed by 2027-03-26 (Good Friday: fallsOn
 * "bank_holiday", the date does not move) or issue_final_plan by 2027-04-23.
 */
export function listOrderDeadlines(options: {
  kind: OrderKind;
  orderDate: CalendarDate;
  calendar?: HolidayCalendar;
}): TribunalDate[] {
  return councilDates({
    ruleId: "R-TRIB-COMPLY",
    steps: ORDER_STEPS[options.kind],
    from: options.orderDate,
    openQuestion: 4,
    calendar: options.calendar ?? ENGLAND_AND_WALES,
  });
}

/**
 * What the council must do after telling the tribunal it will not oppose the appeal, before its
 * response (Regs reg 45 as substituted in 2015, R-TRIB-UNOPPOSED, R-APP-COMPLY), counted from that
 * day. `isCovered` is false for the appeals the reference gives no time for (a refusal to issue a
 * plan, ending a plan): say so rather than guess. The 4 weeks some websites quote is the text
 * replaced in 2015.
 *
 * Example: a refusal to assess conceded on Mon 1 Mar 2027 gives say_it_will_assess by 2027-03-15,
 * say_no_plan_needed by 2027-05-10 or issue_final_plan by 2027-06-07.
 */
export function listUnopposedDeadlines(options: {
  appealType: AppealType;
  notOpposedOn: CalendarDate;
  calendar?: HolidayCalendar;
}): { dates: TribunalDate[]; isCovered: boolean } {
  const steps = UNOPPOSED_STEPS[options.appealType];
  if (!steps) return { dates: [], isCovered: false };
  const dates = councilDates({
    ruleId: "R-TRIB-UNOPPOSED",
    steps,
    from: options.notOpposedOn,
    openQuestion: null,
    calendar: options.calendar ?? ENGLAND_AND_WALES,
  });
  return { dates, isCovered: dates.length > 0 };
}

/**
 * The family's own time limits after the tribunal's decision, each from the day the tribunal sent
 * the paper it runs from (day 0): a review because things changed (D-TRIB-REVIEW-SEN, 28 days), a
 * set-aside (D-TRIB-SET-ASIDE, 28 days), permission to appeal from the tribunal (D-TRIB-PTA, 28 days
 * from the decision, its written reasons or a correction, whichever was sent last); then, once
 * recorded, permission from the Upper Tribunal (D-UT-PTA, 1 month from the tribunal's refusal) and
 * a hearing after the Upper Tribunal's refusal on the papers (D-UT-RECONSIDER, 14 days). The three
 * First-tier limits carry the holiday rule's fallback (R-TRIB-COUNT); the Upper Tribunal's do not.
 *
 * Example (reference worked example 3): a decision sent Fri 15 Jan 2027 gives D-TRIB-PTA due
 * 2027-02-12, with no fallback (the date is a working day outside August and Christmas).
 */
export function listChallengeDates(options: {
  decisionSentOn: CalendarDate;
  reasonsSentOn?: CalendarDate;
  correctionSentOn?: CalendarDate;
  tribunalRefusalSentOn?: CalendarDate;
  upperTribunalRefusalSentOn?: CalendarDate;
  calendar?: HolidayCalendar;
}): TribunalDate[] {
  const calendar = options.calendar ?? ENGLAND_AND_WALES;
  const permissionFrom = [options.reasonsSentOn, options.correctionSentOn].reduce<CalendarDate>(
    (latest, date) => (date ? laterOf(latest, date) : latest),
    options.decisionSentOn,
  );
  const limits: Array<{
    id: TribunalDateId;
    step: Parameters<typeof familyDate>[0]["step"];
    ruleId: TribunalRuleId;
    periodName: string;
    lengthStatus: Verification;
    openQuestion: number | null;
    from: CalendarDate | undefined;
    hasFallback: boolean;
  }> = [
    { id: "D-TRIB-REVIEW-SEN", step: "ask_for_review", ruleId: "R-TRIB-REVIEW-SEN", periodName: "main", lengthStatus: "unverified", openQuestion: 3, from: options.decisionSentOn, hasFallback: true },
    { id: "D-TRIB-SET-ASIDE", step: "ask_to_set_aside", ruleId: "R-TRIB-SET-ASIDE", periodName: "main", lengthStatus: "unverified", openQuestion: 3, from: options.decisionSentOn, hasFallback: true },
    // Tribunal Rules r.46 (28 days) not read: question 3.
    { id: "D-TRIB-PTA", step: "ask_tribunal_permission", ruleId: "R-TRIB-PTA", periodName: "firstTier", lengthStatus: "unverified", openQuestion: 3, from: permissionFrom, hasFallback: true },
    // UT Rules r.21(3) and r.22(3)–(5) read on legislation.gov.uk (verified).
    { id: "D-UT-PTA", step: "ask_upper_tribunal_permission", ruleId: "R-TRIB-PTA", periodName: "upperTribunal", lengthStatus: "verified", openQuestion: null, from: options.tribunalRefusalSentOn, hasFallback: false },
    { id: "D-UT-RECONSIDER", step: "ask_upper_tribunal_hearing", ruleId: "R-TRIB-PTA", periodName: "reconsider", lengthStatus: "verified", openQuestion: null, from: options.upperTribunalRefusalSentOn, hasFallback: false },
  ];
  return limits
    .flatMap((limit) => {
      if (!limit.from) return [];
      const period = findRule(limit.ruleId, limit.from)?.periods?.[limit.periodName];
      if (!period) return [];
      return [
        familyDate({
          id: limit.id,
          step: limit.step,
          status: describeDateStatus(limit.ruleId, limit.lengthStatus, limit.openQuestion),
          countedFrom: limit.from,
          period,
          due: applyPeriod(limit.from, period, calendar),
          hasFallback: limit.hasFallback,
          calendar,
        }),
      ];
    })
    .sort((a, b) => compareDates(a.due, b.due));
}
