// Small readings of a case document that several health-check rules share.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument, Cycle } from "../case/case-document";
import { LIMITED_PROGRESS_SCORE, SAME_LINE_SHARE, UNCHANGED_PLAN_SHARE } from "./thresholds";

/** Cycles oldest first. */
export function listCyclesInOrder(caseDocument: CaseDocument): Cycle[] {
  return [...caseDocument.cycles].sort((a, b) => compareDates(a.startDate, b.startDate));
}

/** The cycle running now (the latest one that has started by today), if any. */
export function findCurrentCycle(caseDocument: CaseDocument, today: CalendarDate): Cycle | undefined {
  return listCyclesInOrder(caseDocument)
    .filter((cycle) => compareDates(cycle.startDate, today) <= 0)
    .at(-1);
}

const RATING_SCORE = { achieved: 1, partly: 0.5, not_yet: 0 } as const;
const OVERALL_SCORE = { good: 1, expected: 0.75, limited: 0.25, none: 0 } as const;

/** 0 to 1: how much of what the cycle aimed for was reached, or null when it has not been reviewed. */
export function scoreCycleProgress(cycle: Cycle): number | null {
  const review = cycle.review;
  if (!review) return null;
  if (review.overallProgress) return OVERALL_SCORE[review.overallProgress];
  if (review.targetProgress.length === 0) return null;
  const total = review.targetProgress.reduce((sum, entry) => sum + RATING_SCORE[entry.rating], 0);
  return total / review.targetProgress.length;
}

/** Whether a reviewed cycle showed limited or no progress. */
export function isLimitedProgress(cycle: Cycle): boolean {
  const score = scoreCycleProgress(cycle);
  return score !== null && score < LIMITED_PROGRESS_SCORE;
}

/** The reviewed cycles at the end of the case that all showed limited progress, oldest first. */
export function listTrailingLimitedCycles(caseDocument: CaseDocument): Cycle[] {
  const reviewed = listCyclesInOrder(caseDocument).filter((cycle) => cycle.kind === "sen_support" && cycle.review);
  const run: Cycle[] = [];
  for (const cycle of [...reviewed].reverse()) {
    if (!isLimitedProgress(cycle)) break;
    run.unshift(cycle);
  }
  return run;
}

/** Lower-case words of three letters or more, for comparing wording. */
export function toWordSet(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[^a-z0-9\s]/g, " ")
      .split(/\s+/)
      .filter((word) => word.length > 2),
  );
}

/** Share of words two texts have in common (Jaccard), 0 to 1. */
export function compareWording(a: string, b: string): number {
  const left = toWordSet(a);
  const right = toWordSet(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}

function describePlan(cycle: Cycle): string[] {
  return [
    ...cycle.targets.map((target) => `target:${target.text}`),
    ...cycle.provision.map((line) => `provision:${line.text ?? [line.what, line.who, line.frequency].join(" ")}`),
  ];
}

/** Whether a cycle's plan is (nearly) the same as another's: targets and provision carried over as they were. */
export function isPlanUnchanged(previous: Cycle, next: Cycle): boolean {
  const before = describePlan(previous);
  const after = describePlan(next);
  if (before.length === 0 || after.length === 0) return false;
  const matched = after.filter((item) => before.some((earlier) => compareWording(earlier, item) >= SAME_LINE_SHARE)).length;
  return matched / Math.max(before.length, after.length) >= UNCHANGED_PLAN_SHARE;
}

/** The EHC plan in force: the latest final or amended one, or the latest draft when there is no other. */
export function latestPlan(caseDocument: CaseDocument): CaseDocument["ehcPlans"][number] | undefined {
  return (
    [...caseDocument.ehcPlans]
      .filter((plan) => plan.stage !== "draft")
      .sort((a, b) => compareDates(a.issuedOn ?? "1900-01-01", b.issuedOn ?? "1900-01-01"))
      .at(-1) ?? [...caseDocument.ehcPlans].at(-1)
  );
}
