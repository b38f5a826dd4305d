// The free times an adviser can be booked: their weekly hours, less days off and sessions already
// booked, cut into slots of the session's length. All times are London wall-clock times; the
// caller turns them into instants (the domain has no clock and no time zone database).
import { addDays, dayOfWeek, type CalendarDate } from "../calendar/calendar-date";

/** Weekly hours: weekday 1 (Monday) to 7 (Sunday); times "HH:MM". */
export type WeeklyHours = { weekday: number; startTime: string; endTime: string };
/** A time already taken, as London date and minutes from midnight. */
export type TakenTime = { date: CalendarDate; startMinute: number; endMinute: number };
export type Slot = { date: CalendarDate; startTime: string; endTime: string };

export function toMinutes(time: string): number {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return hours * 60 + minutes;
}

export function fromMinutes(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  return dayOfWeek(date) || 7;
}

export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/**
 * The free slots from `from` for `days` days. A slot must fit inside one window of weekly hours,
 * on a day that is not off, overlap nothing taken, and start after `earliest` (date and minute).
 *
 * @example freeSlots({ hours: [{ weekday: 1, startTime: "09:00", endTime: "10:00" }], daysOff: [], taken: [],
 *   from: "2026-12-07", days: 1, minutes: 30, earliest: { date: "2026-12-01", minute: 0 } })
 *   // → 09:00–09:30 and 09:30–10:00 on Monday 7 December
 */
export function freeSlots(input: {
  hours: WeeklyHours[];
  daysOff: CalendarDate[];
  taken: TakenTime[];
  from: CalendarDate;
  days: number;
  minutes: number;
  earliest: { date: CalendarDate; minute: number };
}): Slot[] {
  const off = new Set(input.daysOff);
  const slots: Slot[] = [];
  for (let offset = 0; offset < input.days; offset += 1) {
    const date = addDays(input.from, offset);
    if (off.has(date) || date < input.earliest.date) continue;
    const windows = input.hours.filter((h) => h.weekday === isoWeekday(date)).sort((a, b) => toMinutes(a.startTime) - toMinutes(b.startTime));
    const takenToday = input.taken.filter((t) => t.date === date);
    for (const window of windows) {
      const end = toMinutes(window.endTime);
      for (let start = toMinutes(window.startTime); start + input.minutes <= end; start += input.minutes) {
        const finish = start + input.minutes;
        if (date === input.earliest.date && start < input.earliest.minute) continue;
        if (takenToday.some((t) => start < t.endMinute && t.startMinute < finish)) continue;
        if (slots.some((s) => s.date === date && s.startTime === fromMinutes(start))) continue;
        slots.push({ date, startTime: fromMinutes(start), endTime: fromMinutes(finish) });
      }
    }
  }
  return slots;
}

/** Whether a session starting at `startsAt` may still be cancelled or moved at `now`. */
export function canStillChange(startsAt: Date, now: Date, noticeHours: number): boolean {
  return startsAt.getTime() - now.getTime() >= noticeHours * 60 * 60 * 1000;
}

/** Checks a day's weekly hours: times in order, inside the day, not overlapping. Returns a message or null. */
export function checkWeeklyHours(hours: WeeklyHours[]): string | null {
  for (const h of hours) {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(h.startTime) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(h.endTime)) return "Enter times as hours and minutes, like 09:30";
    if (toMinutes(h.endTime) <= toMinutes(h.startTime)) return `On ${WEEKDAY_NAMES[h.weekday - 1]}, the end time must be after the start time`;
  }
  for (const a of hours) {
    for (const b of hours) {
      if (a !== b && a.weekday === b.weekday && toMinutes(a.startTime) < toMinutes(b.endTime) && toMinutes(b.startTime) < toMinutes(a.endTime)) {
        return `On ${WEEKDAY_NAMES[a.weekday - 1]}, two sets of hours overlap`;
      }
    }
  }
  return null;
}
