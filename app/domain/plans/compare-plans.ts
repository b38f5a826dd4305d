// Puts two versions of an EHC plan side by side: provision added, removed, cut or increased (hours
// a week read from the wording), outcomes added or removed, and where each of the family's own
// priorities appears — so a silent cut between a draft and a final plan is seen.

import { compareWording } from "../health/case-helpers";
import type { ReviewLine } from "./review-plan";
import { SAME_SUPPORT } from "./review-plan";
import { plural } from "../presentation";

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, once: 1, twice: 2 };
const SCHOOL_DAYS_A_WEEK = 5;

function toNumber(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

/**
 * Minutes a week a provision line promises, or null when its wording does not say.
 *
 * Examples: "3 x 30 minutes per week" → 90; "45 minutes weekly" → 45; "1 hour a day" → 300;
 * "twice a week for 30 minutes" → 60; "fortnightly 1 hour" → 30; "access to therapy" → null.
 */
export function weeklyMinutes(text: string): number | null {
  const lower = text.toLowerCase().replace(/(\d),(\d)/g, "$1.$2");
  const duration = /(\d+(?:\.\d+)?|one|two|three|half an?)\s*(?:-|\s)?(hours?|hrs?|minutes?|mins?)\b/.exec(lower);
  if (!duration) return null;
  const amount = duration[1]!.startsWith("half") ? 0.5 : toNumber(duration[1]!);
  const minutes = /^h/.test(duration[2]!) ? amount * 60 : amount;

  const times = /(\d+|one|two|three|four|five|once|twice)\s*(?:x|×|times|sessions?|lessons?)\b|\b(once|twice)\b/.exec(lower.replace(duration[0], " "));
  const count = times ? toNumber(times[1] ?? times[2]!) : 1;
  if (/\b(daily|each day|every day|a day|per day|each morning|every morning)\b/.test(lower)) return minutes * count * SCHOOL_DAYS_A_WEEK;
  if (/\b(fortnightly|every (two|2) weeks|a fortnight|per fortnight)\b/.test(lower)) return (minutes * count) / 2;
  if (/\b(weekly|a week|per week|each week|every week|a wk|pw)\b/.test(lower)) return minutes * count;
  if (/\b(termly|a term|per term|each term)\b/.test(lower)) return null;
  return null;
}

export type LineChange =
  | { kind: "same" | "changed"; before: ReviewLine; after: ReviewLine; minutesBefore: number | null; minutesAfter: number | null }
  | { kind: "cut" | "increased"; before: ReviewLine; after: ReviewLine; minutesBefore: number; minutesAfter: number }
  | { kind: "removed"; before: ReviewLine }
  | { kind: "added"; after: ReviewLine };

/** Pairs each line of `before` with its most alike line in `after`, best pairs first. */
function pairLines(before: readonly ReviewLine[], after: readonly ReviewLine[]): LineChange[] {
  const candidates = before
    .flatMap((b) => after.map((a) => ({ b, a, score: b.text === a.text ? 2 : compareWording(b.text, a.text) })))
    .filter((pair) => pair.score >= SAME_SUPPORT)
    .sort((x, y) => y.score - x.score);
  const usedBefore = new Set<string>();
  const usedAfter = new Set<string>();
  const changes: LineChange[] = [];
  for (const { b, a } of candidates) {
    if (usedBefore.has(b.id) || usedAfter.has(a.id)) continue;
    usedBefore.add(b.id);
    usedAfter.add(a.id);
    const minutesBefore = weeklyMinutes(b.text);
    const minutesAfter = weeklyMinutes(a.text);
    if (minutesBefore !== null && minutesAfter !== null && minutesBefore !== minutesAfter)
      changes.push({ kind: minutesAfter < minutesBefore ? "cut" : "increased", before: b, after: a, minutesBefore, minutesAfter });
    else changes.push({ kind: b.text.trim() === a.text.trim() ? "same" : "changed", before: b, after: a, minutesBefore, minutesAfter });
  }
  for (const b of before) if (!usedBefore.has(b.id)) changes.push({ kind: "removed", before: b });
  for (const a of after) if (!usedAfter.has(a.id)) changes.push({ kind: "added", after: a });
  const order = { removed: 0, cut: 1, added: 2, increased: 3, changed: 4, same: 5 };
  return changes.sort((x, y) => order[x.kind] - order[y.kind]);
}

export type PriorityPlacement = { id: string; text: string; before: ReviewLine | null; after: ReviewLine | null };

export type PlanComparison = {
  provision: LineChange[];
  outcomes: LineChange[];
  priorities: PriorityPlacement[];
  minutesBefore: number;
  minutesAfter: number;
};

/** Where in a plan's outcomes and provision a priority is answered, if anywhere. */
function findPriority(text: string, lines: readonly ReviewLine[]): ReviewLine | null {
  const match = lines
    .filter((line) => line.section === "E" || line.section === "F")
    .map((line) => ({ line, score: compareWording(line.text, text) }))
    .sort((a, b) => b.score - a.score)[0];
  // Priorities are short ("Ellis can make friends"), so a lower bar than for two provision lines.
  return match && match.score >= 0.2 ? match.line : null;
}

export function comparePlanVersions(
  before: readonly ReviewLine[],
  after: readonly ReviewLine[],
  priorities: ReadonlyArray<{ id: string; text: string }>,
): PlanComparison {
  const of = (lines: readonly ReviewLine[], section: string) => lines.filter((line) => line.section === section);
  const total = (lines: readonly ReviewLine[]) => of(lines, "F").reduce((sum, line) => sum + (weeklyMinutes(line.text) ?? 0), 0);
  return {
    provision: pairLines(of(before, "F"), of(after, "F")),
    outcomes: pairLines(of(before, "E"), of(after, "E")),
    priorities: priorities.map((priority) => ({ id: priority.id, text: priority.text, before: findPriority(priority.text, before), after: findPriority(priority.text, after) })),
    minutesBefore: total(before),
    minutesAfter: total(after),
  };
}

/** "1 hour 30 minutes a week", "45 minutes a week". */
export function describeWeekly(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  const parts = [hours > 0 ? plural(hours, "hour") : null, rest > 0 ? plural(rest, "minute") : null].filter(Boolean);
  return `${parts.length > 0 ? parts.join(" ") : "0 minutes"} a week`;
}
