// The appeal workspace's one view model (issue 23): the next date and what to do, the registration
// deadline (the deadline engine's appeal date read the tribunal's way), the directions' dates with
// whose each is, the council's dates after an order or a concession, the family's ways to
// challenge the decision, and what the appeal form needs. Every computed date carries its rule, its
// statuses and whether it is a deadline or a date to aim for (decision 139); the page only renders.
// The directions' and post-order dates, their titles, whose each is and what to do come from the
// lists' one computation, listDatesOfAppeal (decision 147); the workspace adds the appeal date and
// the council's usual response date, worded by the same describeTribunalDate.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import { ENGLAND_AND_WALES, type HolidayCalendar } from "../calendar/working-days";
import type { Appeal } from "../case/case-document";
import { APPEAL_SECTION_LABELS, APPEAL_TYPE_NAMES, PLAN_CONTENT_APPEAL_TYPES, type AppealType, type OrderKind } from "../codes/tribunal";
import type { Whose } from "../codes/tribunal-steps";
import { computeDeadlines, type Deadline, type DeadlineStatus } from "../deadlines/compute-deadlines";
import { MEDIATION_CERTIFICATE } from "../deadlines/deadline-definitions";
import type { RuleId } from "../law/catalogue";
import { VERIFICATION_TEXT } from "../law/statements";
import { formatDate } from "../presentation";
import { describeTribunalDate, listDatesOfAppeal, type AppealDateItem } from "../reminders/appeal-dates";
import { describeDecision, listDisagreements } from "../statutory/decisions";
import { statutoryEventsWithAppeals, type AppealEventFacts, type StatutoryEventsSource } from "./appeal-events";
import { hasCertificate } from "./start-appeal";
import type { DateStanding } from "./tribunal-rules";
import { estimateCouncilResponse, readAppealTime, type TribunalDate } from "./tribunal-time";

/** A date on the workspace, computed or recorded, as the page shows it. */
export type WorkspaceDate = {
  key: string;
  title: string;
  /** What to do, or what happens, in a sentence. */
  todo: string;
  whose: Whose;
  /** The day to act by: for the family's computed dates, the last working day on or before the ordinary date. */
  date: CalendarDate;
  /** The ordinary date when it differs from `date` (a weekend or bank holiday); else null. */
  due: CalendarDate | null;
  /** An estimate: the directions' own date governs. */
  isEstimate: boolean;
  /** "immediately": from the day it is counted from, not by a date. */
  timing: "by" | "immediately" | "on";
  isPast: boolean;
  isToday: boolean;
  /** A computed date's rule and statuses; null for a date the parent recorded from the directions. */
  law: {
    /** The reference's D- id. */
    id: string;
    ruleId: RuleId;
    ruleStatusText: string;
    lengthStatusText: string;
    standing: DateStanding;
    openQuestion: number | null;
  } | null;
  /** A weekend or bank holiday: the date does not move (reference worked example 3). */
  fallsOn: "weekend" | "bank_holiday" | null;
  /** The holiday rule's later date, only ever a fallback (R-TRIB-COUNT). */
  fallback: { date: CalendarDate; reason: "christmas" | "august" | "non_working_day"; ruleStatusText: string } | null;
  /** A recorded directions date's id, to remove it. */
  recordedId: string | null;
  notes: string | null;
};

/** What the appeal form needs, each with where it is in the case (a path under the case) and whether the case has it. */
export type ChecklistItem = { text: string; isReady: boolean | null; link: { label: string; path: string } | null };

export type RegistrationView = {
  date: WorkspaceDate;
  status: DeadlineStatus;
  metOn: CalendarDate | null;
  /** What the date is counted from, e.g. "Mediation certificate, 10 April 2026". */
  countedFrom: string;
  /** When the date has passed and the appeal was not sent: what the family can still do. */
  ifMissed: string | null;
};

export type AppealWorkspace = {
  title: string;
  decision: { title: string; date: CalendarDate } | null;
  isPlanContent: boolean;
  next: { title: string; todo: string; date: CalendarDate | null; whose: Whose | null; anchor: string };
  registration: RegistrationView | null;
  directions: WorkspaceDate[];
  /** When the council's response date is not recorded, the usual one, marked as an estimate. */
  councilResponseEstimate: WorkspaceDate | null;
  order: {
    isConceded: boolean;
    kind: OrderKind;
    madeOn: CalendarDate;
    notOpposedOn: CalendarDate | null;
    councilDates: WorkspaceDate[];
    /** False for a conceded appeal the reference gives no time for. */
    isCovered: boolean;
  } | null;
  challenges: WorkspaceDate[];
  checklist: ChecklistItem[];
  /** Every rule the page states, for the law shown under it. */
  ruleIds: string[];
};

type AppealFacts = Pick<
  Appeal,
  | "id"
  | "decisionEventId"
  | "appealType"
  | "sections"
  | "wantsRecommendations"
  | "mediation"
  | "mediationCertificateOn"
  | "submittedOn"
  | "registeredOn"
  | "status"
  | "bundleFixedOn"
  | "dates"
  | "order"
>;

/**
 * The order a conceded appeal amounts to: what the council must now do (R-TRIB-UNOPPOSED), e.g.
 * concededOrderKindOf("refusal_to_assess") === "assess".
 */
export function concededOrderKindOf(appealType: AppealType): OrderKind {
  switch (appealType) {
    case "refusal_to_assess":
    case "refusal_to_reassess":
      return "assess";
    case "refusal_to_issue":
      return "make_plan";
    case "sections_b_f":
    case "sections_b_f_i":
      return "amend";
    case "section_i_only":
      return "name_school";
    case "cease":
      return "continue";
  }
}

/** A date the workspace adds to the lists' own (the appeal date, the council's usual response), worded as the lists word theirs. */
function computedDate(date: TribunalDate, today: CalendarDate, key: string, isEstimate = false): WorkspaceDate {
  const words = describeTribunalDate(date, null);
  return {
    key,
    title: words.label,
    todo: words.todo,
    whose: date.whose,
    date: date.target,
    due: date.target === date.due ? null : date.due,
    isEstimate,
    timing: date.timing,
    isPast: compareDates(date.target, today) < 0,
    isToday: date.target === today,
    law: {
      id: date.id,
      ruleId: date.ruleId,
      ruleStatusText: VERIFICATION_TEXT[date.ruleStatus],
      lengthStatusText: VERIFICATION_TEXT[date.lengthStatus],
      standing: date.standing,
      openQuestion: date.openQuestion,
    },
    fallsOn: date.fallsOn,
    fallback: date.fallback
      ? { date: date.fallback.date, reason: date.fallback.reason, ruleStatusText: VERIFICATION_TEXT[date.fallback.ruleStatus] }
      : null,
    recordedId: null,
    notes: null,
  };
}

/** One of the lists' dates as the workspace shows it: the same title, whose, what to do and date. */
function listedDate(item: AppealDateItem, today: CalendarDate): WorkspaceDate {
  return {
    key: item.key,
    title: item.label,
    todo: item.todo,
    whose: item.whose,
    date: item.date,
    due: item.latest,
    isEstimate: false,
    timing: item.timing,
    isPast: compareDates(item.date, today) < 0,
    isToday: item.date === today,
    // A date the parent recorded from the directions: the tribunal printed it, nothing was counted.
    law:
      item.source === "directions" || item.deadlineId === null
        ? null
        : {
            id: item.deadlineId,
            ruleId: item.ruleId,
            ruleStatusText: VERIFICATION_TEXT[item.ruleStatus],
            lengthStatusText: VERIFICATION_TEXT[item.lengthStatus],
            standing: item.kind,
            openQuestion: item.openQuestion,
          },
    fallsOn: item.fallsOn,
    fallback: item.fallback ? { date: item.fallback.date, reason: item.fallback.reason, ruleStatusText: VERIFICATION_TEXT[item.fallback.ruleStatus] } : null,
    recordedId: item.recorded?.id ?? null,
    notes: item.recorded?.notes ?? null,
  };
}

function findRegistration(options: {
  appeal: AppealFacts;
  source: StatutoryEventsSource;
  today: CalendarDate;
  calendar: HolidayCalendar;
}): RegistrationView | null {
  const { appeal, today, calendar } = options;
  const decision = options.source.statutoryEvents.find((event) => event.id === appeal.decisionEventId);
  if (!decision) return null;
  // The same events every other page gives the engine (decision 147).
  const all = statutoryEventsWithAppeals(options.source);
  const { deadlines } = computeDeadlines({ events: all, today, calendar });
  const deadline: Deadline | null = listDisagreements(all, deadlines).find((item) => item.eventId === decision.id)?.appeal ?? null;
  if (!deadline) return null;
  const date = computedDate(readAppealTime(deadline, calendar), today, "registration");
  const fromLabel = deadline.fromEvent === MEDIATION_CERTIFICATE ? "Mediation certificate" : describeDecision(deadline.fromEvent);
  return {
    date,
    status: deadline.status,
    metOn: deadline.metOn,
    countedFrom: `${fromLabel}, ${formatDate(deadline.fromDate)}`,
    ifMissed: deadline.status === "overdue" ? deadline.ifMissed : null,
  };
}

function buildChecklist(appeal: AppealFacts, hasDecision: boolean): ChecklistItem[] {
  const isPlanContent = PLAN_CONTENT_APPEAL_TYPES.includes(appeal.appealType);
  const certificate =
    appeal.mediation === "not_needed_school_only"
      ? { text: "No mediation certificate: an appeal only about the school (Section I) does not need one.", isReady: true }
      : hasCertificate(appeal.mediation) && appeal.mediationCertificateOn
        ? { text: `The mediation certificate, dated ${formatDate(appeal.mediationCertificateOn)}.`, isReady: true }
        : { text: "The mediation certificate. Contact the mediation adviser named in the decision letter to get one.", isReady: false };
  return [
    {
      text: "The council's decision letter, and the date on it.",
      isReady: hasDecision,
      link: { label: "The decision on the statutory page", path: "statutory#disagree" },
    },
    { ...certificate, link: { label: "Your documents", path: "documents" } },
    isPlanContent
      ? {
          text: `What you disagree with in the plan: ${appeal.sections.map((section) => APPEAL_SECTION_LABELS[section]).join("; ") || "choose the sections"}, and the wording you want instead.`,
          isReady: appeal.sections.length > 0,
          link: { label: "The EHC plans", path: "plans" },
        }
      : { text: "Why you disagree with the decision, in your own words.", isReady: null, link: null },
    {
      text: appeal.wantsRecommendations
        ? "You are asking for recommendations on health and social care too: say what you want and why."
        : "Whether you also want the tribunal to recommend changes to health and social care parts of the plan.",
      isReady: null,
      link: null,
    },
    { text: "Your evidence: reports, school records and letters, in the bundle.", isReady: null, link: { label: "The evidence bundle", path: `appeals/${appeal.id}/bundle` } },
    { text: "A copy of the appeal as you sent it, and proof of when it was sent.", isReady: appeal.submittedOn ? true : null, link: null },
  ];
}

const WHOSE_ORDER: Readonly<Record<Whose, number>> = { family: 0, council: 1, tribunal: 2 };

/** The next date ahead (today included), family's first on the same day. */
function firstAhead(dates: readonly WorkspaceDate[], today: CalendarDate): WorkspaceDate | null {
  return (
    dates
      .filter((date) => compareDates(date.date, today) >= 0)
      .sort((a, b) => compareDates(a.date, b.date) || WHOSE_ORDER[a.whose] - WHOSE_ORDER[b.whose])[0] ?? null
  );
}

/**
 * The workspace of one appeal on `today`, from the appeal, the case's statutory events and its appeals.
 *
 * Example: a refusal to assess recorded on 2026-03-03, appealed with a certificate dated
 * 2026-04-10 and nothing sent yet, on 2026-04-20 gives the appeal date Sun 10 May 2026 (a month
 * from the certificate, later than 2 months from the letter), so registration.date.date
 * "2026-05-08" (the Friday before) and next.title "Send your appeal to the tribunal".
 */
export function buildAppealWorkspace(options: {
  appeal: AppealFacts;
  events: StatutoryEventsSource["statutoryEvents"];
  /** The case's appeals: what each records moves the appeal date here as on every other page. */
  appeals: readonly AppealEventFacts[];
  today: CalendarDate;
  calendar?: HolidayCalendar;
}): AppealWorkspace {
  const { appeal, events, today } = options;
  const calendar = options.calendar ?? ENGLAND_AND_WALES;
  const decisionEvent = events.find((event) => event.id === appeal.decisionEventId) ?? null;
  // This appeal as it is now, in its place among the case's appeals.
  const appeals = options.appeals.some((entry) => entry.id === appeal.id)
    ? options.appeals.map((entry) => (entry.id === appeal.id ? appeal : entry))
    : [...options.appeals, appeal];
  const registration = findRegistration({ appeal, source: { statutoryEvents: events, appeals }, today, calendar });
  const dates = listDatesOfAppeal({ appeal, statutoryEvents: events, today, calendar }).map((item) => ({ item, view: listedDate(item, today) }));
  const directions = dates.filter(({ item }) => item.source === "directions").map(({ view }) => view);
  const isOpen = appeal.status === "preparing" || appeal.status === "registered";
  const councilResponseEstimate =
    isOpen && appeal.registeredOn && !appeal.dates.some((date) => date.kind === "la_response") && !appeal.order
      ? computedDate(estimateCouncilResponse({ sentToCouncilOn: appeal.registeredOn, calendar }), today, "council-response", true)
      : null;

  let order: AppealWorkspace["order"] = null;
  const challenges = dates.filter(({ item }) => item.source === "challenge").map(({ view }) => view);
  if (appeal.order) {
    const councilDates = dates.filter(({ item }) => item.source === "order" || item.source === "unopposed").map(({ view }) => view);
    order = {
      isConceded: appeal.order.notOpposedOn !== null,
      kind: appeal.order.kind,
      madeOn: appeal.order.madeOn,
      notOpposedOn: appeal.order.notOpposedOn,
      councilDates,
      // Empty only when the law gives the council nothing more to do, or no time we know of.
      isCovered: councilDates.length > 0,
    };
  }

  const isPlanContent = PLAN_CONTENT_APPEAL_TYPES.includes(appeal.appealType);
  const isSent = appeal.submittedOn !== null || appeal.status !== "preparing";
  const candidates = [
    ...(registration && !isSent && registration.status !== "met" ? [registration.date] : []),
    ...directions,
    ...(councilResponseEstimate ? [councilResponseEstimate] : []),
    ...(order?.councilDates ?? []),
    ...challenges,
  ];
  const ahead = firstAhead(candidates, today);
  const next = chooseNext({ appeal, registration, isSent, ahead });

  const ruleIds = new Set<string>(["R-APP-WHAT", "R-APP-MEDIATION", "R-APP-DEADLINE", "R-TRIB-COUNT", "R-TRIB-REGISTER"]);
  for (const date of [registration?.date, councilResponseEstimate, ...(order?.councilDates ?? []), ...challenges]) {
    if (date?.law) ruleIds.add(date.law.ruleId);
  }
  if (order && !order.isConceded) ruleIds.add("R-TRIB-COMPLY");
  if (order) ruleIds.add("R-TRIB-NONCOMPLY");

  return {
    title: `Appeal: ${APPEAL_TYPE_NAMES[appeal.appealType]}`,
    decision: decisionEvent ? { title: describeDecision(decisionEvent.type), date: decisionEvent.date } : null,
    isPlanContent,
    next,
    registration,
    directions,
    councilResponseEstimate,
    order,
    challenges,
    checklist: buildChecklist(appeal, decisionEvent !== null),
    ruleIds: [...ruleIds],
  };
}

function chooseNext(options: {
  appeal: AppealFacts;
  registration: RegistrationView | null;
  isSent: boolean;
  ahead: WorkspaceDate | null;
}): AppealWorkspace["next"] {
  const { appeal, registration, isSent, ahead } = options;
  if (!isSent && registration?.status === "overdue") {
    return {
      title: "The date to appeal has passed",
      todo: registration.ifMissed ?? "You can still send the appeal and ask the tribunal to accept it late.",
      date: registration.date.date,
      whose: "family",
      anchor: "registration",
    };
  }
  if (!isSent && appeal.mediation === "no_certificate_yet") {
    return {
      title: "Get the mediation certificate",
      todo: "Contact the mediation adviser named in the decision letter. You do not have to go to mediation, but the appeal needs the certificate.",
      date: registration && registration.status !== "met" ? registration.date.date : null,
      whose: "family",
      anchor: "checklist",
    };
  }
  if (!isSent) {
    return {
      title: "Send your appeal to the tribunal",
      todo: "Gather what the appeal form needs (the list below), send it, and record the day you sent it.",
      date: registration && registration.status !== "met" ? registration.date.date : null,
      whose: "family",
      anchor: "checklist",
    };
  }
  if (ahead) return { title: ahead.title, todo: ahead.todo, date: ahead.date, whose: ahead.whose, anchor: ahead.key };
  if ((appeal.status === "decided" || appeal.status === "conceded") && !appeal.order) {
    return { title: "Record the tribunal's order", todo: "Record what the tribunal ordered, or the day the council said it would not oppose, to see what the council must do and by when.", date: null, whose: "family", anchor: "order" };
  }
  if (appeal.status !== "decided" && appeal.status !== "conceded" && appeal.status !== "withdrawn" && appeal.dates.length === 0) {
    return {
      title: "Record the tribunal's dates",
      todo: "When the tribunal registers the appeal, its letter gives the dates: the council's response, evidence, attendance forms and the hearing. Add them below.",
      date: null,
      whose: "family",
      anchor: "directions",
    };
  }
  return { title: "No dates ahead", todo: "Every date recorded for this appeal has passed.", date: null, whose: null, anchor: "directions" };
}
