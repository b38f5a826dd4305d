// School days: the days a pupil's school holds sessions, from the school's own calendar or, when
// that is not known, estimated as Monday to Friday minus England's bank holidays (reference 4.1).

import {
  addDays,
  compareDates,
  isWeekend,
  toParts,
  type CalendarDate,
} from "../calendar/calendar-date";
import { ENGLAND_AND_WALES, isBankHoliday, type HolidayCalendar } from "../calendar/working-days";
import { termOf as termByMonth } from "../delivery/school-terms";

/** One of the school's terms, first and last day included, e.g. { label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18" }. */
export type TermDates = { label: string; start: CalendarDate; end: CalendarDate };

/** Days inside a term with no sessions for pupils: INSET days, half-term, a closure (first and last day included). */
export type Closure = { start: CalendarDate; end: CalendarDate; reason?: string };

/**
 * The school's calendar. "school": the school's own term dates (a school with six half-terms
 * gives three terms and the half-term weeks as closures, so the 5 / 15-day thresholds run per
 * term — reference 4.1.5). "estimated": the school's dates are not known, so every Monday to
 * Friday that is not a bank holiday counts, and every date worked out from it is an estimate
 * (reference 4.1.1).
 */
export type SchoolCalendar =
  | {
      kind: "school";
      terms: readonly TermDates[];
      closures: readonly Closure[];
      holidays?: HolidayCalendar;
    }
  | { kind: "estimated"; holidays?: HolidayCalendar };

/** The calendar to use when the school's term dates are not known. */
export const ESTIMATED_CALENDAR: SchoolCalendar = { kind: "estimated" };

/** A date worked out on a school calendar, and whether any day behind it was estimated. */
export type SchoolDayResult = { date: CalendarDate; isEstimate: boolean };

/** A school day and how many of its two sessions (morning, afternoon) an event takes. */
export type SessionDay = { date: CalendarDate; sessions: 1 | 2 };

/** Which school year and term a date is in. */
export type SchoolTermRef = {
  /** Sorts in time order within one calendar. */
  key: string;
  label: string;
  /** The calendar year the school year starts in: 2026 for 1 Sep 2026 to 31 Aug 2027. */
  schoolYear: number;
  isEstimate: boolean;
};

/**
 * Whether the school's own dates cover this day. An estimated calendar covers none; a school
 * calendar covers its first term's first day to its last term's last day, and beyond that the
 * day is estimated, so a count that runs past the known terms is flagged, never stuck.
 *
 * Example: on a calendar whose terms run 3 Sep 2026 to 21 Jul 2027, isEstimatedOn("2027-09-06", calendar) === true.
 */
export function isEstimatedOn(date: CalendarDate, calendar: SchoolCalendar): boolean {
  if (calendar.kind === "estimated" || calendar.terms.length === 0) return true;
  const first = calendar.terms.reduce(
    (earliest, term) => (compareDates(term.start, earliest) < 0 ? term.start : earliest),
    calendar.terms[0]!.start,
  );
  const last = calendar.terms.reduce(
    (latest, term) => (compareDates(term.end, latest) > 0 ? term.end : latest),
    calendar.terms[0]!.end,
  );
  return compareDates(date, first) < 0 || compareDates(date, last) > 0;
}

function isWithin(date: CalendarDate, range: { start: CalendarDate; end: CalendarDate }): boolean {
  return compareDates(date, range.start) >= 0 && compareDates(date, range.end) <= 0;
}

/**
 * Whether the school holds sessions for pupils that day: never at a weekend or on a bank
 * holiday; on a school calendar, a term day that is not a closure.
 *
 * Example: isSchoolDay("2026-12-28", ESTIMATED_CALENDAR) === false (the substitute Boxing Day).
 */
export function isSchoolDay(date: CalendarDate, calendar: SchoolCalendar): boolean {
  if (isWeekend(date) || isBankHoliday(date, calendar.holidays ?? ENGLAND_AND_WALES)) return false;
  if (calendar.kind === "estimated" || isEstimatedOn(date, calendar)) return true;
  return (
    calendar.terms.some((term) => isWithin(date, term)) &&
    !calendar.closures.some((closure) => isWithin(date, closure))
  );
}

/**
 * The first school day on or after a date.
 *
 * Example: firstSchoolDayFrom("2026-11-07", ESTIMATED_CALENDAR) gives { date: "2026-11-09", isEstimate: true }.
 */
export function firstSchoolDayFrom(date: CalendarDate, calendar: SchoolCalendar): SchoolDayResult {
  let day = date;
  while (!isSchoolDay(day, calendar)) day = addDays(day, 1);
  return {
    date: day,
    isEstimate: isEstimatedOn(day, calendar) || spansEstimate(date, day, calendar),
  };
}

function spansEstimate(from: CalendarDate, to: CalendarDate, calendar: SchoolCalendar): boolean {
  for (let day = from; compareDates(day, to) <= 0; day = addDays(day, 1)) {
    if (isEstimatedOn(day, calendar)) return true;
  }
  return false;
}

/**
 * "Within N school days of X" (reference 4.1.3): day 1 is the first school day after X, so the
 * result is the last school day allowed. (Some bodies count X itself as day 1; deadlines.ts
 * shows that earlier date as the target.)
 *
 * Example: 15 school days after Tue 1 Dec 2026, with the term ending 18 Dec and restarting
 * 4 Jan 2027, is { date: "2027-01-05", isEstimate: false } (reference worked example 2).
 */
export function addSchoolDays(options: {
  from: CalendarDate;
  count: number;
  calendar: SchoolCalendar;
}): SchoolDayResult {
  if (!Number.isInteger(options.count) || options.count < 1)
    throw new RangeError(`A count of school days must be 1 or more, not ${options.count}`);
  let remaining = options.count;
  let day = options.from;
  let isEstimate = false;
  while (remaining > 0) {
    day = addDays(day, 1);
    if (isEstimatedOn(day, options.calendar)) isEstimate = true;
    if (isSchoolDay(day, options.calendar)) remaining -= 1;
  }
  return { date: day, isEstimate };
}

/**
 * The Nth school day counting the first school day on or after `start` as day 1 (reference
 * 4.1.4: "from the 6th school day" of exclusion).
 *
 * Example: the 6th school day from Mon 9 Nov 2026 is { date: "2026-11-16", ... } (worked example 1).
 */
export function findNthSchoolDay(options: {
  start: CalendarDate;
  n: number;
  calendar: SchoolCalendar;
}): SchoolDayResult {
  const first = firstSchoolDayFrom(options.start, options.calendar);
  if (options.n === 1) return first;
  const later = addSchoolDays({
    from: first.date,
    count: options.n - 1,
    calendar: options.calendar,
  });
  return { date: later.date, isEstimate: first.isEstimate || later.isEstimate };
}

/**
 * The school days an event of `sessions` sessions takes, from its first day: two sessions a day,
 * one on the first day when it starts in the afternoon, one on the last when the count is odd
 * (a lunchtime suspension is half a school day — R-DAY-EXCL-TYPES). A first day that is not a
 * school day moves to the next school day.
 *
 * Example: spreadSessions({ firstDay: "2026-11-13", sessions: 3, calendar }) gives
 * [{ date: "2026-11-13", sessions: 2 }, { date: "2026-11-16", sessions: 1 }].
 */
export function spreadSessions(options: {
  firstDay: CalendarDate;
  sessions: number;
  firstSession?: "morning" | "afternoon";
  calendar: SchoolCalendar;
}): SessionDay[] {
  if (!Number.isInteger(options.sessions) || options.sessions < 0)
    throw new RangeError(`Sessions must be a whole number, not ${options.sessions}`);
  const days: SessionDay[] = [];
  let remaining = options.sessions;
  let day = firstSchoolDayFrom(options.firstDay, options.calendar).date;
  let isFirst = true;
  while (remaining > 0) {
    const room = isFirst && options.firstSession === "afternoon" ? 1 : 2;
    const taken = Math.min(room, remaining) as 1 | 2;
    days.push({ date: day, sessions: taken });
    remaining -= taken;
    isFirst = false;
    day = addSchoolDays({ from: day, count: 1, calendar: options.calendar }).date;
  }
  return days;
}

/**
 * Every school day from `from` to `to`, both included.
 *
 * Example: listSchoolDays({ from: "2026-11-13", to: "2026-11-16", calendar }) gives ["2026-11-13", "2026-11-16"].
 */
export function listSchoolDays(options: {
  from: CalendarDate;
  to: CalendarDate;
  calendar: SchoolCalendar;
}): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = options.from; compareDates(day, options.to) <= 0; day = addDays(day, 1)) {
    if (isSchoolDay(day, options.calendar)) days.push(day);
  }
  return days;
}

/**
 * The school year a date is in; school years start on 1 September.
 *
 * Example: schoolYearOf("2027-08-31") === 2026 and schoolYearOf("2027-09-01") === 2027.
 */
export function schoolYearOf(date: CalendarDate): number {
  const { year, month } = toParts(date);
  return month >= 9 ? year : year - 1;
}

/**
 * The term a date is in: on a school calendar, the term whose dates hold it (in a holiday, the
 * term before it); otherwise the simple split by month (autumn Sep–Dec, spring Jan–Mar,
 * summer Apr–Aug), marked as an estimate.
 *
 * Example: findTermOf("2026-11-16", ESTIMATED_CALENDAR) gives
 * { key: "2026-1-autumn", label: "Autumn term 2026", schoolYear: 2026, isEstimate: true }.
 */
export function findTermOf(date: CalendarDate, calendar: SchoolCalendar): SchoolTermRef {
  if (calendar.kind === "school" && !isEstimatedOn(date, calendar)) {
    const started = calendar.terms
      .filter((term) => compareDates(term.start, date) <= 0)
      .sort((a, b) => compareDates(b.start, a.start));
    const term = started[0];
    if (term)
      return {
        key: `${schoolYearOf(term.start)}-${term.start}`,
        label: term.label,
        schoolYear: schoolYearOf(term.start),
        isEstimate: false,
      };
  }
  const byMonth = termByMonth(date);
  return {
    key: byMonth.key,
    label: byMonth.label,
    schoolYear: schoolYearOf(date),
    isEstimate: true,
  };
}
