// The figures the dashboard shows beside the findings: the next review, how much of this term's
// planned support happened, and the latest measurements.

import { compareDates, makeDate, yearOf, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument } from "../case/case-document";
import { listCyclesInOrder } from "./case-helpers";

export type SchoolTerm = { name: "autumn" | "spring" | "summer"; label: string; from: CalendarDate; to: CalendarDate };

/**
 * The school term a date falls in, split simply by month: autumn September–December, spring
 * January–March, summer April–August. Real term dates vary by school and Easter moves, so this
 * is the plain split a parent can check. Example: schoolTermOf("2026-11-23").label is
 * "autumn term 2026".
 */
export function schoolTermOf(date: CalendarDate): SchoolTerm {
  const year = yearOf(date);
  const month = Number(date.slice(5, 7));
  if (month >= 9) return { name: "autumn", label: `autumn term ${year}`, from: makeDate(year, 9, 1), to: makeDate(year, 12, 31) };
  if (month <= 3) return { name: "spring", label: `spring term ${year}`, from: makeDate(year, 1, 1), to: makeDate(year, 3, 31) };
  return { name: "summer", label: `summer term ${year}`, from: makeDate(year, 4, 1), to: makeDate(year, 8, 31) };
}

export type CaseSummary = {
  /** The review date of the latest cycle that has not been reviewed, if one is set. */
  nextReview: { cycleId: string; date: CalendarDate; isOverdue: boolean } | null;
  /** Sessions dated this term up to today. Unknown sessions are left out of the rate. */
  deliveryThisTerm: { term: SchoolTerm; held: number; cancelled: number; unknown: number; rate: number | null };
  /** The latest value of each measured thing, newest first, with the value before it. */
  latestMeasurements: Array<{ label: string; date: CalendarDate; value: number; unit: string | null; previous: number | null; measurementId: string }>;
};

/** Works out the dashboard's figures. Example: a cycle due for review on 2026-12-04 gives nextReview.date "2026-12-04". */
export function summariseCase(document: CaseDocument, today: CalendarDate): CaseSummary {
  const open = listCyclesInOrder(document).filter((cycle) => !cycle.review && cycle.reviewDate);
  const next = open.at(-1);
  const term = schoolTermOf(today);
  let held = 0;
  let cancelled = 0;
  let unknown = 0;
  for (const cycle of document.cycles) {
    for (const session of cycle.sessions) {
      if (compareDates(session.date, term.from) < 0 || compareDates(session.date, today) > 0) continue;
      if (session.status === "held") held++;
      else if (session.status === "cancelled") cancelled++;
      else unknown++;
    }
  }
  const byLabel = new Map<string, CaseDocument["measurements"]>();
  for (const m of [...document.measurements].sort((a, b) => compareDates(a.date, b.date))) {
    byLabel.set(m.label, [...(byLabel.get(m.label) ?? []), m]);
  }
  const latestMeasurements = [...byLabel.values()]
    .map((series) => {
      const last = series.at(-1)!;
      return { label: last.label, date: last.date, value: last.value, unit: last.unit, previous: series.at(-2)?.value ?? null, measurementId: last.id };
    })
    .sort((a, b) => compareDates(b.date, a.date));
  return {
    nextReview: next?.reviewDate ? { cycleId: next.id, date: next.reviewDate, isOverdue: compareDates(next.reviewDate, today) < 0 } : null,
    deliveryThisTerm: { term, held, cancelled, unknown, rate: held + cancelled > 0 ? held / (held + cancelled) : null },
    latestMeasurements,
  };
}
