// Working days as the SEND rules count them: every day except Saturdays, Sundays, Christmas Day,
// Good Friday and bank holidays (law catalogue R-DEF-DAYS).

import { addDays, compareDates, isWeekend, type CalendarDate } from "./calendar-date";
import {
  BANK_HOLIDAYS_COVER_FROM,
  BANK_HOLIDAYS_COVER_UNTIL,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  type BankHoliday,
} from "./bank-holidays";

export type HolidayCalendar = {
  holidays: ReadonlySet<CalendarDate>;
  coverFrom: CalendarDate;
  coverUntil: CalendarDate;
};

/** Builds the holiday calendar the working-day functions read, from a list of holidays. */
export function buildHolidayCalendar(options: {
  holidays: readonly BankHoliday[];
  coverFrom: CalendarDate;
  coverUntil: CalendarDate;
}): HolidayCalendar {
  return {
    holidays: new Set(options.holidays.map((holiday) => holiday.date)),
    coverFrom: options.coverFrom,
    coverUntil: options.coverUntil,
  };
}

/** England and Wales, from the list shipped with the project. */
export const ENGLAND_AND_WALES: HolidayCalendar = buildHolidayCalendar({
  holidays: ENGLAND_AND_WALES_BANK_HOLIDAYS,
  coverFrom: BANK_HOLIDAYS_COVER_FROM,
  coverUntil: BANK_HOLIDAYS_COVER_UNTIL,
});

/** Whether the calendar knows the holidays for this date, e.g. false for "2031-05-05". */
export function isCoveredByHolidayCalendar(date: CalendarDate, calendar: HolidayCalendar = ENGLAND_AND_WALES): boolean {
  return compareDates(date, calendar.coverFrom) >= 0 && compareDates(date, calendar.coverUntil) <= 0;
}

/** Whether a date is a bank holiday, e.g. isBankHoliday("2022-09-19") === true. */
export function isBankHoliday(date: CalendarDate, calendar: HolidayCalendar = ENGLAND_AND_WALES): boolean {
  return calendar.holidays.has(date) || date.endsWith("-12-25");
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
