// What an annual review of an EHC plan needs, for the preparation sheet: the views to gather, the
// evidence since the last review, the plan's outcomes and provision to go through, and the time
// limits that follow the meeting, worked out by the deadlines as if the meeting were recorded.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument } from "../case/case-document";
import { computeDeadlines, type Deadline } from "../deadlines/compute-deadlines";
import { statutoryEventsWithAppeals } from "../tribunal/appeal-events";
import { DEADLINE_LABELS } from "../deadlines/deadline-definitions";

/** Events that mark a plan being made or reviewed: the start of "since the last review". */
const REVIEW_MARKERS = new Set([
  "final_plan_issued",
  "ehcp_final_issued",
  "annual_review_meeting",
  "annual_review_completed",
  "annual_review_decision_issued",
  "amended_plan_issued",
]);

/** Time limits a review meeting starts or that bear on it. */
const REVIEW_DEADLINES = new Set(["annual_review", "annual_review_report", "annual_review_decision", "amended_plan_final", "phase_transfer_plan"]);

export type AnnualReviewPreparation = {
  /** The date the evidence is counted from: the last review or the plan, if recorded. */
  since: CalendarDate | null;
  views: Array<{ who: string; ask: string; recorded: string | null }>;
  evidence: Array<{ date: CalendarDate; what: string }>;
  plan: { issuedOn: CalendarDate | null; outcomes: string[]; provision: string[] } | null;
  deadlines: Array<{ label: string; due: CalendarDate; status: Deadline["status"] }>;
};

/**
 * Example: a final plan recorded on 2025-11-01 and a review meeting on 2026-10-20 gives evidence
 * from 2025-11-01, the plan's outcomes and Section F, and the report due 2026-11-03 and the
 * council's decision due 2026-11-17.
 */
export function prepareAnnualReview(document: CaseDocument, meetingDate: CalendarDate, today: CalendarDate): AnnualReviewPreparation {
  const before = (date: CalendarDate | null) => date !== null && compareDates(date, meetingDate) < 0;
  const since =
    document.statutoryEvents
      .filter((event) => REVIEW_MARKERS.has(event.type) && before(event.date))
      .map((event) => event.date)
      .sort(compareDates)
      .at(-1) ?? null;
  const inWindow = (date: CalendarDate | null): date is CalendarDate => before(date) && (since === null || compareDates(date!, since) >= 0);

  const evidence = [
    ...document.reports.filter((report) => inWindow(report.date)).map((report) => ({ date: report.date!, what: `Report: ${report.title}` })),
    ...document.documents.filter((item) => inWindow(item.date)).map((item) => ({ date: item.date!, what: `Document: ${item.title}` })),
    ...document.measurements.filter((item) => inWindow(item.date)).map((item) => ({ date: item.date, what: `Measure: ${item.label}` })),
  ].sort((a, b) => compareDates(a.date, b.date));

  const plan = [...document.ehcPlans]
    .filter((item) => item.stage !== "draft" && before(item.issuedOn ?? null))
    .sort((a, b) => compareDates(a.issuedOn!, b.issuedOn!))
    .at(-1);

  // The meeting is added as if recorded, so the report and decision dates come from the rules.
  const events = [
    ...statutoryEventsWithAppeals(document),
    ...(document.statutoryEvents.some((event) => event.type === "annual_review_meeting" && event.date === meetingDate)
      ? []
      : [{ id: "this-meeting", type: "annual_review_meeting", date: meetingDate }]),
  ];
  const deadlines = computeDeadlines({ events, today })
    .deadlines.filter((deadline) => REVIEW_DEADLINES.has(deadline.key) && deadline.status !== "met")
    .sort((a, b) => compareDates(a.due, b.due))
    .map((deadline) => ({ label: DEADLINE_LABELS[deadline.key], due: deadline.due, status: deadline.status }));

  return {
    since,
    views: [
      { who: document.child.name, ask: "What is going well, what is hard, and what they would like to change.", recorded: document.child.views?.trim() || null },
      { who: "You", ask: "What you see at home, what has changed, and what you want the plan to say.", recorded: null },
      { who: "The school or college", ask: "Progress towards each outcome, and the support given, with records.", recorded: null },
      { who: "Professionals", ask: "Up-to-date advice from anyone working with your child, such as therapists.", recorded: null },
    ],
    evidence,
    plan: plan
      ? { issuedOn: plan.issuedOn, outcomes: plan.outcomes.map((item) => item.text), provision: plan.provision.map((item) => item.text) }
      : null,
    deadlines,
  };
}
