// An appeal's dates for the appeal's workspace, the "coming up" list, the reminders, the calendars
// and the statutory page: the dates in the tribunal's directions as the parent recorded them, and
// after the decision what the council must do by when (reg 44, or reg 45 when it conceded) and the
// family's own time limits to challenge the decision. Each is a deadline or a date to aim for
// (decision 139), with its rule and status, a stable key, whose it is and what to do, worked out
// once here for every page (decision 147). The appeal date itself is the deadline engine's
// (D-APPEAL): it is listed there once, never here (decision 145).

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { Appeal, CaseDocument } from "../case/case-document";
import { APPEAL_DATE_KIND_NAMES, ORDER_KIND_NAMES, type AppealDateKind } from "../codes/tribunal";
import { COUNCIL_STEP_DUTIES, TRIBUNAL_STEP_TITLES, type Whose } from "../codes/tribunal-steps";
import { ENGLAND_AND_WALES, type HolidayCalendar } from "../calendar/working-days";
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
  type TribunalFallback,
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
  whose: Whose;
  /** What the date is, e.g. "The council issues the changed plan". */
  label: string;
  /** The date to show: the due date, or for the family's own and "aim for" dates, the earlier target. */
  date: CalendarDate;
  /** "by": on or before; "on": the day itself (a hearing); "immediately": from that day. */
  timing: "by" | "on" | "immediately";
  /** The last day the count allows, when the date shown is an earlier target. */
  latest: CalendarDate | null;
  /** The tribunal's holiday rule's later date (R-TRIB-COUNT), a fallback only, and why the limit's own date is not a tribunal working day. */
  fallback: { date: CalendarDate; ruleId: RuleId; ruleStatus: Verification; reason: TribunalFallback["reason"] } | null;
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
  /** What to do, in a sentence or two, for a page that shows the rule, its status and any fallback beside it (the workspace). */
  todo: string;
  /** What to do about it, in a sentence or two, with the rule's status: for a list, an email or a calendar entry, which show nothing beside it. */
  whatToDo: string;
  /** A directions date's own record (to remove it), with the parent's notes; null for a date worked out here. */
  recorded: { id: string; notes: string | null } | null;
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

type AppealRow = AppealDatesSource["appeals"][number];

function fromDirections(appeal: AppealRow, today: CalendarDate): AppealDateItem[] {
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
      todo: directionsWhatToDo(entry.kind, entry.date),
      whatToDo: directionsWhatToDo(entry.kind, entry.date),
      recorded: { id: entry.id, notes: entry.notes ?? null },
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

/** The words of a dated step: its title (with the other step that meets the same duty), what to do, and what to do with the rule's status. */
export type TribunalDateWords = { label: string; todo: string; whatToDo: string };

/** What a council's date is counted from: the tribunal's order (and what it ordered), or the day the council said it would not oppose. */
export type CouncilDateFrom = { source: "order"; orderKind: string } | { source: "unopposed" };

function councilWords(date: TribunalDate, from: CouncilDateFrom | null): TribunalDateWords {
  const step = date.step as CouncilStep;
  const label = `${TRIBUNAL_STEP_TITLES[step]}${date.orStep ? ` (or ${COUNCIL_STEP_DUTIES[date.orStep]})` : ""}`;
  const rule = `${date.ruleId}, ${sureness(date)}`;
  if (from === null) {
    // The council's response before any order: the usual date while the directions' is not recorded.
    const todo = `The council usually sends you and the tribunal its response by about ${formatWeekdayDate(date.due)}: whether it opposes the appeal, and why. The date in the tribunal's letter is the one that counts.`;
    return { label, todo, whatToDo: `${todo} (${rule})` };
  }
  const start = from.source === "order" ? `The tribunal's order of ${formatDate(date.countedFrom)} (${from.orderKind})` : `The council said on ${formatDate(date.countedFrom)} that it would not oppose the appeal, so it`;
  const duty = COUNCIL_STEP_DUTIES[step];
  const or = date.orStep ? `, or ${COUNCIL_STEP_DUTIES[date.orStep]}` : "";
  const record = "Record what the council sends on the statutory page.";
  if (date.timing === "immediately") {
    const sentence = `${start} means the council must ${duty} straight away`;
    return { label, todo: `${sentence}.`, whatToDo: `${sentence} (${rule}).` };
  }
  const lead = from.source === "order" ? `${start} means the council must ${duty}${or}` : `${start} must ${duty}${or}`;
  if (date.standing === "aim_for") {
    const sentence = `${lead} by about ${formatWeekdayDate(date.due)}`;
    return {
      label,
      todo: `${sentence}. ${record}`,
      whatToDo: `${sentence} (${rule}). This date is a guide, not yet checked against the regulations (open question ${date.openQuestion}). ${record}`,
    };
  }
  const sentence = `${lead} by ${formatWeekdayDate(date.due)}`;
  return {
    label,
    todo: `${sentence}. ${record}`,
    whatToDo: `${sentence} (${rule}). ${record} If the date passes with nothing, Clearpath can write to the council's Director of Children's Services.`,
  };
}

function familyWords(date: TribunalDate): TribunalDateWords {
  const step = date.step as FamilyStep;
  const label = TRIBUNAL_STEP_TITLES[step];
  const when = formatWeekdayDate(date.target);
  const rule = `${date.ruleId}, ${sureness(date)}`;
  const fallback = date.fallback ? ` The tribunal's holiday rule may give you until ${formatWeekdayDate(date.fallback.date)}, but do not rely on it (${date.fallback.ruleId}, ${describeStatusBriefly(date.fallback.ruleStatus)}).` : "";
  if (step === "appeal") {
    const todo = `Your appeal must reach the tribunal by ${when}. Keep proof that you sent it.`;
    return { label, todo, whatToDo: `Your appeal must reach the tribunal by ${when} (${rule}). Keep proof that you sent it.${fallback}` };
  }
  const aim = date.standing === "aim_for" ? ` The time limit is not yet checked against the tribunal's rules (open question ${date.openQuestion}), so aim for the earlier date.` : "";
  const advice = "Ask an advice service such as IPSEA or your local SENDIASS first: this is information, not legal advice.";
  return {
    label,
    todo: `${label}: this is your own time limit, ${when} at the latest. ${advice}`,
    whatToDo: `${label}: this is your own time limit, ${when} at the latest (${rule}).${aim}${fallback} ${advice}`,
  };
}

/**
 * The words of any dated step of an appeal, for the lists here and for the dates the workspace
 * adds (the appeal date, the council's usual response date): `from` says what a council's date
 * after the decision is counted from; null for the council's response before it.
 *
 * Example: the order to assess of Fri 15 Jan 2027 gives, for say_it_will_assess, the label "The
 * council says it will assess" and the todo "The tribunal's order of 15 January 2027 (assess)
 * means the council must tell you it will assess your child's needs by Friday 29 January 2027.
 * Record what the council sends on the statutory page."
 */
export function describeTribunalDate(date: TribunalDate, from: CouncilDateFrom | null): TribunalDateWords {
  return date.whose === "council" ? councilWords(date, from) : familyWords(date);
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
  const words = describeTribunalDate(date, options.source === "unopposed" ? { source: "unopposed" } : { source: "order", orderKind: options.orderKind });
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
    label: words.label,
    date: shown,
    timing: date.timing,
    latest: shown !== date.due ? date.due : null,
    fallback: date.fallback ? { date: date.fallback.date, ruleId: date.fallback.ruleId, ruleStatus: date.fallback.ruleStatus, reason: date.fallback.reason } : null,
    fallsOn: date.fallsOn,
    status: metOn !== null ? "met" : compareDates(shown, today) < 0 ? "passed" : "open",
    metOn,
    canBeMissed: isRecordable && date.standing === "deadline",
    step,
    todo: words.todo,
    whatToDo: words.whatToDo,
    recorded: null,
  };
}

function fromOrder(appeal: AppealRow, events: readonly EventRow[], today: CalendarDate, calendar: HolidayCalendar): AppealDateItem[] {
  const order = appeal.order;
  if (!order) return [];
  const orderKind = ORDER_KIND_NAMES[order.kind];
  const common = { appealId: appeal.id, events, orderKind, today };
  if (order.notOpposedOn !== null) {
    // Conceded before the council's response (reg 45): no hearing, so nothing to challenge.
    const { dates } = listUnopposedDeadlines({ appealType: appeal.appealType, notOpposedOn: order.notOpposedOn, calendar });
    return dates.map((date) => toItem({ ...common, source: "unopposed", date }));
  }
  return [
    ...listOrderDeadlines({ kind: order.kind, orderDate: order.madeOn, calendar }).map((date) => toItem({ ...common, source: "order", date })),
    ...listChallengeDates({ decisionSentOn: order.madeOn, calendar }).map((date) => toItem({ ...common, source: "challenge", date })),
  ];
}

function byDate(a: AppealDateItem, b: AppealDateItem): number {
  return compareDates(a.date, b.date) || a.key.localeCompare(b.key);
}

/**
 * Every date of one appeal, in date order, whatever the appeal's status: the directions' dates as
 * recorded, and after the order (or the concession) the council's steps and the family's challenge
 * dates. The workspace shows them all; the lists read them through listAppealDates.
 *
 * Example: an appeal with a hearing recorded for Fri 26 Feb 2027 gives
 * { key: "appeal:a1:hearing:d4", whose: "tribunal", timing: "on", label: "Tribunal hearing" }.
 */
export function listDatesOfAppeal(options: {
  appeal: AppealRow;
  statutoryEvents: AppealDatesSource["statutoryEvents"];
  today: CalendarDate;
  calendar?: HolidayCalendar;
}): AppealDateItem[] {
  const { appeal, today } = options;
  const calendar = options.calendar ?? ENGLAND_AND_WALES;
  return [...fromDirections(appeal, today), ...fromOrder(appeal, options.statutoryEvents, today, calendar)].sort(byDate);
}

/**
 * Every appeal date of a case for the lists, in date order: the directions' dates while the appeal is open, and
 * after the order (or the concession) the council's steps and the family's challenge dates.
 *
 * Example: an order to change Sections B and F made Fri 15 Jan 2027 gives
 * { key: "appeal:a1:D-ORDER-AMEND:issue_amended_plan", kind: "deadline", date: "2027-02-19", canBeMissed: true }
 * (met once an amended plan is recorded on or after 15 Jan) and the family's
 * { key: "appeal:a1:D-TRIB-PTA", kind: "aim_for", date: "2027-02-12" }.
 */
export function listAppealDates(source: AppealDatesSource, today: CalendarDate): AppealDateItem[] {
  return source.appeals
    .flatMap((appeal) =>
      // The directions apply only while the appeal is on its way to a hearing.
      listDatesOfAppeal({ appeal, statutoryEvents: source.statutoryEvents, today }).filter((item) => item.source !== "directions" || isAppealInProgress(appeal)),
    )
    .sort(byDate);
}

/** The council's dates after an order or concession that have passed with nothing recorded as done: deadlines only (decision 139). */
export function listMissedOrderDates(source: AppealDatesSource, today: CalendarDate): AppealDateItem[] {
  return listAppealDates(source, today).filter((item) => item.source !== "directions" && item.status === "passed" && item.canBeMissed);
}
