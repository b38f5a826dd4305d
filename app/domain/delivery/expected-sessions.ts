// The sessions a provision line promises: which school days they fall on, from its start and
// end dates and how many sessions a week it says.

import { addDays, compareDates, dayOfWeek, isWeekend, toDayNumber, type CalendarDate } from "../calendar/calendar-date";
import { isBankHoliday, type HolidayCalendar, ENGLAND_AND_WALES } from "../calendar/working-days";
import { checkWeekdays } from "./how-often";
import type { LoggedSession } from "./session-status";

/**
 * Which weekdays (1 = Monday … 5 = Friday) sessions fall on for each number a week, spread out
 * so that no two sit side by side where that can be avoided (3 a week → Monday, Wednesday, Friday).
 * Schools rarely say which days; this is our guess until the parent chooses the days.
 */
const WEEKDAYS_FOR: Record<number, readonly number[]> = {
  1: [1],
  2: [2, 4],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
  5: [1, 2, 3, 4, 5],
};

/** More sessions than this would not fit in a log a parent can check by hand. */
export const MAX_SESSIONS_PER_PROVISION = 1000;

export type ExpectedSessionsOptions = {
  startDate: CalendarDate;
  /** The last day sessions may fall on (the line's end date, its review, or today). */
  endDate: CalendarDate;
  sessionsPerWeek: number;
  /**
   * The weekdays the parent chose (1 = Monday … 5 = Friday). Empty or missing: our guess,
   * spread through the week. Ignored unless there is one for each session (see `checkWeekdays`).
   */
  weekdays?: readonly number[] | null;
  /** Leave out bank holidays (schools are closed). Default true. */
  skipBankHolidays?: boolean;
  calendar?: HolidayCalendar;
};

/**
 * The dates sessions should have happened on, weekdays only, oldest first.
 *
 * Example: 3 a week from Monday 6 October 2025 to Friday 10 October 2025 gives
 * ["2025-10-06", "2025-10-08", "2025-10-10"]; with the weekdays [2, 3, 4] chosen it gives 7, 8 and
 * 9 October. Less than one a week (0.5) means one every other
 * week, on the Monday; more than five means every school day. Term holidays are not known, so
 * a parent marks those sessions "cancelled" or removes nothing: the log starts from the promise.
 */
export function listExpectedSessionDates(options: ExpectedSessionsOptions): CalendarDate[] {
  const { startDate, endDate, sessionsPerWeek } = options;
  const skipBankHolidays = options.skipBankHolidays ?? true;
  const calendar = options.calendar ?? ENGLAND_AND_WALES;
  if (!(sessionsPerWeek > 0) || compareDates(startDate, endDate) > 0) return [];
  const isFortnightly = sessionsPerWeek < 1;
  const chosen = options.weekdays ?? [];
  const weekdays =
    chosen.length > 0 && checkWeekdays(sessionsPerWeek, chosen) === null
      ? chosen
      : WEEKDAYS_FOR[Math.min(5, Math.max(1, Math.round(sessionsPerWeek)))]!;
  // Fortnightly sessions fall in the weeks that are an even number of weeks from the start.
  const firstMonday = toDayNumber(startDate) - ((dayOfWeek(startDate) + 6) % 7);
  const dates: CalendarDate[] = [];
  for (let day = startDate; compareDates(day, endDate) <= 0; day = addDays(day, 1)) {
    if (isWeekend(day) || !weekdays.includes(dayOfWeek(day))) continue;
    if (isFortnightly && Math.floor((toDayNumber(day) - firstMonday) / 7) % 2 === 1) continue;
    if (skipBankHolidays && isBankHoliday(day, calendar)) continue;
    dates.push(day);
    if (dates.length >= MAX_SESSIONS_PER_PROVISION) break;
  }
  return dates;
}

/**
 * The log for one provision line: every expected date (not yet marked: "unknown") together with
 * every session recorded by date, the record winning where both exist. Oldest first.
 *
 * Example: expected ["2025-10-06", "2025-10-08"] and a record of 8 October as held gives
 * 6 October unknown and 8 October held.
 */
export function mergeSessionLog(expected: readonly CalendarDate[], recorded: readonly LoggedSession[]): LoggedSession[] {
  const byDate = new Map<CalendarDate, LoggedSession>();
  for (const date of expected) byDate.set(date, { date, status: "unknown", cancelReason: null });
  for (const session of recorded) byDate.set(session.date, { date: session.date, status: session.status, cancelReason: session.cancelReason });
  return [...byDate.values()].sort((a, b) => compareDates(a.date, b.date));
}

/**
 * The days a provision line's sessions can fall on: from its start (or its cycle's) to its end
 * (or the cycle's review), but never after today, since the log records what happened. Null
 * when that span is empty (the support starts in the future).
 *
 * Example: a line from 1 September 2025 with no end, in a cycle reviewed on 12 December 2025,
 * seen on 20 October 2025, spans 1 September to 20 October 2025.
 */
export function findSessionSpan(options: {
  startDate: CalendarDate | null;
  endDate: CalendarDate | null;
  cycleStartDate: CalendarDate;
  cycleReviewDate: CalendarDate | null;
  today: CalendarDate;
}): { from: CalendarDate; to: CalendarDate } | null {
  const from = options.startDate ?? options.cycleStartDate;
  const end = options.endDate ?? options.cycleReviewDate ?? options.today;
  const to = compareDates(end, options.today) < 0 ? end : options.today;
  return compareDates(from, to) <= 0 ? { from, to } : null;
}
