// Small readings of the school day that several health-check rules share: which records are recent
// enough to act on, how a finding states a rule's status, and how it says a figure is an estimate.

import { compareDates, daysBetween, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument, SchoolDayRecord } from "../case/case-document";
import type { SchoolDayKind } from "../codes/school-day";
import { LAW_AS_AT, type RuleId } from "../law/catalogue";
import { getRule } from "../law/get-rule";
import { VERIFICATION_TEXT } from "../law/statements";
import { formatDate } from "../presentation";
import { SCHOOL_DAY_LOOKBACK_DAYS } from "./thresholds";

/**
 * The record id a finding lists when its figures are estimated: the page maps it to the page where
 * the school's term dates are recorded (decision 139).
 */
export const SCHOOL_TERMS_RECORD = "school-terms";

/**
 * Whether a school-day date is recent enough to act on: not in the future, and within the
 * look-back (SCHOOL_DAY_LOOKBACK_DAYS, ours).
 *
 * Example: isRecentSchoolDay("2026-11-09", "2026-12-01") === true; ("2025-11-09", "2026-12-01") === false.
 */
export function isRecentSchoolDay(date: CalendarDate, today: CalendarDate): boolean {
  return compareDates(date, today) <= 0 && daysBetween(date, today) <= SCHOOL_DAY_LOOKBACK_DAYS;
}

/** The case's school-day records of some kinds that are recent enough to act on, oldest first. */
export function listRecentRecords(
  document: CaseDocument,
  today: CalendarDate,
  kinds: readonly SchoolDayKind[],
): SchoolDayRecord[] {
  return document.schoolDay
    .filter((record) => kinds.includes(record.kind) && isRecentSchoolDay(record.date, today))
    .sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
}

/**
 * A rule's id and how far our reference checked it, for a finding that states the rule, e.g.
 * "(R-DAY-EXCL-INFORMAL: not yet checked against the law's own text.)".
 */
export function ruleStatusNote(id: RuleId): string {
  const text = VERIFICATION_TEXT[getRule(id, LAW_AS_AT).verification];
  return `(${id}: ${text.charAt(0).toLowerCase()}${text.slice(1)})`;
}

/** The sentence a finding adds when its school days are estimated. */
export const ESTIMATE_NOTE =
  "These school days are an estimate: the school's term dates are not recorded, so Clearpath counted every weekday except bank holidays. Add the term dates to make them exact.";

/** The records behind a finding, with the term-dates page when its figures are estimated. */
export function withEstimate(records: readonly string[], isEstimate: boolean): string[] {
  return isEstimate ? [...records, SCHOOL_TERMS_RECORD] : [...records];
}

/** A record's date, or its first and last day: "3 November 2026", "9 November 2026 to 18 November 2026". */
export function describeRecordDates(record: Pick<SchoolDayRecord, "date" | "endDate">): string {
  return record.endDate && record.endDate !== record.date
    ? `${formatDate(record.date)} to ${formatDate(record.endDate)}`
    : formatDate(record.date);
}

/**
 * Whether the case records the child's needs: needs, an EHC plan, or a cycle of SEN support.
 * Attendance action for such a child should be support first (R-DAY-ATT-SEND).
 */
export function hasRecordedNeeds(document: CaseDocument): boolean {
  return (
    document.needs.length > 0 ||
    document.ehcPlans.length > 0 ||
    document.cycles.some((cycle) => cycle.kind === "sen_support")
  );
}

/** Whether the child has a final (or amended) EHC plan, so its early review is the route for a big change. */
export function hasFinalEhcPlan(document: CaseDocument): boolean {
  return document.ehcPlans.some((plan) => plan.stage !== "draft");
}
