// Upcoming dates as an iCalendar file (the `ics` package): all-day events, so a date means the
// same day in every time zone and across the clock changes; stamped with the day, so the same
// dates give the same file all day.
import { createEvents, type EventAttributes } from "ics";
import type { CalendarDate } from "~/domain/calendar/calendar-date";
import type { UpcomingDate } from "~/domain/reminders/upcoming";

function parts(date: CalendarDate): [number, number, number] {
  return date.split("-").map(Number) as [number, number, number];
}

function nextDay(date: CalendarDate): [number, number, number] {
  const [year, month, day] = parts(date);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

export function renderCalendar(entries: ReadonlyArray<{ caseId: string; item: UpcomingDate; url: string | null }>, today: CalendarDate): string {
  const [year, month, day] = parts(today);
  const events: EventAttributes[] = entries.map(({ caseId, item, url }) => ({
    uid: `${item.key}.${caseId}@clearpath`,
    start: parts(item.date),
    end: nextDay(item.date),
    title: item.title,
    description: item.whatToDo,
    ...(url ? { url } : {}),
    timestamp: Date.UTC(year, month - 1, day),
  }));
  const { error, value } = createEvents(events, { productId: "clearpath/calendar", calName: "Clearpath" });
  if (error || !value) throw error ?? new Error("The calendar could not be written");
  return value;
}

/** One booked session as an iCalendar invitation, in UTC so every calendar shows the right local time. */
export function renderSessionInvite(session: { id: string; startsAt: Date; endsAt: Date; title: string; description: string; organiserEmail: string; cancelled?: boolean }): string {
  const { error, value } = createEvents(
    [
      {
        uid: `booking.${session.id}@clearpath`,
        start: session.startsAt.getTime(),
        end: session.endsAt.getTime(),
        startInputType: "utc",
        startOutputType: "utc",
        endInputType: "utc",
        endOutputType: "utc",
        title: session.title,
        description: session.description,
        method: session.cancelled ? "CANCEL" : "REQUEST",
        status: session.cancelled ? "CANCELLED" : "CONFIRMED",
        organizer: { name: "Clearpath", email: session.organiserEmail },
      },
    ],
    { productId: "clearpath/bookings", method: session.cancelled ? "CANCEL" : "REQUEST" },
  );
  if (error || !value) throw error ?? new Error("The invitation could not be written");
  return value;
}
