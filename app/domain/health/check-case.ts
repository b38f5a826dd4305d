// The health check: reads the whole case and reports what is going well and what is not, each
// finding with the records that triggered it, the rules it rests on and a next step.

import { addMonths, compareDates, daysBetween, laterOf, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument, Cycle } from "../case/case-document";
import { computeDeadlines } from "../deadlines/compute-deadlines";
import { checkTarget } from "../targets/check-target";
import { checkWording, judgeProvisionLine } from "../wording/check-wording";
import { formatDate, formatRate, plural, pluralWord } from "../presentation";
import {
  compareWording,
  describeProvisionLine,
  findCurrentCycle,
  isLimitedProgress,
  isPlanUnchanged,
  listCyclesInOrder,
  listTrailingLimitedCycles,
} from "./case-helpers";
import { summariseProgress, type ProgressSummary } from "./progress-inadequate";
import {
  CYCLES_FOR_ESCALATION,
  DELIVERY_RATE_FLOOR,
  DELIVERY_RATE_SERIOUS,
  MIN_SESSIONS_FOR_RATE,
  REVIEWS_EXPECTED_PER_YEAR,
  TERM_DAYS,
} from "./thresholds";

export const FINDING_CODES = [
  "review_overdue",
  "few_reviews",
  "target_not_measurable",
  "provision_vague",
  "plan_repeated_unchanged",
  "little_progress",
  "delivery_below_plan",
  "no_specialist_involved",
  "actions_overdue",
  "monitoring_drift",
  "recommendation_not_in_plan",
  "statutory_deadline_missed",
  "consider_ehcna",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = "high" | "medium" | "low";

/** What the next-step button does; the web app maps each to a page or letter. */
export type NextStepAction =
  | "request_review_meeting"
  | "request_session_records"
  | "request_provision_map"
  | "ask_for_smart_targets"
  | "ask_for_specific_provision"
  | "request_referral"
  | "follow_up_actions"
  | "ask_for_plan_change"
  | "ask_for_recommendation_in_plan"
  | "view_deadlines"
  | "draft_ehcna_request";

export type Finding = {
  code: FindingCode;
  severity: Severity;
  title: string;
  explanation: string;
  records: string[];
  rules: string[];
  nextStep: { label: string; action: NextStepAction };
};

export type CaseCheck = { findings: Finding[]; progress: ProgressSummary };

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * Runs every health-check rule over a case.
 *
 * Example: a case whose current cycle had a review date of 2026-02-01 and no review, checked on
 * 2026-03-01, gets a "review_overdue" finding pointing at that cycle.
 */
export function checkCase(caseDocument: CaseDocument, today: CalendarDate): CaseCheck {
  const progress = summariseProgress(caseDocument, today);
  const findings = [
    ...checkReviewOverdue(caseDocument, today),
    ...checkFewReviews(caseDocument, today),
    ...checkTargets(caseDocument, today),
    ...checkProvisionWording(caseDocument, today),
    ...checkRepeatedPlans(caseDocument),
    ...checkLittleProgress(caseDocument),
    ...checkDelivery(caseDocument, today),
    ...checkSpecialists(caseDocument),
    ...checkActions(caseDocument, today),
    ...checkMonitoringDrift(caseDocument, today),
    ...checkRecommendations(caseDocument, today),
    ...checkDeadlines(caseDocument, today),
    ...checkConsiderEhcna(caseDocument, today, progress),
  ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { findings, progress };
}

function checkReviewOverdue(caseDocument: CaseDocument, today: CalendarDate): Finding[] {
  const cycle = findCurrentCycle(caseDocument, today);
  if (!cycle || cycle.review) return [];
  const rules = ["R-SCH-APDR-REVIEW", "R-SCH-APDR-PLAN"];
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

function checkFewReviews(caseDocument: CaseDocument, today: CalendarDate): Finding[] {
  const cycles = listCyclesInOrder(caseDocument).filter((cycle) => compareDates(cycle.startDate, today) <= 0);
  const first = cycles[0];
  if (!first) return [];
  const windowStart = laterOf(first.startDate, addMonths(today, -12));
  const windowDays = daysBetween(windowStart, today);
  const expected = Math.min(REVIEWS_EXPECTED_PER_YEAR, Math.floor((REVIEWS_EXPECTED_PER_YEAR * windowDays) / 365));
  if (expected < 1) return [];
  const inWindow = (date: CalendarDate) => compareDates(date, windowStart) >= 0 && compareDates(date, today) <= 0;
  const reviewDates = new Map<string, string>();
  for (const cycle of cycles) {
    const review = cycle.review;
    if (review && review.parentAttended !== false && inWindow(review.date)) reviewDates.set(review.date, review.id);
  }
  for (const meeting of caseDocument.meetings) {
    if ((meeting.kind === "sen_review" || meeting.kind === "annual_review") && meeting.parentAttended && inWindow(meeting.date) && !reviewDates.has(meeting.date)) {
      reviewDates.set(meeting.date, meeting.id);
    }
  }
  if (reviewDates.size >= expected) return [];
  // With no review to point to, point to the plans that were running in the window.
  const running = cycles.filter((cycle) => cycle.review === null || compareDates(cycle.review.date, windowStart) >= 0).map((cycle) => cycle.id);
  return [
    {
      code: "few_reviews",
      severity: "medium",
      title: "Fewer review meetings than expected",
      explanation: `In the last ${windowDays >= 360 ? "twelve months" : `${Math.round(windowDays / 30)} months`} there ${reviewDates.size === 1 ? "was 1 review" : `were ${reviewDates.size} reviews`} with you. The Code of Practice says schools should meet parents at least three times a year to set outcomes and review progress, so about ${expected} would be expected in this time.`,
      records: reviewDates.size > 0 ? [...reviewDates.values()] : running,
      rules: ["R-SCH-MEET-3"],
      nextStep: { label: "Ask for a review meeting", action: "request_review_meeting" },
    },
  ];
}

function checkTargets(caseDocument: CaseDocument, today: CalendarDate): Finding[] {
  const cycle = findCurrentCycle(caseDocument, today);
  const plan = latestPlan(caseDocument);
  const weak = [
    ...(cycle?.targets ?? []).map((target) => ({ id: target.id, check: checkTarget(target.text) })),
    ...(plan?.outcomes ?? []).map((outcome) => ({ id: outcome.id, check: checkTarget(outcome.text) })),
  ].filter((entry) => entry.check.verdict === "not_smart");
  if (weak.length === 0) return [];
  const notMeasurable = weak.filter((entry) => entry.check.missing.includes("measurable")).length;
  return [
    {
      code: "target_not_measurable",
      severity: "medium",
      title: weak.length === 1 ? "A target is not specific or measurable" : `${weak.length} targets are not specific or measurable`,
      explanation: `${weak.length} of the current targets do not say clearly what your child will do, how it will be measured, or by when (${notMeasurable} cannot be measured as written). Without that, nobody can tell at the review whether the support worked. Targets and outcomes should be specific, measurable and have a date.`,
      records: weak.map((entry) => entry.id),
      rules: plan ? ["R-SCH-APDR-PLAN", "R-EHCP-OUTCOMES"] : ["R-SCH-APDR-PLAN"],
      nextStep: { label: "Ask for measurable targets", action: "ask_for_smart_targets" },
    },
  ];
}

function checkProvisionWording(caseDocument: CaseDocument, today: CalendarDate): Finding[] {
  const cycle = findCurrentCycle(caseDocument, today);
  const findings: Finding[] = [];
  const schoolLines = (cycle?.provision ?? []).filter((line) => judgeProvisionLine({ ...line, minutes: line.durationMinutes }).verdict === "vague");
  if (schoolLines.length > 0) {
    findings.push({
      code: "provision_vague",
      severity: "medium",
      title: "Some support in the plan is vaguely worded",
      explanation: `${plural(schoolLines.length, "line")} of support in the current plan ${pluralWord(schoolLines.length, "does", "do")} not say exactly what will happen, who will do it, how often and for how long. Vague wording makes it hard to check the support is really given.`,
      records: schoolLines.map((line) => line.id),
      rules: ["R-SCH-APDR-PLAN"],
      nextStep: { label: "Ask for clearer wording", action: "ask_for_specific_provision" },
    });
  }
  const plan = latestPlan(caseDocument);
  const planLines = (plan?.provision ?? []).filter((line) => checkWording(line.text).verdict === "vague");
  if (plan && planLines.length > 0) {
    findings.push({
      code: "provision_vague",
      severity: "high",
      title: "Section F of the EHC plan is vaguely worded",
      explanation: `${plural(planLines.length, "line")} in Section F ${pluralWord(planLines.length, "does", "do")} not say exactly what help your child gets, from whom, how often and for how long. The Code of Practice says Section F must be detailed and specific and normally quantified; vague lines are hard to enforce.`,
      records: [plan.id, ...planLines.map((line) => line.id)],
      rules: ["R-EHCP-F-SPECIFIC", "R-EHCP-DUTY"],
      nextStep: { label: "Ask for clearer wording", action: "ask_for_specific_provision" },
    });
  }
  return findings;
}

function checkRepeatedPlans(caseDocument: CaseDocument): Finding[] {
  const cycles = listCyclesInOrder(caseDocument).filter((cycle) => cycle.kind === "sen_support");
  const findings: Finding[] = [];
  for (let index = 1; index < cycles.length; index += 1) {
    const previous = cycles[index - 1] as Cycle;
    const next = cycles[index] as Cycle;
    if (!isLimitedProgress(previous) || !isPlanUnchanged(previous, next)) continue;
    findings.push({
      code: "plan_repeated_unchanged",
      severity: "high",
      title: "The plan was repeated although progress was limited",
      explanation: `The plan that started on ${formatDate(next.startDate)} repeats the previous plan almost word for word, even though the review on ${previous.review ? formatDate(previous.review.date) : "the last review"} found limited progress. The graduated approach expects support to change when it is not working.`,
      records: [next.id, previous.id],
      rules: ["R-SCH-GRADUATED", "R-SCH-APDR-REVIEW"],
      nextStep: { label: "Ask what will change", action: "ask_for_plan_change" },
    });
  }
  return findings;
}

function checkLittleProgress(caseDocument: CaseDocument): Finding[] {
  const run = listTrailingLimitedCycles(caseDocument);
  if (run.length < CYCLES_FOR_ESCALATION) return [];
  return [
    {
      code: "little_progress",
      severity: "high",
      title: `Little or no progress over ${run.length} cycles`,
      explanation: `The last ${run.length} reviews found limited or no progress. The guidance says that when progress stays limited over two or more cycles, the school should change its approach and think about bringing in specialists, and an EHC needs assessment may be worth considering.`,
      records: run.flatMap((cycle) => [cycle.id, ...(cycle.review ? [cycle.review.id] : [])]),
      rules: ["R-SCH-SPECIALISTS", "R-SCH-GRADUATED"],
      nextStep: { label: "Ask for a review meeting", action: "request_review_meeting" },
    },
  ];
}

function checkDelivery(caseDocument: CaseDocument, today: CalendarDate): Finding[] {
  const findings: Finding[] = [];
  for (const cycle of caseDocument.cycles) {
    for (const line of cycle.provision) {
      const logged = cycle.sessions.filter((session) => session.provisionId === line.id && compareDates(session.date, today) <= 0);
      // A session nobody knows about either way is left out: it is not evidence of a missed session.
      const sessions = logged.filter((session) => session.status !== "unknown");
      if (sessions.length < MIN_SESSIONS_FOR_RATE) continue;
      const held = sessions.filter((session) => session.status === "held").length;
      const rate = held / sessions.length;
      if (rate >= DELIVERY_RATE_FLOOR) continue;
      const unknown = logged.length - sessions.length;
      const unknownNote = unknown > 0 ? ` ${plural(unknown, "more session")} ${pluralWord(unknown, "has", "have")} no record either way and ${pluralWord(unknown, "is", "are")} not counted.` : "";
      findings.push({
        code: "delivery_below_plan",
        severity: rate < DELIVERY_RATE_SERIOUS ? "high" : "medium",
        title: `Only ${formatRate(rate)} of planned sessions happened`,
        explanation: `${held} of ${sessions.length} planned sessions of "${line.what}" took place.${unknownNote} We flag anything below ${formatRate(DELIVERY_RATE_FLOOR)}, because then your child missed more than one session in five, and support that is not delivered as planned cannot be expected to work as planned.`,
        records: [line.id, cycle.id, ...sessions.filter((session) => session.status !== "held").map((session) => session.id)],
        rules: line.source === "ehc_plan" ? ["R-EHCP-DUTY"] : ["R-SCH-APDR-DO", "R-SCH-BEST-ENDEAVOURS"],
        nextStep: { label: "Ask for the session records", action: "request_session_records" },
      });
    }
  }
  return findings;
}

function checkSpecialists(caseDocument: CaseDocument): Finding[] {
  const run = listTrailingLimitedCycles(caseDocument);
  if (run.length < CYCLES_FOR_ESCALATION) return [];
  const hasReferral = caseDocument.referrals.some((referral) => referral.status !== "declined");
  if (caseDocument.professionals.length > 0 || hasReferral) return [];
  return [
    {
      code: "no_specialist_involved",
      severity: "high",
      title: "No specialist involved despite limited progress",
      explanation: `Progress has been limited over ${run.length} cycles and no outside professional (such as an educational psychologist or a speech and language therapist) is recorded as involved or referred. The Code of Practice says the school should consider bringing in specialists when a child keeps making less progress than expected.`,
      records: run.map((cycle) => cycle.id),
      rules: ["R-SCH-SPECIALISTS"],
      nextStep: { label: "Ask the school to make a referral", action: "request_referral" },
    },
  ];
}

function checkActions(caseDocument: CaseDocument, today: CalendarDate): Finding[] {
  const overdue = caseDocument.meetings.flatMap((meeting) =>
    meeting.actions.filter((action) => action.status === "open" && action.dueDate !== null && compareDates(action.dueDate, today) < 0),
  );
  if (overdue.length === 0) return [];
  return [
    {
      code: "actions_overdue",
      severity: "medium",
      title: overdue.length === 1 ? "An agreed action is overdue" : `${overdue.length} agreed actions are overdue`,
      explanation: `Things agreed at a meeting have passed their due date without being marked done: ${overdue.map((action) => `"${action.description}"`).join(", ")}. A short, friendly email asking for an update keeps a written record.`,
      records: overdue.map((action) => action.id),
      rules: [],
      nextStep: { label: "Send a follow-up email", action: "follow_up_actions" },
    },
  ];
}

function checkMonitoringDrift(caseDocument: CaseDocument, today: CalendarDate): Finding[] {
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
      explanation: `Your child has been "monitored" since ${formatDate(since)} (${plural(Math.floor(daysBetween(since, today) / 7), "week")}) without the plan changing. Monitoring should be short and lead to a clear decision; if concerns remain, the school should assess, plan and put support in place.`,
      records: run.map((cycle) => cycle.id),
      rules: ["R-SCH-GRADUATED", "R-SCH-APDR-REVIEW"],
      nextStep: { label: "Ask for a review meeting", action: "request_review_meeting" },
    },
  ];
}

function checkRecommendations(caseDocument: CaseDocument, today: CalendarDate): Finding[] {
  const cycle = findCurrentCycle(caseDocument, today);
  const plan = latestPlan(caseDocument);
  const currentLines = [
    ...(cycle?.provision ?? []).map((line) => ({ id: line.id, text: describeProvisionLine(line) })),
    ...(plan?.provision ?? []).map((line) => ({ id: line.id, text: line.text })),
  ];
  const currentIds = new Set(currentLines.map((line) => line.id));
  const findings: Finding[] = [];
  for (const report of caseDocument.reports) {
    const missing = report.recommendations.filter(
      (recommendation) =>
        recommendation.status === "confirmed" &&
        !recommendation.provisionIds.some((id) => currentIds.has(id)) &&
        !currentLines.some((line) => compareWording(line.text, recommendation.text) >= 0.35),
    );
    if (missing.length === 0) continue;
    findings.push({
      code: "recommendation_not_in_plan",
      severity: "medium",
      title: `${plural(missing.length, "recommendation")} from "${report.title}" ${pluralWord(missing.length, "is", "are")} not in the current plan`,
      explanation: `The report recommended: ${missing.map((recommendation) => `"${recommendation.text}"`).join("; ")}. None of the current plan's support matches. Professional advice should shape the support; you can ask the school${plan ? " or the council" : ""} to add it, or to explain why not.`,
      records: [report.id, ...missing.map((recommendation) => recommendation.id)],
      rules: plan ? ["R-SCH-SPECIALISTS", "R-EHCP-F-SPECIFIC"] : ["R-SCH-SPECIALISTS"],
      nextStep: { label: "Ask for it to be added", action: "ask_for_recommendation_in_plan" },
    });
  }
  return findings;
}

function checkDeadlines(caseDocument: CaseDocument, today: CalendarDate): Finding[] {
  const events = caseDocument.statutoryEvents.map((event) => ({
    type: event.type,
    date: event.date,
    id: event.id,
    ...(event.transfer ? { transfer: event.transfer } : {}),
    ...(event.key ? { key: event.key } : {}),
  }));
  const { deadlines } = computeDeadlines({ events, today });
  return deadlines
    .filter((deadline) => deadline.status === "overdue" || deadline.isMetLate)
    .filter((deadline) => !["draft_plan_comments", "amendment_comments", "appeal"].includes(deadline.key))
    .map((deadline) => ({
      code: "statutory_deadline_missed" as const,
      severity: deadline.status === "overdue" ? ("high" as const) : ("low" as const),
      title: deadline.status === "overdue" ? `A legal deadline has passed: ${deadline.key.replace(/_/g, " ")}` : `A legal deadline was met late: ${deadline.key.replace(/_/g, " ")}`,
      explanation: `${deadline.explanation} ${deadline.status === "overdue" ? "This date has passed and nothing is recorded to show it was met." : `It was met on ${formatDate(deadline.metOn!)}, after the date.`} ${deadline.ifMissed}`,
      records: deadline.fromEventId ? [deadline.fromEventId] : [],
      rules: [...deadline.rules, ...deadline.ifMissedRules],
      nextStep: { label: "See the deadlines", action: "view_deadlines" as const },
    }));
}

function checkConsiderEhcna(caseDocument: CaseDocument, today: CalendarDate, progress: ProgressSummary): Finding[] {
  const hasStarted = caseDocument.statutoryEvents.some((event) => event.type === "ehcna_request_received" || event.type === "final_plan_issued") || caseDocument.ehcPlans.length > 0;
  if (hasStarted) return [];
  const run = listTrailingLimitedCycles(caseDocument);
  const hadPurposefulAction = run.filter((cycle) => cycle.provision.length > 0).length >= CYCLES_FOR_ESCALATION;
  const reviewSuggested = caseDocument.cycles.some((cycle) => cycle.review?.decision === "consider_ehcna");
  const isLimitedDespiteAction = run.length >= CYCLES_FOR_ESCALATION && hadPurposefulAction;
  if (!isLimitedDespiteAction && !reviewSuggested && progress.answer !== "likely") return [];
  const reasons = [
    isLimitedDespiteAction ? `progress has been limited over ${run.length} cycles of planned support` : null,
    reviewSuggested ? "a review suggested considering an assessment" : null,
    progress.answer === "likely" ? "the records show several signs that progress is not good enough" : null,
  ].filter((reason): reason is string => reason !== null);
  const records = [...run.map((cycle) => cycle.id), ...progress.dimensions.flatMap((dimension) => dimension.evidence.flatMap((item) => item.records))];
  return [
    {
      code: "consider_ehcna",
      severity: isLimitedDespiteAction ? "high" : "medium",
      title: "It may be time to consider an EHC needs assessment",
      explanation: `In this case ${reasons.join(", and ")}. The council must assess if your child has or may have special educational needs and may need an EHC plan. You can ask yourself: no diagnosis, school agreement or set number of support cycles is needed. This is information, not legal advice.`,
      records: [...new Set(records)],
      rules: ["R-EHCNA-TEST", "R-EHCNA-NOT-NEEDED", "R-EHCNA-WHO"],
      nextStep: { label: "Start an assessment request", action: "draft_ehcna_request" },
    },
  ];
}

function latestPlan(caseDocument: CaseDocument) {
  return [...caseDocument.ehcPlans]
    .filter((plan) => plan.stage !== "draft")
    .sort((a, b) => compareDates(a.issuedOn ?? "1900-01-01", b.issuedOn ?? "1900-01-01"))
    .at(-1) ?? [...caseDocument.ehcPlans].at(-1);
}
