// Working days as the SEND rules count them: every day except Saturdays, Sundays, Christmas Day,
// Good Friday and bank holidays (law catalogue R-DEF-DAYS).

import { addDays, compareDates, isWeekend, yearOf, type CalendarDate } from "./calendar-date";
import { BANK_HOLIDAYS_COVER_FROM, bankHolidaysIn, type BankHoliday } from "./bank-holidays";

export type HolidayCalendar = {
  /** The holiday dates of a year. */
  holidaysIn: (year: number) => ReadonlySet<CalendarDate>;
  /** The first date the calendar knows; before it, a working day may be a holiday it does not know. */
  coverFrom: CalendarDate;
};

/** A calendar from a fixed list of holidays (for tests and other lists), known from `coverFrom`. */
export function buildHolidayCalendar(options: { holidays: readonly BankHoliday[]; coverFrom: CalendarDate }): HolidayCalendar {
  const dates = new Set(options.holidays.map((holiday) => holiday.date));
  return { holidaysIn: () => dates, coverFrom: options.coverFrom };
}

const yearsComputed = new Map<number, ReadonlySet<CalendarDate>>();

/** England and Wales, worked out by the rules for any year (bank-holidays.ts, decision 031). */
export const ENGLAND_AND_WALES: HolidayCalendar = {
  holidaysIn: (year) => {
    let dates = yearsComputed.get(year);
    if (!dates) {
      dates = new Set(bankHolidaysIn(year).map((holiday) => holiday.date));
      yearsComputed.set(year, dates);
    }
    return dates;
  },
  coverFrom: BANK_HOLIDAYS_COVER_FROM,
};

/** Whether the calendar knows the holidays for this date, e.g. false for "1990-05-07". */
export function isCoveredByHolidayCalendar(date: CalendarDate, calendar: HolidayCalendar = ENGLAND_AND_WALES): boolean {
  return compareDates(date, calendar.coverFrom) >= 0;
}

/** Whether a date is a bank holiday, e.g. isBankHoliday("2022-09-19") === true. */
export function isBankHoliday(date: CalendarDate, calendar: HolidayCalendar = ENGLAND_AND_WALES): boolean {
  return calendar.holidaysIn(yearOf(date)).has(date);
}

/** Whether a date is a working day, e.g. isWorkingDay("2026-12-28") === false (a substitute Boxing Day). */
export function isWorkingDay(date: CalendarDate, calendar: HolidayCalendar = ENGLAND_AND_WALES): boolean {
  return !isWeekend(date) && !isBankHoliday(date, calendar);
}

/**
 * The last day of a run of working days.
 *
 * "after": the count starts the next day, e.g. 3 working days after Wed 23 Dec 2026 is
 * Wed 30 Dec 2026 (25 and 28 December are holidays). "beginning_with": the day itself is day 1
 * when it is a working day, e.g. 15 working days beginning with Mon 2 Nov 2026 end on Fri 20 Nov 2026.
 */
export function addWorkingDays(options: {
  from: CalendarDate;
  count: number;
  counting: "after" | "beginning_with";
  calendar?: HolidayCalendar;
}): CalendarDate {
  const calendar = options.calendar ?? ENGLAND_AND_WALES;
  let remaining = options.count;
  let day = options.counting === "after" ? addDays(options.from, 1) : options.from;
  for (;;) {
    if (isWorkingDay(day, calendar)) {
      remaining -= 1;
      if (remaining <= 0) return day;
    }
    day = addDays(day, 1);
  }
}
