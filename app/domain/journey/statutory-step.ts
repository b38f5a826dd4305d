// Where a case is in the statutory process (the EHC needs assessment, the plan, its reviews and
// appeals), read from the recorded events, with the one thing to do next and its date from the
// deadline engine's output. The journey's last stage and the dashboard's next steps both use it.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import { formatWeekdayDate } from "../presentation";
import type { CaseDocument } from "../case/case-document";
import type { Deadline } from "../deadlines/compute-deadlines";
import type { DeadlineKey } from "../deadlines/deadline-definitions";
import { isRuleId, type RuleId } from "../law/catalogue";
import { listAppealDates, listMissedOrderDates } from "../reminders/appeal-dates";
import { statutoryEventsWithAppeals } from "../tribunal/appeal-events";

/** A screen of the app a step can link to; the web app turns each into an address. */
export type JourneyScreen =
  | "needs"
  | "profile"
  | "diary"
  | "support"
  | "support_new"
  | "audit"
  | "progress"
  | "health"
  | "adjustments"
  | "ehcna_request"
  | "statutory"
  | "plans"
  | "correspondence"
  | "meetings"
  | "appeals";

/** Where a step leads: a screen, or the letter builder open at one kind of letter (a kind in the letters registry). */
export type StepTarget = { screen: JourneyScreen } | { letter: string };

export type StatutoryStepId =
  | "assessment_requested"
  | "assessing"
  | "assessment_refused"
  | "plan_being_written"
  | "plan_refused"
  | "draft_plan"
  | "waiting_for_final_plan"
  | "plan_in_place"
  | "annual_review"
  | "amendment_proposed"
  | "reassessment_requested"
  | "plan_ceased"
  | "appeal";

/** The one thing to do next at a step, with the date it is due by when the law sets one. */
export type StatutoryNextStep = {
  /** What to do, in a sentence: "Send your comments on the draft plan by Monday 14 December 2026". */
  action: string;
  date: CalendarDate | null;
  target: StepTarget;
  /** The rule the date or the step rests on. */
  rule: RuleId;
};

export type StatutoryStep = {
  id: StatutoryStepId;
  title: string;
  /** What happens at this step. */
  expected: string;
  next: StatutoryNextStep;
  /** The event that put the case here, and its date. */
  fromEvent: { type: string; date: CalendarDate; id: string };
};

type NextSpec = {
  /** The deadline whose date the step is due by, if the law sets one. */
  deadline: DeadlineKey | null;
  /** The sentence with the date ("… by <date>") and without it (no date known or it has passed). */
  withDate: (date: string) => string;
  withoutDate: string;
  target: StepTarget;
  rule: RuleId;
};

type StepSpec = { title: string; expected: string; next: NextSpec };

const APPEAL: NextSpec = {
  deadline: "appeal",
  withDate: (date) => `If you disagree, you can appeal to the SEND Tribunal by ${date}; ask for mediation advice first`,
  withoutDate: "If you disagree, see how to appeal to the SEND Tribunal and the date to appeal by",
  target: { screen: "statutory" },
  rule: "R-APP-DEADLINE",
};

const STEPS: Record<StatutoryStepId, StepSpec> = {
  assessment_requested: {
    title: "You have asked for an EHC needs assessment",
    expected: "The council must decide whether to assess and tell you in writing. Keep a note of what you send and when.",
    next: {
      deadline: "ehcna_decision",
      withDate: (date) => `Expect the council's decision on whether to assess by ${date}`,
      withoutDate: "Follow the council's time limits for deciding whether to assess",
      target: { screen: "statutory" },
      rule: "R-EHCNA-DECIDE",
    },
  },
  assessing: {
    title: "The council is carrying out the assessment",
    expected: "The council gathers advice from the school, professionals and you. You can send your own views and reports.",
    next: {
      deadline: "ehcp_issue_decision",
      withDate: (date) => `Expect the council's decision on whether to make a plan by ${date}`,
      withoutDate: "Follow the council's time limits for deciding whether to make a plan",
      target: { screen: "statutory" },
      rule: "R-EHCNA-NO-PLAN",
    },
  },
  assessment_refused: {
    title: "The council refused to assess",
    expected: "The council must say why. You can ask for the reasons, and you can appeal against the refusal.",
    next: APPEAL,
  },
  plan_being_written: {
    title: "The council is writing the EHC plan",
    expected: "The council has decided to make a plan and will send you a draft to comment on before it is final.",
    next: {
      deadline: "ehcp_final",
      withDate: (date) => `Expect the draft plan soon; the final plan is due by ${date}`,
      withoutDate: "Expect the draft plan, which you can comment on before it is final",
      target: { screen: "statutory" },
      rule: "R-EHCP-FINAL-20W",
    },
  },
  plan_refused: {
    title: "The council decided not to make a plan",
    expected: "The council must say why. You can ask for the reasons, and you can appeal against the decision.",
    next: APPEAL,
  },
  draft_plan: {
    title: "The draft EHC plan: your comments",
    expected:
      "Read the draft plan. Check that Section F says exactly what help your child gets, who gives it, how often and for how long, and ask for a school or college to be named.",
    next: {
      deadline: "draft_plan_comments",
      withDate: (date) => `Send your comments on the draft plan by ${date}`,
      withoutDate: "Send your comments on the draft plan",
      target: { letter: "draft_plan_response" },
      rule: "R-EHCP-DRAFT-15",
    },
  },
  waiting_for_final_plan: {
    title: "Waiting for the final EHC plan",
    expected: "The council considers your comments and issues the final plan, naming the school or college.",
    next: {
      deadline: "ehcp_final",
      withDate: (date) => `Expect the final plan by ${date}`,
      withoutDate: "Follow the council's time limit for the final plan",
      target: { screen: "statutory" },
      rule: "R-EHCP-FINAL-20W",
    },
  },
  plan_in_place: {
    title: "The EHC plan is in place",
    expected:
      "The council must make sure the help in Section F is given. Check it happens as the plan says. The plan is reviewed at least once a year.",
    next: {
      deadline: "annual_review",
      withDate: (date) => `The plan must be reviewed by ${date}`,
      withoutDate: "Check the support in Section F is given as the plan says",
      target: { screen: "plans" },
      rule: "R-AR-12M",
    },
  },
  annual_review: {
    title: "The annual review",
    expected: "After the review meeting, the school sends a report and the council decides whether to keep, change or end the plan.",
    next: {
      deadline: "annual_review_decision",
      withDate: (date) => `Expect the council's decision after the review by ${date}`,
      withoutDate: "Follow the time limits after the review meeting",
      target: { screen: "statutory" },
      rule: "R-AR-DECISION",
    },
  },
  amendment_proposed: {
    title: "The council proposes changes to the plan",
    expected: "Read the proposed changes. You can comment and ask for a meeting before the council issues the amended plan.",
    next: {
      deadline: "amendment_comments",
      withDate: (date) => `Send your comments on the proposed changes by ${date}`,
      withoutDate: "Send your comments on the proposed changes",
      target: { letter: "draft_plan_response" },
      rule: "R-AR-AMEND-15",
    },
  },
  reassessment_requested: {
    title: "You have asked for a reassessment",
    expected: "The council must decide whether to reassess and tell you.",
    next: {
      deadline: "reassessment_decision",
      withDate: (date) => `Expect the council's decision on the reassessment by ${date}`,
      withoutDate: "Follow the council's time limit for deciding on a reassessment",
      target: { screen: "statutory" },
      rule: "R-AR-REASSESS",
    },
  },
  plan_ceased: {
    title: "The council has ended the EHC plan",
    expected: "The council must tell you why. You can appeal against a decision to end a plan.",
    next: APPEAL,
  },
  appeal: {
    title: "An appeal to the SEND Tribunal",
    expected: "Keep to the tribunal's dates for evidence. The council must do what the tribunal orders.",
    next: {
      deadline: null,
      withDate: (date) => `Follow the tribunal's dates (${date})`,
      withoutDate: "Keep your evidence together and follow the tribunal's dates",
      target: { screen: "statutory" },
      rule: "R-APP-COMPLY",
    },
  },
};

/** Which step each recorded event moves the case to; events not listed (mediation, letters sent) leave it where it is. */
const STEP_AFTER: Readonly<Record<string, StatutoryStepId>> = {
  ehcna_request_received: "assessment_requested",
  ehcna_agreed: "assessing",
  ehcna_refused: "assessment_refused",
  ehcp_agreed: "plan_being_written",
  ehcp_refused: "plan_refused",
  draft_plan_issued: "draft_plan",
  draft_plan_comments_sent: "waiting_for_final_plan",
  final_plan_issued: "plan_in_place",
  ehcp_final_issued: "plan_in_place",
  annual_review_meeting: "annual_review",
  annual_review_decision_issued: "plan_in_place",
  annual_review_completed: "plan_in_place",
  amendment_notice_issued: "amendment_proposed",
  amended_plan_issued: "plan_in_place",
  amendment_withdrawn: "plan_in_place",
  reassessment_requested: "reassessment_requested",
  reassessment_agreed: "assessing",
  reassessment_refused: "assessment_refused",
  plan_ceased: "plan_ceased",
  appeal_registered: "appeal",
  appeal_lodged: "appeal",
};

/** The date of the step's deadline, from the latest event that started it, unless it is met or has passed. */
function dueDate(key: DeadlineKey | null, deadlines: readonly Deadline[], today: CalendarDate): CalendarDate | null {
  if (key === null) return null;
  const open = deadlines
    .filter((deadline) => deadline.key === key && deadline.status !== "met" && compareDates(deadline.due, today) >= 0)
    .sort((a, b) => compareDates(a.fromDate, b.fromDate));
  return open.at(-1)?.due ?? null;
}

/**
 * After a tribunal order, a date the council has missed comes first whatever the step: the letter
 * to the Director of Children's Services (R-TRIB-NONCOMPLY). While an appeal is on its way, its
 * next date in the directions. Null when neither applies.
 */
function appealNext(document: CaseDocument, today: CalendarDate, isAppealStep: boolean): StatutoryNextStep | null {
  const [missed] = listMissedOrderDates(document, today);
  if (missed)
    return {
      // The same words as "Do this next" gives it, so the two are one step.
      action: "Write to the Director of Children's Services",
      date: missed.date,
      target: { letter: "order_compliance_chaser" },
      rule: missed.ruleId,
    };
  if (!isAppealStep) return null;
  // The family's ways to challenge are theirs to weigh with advice, not a next step to push.
  const next = listAppealDates(document, today).find((item) => item.status === "open" && item.source !== "challenge" && item.timing !== "immediately");
  if (!next) return null;
  const when = next.timing === "on" ? `on ${formatWeekdayDate(next.date)}` : `by ${formatWeekdayDate(next.date)}`;
  return { action: `Next in the appeal: ${lowerFirst(next.label)} ${when}`, date: next.date, target: { screen: "appeals" }, rule: next.ruleId };
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * The step of the statutory process the case has reached, or null when nothing is recorded.
 *
 * Example: events ehcna_request_received, ehcna_agreed, ehcp_agreed and draft_plan_issued on
 * 29 November 2026, with the deadlines worked out on 4 December, give the step "draft_plan" and
 * "Send your comments on the draft plan by Monday 14 December 2026".
 */
export function readStatutoryStep(document: CaseDocument, deadlines: readonly Deadline[], today: CalendarDate): StatutoryStep | null {
  // Events in the order they happened (same-day events in the order recorded); future ones are not
  // yet. An appeal sent or registered from its workspace counts as the appeal lodged or registered
  // on that day, as it does for the deadlines (decision 147).
  const events = statutoryEventsWithAppeals(document)
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => compareDates(event.date, today) <= 0)
    .sort((a, b) => compareDates(a.event.date, b.event.date) || a.index - b.index);
  let found: { id: StatutoryStepId; event: (typeof events)[number]["event"] } | null = null;
  for (const { event } of events) {
    const id = STEP_AFTER[event.type];
    if (id) found = { id, event };
  }
  if (!found) return null;
  const spec = STEPS[found.id];
  const date = dueDate(spec.next.deadline, deadlines, today);
  // The rule behind the date is the deadline's own (the engine knows its version); else the step's.
  const deadlineRule = date === null ? undefined : deadlines.find((deadline) => deadline.key === spec.next.deadline && deadline.due === date)?.rules[0];
  return {
    id: found.id,
    title: spec.title,
    expected: spec.expected,
    next: appealNext(document, today, found.id === "appeal") ?? {
      action: date === null ? spec.next.withoutDate : spec.next.withDate(formatWeekdayDate(date)),
      date,
      target: spec.next.target,
      rule: deadlineRule !== undefined && isRuleId(deadlineRule) ? deadlineRule : spec.next.rule,
    },
    fromEvent: { type: found.event.type, date: found.event.date, id: found.event.id },
  };
}
