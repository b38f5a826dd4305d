// The figures the dashboard shows beside the findings: the next review, how much of this term's
// planned support happened, and the latest measurements.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument } from "../case/case-document";
import { termOf, type SchoolTerm } from "../delivery/school-terms";
import { listCyclesInOrder } from "./case-helpers";

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
  const term = termOf(today);
  let held = 0;
  let cancelled = 0;
  let unknown = 0;
  for (const cycle of document.cycles) {
    for (const session of cycle.sessions) {
      if (termOf(session.date).key !== term.key || compareDates(session.date, today) > 0) continue;
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
