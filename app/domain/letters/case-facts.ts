// The facts of a case that letters are written from, in the words a letter uses: who the child
// is, the support in the current plan, what the records show about sessions missed, and how a
// rule of law is cited in a sentence.

import { compareDates, formatDayMonthYear, MONTH_NAMES, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument, Cycle, ProvisionLine } from "../case/case-document";
import { findCurrentCycle } from "../health/case-helpers";
import { LAW_CATALOGUE } from "../law/catalogue";
import { findRule, getRule } from "../law/get-rule";
import { describeProvision } from "../support/describe-provision";

/** A date as a letter writes it, e.g. letterDate("2017-03-27") === "27 March 2017". */
export function letterDate(date: CalendarDate): string {
  return formatDayMonthYear(date);
}

/**
 * A month the parent gave as a month (a need "since when") as a letter writes it, without the
 * day it is stored with: letterMonth("2024-09-01") === "September 2024".
 */
export function letterMonth(date: CalendarDate): string {
  return `${MONTH_NAMES[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

export type ChildFacts = {
  /** The full name, e.g. "Robin Hale". */
  name: string;
  /** The name used after the first mention, e.g. "Robin". */
  firstName: string;
  school: string | null;
  /**
   * The opening sentence, e.g. "I am writing about my child, Robin Hale (date of birth
   * 27 March 2017), who is in Year 3 at Hill Top Primary."
   */
  introduction: string;
};

/** Who the letter is about, from the child's profile. */
export function describeChild(document: CaseDocument): ChildFacts {
  const { name, dateOfBirth, school, yearGroup } = document.child;
  const trimmed = name.trim() || "my child";
  const firstName = trimmed.split(/\s+/)[0] ?? trimmed;
  const born = dateOfBirth ? ` (date of birth ${letterDate(dateOfBirth)})` : "";
  const where =
    yearGroup && school
      ? `, who is in ${yearGroup} at ${school}`
      : school
        ? `, who attends ${school}`
        : yearGroup
          ? `, who is in ${yearGroup}`
          : "";
  return {
    name: trimmed,
    firstName,
    school,
    introduction: `I am writing about my child, ${trimmed}${born}${where}.`,
  };
}

/**
 * The support in the plan running on `today` (the latest that has started), each line as a
 * letter lists it: what, who, how often and for how long.
 */
export function listCurrentSupport(
  document: CaseDocument,
  today: CalendarDate,
): { cycle: Cycle | undefined; lines: string[] } {
  const cycle = findCurrentCycle(document, today);
  return { cycle, lines: (cycle?.provision ?? []).map((line) => describeProvision(line)) };
}

/** A list for a letter body: one "• " line per item. */
export function bulletList(items: readonly string[]): string {
  return items.map((item) => `• ${item}`).join("\n");
}

export type DeliveryGap = {
  line: ProvisionLine;
  held: number;
  known: number;
  from: CalendarDate;
  to: CalendarDate;
};

/**
 * What the parent's own log shows for a line of support up to today, when some sessions did
 * not happen: e.g. 7 held of 12 known, between two dates. Sessions nobody knows about are left
 * out; lines with nothing missed are not gaps.
 */
export function findDeliveryGap(
  cycle: Cycle,
  line: ProvisionLine,
  today: CalendarDate,
): DeliveryGap | null {
  const known = cycle.sessions
    .filter(
      (session) =>
        session.provisionId === line.id &&
        session.status !== "unknown" &&
        compareDates(session.date, today) <= 0,
    )
    .sort((a, b) => compareDates(a.date, b.date));
  const held = known.filter((session) => session.status === "held").length;
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last || held === known.length) return null;
  return { line, held, known: known.length, from: first.date, to: last.date };
}

/** A delivery gap in a sentence, e.g. "Phonics group: 7 of the 12 sessions I know about took place, between 6 October 2025 and 31 October 2025". */
export function describeGap(gap: DeliveryGap): string {
  return `${gap.line.what}: ${gap.held} of the ${gap.known} sessions I know about took place, between ${letterDate(gap.from)} and ${letterDate(gap.to)}`;
}

/**
 * How a rule is cited inside a sentence, from the law catalogue, e.g. cite("R-SCH-RECORDS",
 * today) === "SEND Code of Practice: 0 to 25 years (January 2015), paragraphs 6.72–6.73".
 */
export function cite(ruleId: string, today: CalendarDate): string {
  return getRule(ruleId, today)
    .citations.map((citation) => `${citation.instrument}, ${citation.provision}`)
    .join("; ");
}

/**
 * The rules a letter's text cites the way `cite` writes them, in catalogue order: what the
 * letter, as the parent has edited it, still relies on. E.g. a body containing "(SEND Code of
 * Practice: 0 to 25 years (January 2015), paragraph 6.65)" cites "R-SCH-MEET-3".
 */
export function findCitedRules(body: string, today: CalendarDate): string[] {
  const ids = [...new Set(LAW_CATALOGUE.map((rule) => rule.id))];
  return ids.filter((id) => findRule(id, today) !== undefined && body.includes(cite(id, today)));
}

/** Reads a text answer from the option values; empty or missing is null. */
export function readText(options: Readonly<Record<string, unknown>>, name: string): string | null {
  const value = options[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** Reads ticked values from the option values; missing is an empty list. */
export function readList(options: Readonly<Record<string, unknown>>, name: string): string[] {
  const value = options[name];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return typeof value === "string" && value !== "" ? [value] : [];
}

/** Joins paragraphs into a letter body, leaving out the empty ones. */
export function joinParagraphs(
  paragraphs: ReadonlyArray<string | null | false | undefined>,
): string {
  return paragraphs
    .filter(
      (paragraph): paragraph is string => typeof paragraph === "string" && paragraph.trim() !== "",
    )
    .join("\n\n");
}
