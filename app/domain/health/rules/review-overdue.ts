// The plan running now has passed its review date with no review, or has run for more than a term with no review date.

import { compareDates, daysBetween } from "../../calendar/calendar-date";
import { findCurrentCycle } from "../case-helpers";
import type { RuleId } from "../../law/catalogue";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { TERM_DAYS } from "../thresholds";
import { formatDate, plural } from "../../presentation";

function check({ document: caseDocument, today }: CheckContext): Finding[] {
  const cycle = findCurrentCycle(caseDocument, today);
  if (!cycle || cycle.review) return [];
  const rules: RuleId[] = ["R-SCH-APDR-REVIEW", "R-SCH-APDR-PLAN"];
  const nextStep = { label: "Ask for a review meeting", action: "request_review_meeting" as const };
  if (cycle.reviewDate && compareDates(cycle.reviewDate, today) < 0) {
    const late = daysBetween(cycle.reviewDate, today);
    return [
      {
        code: "review_overdue",
        severity: late > TERM_DAYS ? "high" : "medium",
        title: "The review is overdue",
        explanation: `The review of this plan was due on ${formatDate(cycle.reviewDate)}, ${plural(late, "day")} ago, and no review is recorded. The Code of Practice says support should be reviewed on the agreed date, with you, and changed if it is not working.`,
        records: [cycle.id],
        rules,
        nextStep,
      },
    ];
  }
  // A "monitoring" stage has no plan to review; monitoring_drift covers it when it runs on.
  if (!cycle.reviewDate && cycle.kind === "sen_support" && daysBetween(cycle.startDate, today) > TERM_DAYS) {
    return [
      {
        code: "review_overdue",
        severity: "medium",
        title: "No review date was agreed",
        explanation: `This plan started on ${formatDate(cycle.startDate)}, more than a term ago, and has no review date or review recorded. A support plan should have a clear date for review.`,
        records: [cycle.id],
        rules,
        nextStep,
      },
    ];
  }
  return [];
}

export const reviewOverdue: HealthRule<"review_overdue"> = { code: "review_overdue", check };
