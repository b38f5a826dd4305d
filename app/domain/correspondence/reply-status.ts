// "Awaiting reply" timers for the correspondence log: for a letter or email the parent sent with a
// date to reply by, how long is left, how late the reply is, or when it came.

import {
  compareDates,
  daysBetween,
  type CalendarDate,
} from "../calendar/calendar-date";
import { formatWeekdayDate, plural } from "../presentation";

export type ReplyStatus =
  /** Nothing is awaited: something received, or sent without asking for a reply by a date. */
  | { kind: "none" }
  | { kind: "replied"; repliedOn: CalendarDate }
  /** Waiting, and the reply-by date is today or later. */
  | { kind: "due"; replyBy: CalendarDate; daysLeft: number }
  | { kind: "overdue"; replyBy: CalendarDate; daysOverdue: number };

export type CorrespondenceDates = {
  direction: "sent" | "received";
  replyBy: CalendarDate | null;
  repliedOn: CalendarDate | null;
};

export const CORRESPONDENCE_FILTERS = ["all", "awaiting", "overdue"] as const;
export type CorrespondenceFilter = (typeof CORRESPONDENCE_FILTERS)[number];

/**
 * Where the reply to one item stands on `today`. Only what the parent sent waits for a reply.
 *
 * Example: sent with a reply asked by 2026-03-01 and no reply yet, on 2026-03-13, is
 * { kind: "overdue", replyBy: "2026-03-01", daysOverdue: 12 }.
 */
export function getReplyStatus(item: CorrespondenceDates, today: CalendarDate): ReplyStatus {
  if (item.direction !== "sent") return { kind: "none" };
  if (item.repliedOn) return { kind: "replied", repliedOn: item.repliedOn };
  if (!item.replyBy) return { kind: "none" };
  if (compareDates(item.replyBy, today) < 0)
    return {
      kind: "overdue",
      replyBy: item.replyBy,
      daysOverdue: daysBetween(item.replyBy, today),
    };
  return { kind: "due", replyBy: item.replyBy, daysLeft: daysBetween(today, item.replyBy) };
}

/**
 * The timer in words: "Reply due in 5 days", "Reply due today", "Reply overdue by 12 days",
 * "Replied on Tuesday 3 March 2026"; null when nothing is awaited. `formatDate` writes the date
 * of a reply (the long form with the weekday unless given).
 */
export function describeReplyStatus(
  status: ReplyStatus,
  formatDate: (date: CalendarDate) => string = formatWeekdayDate,
): string | null {
  switch (status.kind) {
    case "none":
      return null;
    case "replied":
      return `Replied on ${formatDate(status.repliedOn)}`;
    case "due":
      return status.daysLeft === 0
        ? "Reply due today"
        : status.daysLeft === 1
          ? "Reply due tomorrow"
          : `Reply due in ${plural(status.daysLeft, "day")}`;
    case "overdue":
      return `Reply overdue by ${plural(status.daysOverdue, "day")}`;
  }
}

/**
 * Whether an item belongs under a filter: "awaiting" is every reply still to come (due or
 * overdue), "overdue" only the late ones.
 */
export function matchesFilter(status: ReplyStatus, filter: CorrespondenceFilter): boolean {
  if (filter === "all") return true;
  if (filter === "awaiting") return status.kind === "due" || status.kind === "overdue";
  return status.kind === "overdue";
}

/**
 * The replied-on date a sent item takes when `reply` is logged as its answer: the reply's date,
 * unless an earlier reply is already recorded. Null when nothing changes (the item was not sent
 * by the parent, the "reply" was not received, or an earlier reply is already there).
 *
 * Example: a letter sent on 2026-03-01 with no reply, answered by an email received on
 * 2026-03-09, becomes replied on "2026-03-09".
 */
export function findRepliedOn(
  original: { direction: "sent" | "received"; repliedOn: CalendarDate | null },
  reply: { direction: "sent" | "received"; date: CalendarDate },
): CalendarDate | null {
  if (original.direction !== "sent" || reply.direction !== "received") return null;
  if (original.repliedOn && compareDates(original.repliedOn, reply.date) <= 0) return null;
  return reply.date;
}
