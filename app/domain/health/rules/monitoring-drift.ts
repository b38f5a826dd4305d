// "Monitoring" that has run for a term or more without the plan changing.

import { compareDates, daysBetween, type CalendarDate } from "../../calendar/calendar-date";
import { type Cycle } from "../../case/case-document";
import { isPlanUnchanged, listCyclesInOrder } from "../case-helpers";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { ruleOfThumb, TERM_DAYS } from "../thresholds";
import { formatDate, plural } from "../../presentation";

function check({ document: caseDocument, today }: CheckContext): Finding[] {
  const cycles = listCyclesInOrder(caseDocument).filter((cycle) => compareDates(cycle.startDate, today) <= 0);
  const run: Cycle[] = [];
  let since: CalendarDate | null = null;
  for (const cycle of [...cycles].reverse()) {
    const review = cycle.review && compareDates(cycle.review.date, today) <= 0 ? cycle.review : null;
    if (cycle.kind === "monitoring") {
      // A monitoring stage that ended in a clear decision (other than more monitoring) is not drift.
      if (run.length === 0 && review?.decision && review.decision !== "monitor") break;
      run.unshift(cycle);
      since = cycle.startDate;
      continue;
    }
    const next = run[0];
    // A review that decided to "monitor" starts the monitoring on the day of the review; an
    // earlier cycle only joins the run when the plan after it was carried over unchanged.
    if (review?.decision === "monitor" && (!next || next.kind === "monitoring" || isPlanUnchanged(cycle, next))) {
      run.unshift(cycle);
      since = review.date;
      continue;
    }
    break;
  }
  const first = run[0];
  if (!first || since === null || daysBetween(since, today) < TERM_DAYS) return [];
  return [
    {
      code: "monitoring_drift",
      severity: "medium",
      title: "Monitoring has gone on for a term or more without change",
      explanation: `Your child has been "monitored" since ${formatDate(since)} (${plural(Math.floor(daysBetween(since, today) / 7), "week")}) without the plan changing. Monitoring should be short and lead to a clear decision; if concerns remain, the school should assess, plan and put support in place. ${ruleOfThumb("a term (about 13 weeks) is long enough to decide")}.`,
      records: run.map((cycle) => cycle.id),
      rules: ["R-SCH-GRADUATED", "R-SCH-APDR-REVIEW"],
      nextStep: { label: "Ask for a review meeting", action: "request_review_meeting" },
    },
  ];
}

export const monitoringDrift: HealthRule<"monitoring_drift"> = { code: "monitoring_drift", check };
