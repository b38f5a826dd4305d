// The tribunal's way of counting time in SEN cases: its working days (no weekends, bank holidays,
// 25 December to 1 January or August; R-TRIB-WORKING-DAY), and the holiday rule that can give a
// family until the next working day when a time limit ends in those days (R-TRIB-COUNT), shown
// only as a fallback behind the ordinary date. The appeal date itself is the deadline engine's
// (domain/deadlines, D-APPEAL); this module reads it, it does not count it again.

import { addDays, isWeekend, toParts, type CalendarDate } from "../calendar/calendar-date";
import { ENGLAND_AND_WALES, isBankHoliday, isWorkingDay, type HolidayCalendar } from "../calendar/working-days";
import type { Deadline } from "../deadlines/compute-deadlines";
import { LAW_AS_AT } from "../law/catalogue";
import { getRule } from "../law/get-rule";
import type { Period } from "../law/law-rule";
import { describeDateStatus, type DateStatus, type TribunalDateId } from "./tribunal-rules";

/** Days the tribunal does not count in SEN cases (Tribunal Rules r.12(3), R-TRIB-WORKING-DAY). */
export type TribunalClosedPeriod = "christmas" | "august";

/** What must be done by a date, and by whom (`whose` on TribunalDate). */
export const FAMILY_STEPS = [
  "appeal",
  "ask_for_review",
  "ask_to_set_aside",
  "ask_tribunal_permission",
  "ask_upper_tribunal_permission",
  "ask_upper_tribunal_hearing",
] as const;
export const COUNCIL_STEPS = [
  "respond_to_appeal",
  "say_it_will_assess",
  "say_no_plan_needed",
  "issue_draft_plan",
  "issue_final_plan",
  "reconsider",
  "issue_amended_plan",
  "name_school",
  "keep_plan",
  "cease_plan",
] as const;
export type FamilyStep = (typeof FAMILY_STEPS)[number];
export type CouncilStep = (typeof COUNCIL_STEPS)[number];

/**
 * The holiday rule's later date (R-TRIB-COUNT): never the deadline, only what the family can fall
 * back on if it misses the ordinary date. Its rule is unverified and sources differ on the method.
 */
export type TribunalFallback = DateStatus & {
  date: CalendarDate;
  /** Why the ordinary date is not a tribunal working day. */
  reason: TribunalClosedPeriod | "non_working_day";
};

/** A dated step in an appeal, with its rule, statuses and standing (decision 139). */
export type TribunalDate = DateStatus & {
  id: TribunalDateId;
  whose: "family" | "council";
  step: FamilyStep | CouncilStep;
  /** "by": the last day allowed; "immediately": from the day it is counted from. */
  timing: "by" | "immediately";
  /** Day 0 of the count: the decision sent, the order made, the council said it would not oppose. */
  countedFrom: CalendarDate;
  /** The period from the law catalogue; null for "immediately" and for the appeal (the deadline engine counts it). */
  period: Period | null;
  /** The ordinary date, never moved. */
  due: CalendarDate;
  /**
   * The date to aim for: for the family's own dates, the last working day on or before `due`
   * (worked example 4); for the council's, `due` itself.
   */
  target: CalendarDate;
  /** When `due` is a weekend or bank holiday: it does not move, so say so (worked example 3's Good Friday). */
  fallsOn: "weekend" | "bank_holiday" | null;
  fallback: TribunalFallback | null;
  /** The other step that meets the same duty ("say no plan is needed, or issue the final plan"). */
  orStep: CouncilStep | null;
};

/**
 * The closed period a date is in, e.g. tribunalClosedPeriodOf("2027-08-30") === "august",
 * tribunalClosedPeriodOf("2027-01-01") === "christmas", tribunalClosedPeriodOf("2027-01-02") === null.
 */
export function tribunalClosedPeriodOf(date: CalendarDate): TribunalClosedPeriod | null {
  const { month, day } = toParts(date);
  if (month === 8) return "august";
  if ((month === 12 && day >= 25) || (month === 1 && day === 1)) return "christmas";
  return null;
}

/**
 * Whether a date is a tribunal working day in an SEN case (R-TRIB-WORKING-DAY), e.g.
 * isTribunalWorkingDay("2027-08-02") === false (August); isTribunalWorkingDay("2027-09-01") === true.
 */
export function isTribunalWorkingDay(date: CalendarDate, calendar: HolidayCalendar = ENGLAND_AND_WALES): boolean {
  return isWorkingDay(date, calendar) && tribunalClosedPeriodOf(date) === null;
}

/**
 * The last day of N tribunal working days after a date, counting from the next day (R-TRIB-WORKING-DAY),
 * e.g. 30 working days after Mon 12 Jul 2027 is Wed 22 Sep 2027 (reference worked example 5: 14 days
 * in July, none in August, 16 in September). Directions in working days are counted this way;
 * the date printed in the directions always wins.
 */
export function addTribunalWorkingDays(options: {
  from: CalendarDate;
  count: number;
  calendar?: HolidayCalendar;
}): CalendarDate {
  const calendar = options.calendar ?? ENGLAND_AND_WALES;
  let remaining = options.count;
  let day = options.from;
  while (remaining > 0) {
    day = addDays(day, 1);
    if (isTribunalWorkingDay(day, calendar)) remaining -= 1;
  }
  return day;
}

/** The first tribunal working day on or after a date, e.g. Mon 30 Aug 2027 gives Wed 1 Sep 2027. */
export function nextTribunalWorkingDay(date: CalendarDate, calendar: HolidayCalendar = ENGLAND_AND_WALES): CalendarDate {
  let day = date;
  while (!isTribunalWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/** The last ordinary working day on or before a date, e.g. Mon 30 Aug 2027 (a bank holiday) gives Fri 27 Aug 2027. */
export function lastWorkingDayOnOrBefore(date: CalendarDate, calendar: HolidayCalendar = ENGLAND_AND_WALES): CalendarDate {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addDays(day, -1);
  return day;
}

/** Whether a date is a weekend or bank holiday, or neither. */
export function nonWorkingKindOf(date: CalendarDate, calendar: HolidayCalendar = ENGLAND_AND_WALES): "weekend" | "bank_holiday" | null {
  if (isWeekend(date)) return "weekend";
  return isBankHoliday(date, calendar) ? "bank_holiday" : null;
}

/**
 * The holiday rule's fallback for a time limit ending on `due` (R-TRIB-COUNT, as IPSEA reads it:
 * only the end date matters): the next tribunal working day when `due` is not one, else null.
 * A literal reading of r.12(3) could also lengthen a period that runs through August; the
 * reference leaves that open (question 3), so Clearpath never offers the longer date.
 *
 * Example: Mon 30 Aug 2027 gives { date: "2027-09-01", reason: "august", ruleId: "R-TRIB-COUNT", standing: "aim_for" }.
 */
export function findTribunalFallback(due: CalendarDate, calendar: HolidayCalendar = ENGLAND_AND_WALES): TribunalFallback | null {
  if (isTribunalWorkingDay(due, calendar)) return null;
  return {
    ...describeDateStatus("R-TRIB-COUNT", "unverified", 3),
    date: nextTribunalWorkingDay(due, calendar),
    reason: tribunalClosedPeriodOf(due) ?? "non_working_day",
  };
}

/**
 * The appeal date as the tribunal counts it: the deadline engine's D-APPEAL date (R-APP-DEADLINE,
 * the later of 2 months from the decision letter and 1 month from the certificate) as the
 * deadline, never moved; the last working day on or before it as the date to aim for; and, when
 * it ends on a weekend, a bank holiday, 25 December to 1 January or in August, the holiday rule's
 * later date as a fallback only.
 *
 * Example (reference worked example 4): a decision letter sent Wed 30 Jun 2027 gives the engine's
 * appeal date Mon 30 Aug 2027; readAppealTime gives target Fri 27 Aug 2027 and fallback Wed 1 Sep 2027.
 */
export function readAppealTime(
  appeal: Pick<Deadline, "due" | "fromDate">,
  calendar: HolidayCalendar = ENGLAND_AND_WALES,
): TribunalDate {
  return familyDate({
    id: "D-TRIB-DEADLINE",
    step: "appeal",
    status: describeDateStatus("R-APP-DEADLINE", "verified", null),
    countedFrom: appeal.fromDate,
    period: null,
    due: appeal.due,
    hasFallback: true,
    calendar,
  });
}

/**
 * When the council's response is usually due: 30 tribunal working days after the tribunal sent it
 * the appeal (R-TRIB-LA-RESPONSE, a date to aim for: the directions' date governs, and one HMCTS
 * page says 6 weeks). Example: sent Mon 12 Jul 2027 gives Wed 22 Sep 2027 (worked example 5).
 */
export function estimateCouncilResponse(options: { sentToCouncilOn: CalendarDate; calendar?: HolidayCalendar }): TribunalDate {
  const calendar = options.calendar ?? ENGLAND_AND_WALES;
  const period = getRule("R-TRIB-LA-RESPONSE", LAW_AS_AT).periods?.usual;
  if (period?.kind !== "count" || period.unit !== "tribunal_working_days") throw new Error("R-TRIB-LA-RESPONSE has no period in tribunal working days");
  const due = addTribunalWorkingDays({ from: options.sentToCouncilOn, count: period.amount, calendar });
  return {
    ...describeDateStatus("R-TRIB-LA-RESPONSE", "unverified", 3),
    id: "D-TRIB-LA-RESPONSE",
    whose: "council",
    step: "respond_to_appeal",
    timing: "by",
    countedFrom: options.sentToCouncilOn,
    period,
    due,
    target: due,
    fallsOn: null,
    fallback: null,
    orStep: null,
  };
}

/** A family's own date: aimed at the last working day on or before it, with the holiday rule's fallback where it applies. */
export function familyDate(options: {
  id: TribunalDateId;
  step: FamilyStep;
  status: DateStatus;
  countedFrom: CalendarDate;
  period: Period | null;
  due: CalendarDate;
  /** Whether the First-tier Tribunal's holiday rule (r.12) applies to this limit. */
  hasFallback: boolean;
  calendar: HolidayCalendar;
}): TribunalDate {
  const { due, calendar } = options;
  return {
    ...options.status,
    id: options.id,
    whose: "family",
    step: options.step,
    timing: "by",
    countedFrom: options.countedFrom,
    period: options.period,
    due,
    target: lastWorkingDayOnOrBefore(due, calendar),
    fallsOn: nonWorkingKindOf(due, calendar),
    fallback: options.hasFallback ? findTribunalFallback(due, calendar) : null,
    orStep: null,
  };
}
