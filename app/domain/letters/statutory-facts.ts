// The statutory time limits of a case, as letters need them: which ones the council owes, how to
// name one in a link or an option ("<key>:<event id>"), and how late it is in a sentence.

import { addDays, daysBetween, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument } from "../case/case-document";
import { describeStatutoryEvent } from "../chronology/describe-statutory-event";
import { computeDeadlines, type Deadline } from "../deadlines/compute-deadlines";
import { statutoryEventsWithAppeals, type StatutoryEventsSource } from "../tribunal/appeal-events";
import { DEADLINE_LABELS, type DeadlineKey } from "../deadlines/deadline-definitions";
import { getRule } from "../law/get-rule";
import { cite } from "./case-facts";
import type { OptionChoice } from "./letter-template";
import { formatDate, plural } from "../presentation";

/** Time limits the family must meet, not the council: nothing to chase or complain about. */
export const FAMILY_DEADLINES: ReadonlySet<DeadlineKey> = new Set(["appeal", "draft_plan_comments", "amendment_comments"]);

/** The option value for "something not in the list". */
export const OTHER_MATTER = "other";

/** How a deadline is named in an option or a link: its key and the event it is counted from. */
export function deadlineRef(deadline: Pick<Deadline, "key" | "fromEventId" | "fromDate">): string {
  return `${deadline.key}:${deadline.fromEventId ?? deadline.fromDate}`;
}

/**
 * Every time limit the case's recorded events start, worked out by the domain core: the statutory
 * events and what the appeals record (a certificate moves the appeal date; decision 147).
 */
export function listCaseDeadlines(document: StatutoryEventsSource, today: CalendarDate): Deadline[] {
  return computeDeadlines({ events: statutoryEventsWithAppeals(document), today }).deadlines;
}

/** The council's time limits that have passed, or soon will, oldest first. */
export function listChaseableDeadlines(document: CaseDocument, today: CalendarDate): Deadline[] {
  return listCaseDeadlines(document, today)
    .filter((deadline) => !FAMILY_DEADLINES.has(deadline.key))
    .filter((deadline) => deadline.status === "overdue" || deadline.status === "due_soon")
    .sort((a, b) => a.due.localeCompare(b.due));
}

export function findDeadline(deadlines: readonly Deadline[], ref: string | null): Deadline | undefined {
  return ref === null ? undefined : deadlines.find((deadline) => deadlineRef(deadline) === ref);
}

/** "Decision on whether to assess (due 13 July 2026, 20 days ago)". */
export function deadlineChoiceLabel(deadline: Deadline, today: CalendarDate): string {
  const late = daysBetween(deadline.due, today);
  const when = late > 0 ? `${plural(late, "day")} ago` : late === 0 ? "today" : `in ${plural(-late, "day")}`;
  return `${DEADLINE_LABELS[deadline.key]} (due ${formatDate(deadline.due)}, ${when})`;
}

/** The choices for a letter about a deadline, with "something else" last. */
export function deadlineChoices(deadlines: readonly Deadline[], today: CalendarDate, otherLabel: string): OptionChoice[] {
  return [
    ...deadlines.map((deadline) => ({ value: deadlineRef(deadline), label: deadlineChoiceLabel(deadline, today) })),
    { value: OTHER_MATTER, label: otherLabel },
  ];
}

/**
 * The facts of one time limit in a letter's words: "On 1 June 2026: request for an EHC needs
 * assessment received by the council. The time limit for the decision on whether to assess was
 * 13 July 2026, 20 days ago."
 */
export function describeDeadlineFacts(deadline: Deadline, today: CalendarDate): string {
  const late = daysBetween(deadline.due, today);
  const from = `On ${formatDate(deadline.fromDate)}: ${lowerFirst(describeStatutoryEvent(deadline.fromEvent))}.`;
  const what = lowerFirst(DEADLINE_LABELS[deadline.key]);
  const limit =
    late > 0
      ? `The time limit for the ${what} was ${formatDate(deadline.due)}, ${plural(late, "day")} ago, and I have not heard from you.`
      : `The time limit for the ${what} is ${formatDate(deadline.due)}.`;
  return `${from} ${limit}`;
}

/** What the law says about a time limit, from the rule that sets it, cited as in force then. */
export function describeLaw(deadline: Deadline): string {
  const rule = getRule(deadline.rules[0]!, deadline.fromDate);
  return `The law says: ${rule.summary} (${cite(rule.id, deadline.fromDate)})`;
}

/** A reply date a set number of days from today. */
export function replyDate(today: CalendarDate, days: number): string {
  return formatDate(addDays(today, days));
}

function lowerFirst(text: string): string {
  // Keep "EHC" and other capitalised words as they are.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
