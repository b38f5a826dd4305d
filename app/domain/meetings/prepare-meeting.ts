// The preparation sheet for a meeting, built from the case: reviews that are overdue, sessions
// that did not happen this term, what the health check found, recommendations missing from the
// plan, actions still open from earlier meetings, and the parent's questions.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument } from "../case/case-document";
import type { MissedReason, ProvisionAudit } from "../delivery/provision-audit";
import { termOf, type SchoolTerm } from "../delivery/school-terms";
import type { CaseCheck, Finding, FindingCode } from "../health/check-case";
import { summariseCase, type CaseSummary } from "../health/case-summary";
import { listOpenActions, type OpenAction } from "./open-actions";
import { groupQuestions, suggestQuestions } from "./question-bank";

/** Findings that have a section of their own on the sheet; the rest are listed together. */
const REVIEW_CODES: readonly FindingCode[] = ["review_overdue", "few_reviews"];
const OWN_SECTION_CODES: readonly FindingCode[] = [
  ...REVIEW_CODES,
  "recommendation_not_in_plan",
  "actions_overdue",
];

export type MeetingToPrepare = {
  id: string;
  date: CalendarDate;
  /** The parent's own questions, one a line. */
  questions: string | null;
  /** Ids of questions picked from the bank. */
  pickedQuestions: readonly string[];
};

export type DeliveryGap = {
  provisionId: string;
  what: string;
  who: string | null;
  cycleTitle: string;
  planned: number;
  held: number;
  cancelled: number;
  /** Sessions with no record either way. */
  unknown: number;
  reasons: Array<{ reason: MissedReason; sessions: number }>;
};

export type MeetingPreparation = {
  reviews: { findings: Finding[]; nextReview: CaseSummary["nextReview"] };
  /** This term's sessions that did not happen or have no record, line by line. */
  delivery: { term: SchoolTerm; gaps: DeliveryGap[] };
  /** The other open findings of the health check, most serious first. */
  findings: Finding[];
  recommendations: Array<{
    reportId: string;
    reportTitle: string;
    reportDate: CalendarDate | null;
    items: Array<{ id: string; text: string }>;
  }>;
  /** Still open from meetings on or before this one. */
  openActions: OpenAction[];
  ownQuestions: string[];
  pickedQuestions: ReturnType<typeof groupQuestions>;
  /** Bank questions that the findings make worth asking. */
  suggestedQuestionIds: string[];
};

export type PrepareMeetingOptions = {
  document: CaseDocument;
  check: CaseCheck;
  today: CalendarDate;
  meeting: MeetingToPrepare;
  /** The case's provision audit, promised against delivered (app/domain/delivery). */
  audit: ProvisionAudit;
};

/**
 * Builds the sheet's sections.
 *
 * Example: for a meeting on 2026-11-20, a case whose phonics group had 2 of 10 sessions cancelled
 * this autumn term gets a delivery gap for the phonics group (10 planned, 8 held, 2 cancelled),
 * and an open action "Send the provision map" from the meeting of 2026-10-01 is listed with it.
 */
export function prepareMeeting({
  document,
  check,
  today,
  meeting,
  audit,
}: PrepareMeetingOptions): MeetingPreparation {
  // Before the meeting, this term is today's; a sheet for a meeting already held looks at its term.
  const term = termOf(compareDates(meeting.date, today) < 0 ? meeting.date : today);
  const gaps = audit.lines.flatMap((line): DeliveryGap[] => {
    const tally = line.terms.find((entry) => entry.term.key === term.key);
    if (!tally || (tally.cancelled === 0 && tally.unknown === 0)) return [];
    return [
      {
        provisionId: line.id,
        what: line.what,
        who: line.who,
        cycleTitle: line.cycleTitle,
        planned: tally.planned,
        held: tally.held,
        cancelled: tally.cancelled,
        unknown: tally.unknown,
        reasons: tally.reasons.map(({ reason, sessions }) => ({ reason, sessions })),
      },
    ];
  });
  const earlierMeetings = document.meetings.filter(
    (other) => other.id !== meeting.id && compareDates(other.date, meeting.date) <= 0,
  );
  const reportsById = new Map(document.reports.map((report) => [report.id, report]));
  const recommendations = check.findings
    .filter((finding) => finding.code === "recommendation_not_in_plan")
    .flatMap((finding) => {
      const report = reportsById.get(finding.records[0] ?? "");
      if (!report) return [];
      const missing = new Set(finding.records.slice(1));
      const items = report.recommendations
        .filter((recommendation) => missing.has(recommendation.id))
        .map(({ id, text }) => ({ id, text }));
      return [{ reportId: report.id, reportTitle: report.title, reportDate: report.date, items }];
    });
  return {
    reviews: {
      findings: check.findings.filter((finding) => REVIEW_CODES.includes(finding.code)),
      nextReview: summariseCase(document, today).nextReview,
    },
    delivery: { term, gaps },
    findings: check.findings.filter((finding) => !OWN_SECTION_CODES.includes(finding.code)),
    recommendations,
    openActions: listOpenActions(earlierMeetings, today),
    ownQuestions: splitQuestions(meeting.questions),
    pickedQuestions: groupQuestions(meeting.pickedQuestions),
    suggestedQuestionIds: suggestQuestions(check.findings.map((finding) => finding.code)),
  };
}

/** The parent's questions, one a line, without blank lines: "Why?\n\n Who? " → ["Why?", "Who?"]. */
export function splitQuestions(text: string | null): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
