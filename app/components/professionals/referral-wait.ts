// How long a referral has waited, in words a parent uses: "Waiting 14 weeks" from the day it was
// asked for until today, or "Seen after 9 weeks" once the child has been seen.
import { daysBetween, type CalendarDate } from "~/domain/calendar/calendar-date";
import type { ReferralStatus } from "~/forms/professionals";
import { plural } from "~/domain/presentation";

/** Statuses in which the family is still waiting to be seen. */
const STILL_WAITING: readonly ReferralStatus[] = ["requested", "accepted", "waiting"];

function span(days: number): string {
  if (days < 7) return plural(days, "day");
  return plural(Math.floor(days / 7), "week");
}

/**
 * The wait in words, or null when there is nothing to count (no date asked for, or the referral
 * was turned down or closed without a visit).
 *
 * Example: describeWait({ status: "waiting", requestedOn: "2026-01-05", seenOn: null }, "2026-04-13")
 * gives "Waiting 14 weeks".
 */
export function describeWait(
  referral: {
    status: ReferralStatus;
    requestedOn: CalendarDate | null;
    seenOn: CalendarDate | null;
  },
  today: CalendarDate,
): string | null {
  const { status, requestedOn, seenOn } = referral;
  if (!requestedOn) return null;
  if (seenOn) {
    const days = Math.max(0, daysBetween(requestedOn, seenOn));
    return days === 0 ? "Seen the day it was asked for" : `Seen after ${span(days)}`;
  }
  if (!STILL_WAITING.includes(status)) return null;
  const days = Math.max(0, daysBetween(requestedOn, today));
  return days === 0 ? "Asked for today" : `Waiting ${span(days)}`;
}
