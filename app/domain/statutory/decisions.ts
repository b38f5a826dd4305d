// The council's decisions a family can challenge at the SEND Tribunal, and what disagreeing well
// involves for each: what the appeal can be about, whether mediation advice comes first, what an
// appeal needs, and the appeal date the deadlines work out (R-APP-WHAT, R-APP-MEDIATION,
// R-APP-DEADLINE). Every decision listed here starts the appeal date (deadline-definitions'
// STARTED_BY; a test keeps them in step). Facts only; the page says it is information, not legal advice.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { Deadline } from "../deadlines/compute-deadlines";
import { periodOf } from "../law/statements";

type DecisionInfo = {
  /** The decision in a few words. */
  title: string;
  /** What an appeal about it can ask the tribunal to decide. */
  canAppeal: string;
};

const DECISIONS: Readonly<Record<string, DecisionInfo>> = {
  ehcna_refused: {
    title: "Refusal to carry out an EHC needs assessment",
    canAppeal: "You can appeal against the refusal and ask the tribunal to order an assessment.",
  },
  ehcp_refused: {
    title: "Decision not to make an EHC plan",
    canAppeal: "You can appeal against the decision and ask the tribunal to order the council to make a plan.",
  },
  final_plan_issued: {
    title: "Final EHC plan",
    canAppeal:
      "You can appeal about the needs described (Section B), the special educational provision (Section F) and the school or college named, or that none is named (Section I). Health and social care parts can be added to such an appeal, but the tribunal can only recommend changes to them.",
  },
  ehcp_final_issued: {
    title: "Final EHC plan",
    canAppeal:
      "You can appeal about the needs described (Section B), the special educational provision (Section F) and the school or college named, or that none is named (Section I).",
  },
  amended_plan_issued: {
    title: "Final amended EHC plan",
    canAppeal: "You can appeal about Sections B, F and I of the amended plan.",
  },
  annual_review_decision_issued: {
    title: "Decision after the annual review",
    canAppeal:
      "If the council decided not to change the plan, you can appeal against that decision, and about Sections B, F and I of the plan as it stands.",
  },
  amendment_withdrawn: {
    title: "Decision not to change the plan after all",
    canAppeal: "You can appeal against a refusal to change the plan after a review.",
  },
  reassessment_refused: {
    title: "Refusal to reassess",
    canAppeal: "You can appeal against the refusal and ask the tribunal to order a reassessment.",
  },
  plan_ceased: {
    title: "Decision to stop (cease) the EHC plan",
    canAppeal:
      "You can appeal against the decision to stop the plan. The council must keep the plan in place until the time to appeal has passed, or until the appeal is decided.",
  },
};

/** Event types recording a decision that can be appealed. */
export const DECISION_TYPES: readonly string[] = Object.keys(DECISIONS);

export function describeDecision(type: string): string {
  return DECISIONS[type]?.title ?? "Decision";
}

export type Disagreement = {
  eventId: string;
  type: string;
  title: string;
  decidedOn: CalendarDate;
  canAppeal: string;
  /** Whether mediation advice must come before an appeal (not for the school named alone). */
  mediationAdvice: string;
  /** The appeal time limit from the deadlines, if it still runs. */
  appeal: Deadline | null;
  checklist: string[];
};

const MEDIATION_ADVICE = `Before appealing, contact a mediation adviser (the decision letter says who) within ${periodOf("R-APP-MEDIATION")} of the letter. You do not have to go to mediation, but you need the certificate the adviser gives you.`;

const PLAN_TYPES = new Set(["final_plan_issued", "ehcp_final_issued", "amended_plan_issued"]);

/**
 * The decisions in a case a family might challenge, newest first, each with its appeal date.
 *
 * Example: a refusal to assess recorded on 3 March 2026 gives one disagreement whose appeal is due
 * 3 May 2026, moved to a month after a mediation certificate when one is recorded later.
 */
export function listDisagreements(
  events: ReadonlyArray<{ id: string; type: string; date: CalendarDate }>,
  deadlines: readonly Deadline[],
): Disagreement[] {
  return events
    .filter((event) => event.type in DECISIONS)
    .sort((a, b) => compareDates(b.date, a.date))
    .map((event) => {
      const isPlan = PLAN_TYPES.has(event.type);
      return {
        eventId: event.id,
        type: event.type,
        title: DECISIONS[event.type]!.title,
        decidedOn: event.date,
        canAppeal: DECISIONS[event.type]!.canAppeal,
        mediationAdvice: isPlan
          ? `${MEDIATION_ADVICE} If the appeal is only about the school or college named, you do not need one.`
          : MEDIATION_ADVICE,
        appeal: findAppeal(event, events, deadlines),
        checklist: appealChecklist(isPlan),
      };
    });
}

/**
 * The appeal time limit a decision started. A later mediation certificate moves it and becomes
 * what it is counted from; the deadlines apply a certificate to the latest decision before it.
 */
function findAppeal(
  decision: { id: string; date: CalendarDate },
  events: ReadonlyArray<{ id: string; type: string; date: CalendarDate }>,
  deadlines: readonly Deadline[],
): Deadline | null {
  const appeals = deadlines.filter((deadline) => deadline.key === "appeal");
  const own = appeals.find((deadline) => deadline.fromEventId === decision.id);
  if (own) return own;
  return (
    appeals.find((deadline) => {
      if (deadline.fromEvent !== "mediation_certificate_issued") return false;
      const before = events
        .filter((event) => event.type in DECISIONS && compareDates(event.date, deadline.fromDate) <= 0)
        .sort((a, b) => compareDates(a.date, b.date));
      return before.at(-1)?.id === decision.id;
    }) ?? null
  );
}

/** What an appeal needs, in the order a family gathers it. */
export function appealChecklist(isPlan: boolean): string[] {
  return [
    "The council's decision letter, and the date on it.",
    isPlan
      ? "A mediation certificate, unless the appeal is only about the school or college named."
      : "A mediation certificate from the mediation adviser.",
    isPlan
      ? "What you disagree with, section by section (B, F or I), and the wording you want instead."
      : "Why you disagree: how your child meets the test, in your own words.",
    "Your evidence: professional reports, school records of support and progress, and letters.",
    "The appeal form, sent so that it reaches the tribunal by the date below. Keep proof that you sent it.",
  ];
}
