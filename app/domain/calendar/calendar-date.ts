// Calendar dates as "YYYY-MM-DD" strings, with arithmetic done on whole days in UTC so that
// clock changes and the machine's time zone can never move a date.

/** A calendar date written "YYYY-MM-DD", for example "2026-09-14". */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

type DateParts = { year: number; month: number; day: number };

/** A date's parts, e.g. toParts("2026-09-14") gives { year: 2026, month: 9, day: 14 }. */
export function toParts(date: CalendarDate): DateParts {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a calendar date: "${date}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function fromParts({ year, month, day }: DateParts): CalendarDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days in a month (month 1–12), e.g. daysInMonth(2028, 2) === 29. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a string is a real calendar date, e.g. isCalendarDate("2027-02-29") === false. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string") return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01, e.g. toDayNumber("1970-01-02") === 1. */
export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = toParts(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The date a number of days after 1970-01-01, e.g. fromDayNumber(1) === "1970-01-02". */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const utc = new Date(dayNumber * DAY_MS);
  return fromParts({ year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() });
}

/** Adds whole days (negative goes back), e.g. addDays("2026-09-14", 42) === "2026-10-26". */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Adds whole weeks, e.g. addWeeks("2026-09-14", 6) === "2026-10-26". */
export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, weeks * 7);
}

/**
 * Adds calendar months, keeping the day number; when the target month is too short, the last
 * day of that month is used (the tribunal's reading), e.g. addMonths("2027-12-31", 2) === "2028-02-29".
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return addMonthsWithClamp(date, months).date;
}

/** Like addMonths, and also says whether the day had to be pulled back to the month's end. */
export function addMonthsWithClamp(date: CalendarDate, months: number): { date: CalendarDate; isClamped: boolean } {
  const { year, month, day } = toParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  return {
    date: fromParts({ year: targetYear, month: targetMonth, day: Math.min(day, lastDay) }),
    isClamped: day > lastDay,
  };
}

/** Negative when a is earlier, 0 when equal, positive when later: compareDates("2026-01-01", "2026-01-02") < 0. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from a to b, e.g. daysBetween("2026-01-01", "2026-01-31") === 30. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The later of two dates, e.g. laterOf("2026-10-31", "2026-11-15") === "2026-11-15". */
export function laterOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** Day of the week, 0 = Sunday … 6 = Saturday, e.g. dayOfWeek("2026-09-14") === 1 (a Monday). */
export function dayOfWeek(date: CalendarDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** Whether the date is a Saturday or Sunday, e.g. isWeekend("2026-09-19") === true. */
export function isWeekend(date: CalendarDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/** The year of a date, e.g. yearOf("2027-09-01") === 2027. */
export function yearOf(date: CalendarDate): number {
  return toParts(date).year;
}

/** Builds a date from its parts, e.g. makeDate(2027, 2, 15) === "2027-02-15". */
export function makeDate(year: number, month: number, day: number): CalendarDate {
  return fromParts({ year, month, day });
}

/** A person's age in whole years on `today`, e.g. ageOn("2017-11-14", "2026-11-13") === 8. */
export function ageOn(dateOfBirth: CalendarDate, today: CalendarDate): number {
  const born = toParts(dateOfBirth);
  const now = toParts(today);
  return now.year - born.year - (now.month < born.month || (now.month === born.month && now.day < born.day) ? 1 : 0);
}
