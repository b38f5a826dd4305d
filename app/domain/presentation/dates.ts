// How Clearpath writes dates and times for people: "4 March 2025", "Tuesday 4 March 2025",
// "27 March 2026 at 14:05" (UK time), "in 3 days". The words are assembled here from the month
// and weekday names, so every page, letter, PDF, CSV and finding reads the same whatever the
// machine's locale. Decision 023.

import { dayOfWeek, daysBetween, MONTH_NAMES, toParts, WEEKDAY_NAMES, type CalendarDate } from "../calendar/calendar-date";

/** Where the families live: instants (a comment's time, a booking) are shown in UK time. */
const UK_TIME_ZONE = "Europe/London";

/** "2025-03-04" → "4 March 2025". */
export function formatDate(date: CalendarDate): string {
  const { year, month, day } = toParts(date);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** "2025-03-04" → "4 Mar 2025", where space is short (a chart, a list of links). */
export function formatShortDate(date: CalendarDate): string {
  const { year, month, day } = toParts(date);
  return `${day} ${shortMonthName(month)} ${year}`;
}

/** "2026-10-26" → "Monday 26 October 2026", as people write dates in letters. */
export function formatWeekdayDate(date: CalendarDate): string {
  return `${WEEKDAY_NAMES[dayOfWeek(date)]} ${formatDate(date)}`;
}

/** "2024-03-01" → "March 2024". */
export function formatMonth(date: CalendarDate): string {
  const { year, month } = toParts(date);
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** "2024-09-15" → "Sep 2024", for a chart's time axis. */
export function formatShortMonth(date: CalendarDate): string {
  const { year, month } = toParts(date);
  return `${shortMonthName(month)} ${year}`;
}

/** An instant in UK time: "2026-03-27T14:05:00Z" → "27 March 2026 at 14:05". */
export function formatDateTime(at: Date | string): string {
  const { date, time } = ukWallClock(at);
  return `${formatDate(date)} at ${time}`;
}

/** The UK date of an instant: "2026-07-01T23:30:00Z" → "2 July 2026" (half past midnight in London). */
export function formatDateOf(at: Date | string): string {
  return formatDate(ukWallClock(at).date);
}

/** An instant in UK time with its weekday: "Friday 27 March 2026 at 14:05" (a booked session). */
export function formatWeekdayDateTime(at: Date | string): string {
  const { date, time } = ukWallClock(at);
  return `${formatWeekdayDate(date)} at ${time}`;
}

/** The UK clock time of an instant, 24-hour: "14:05". */
export function formatTime(at: Date | string): string {
  return ukWallClock(at).time;
}

/** How far a date is from today: "today", "tomorrow", "yesterday", "in 3 days", "3 days ago". */
export function formatDaysFromToday(date: CalendarDate, today: CalendarDate): string {
  const days = daysBetween(today, date);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

function shortMonthName(month: number): string {
  return (MONTH_NAMES[month - 1] as string).slice(0, 3);
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The date and time that clocks in a time zone showed at an instant. The one reading of wall-clock
 * time: the formats above and the app's clock (today's date, a booking's hour) both use it.
 * Example: wallClockIn("Europe/London", new Date("2026-07-15T23:30:00Z")) is
 * { date: "2026-07-16", time: "00:30" }.
 */
export function wallClockIn(timeZone: string, at: Date | string): { date: CalendarDate; time: string } {
  const instant = typeof at === "string" ? new Date(at) : at;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a time: "${String(at)}"`);
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    wallClockFormats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}

/** The date and time that UK clocks showed at an instant: { date: "2026-03-27", time: "14:05" }. */
function ukWallClock(at: Date | string): { date: CalendarDate; time: string } {
  return wallClockIn(UK_TIME_ZONE, at);
}
