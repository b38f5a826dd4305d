// What to do next in a case, most urgent first: the family's own legal dates coming up (and the
// evidence an appeal's directions ask for), the school's duties in the school day that act now
// (education from the 6th day of exclusion, the written notice, no informal exclusions), the
// council's time limits that have passed (and the dates a tribunal order set), replies the family is waiting for, the health check's
// most serious findings, the journey's next step, and the details the case still lacks. Each with
// why, its date, where it leads and the rule it rests on with that rule's status.

import { compareDates, daysBetween, type CalendarDate } from "../calendar/calendar-date";
import { formatWeekdayDate } from "../presentation";
import type { CaseDocument } from "../case/case-document";
import { DUE_SOON_DAYS, type Deadline } from "../deadlines/compute-deadlines";
import { DEADLINE_LABELS } from "../deadlines/deadline-definitions";
import type { Finding, FindingCode, NextStepAction } from "../health/finding";
import { isRuleId, type RuleId } from "../law/catalogue";
import { findRule } from "../law/get-rule";
import type { Verification } from "../law/law-rule";
import { FAMILY_DEADLINES } from "../letters/statutory-facts";
import { listAppealDates, listMissedOrderDates } from "../reminders/appeal-dates";
import type { Journey } from "./derive-journey";
import type { StepTarget } from "./statutory-step";

/** Why a step is where it is in the list, most urgent first. */
export const NEXT_STEP_KINDS = ["your_deadline", "school_day", "council_late", "reply_overdue", "finding", "stage", "details"] as const;
export type NextStepKind = (typeof NEXT_STEP_KINDS)[number];

export type NextStep = {
  kind: NextStepKind;
  /** What to do, as a link would say it. */
  action: string;
  /** Why, in a sentence. */
  why: string;
  /** The date it is due by or was due on, when there is one. */
  date: CalendarDate | null;
  /** Where it leads: a screen, a letter, or a finding's own next step (with the records it is about). */
  target: StepTarget | { finding: NextStepAction; records: string[] };
  /** The rule it rests on, with how far our reference checked it, or null for our own advice. */
  rule: { id: RuleId; status: Verification } | null;
};

/** A letter sent that is past the date a reply was asked for. */
export type OverdueReply = { id: string; subject: string | null; to: string | null; replyBy: CalendarDate };

export type NextStepInput = {
  document: CaseDocument;
  findings: readonly Finding[];
  deadlines: readonly Deadline[];
  journey: Journey;
  overdueReplies: readonly OverdueReply[];
  today: CalendarDate;
};

function cite(id: string | undefined, today: CalendarDate): NextStep["rule"] {
  if (id === undefined || !isRuleId(id)) return null;
  const rule = findRule(id, today);
  return rule ? { id, status: rule.verification } : null;
}

/** The family's own dates (comments on a draft plan, an appeal) that are open and within the "due soon" window. */
function familyDeadlines(deadlines: readonly Deadline[], today: CalendarDate): NextStep[] {
  return deadlines
    .filter((deadline) => FAMILY_DEADLINES.has(deadline.key) && deadline.status !== "met")
    .filter((deadline) => compareDates(deadline.due, today) >= 0 && daysBetween(today, deadline.due) <= DUE_SOON_DAYS)
    .sort((a, b) => compareDates(a.due, b.due))
    .map((deadline) => ({
      kind: "your_deadline" as const,
      action:
        deadline.key === "draft_plan_comments"
          ? `Send your comments on the draft plan by ${formatWeekdayDate(deadline.due)}`
          : deadline.key === "amendment_comments"
            ? `Send your comments on the proposed changes by ${formatWeekdayDate(deadline.due)}`
            : `Decide whether to appeal by ${formatWeekdayDate(deadline.due)}`,
      why: `${DEADLINE_LABELS[deadline.key]}: the law sets this date.`,
      date: deadline.due,
      target: deadline.key === "appeal" ? { screen: "statutory" as const } : { letter: "draft_plan_response" },
      rule: cite(deadline.rules[0], today),
    }));
}

/** The council's time limits that have passed with nothing recorded to show they were met. */
function councilLate(deadlines: readonly Deadline[], today: CalendarDate): NextStep[] {
  return deadlines
    .filter((deadline) => !FAMILY_DEADLINES.has(deadline.key) && deadline.status === "overdue")
    .sort((a, b) => compareDates(a.due, b.due))
    .map((deadline) => ({
      kind: "council_late" as const,
      action: "Chase the council",
      why: `${DEADLINE_LABELS[deadline.key]} was due on ${formatWeekdayDate(deadline.due)} and nothing is recorded to show it happened.`,
      date: deadline.due,
      target: { letter: "deadline_chaser" },
      rule: cite(deadline.rules[0], today),
    }));
}

/**
 * The appeal's own dates for the family within the "due soon" window: the final evidence in the
 * tribunal's directions, while the bundle is not marked as sent (R-TRIB-BUNDLE-WHO).
 */
function appealEvidence(document: CaseDocument, today: CalendarDate): NextStep[] {
  return listAppealDates(document, today)
    .filter((item) => item.step === "final_evidence" && item.status === "open" && daysBetween(today, item.date) <= DUE_SOON_DAYS)
    .map((item) => ({
      kind: "your_deadline" as const,
      action: `Send your evidence to the tribunal by ${formatWeekdayDate(item.date)}`,
      why: "Final evidence due: the tribunal's directions set this date.",
      date: item.date,
      target: { finding: "send_appeal_evidence" as const, records: [item.appealId] },
      rule: cite(item.ruleId, today),
    }));
}

/**
 * The council's dates after a tribunal order (or its concession) that have passed with nothing
 * recorded as done: deadlines only (decision 139), one step per appeal, its earliest missed date.
 */
function orderLate(document: CaseDocument, today: CalendarDate): NextStep[] {
  const seen = new Set<string>();
  return listMissedOrderDates(document, today)
    .filter((item) => !seen.has(item.appealId) && seen.add(item.appealId))
    .map((item) => ({
      kind: "council_late" as const,
      action: "Write to the Director of Children's Services",
      why: `The council has missed a date the tribunal's order set: ${item.label.charAt(0).toLowerCase()}${item.label.slice(1)}, due ${formatWeekdayDate(item.date)}.`,
      date: item.date,
      target: { finding: "write_to_director" as const, records: [item.appealId] },
      rule: cite(item.ruleId, today),
    }));
}

function replies(overdue: readonly OverdueReply[]): NextStep[] {
  return [...overdue]
    .sort((a, b) => compareDates(a.replyBy, b.replyBy))
    .map((reply) => ({
      kind: "reply_overdue" as const,
      action: `Chase the reply to "${reply.subject ?? "your letter"}"`,
      why: `You asked${reply.to ? ` ${reply.to}` : ""} for a reply by ${formatWeekdayDate(reply.replyBy)}.`,
      date: reply.replyBy,
      target: { screen: "correspondence" as const },
      rule: null,
    }));
}

/**
 * The school's duties in the school day that act within the day or the week, most pressing first:
 * a child out of school with no education from the 6th day of exclusion (R-DAY-EXCL-6TH-DAY), the
 * written notice due on the first day (R-DAY-EXCL-NOTICE), being sent home without a formal
 * exclusion (R-DAY-EXCL-INFORMAL). They outrank the council's time limits, counted in weeks.
 */
const SCHOOL_DAY_URGENT: readonly FindingCode[] = ["no_education_from_sixth_day", "exclusion_notice_missing", "informal_exclusion_recorded"];

function schoolDay(findings: readonly Finding[], today: CalendarDate): NextStep[] {
  return SCHOOL_DAY_URGENT.flatMap((code) =>
    findings
      .filter((finding) => finding.code === code)
      .map((finding) => ({
        kind: "school_day" as const,
        action: finding.nextStep.label,
        why: finding.title,
        date: null,
        target: { finding: finding.nextStep.action, records: finding.records },
        rule: cite(finding.rules[0], today),
      })),
  );
}

/** Findings whose step is already listed from the dates themselves: the council's late limits, the tribunal's dates. */
const LISTED_ELSEWHERE: readonly FindingCode[] = ["statutory_deadline_missed", "order_deadline_missed"];

/** The most serious findings (high severity), each with its own next step. */
function serious(findings: readonly Finding[], today: CalendarDate): NextStep[] {
  return findings
    .filter((finding) => finding.severity === "high" && !LISTED_ELSEWHERE.includes(finding.code) && !SCHOOL_DAY_URGENT.includes(finding.code))
    .map((finding) => ({
      kind: "finding" as const,
      action: finding.nextStep.label,
      why: finding.title,
      date: null,
      target: { finding: finding.nextStep.action, records: finding.records },
      rule: cite(finding.rules[0], today),
    }));
}

/** The journey's next step at its current stage: the statutory step's, or the stage's first action. */
function stage(journey: Journey, today: CalendarDate): NextStep[] {
  const current = journey.stages.find((entry) => entry.id === journey.current);
  if (journey.statutory) {
    const { next, title } = journey.statutory;
    return [{ kind: "stage", action: next.action, why: title, date: next.date, target: next.target, rule: cite(next.rule, today) }];
  }
  const first = current?.actions[0];
  if (!current || !first) return [];
  return [{ kind: "stage", action: first.label, why: current.title, date: null, target: first.target, rule: cite(current.rules[0], today) }];
}

/** What the case still lacks for the checks to work. */
function details(document: CaseDocument): NextStep[] {
  const { child } = document;
  const steps: Array<[boolean, string, StepTarget]> = [
    [!child.dateOfBirth || !child.school || !child.yearGroup, "Add your child's date of birth, school and year group", { screen: "profile" }],
    [!child.senco, "Add the name of the school's SENCO (special educational needs co-ordinator)", { screen: "profile" }],
    [document.needs.length === 0, "Record what you notice about your child's needs", { screen: "needs" }],
    [!child.views, "Write down your child's own views, in their words", { screen: "profile" }],
    [document.cycles.length === 0, "Record the school's support plan", { screen: "support" }],
  ];
  return steps
    .filter(([missing]) => missing)
    .map(([, action, target]) => ({ kind: "details" as const, action, why: "The checks need it to work well.", date: null, target, rule: null }));
}

/** Earliest first; steps with no date keep their order, after the dated ones. */
function byDate(a: NextStep, b: NextStep): number {
  if (a.date === null || b.date === null) return a.date === null ? (b.date === null ? 0 : 1) : -1;
  return compareDates(a.date, b.date);
}

/**
 * Every next step, most urgent first; the first is the single thing to do next. A step the
 * journey gives that is already listed as a deadline (same action) is not repeated.
 *
 * Example: a case with a draft EHC plan issued five days ago starts with "Send your comments on
 * the draft plan by …" (kind "your_deadline", target the draft plan response letter).
 */
export function listNextSteps(input: NextStepInput): NextStep[] {
  const { deadlines, today } = input;
  const steps = [
    ...[...familyDeadlines(deadlines, today), ...appealEvidence(input.document, today)].sort(byDate),
    ...schoolDay(input.findings, today),
    ...[...orderLate(input.document, today), ...councilLate(deadlines, today)].sort(byDate),
    ...replies(input.overdueReplies),
    ...serious(input.findings, today),
    ...stage(input.journey, today),
    ...details(input.document),
  ];
  const seen = new Set<string>();
  return steps.filter((step) => {
    if (seen.has(step.action)) return false;
    seen.add(step.action);
    return true;
  });
}
