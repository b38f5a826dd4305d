// An appeal's dates for the "coming up" list, the reminders, the calendars and the statutory page:
// the dates in the tribunal's directions as the parent recorded them, and after the decision what
// the council must do by when (reg 44, or reg 45 when it conceded) and the family's own time limits
// to challenge the decision. Each is a deadline or a date to aim for (decision 139), with its rule
// and status, and a stable key. The appeal date itself is the deadline engine's (D-APPEAL): it is
// listed there once, never here (decision 145).

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { Appeal, CaseDocument } from "../case/case-document";
import { APPEAL_DATE_KIND_NAMES, ORDER_KIND_NAMES, type AppealDateKind } from "../codes/tribunal";
import type { RuleId } from "../law/catalogue";
import { LAW_AS_AT } from "../law/catalogue";
import { getRule } from "../law/get-rule";
import type { Verification } from "../law/law-rule";
import { formatDate, formatWeekdayDate } from "../presentation";
import {
  listChallengeDates,
  listOrderDeadlines,
  listUnopposedDeadlines,
  type CouncilStep,
  type FamilyStep,
  type TribunalDate,
  type TribunalDateId,
} from "../tribunal";
import type { AppealEventFacts } from "../tribunal/appeal-events";
import { AIM_FOR_WORDS, describeStatusBriefly } from "./school-day-dates";

/**
 * What the dates are worked out from: a whole case document will do, and so will the reminder
 * job's few columns. An appeal carries what moves the appeal date too (its certificate, the days
 * it was sent and registered: AppealEventFacts), so the lists give the deadline engine the same
 * events as the workspace (decision 147).
 */
export type AppealDatesSource = {
  statutoryEvents: ReadonlyArray<Pick<CaseDocument["statutoryEvents"][number], "id" | "type" | "date">>;
  appeals: ReadonlyArray<AppealEventFacts & Pick<Appeal, "appealType" | "status" | "bundleFixedOn" | "dates" | "order">>;
};

/** Where a date comes from: the directions, the order (or the concession), or the family's ways to challenge. */
export type AppealDateSource = "directions" | "order" | "unopposed" | "challenge";

export type AppealDateItem = {
  /**
   * "appeal:<appeal id>:<kind>:<date id>" for a directions date, "appeal:<appeal id>:<D-id>:<step>"
   * for what the council must do after the order, "appeal:<appeal id>:<D-id>" for a challenge date.
   */
  key: string;
  appealId: string;
  source: AppealDateSource;
  /** The reference's D- id; null for a date only the directions set (the hearing, attendance forms). */
  deadlineId: TribunalDateId | "D-TRIB-EVIDENCE" | null;
  ruleId: RuleId;
  ruleStatus: Verification;
  /** How far the length and way of counting were checked; "verified" for a date the tribunal printed. */
  lengthStatus: Verification;
  openQuestion: number | null;
  /** "deadline": a date that can be missed. "aim_for": not yet checked (decision 139), never called missed. */
  kind: "deadline" | "aim_for";
  whose: "family" | "council" | "tribunal";
  /** What the date is, e.g. "The council issues the changed plan". */
  label: string;
  /** The date to show: the due date, or for the family's own and "aim for" dates, the earlier target. */
  date: CalendarDate;
  /** "by": on or before; "on": the day itself (a hearing); "immediately": from that day. */
  timing: "by" | "on" | "immediately";
  /** The last day the count allows, when the date shown is an earlier target. */
  latest: CalendarDate | null;
  /** The tribunal's holiday rule's later date (R-TRIB-COUNT), a fallback only. */
  fallback: { date: CalendarDate; ruleId: RuleId; ruleStatus: Verification } | null;
  /** A due date on a weekend or bank holiday does not move: say so. */
  fallsOn: "weekend" | "bank_holiday" | null;
  /** "met": recorded as done; "passed": gone by, not recorded as done; "open": otherwise. */
  status: "met" | "open" | "passed";
  /** The day it was recorded as done. */
  metOn: CalendarDate | null;
  /** Whether it counts as missed once it passes: a deadline whose doing is recorded in the case. */
  canBeMissed: boolean;
  /** The council's step, the family's step, or the directions' kind of date. */
  step: CouncilStep | FamilyStep | AppealDateKind;
  /** What to do about it, in a sentence or two, with the rule's status. */
  whatToDo: string;
};

/** Whether an appeal is still on its way to a hearing: not given up, conceded or decided, so its directions apply. */
export function isAppealInProgress(appeal: Pick<Appeal, "status" | "order">): boolean {
  return appeal.status !== "withdrawn" && appeal.status !== "conceded" && appeal.status !== "decided" && appeal.order === null;
}

// ── The directions ────────────────────────────────────────────────────────────────────────

type DirectionsSpec = {
  whose: AppealDateItem["whose"];
  deadlineId: AppealDateItem["deadlineId"];
  ruleId: RuleId;
  timing: "by" | "on";
};

/**
 * Whose each directions date is and the rule behind it: the family sends its evidence, working
 * document and attendance forms; the council responds and (under PD 2025) prepares the bundle
 * (R-TRIB-BUNDLE-WHO); the tribunal sets the hearing and case review (R-TRIB-REGISTER).
 */
const DIRECTIONS: Readonly<Record<AppealDateKind, DirectionsSpec>> = {
  la_response: { whose: "council", deadlineId: "D-TRIB-LA-RESPONSE", ruleId: "R-TRIB-LA-RESPONSE", timing: "by" },
  final_evidence: { whose: "family", deadlineId: "D-TRIB-EVIDENCE", ruleId: "R-TRIB-BUNDLE-WHO", timing: "by" },
  working_document: { whose: "family", deadlineId: "D-TRIB-EVIDENCE", ruleId: "R-TRIB-WORKING-DOC", timing: "by" },
  attendance_forms: { whose: "family", deadlineId: null, ruleId: "R-TRIB-REGISTER", timing: "by" },
  bundle: { whose: "council", deadlineId: "D-TRIB-EVIDENCE", ruleId: "R-TRIB-BUNDLE-WHO", timing: "by" },
  case_review: { whose: "tribunal", deadlineId: null, ruleId: "R-TRIB-REGISTER", timing: "on" },
  hearing: { whose: "tribunal", deadlineId: null, ruleId: "R-TRIB-REGISTER", timing: "on" },
  other: { whose: "tribunal", deadlineId: null, ruleId: "R-TRIB-REGISTER", timing: "on" },
};

function directionsWhatToDo(kind: AppealDateKind, date: CalendarDate): string {
  const when = formatWeekdayDate(date);
  switch (kind) {
    case "final_evidence":
      return `Send your evidence to the tribunal and the council by ${when}, as the directions say. Late evidence is used only if the tribunal agrees (form SEND7). Mark the bundle as sent in Clearpath when it has gone.`;
    case "working_document":
      return `Send your changes to the working document by ${when}. It can be updated up to the hearing.`;
    case "attendance_forms":
      return `Send the attendance form by ${when}: it says who will come to the hearing and any help you need there.`;
    case "la_response":
      return `The council must send its response to the appeal by ${when}, the date in the directions. If it has not, you can tell the tribunal.`;
    case "bundle":
      return `The hearing bundle is due by ${when}. The council usually prepares it; check your own evidence is in it.`;
    case "case_review":
      return `The tribunal's case review is on ${when}. Check what the directions ask you to do before it.`;
    case "hearing":
      return `The hearing is on ${when}. Check the attendance form has gone and your evidence is in the bundle.`;
    case "other":
      return `A date in the tribunal's directions: ${when}. Check the directions for what it asks.`;
  }
}

function fromDirections(appeal: AppealDatesSource["appeals"][number], today: CalendarDate): AppealDateItem[] {
  if (!isAppealInProgress(appeal)) return [];
  return appeal.dates.map((entry): AppealDateItem => {
    const spec = DIRECTIONS[entry.kind];
    // The family's evidence is done when the bundle is marked as sent.
    const isMet = entry.kind === "final_evidence" && appeal.bundleFixedOn !== null;
    return {
      key: `appeal:${appeal.id}:${entry.kind}:${entry.id}`,
      appealId: appeal.id,
      source: "directions",
      deadlineId: spec.deadlineId,
      ruleId: spec.ruleId,
      ruleStatus: getRule(spec.ruleId, LAW_AS_AT).verification,
      // The tribunal printed the date: nothing was counted, so nothing is left to check.
      lengthStatus: "verified",
      openQuestion: null,
      kind: "deadline",
      whose: spec.whose,
      label: entry.kind === "other" && entry.label ? entry.label : APPEAL_DATE_KIND_NAMES[entry.kind],
      date: entry.date,
      timing: spec.timing,
      latest: null,
      fallback: null,
      fallsOn: null,
      status: isMet ? "met" : compareDates(entry.date, today) < 0 ? "passed" : "open",
      metOn: isMet ? appeal.bundleFixedOn : null,
      // Only the family's evidence has a record that shows it was done.
      canBeMissed: false,
      step: entry.kind,
      whatToDo: directionsWhatToDo(entry.kind, entry.date),
    };
  });
}

// ── After the decision ────────────────────────────────────────────────────────────────────

/**
 * The statutory events that show the council did each step, recorded on or after the day the
 * count starts. Null for a step no record shows (keeping a plan, ending one): it is never missed.
 */
const STEP_DONE_BY: Readonly<Record<CouncilStep, readonly string[] | null>> = {
  respond_to_appeal: null,
  say_it_will_assess: ["ehcna_agreed", "reassessment_agreed"],
  say_no_plan_needed: ["ehcp_refused", "ehcp_issue_decision_made"],
  issue_draft_plan: ["draft_plan_issued"],
  issue_final_plan: ["final_plan_issued", "ehcp_final_issued"],
  reconsider: ["ehcna_agreed", "ehcna_refused", "ehcp_agreed", "ehcp_refused", "reassessment_agreed", "reassessment_refused", "amendment_notice_issued", "amended_plan_issued", "final_plan_issued"],
  issue_amended_plan: ["amended_plan_issued", "final_plan_issued", "ehcp_final_issued"],
  name_school: ["amended_plan_issued", "final_plan_issued", "ehcp_final_issued", "phase_transfer_plan_issued"],
  keep_plan: null,
  cease_plan: null,
};

/** What the council must do, as a list line says it. */
export const COUNCIL_STEP_LABELS: Readonly<Record<CouncilStep, string>> = {
  respond_to_appeal: "The council responds to the appeal",
  say_it_will_assess: "The council says it will assess",
  say_no_plan_needed: "The council says no plan is needed",
  issue_draft_plan: "The council issues the draft EHC plan",
  issue_final_plan: "The council issues the final EHC plan",
  reconsider: "The council thinks again about its decision",
  issue_amended_plan: "The council issues the changed plan",
  name_school: "The council issues the plan naming the school",
  keep_plan: "The council keeps the plan",
  cease_plan: "The council may end the plan",
};

/** What the council must do, in a sentence after "must": "issue the changed plan". */
export const COUNCIL_STEP_DUTIES: Readonly<Record<CouncilStep, string>> = {
  respond_to_appeal: "respond to the appeal",
  say_it_will_assess: "tell you it will assess your child's needs",
  say_no_plan_needed: "tell you no plan is needed",
  issue_draft_plan: "send you the draft EHC plan",
  issue_final_plan: "issue the final EHC plan",
  reconsider: "think again about its decision",
  issue_amended_plan: "issue the changed plan",
  name_school: "issue the plan naming the school",
  keep_plan: "keep the plan",
  cease_plan: "end the plan, if it chooses to",
};

/** The family's own challenges, as a list line says them. */
export const FAMILY_STEP_LABELS: Readonly<Record<FamilyStep, string>> = {
  appeal: "Appeal to the SEND Tribunal",
  ask_for_review: "Ask the tribunal to review its decision because things have changed",
  ask_to_set_aside: "Ask the tribunal to set its decision aside because of a problem with the process",
  ask_tribunal_permission: "Ask the tribunal for permission to appeal to the Upper Tribunal",
  ask_upper_tribunal_permission: "Ask the Upper Tribunal for permission to appeal",
  ask_upper_tribunal_hearing: "Ask the Upper Tribunal to look again at a hearing",
};

type EventRow = AppealDatesSource["statutoryEvents"][number];

/** The first event on or after `from` that does the step (or its alternative), if any. */
function findDone(step: CouncilStep, orStep: CouncilStep | null, from: CalendarDate, events: readonly EventRow[]): CalendarDate | null {
  const types = new Set([...(STEP_DONE_BY[step] ?? []), ...(orStep ? (STEP_DONE_BY[orStep] ?? []) : [])]);
  const dates = events.filter((event) => types.has(event.type) && compareDates(event.date, from) >= 0).map((event) => event.date);
  return dates.sort(compareDates)[0] ?? null;
}

function sureness(date: Pick<TribunalDate, "ruleStatus" | "lengthStatus" | "standing">): string {
  return date.standing === "aim_for" ? AIM_FOR_WORDS : describeStatusBriefly(date.lengthStatus === "partly_verified" ? "partly_verified" : date.ruleStatus);
}

function councilWhatToDo(date: TribunalDate, source: "order" | "unopposed", orderKind: string): string {
  const from = source === "order" ? `The tribunal's order of ${formatDate(date.countedFrom)} (${orderKind})` : `The council said on ${formatDate(date.countedFrom)} that it would not oppose the appeal, so it`;
  const step = date.step as CouncilStep;
  const duty = COUNCIL_STEP_DUTIES[step];
  const or = date.orStep ? `, or ${COUNCIL_STEP_DUTIES[date.orStep]}` : "";
  const rule = `${date.ruleId}, ${sureness(date)}`;
  if (date.timing === "immediately")
    return `${from} means the council must ${duty} straight away (${rule}).`;
  const lead = source === "order" ? `${from} means the council must ${duty}${or}` : `${from} must ${duty}${or}`;
  if (date.standing === "aim_for")
    return `${lead} by about ${formatWeekdayDate(date.due)} (${rule}). This date is a guide, not yet checked against the regulations (open question ${date.openQuestion}). Record what the council sends on the statutory page.`;
  return `${lead} by ${formatWeekdayDate(date.due)} (${rule}). Record what the council sends on the statutory page. If the date passes with nothing, Clearpath can write to the council's Director of Children's Services.`;
}

function familyWhatToDo(date: TribunalDate): string {
  const step = date.step as FamilyStep;
  const fallback = date.fallback ? ` The tribunal's holiday rule may give you until ${formatWeekdayDate(date.fallback.date)}, but do not rely on it (${date.fallback.ruleId}, ${describeStatusBriefly(date.fallback.ruleStatus)}).` : "";
  const aim = date.standing === "aim_for" ? ` The time limit is not yet checked against the tribunal's rules (open question ${date.openQuestion}), so aim for the earlier date.` : "";
  return `${FAMILY_STEP_LABELS[step]}: this is your own time limit, ${formatWeekdayDate(date.target)} at the latest (${date.ruleId}, ${sureness(date)}).${aim}${fallback} Ask an advice service such as IPSEA or your local SENDIASS first: this is information, not legal advice.`;
}

function toItem(options: {
  appealId: string;
  source: Exclude<AppealDateSource, "directions">;
  date: TribunalDate;
  events: readonly EventRow[];
  orderKind: string;
  today: CalendarDate;
}): AppealDateItem {
  const { date, today } = options;
  const isCouncil = date.whose === "council";
  const step = date.step;
  const shown = date.standing === "aim_for" || !isCouncil ? date.target : date.due;
  const metOn = isCouncil ? findDone(step as CouncilStep, date.orStep, date.countedFrom, options.events) : null;
  const isRecordable = isCouncil && date.timing === "by" && STEP_DONE_BY[step as CouncilStep] !== null;
  const label = isCouncil
    ? `${COUNCIL_STEP_LABELS[step as CouncilStep]}${date.orStep ? ` (or ${COUNCIL_STEP_DUTIES[date.orStep]})` : ""}`
    : FAMILY_STEP_LABELS[step as FamilyStep];
  return {
    key: options.source === "challenge" ? `appeal:${options.appealId}:${date.id}` : `appeal:${options.appealId}:${date.id}:${step}`,
    appealId: options.appealId,
    source: options.source,
    deadlineId: date.id,
    ruleId: date.ruleId,
    ruleStatus: date.ruleStatus,
    lengthStatus: date.lengthStatus,
    openQuestion: date.openQuestion,
    kind: date.standing,
    whose: date.whose,
    label,
    date: shown,
    timing: date.timing,
    latest: shown !== date.due ? date.due : null,
    fallback: date.fallback ? { date: date.fallback.date, ruleId: date.fallback.ruleId, ruleStatus: date.fallback.ruleStatus } : null,
    fallsOn: date.fallsOn,
    status: metOn !== null ? "met" : compareDates(shown, today) < 0 ? "passed" : "open",
    metOn,
    canBeMissed: isRecordable && date.standing === "deadline",
    step,
    whatToDo: isCouncil ? councilWhatToDo(date, options.source === "unopposed" ? "unopposed" : "order", options.orderKind) : familyWhatToDo(date),
  };
}

function fromOrder(appeal: AppealDatesSource["appeals"][number], events: readonly EventRow[], today: CalendarDate): AppealDateItem[] {
  const order = appeal.order;
  if (!order) return [];
  const orderKind = ORDER_KIND_NAMES[order.kind];
  const common = { appealId: appeal.id, events, orderKind, today };
  if (order.notOpposedOn !== null) {
    // Conceded before the council's response (reg 45): no hearing, so nothing to challenge.
    const { dates } = listUnopposedDeadlines({ appealType: appeal.appealType, notOpposedOn: order.notOpposedOn });
    return dates.map((date) => toItem({ ...common, source: "unopposed", date }));
  }
  return [
    ...listOrderDeadlines({ kind: order.kind, orderDate: order.madeOn }).map((date) => toItem({ ...common, source: "order", date })),
    ...listChallengeDates({ decisionSentOn: order.madeOn }).map((date) => toItem({ ...common, source: "challenge", date })),
  ];
}

/**
 * Every appeal date of a case, in date order: the directions' dates while the appeal is open, and
 * after the order (or the concession) the council's steps and the family's challenge dates.
 *
 * Example: an order to change Sections B and F made Fri 15 Jan 2027 gives
 * { key: "appeal:a1:D-ORDER-AMEND:issue_amended_plan", kind: "deadline", date: "2027-02-19", canBeMissed: true }
 * (met once an amended plan is recorded on or after 15 Jan) and the family's
 * { key: "appeal:a1:D-TRIB-PTA", kind: "aim_for", date: "2027-02-12" }.
 */
export function listAppealDates(source: AppealDatesSource, today: CalendarDate): AppealDateItem[] {
  return source.appeals
    .flatMap((appeal) => [...fromDirections(appeal, today), ...fromOrder(appeal, source.statutoryEvents, today)])
    .sort((a, b) => compareDates(a.date, b.date) || a.key.localeCompare(b.key));
}

/** The council's dates after an order or concession that have passed with nothing recorded as done: deadlines only (decision 139). */
export function listMissedOrderDates(source: AppealDatesSource, today: CalendarDate): AppealDateItem[] {
  return listAppealDates(source, today).filter((item) => item.source !== "directions" && item.status === "passed" && item.canBeMissed);
}
