// Turning a time limit from the law catalogue into a due date, the way the reference notes
// (section 11) say each kind of limit is counted.

import {
  addDays,
  addMonths,
  addMonthsWithClamp,
  makeDate,
  yearOf,
  type CalendarDate,
} from "../calendar/calendar-date";
import { addWorkingDays, ENGLAND_AND_WALES, type HolidayCalendar } from "../calendar/working-days";
import type { Period } from "../law/law-rule";

/**
 * The last day allowed by a time limit that starts on a date.
 *
 * - weeks or days "after": the event day is day 0, so 6 weeks after 14 Sep 2026 is 26 Oct 2026;
 * - days "beginning_with": the event day is day 1, so 15 days from 3 Mar 2027 end on 17 Mar 2027;
 * - months "after": the same day number later, or the month's last day (31 Dec 2027 + 2 = 29 Feb 2028);
 * - months "beginning_with": the day before that (12 months from 10 Mar 2026 end on 9 Mar 2027);
 * - working days: see addWorkingDays;
 * - the tribunal's working days: never here (they skip August and Christmas); domain/tribunal counts them;
 * - before a fixed date: the day before it in the event's year (before 15 Feb 2027 = 14 Feb 2027);
 * - months or weeks before: counting back from a future event (papers 2 weeks before 5 May 2027: 21 Apr 2027).
 */
export function applyPeriod(
  from: CalendarDate,
  period: Period,
  calendar: HolidayCalendar = ENGLAND_AND_WALES,
): CalendarDate {
  switch (period.kind) {
    case "before_fixed_date":
      return addDays(makeDate(yearOf(from), period.month, period.day), -1);
    case "months_before":
      return addMonths(from, -period.amount);
    case "weeks_before":
      return addDays(from, -7 * period.amount);
    case "count":
      return applyCount(from, period, calendar);
    case "school_days":
    case "school_days_total":
      // School days need the pupil's school calendar: domain/school-day counts them.
      throw new Error("School days are counted on the school's calendar by domain/school-day, not here");
  }
}

function applyCount(
  from: CalendarDate,
  period: Extract<Period, { kind: "count" }>,
  calendar: HolidayCalendar,
): CalendarDate {
  const isBeginningWith = period.counting === "beginning_with";
  switch (period.unit) {
    case "days":
      return addDays(from, isBeginningWith ? period.amount - 1 : period.amount);
    case "weeks":
      return addDays(from, period.amount * 7 - (isBeginningWith ? 1 : 0));
    case "months": {
      const { date, isClamped } = addMonthsWithClamp(from, period.amount);
      // A period "starting with" a day ends the day before the same date; when that month has
      // no such date, the period runs to the end of the shorter month.
      return isBeginningWith && !isClamped ? addDays(date, -1) : date;
    }
    case "working_days":
      return addWorkingDays({ from, count: period.amount, counting: period.counting, calendar });
    case "tribunal_working_days":
      // Counting them as ordinary working days would give a date too early across August (decision 148).
      throw new Error("The tribunal's working days are counted by domain/tribunal (addTribunalWorkingDays), not here");
  }
}
