// The date a reply is due: a number of calendar days after sending, or, where the law sets the
// time (a subject access request), the rule's own period counted the law's way.

import { addDays, type CalendarDate } from "../calendar/calendar-date";
import { applyPeriod } from "../deadlines/apply-period";
import { getRule } from "../law/get-rule";
import type { ReplyTime } from "./letter-template";

/**
 * When a reply is due for a letter sent on `sentOn`.
 *
 * Examples: 14 days after 2026-03-12 is 2026-03-26; one calendar month under R-DP-SAR from
 * 2026-03-12 is 2026-04-12, and from 2026-01-31 is 2026-02-28 (the month has no 31st).
 */
export function computeReplyBy(
  reply: ReplyTime,
  sentOn: CalendarDate,
  replyWithinDays: number | null = null,
): CalendarDate {
  if (reply.kind === "days") return addDays(sentOn, replyWithinDays ?? reply.days);
  const period = getRule(reply.ruleId, sentOn).periods?.[reply.periodName];
  if (!period) throw new Error(`${reply.ruleId} has no period called "${reply.periodName}"`);
  return applyPeriod(sentOn, period);
}
