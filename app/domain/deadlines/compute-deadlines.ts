// Statutory deadlines from the events of a case: each computed under the version of its rule in
// force on the day of the event that started it, and marked met, overdue, due soon or upcoming.

import {
  compareDates,
  daysBetween,
  isCalendarDate,
  isWeekend,
  laterOf,
  type CalendarDate,
} from "../calendar/calendar-date";
import { ENGLAND_AND_WALES, isBankHoliday, isCoveredByHolidayCalendar, type HolidayCalendar } from "../calendar/working-days";
import { LAW_CATALOGUE } from "../law/catalogue";
import { findRule } from "../law/get-rule";
import { describePeriod } from "../law/statements";
import type { LawRule, Period } from "../law/law-rule";
import { applyPeriod } from "./apply-period";
import {
  DEADLINE_DEFINITIONS,
  EXCEPTION_CLAIMED,
  EXCEPTION_REGULATIONS,
  KNOWN_EVENT_TYPES,
  MEDIATION_CERTIFICATE,
  STARTED_BY,
  type DeadlineKey,
} from "./deadline-definitions";
import { formatDate } from "../presentation";

/**
 * A deadline is "due soon" within this many days of its date. Two weeks leaves time to write a
 * reminder and get a reply before the date passes; it is our own choice, not a legal period.
 */
export const DUE_SOON_DAYS = 14;

export type StatutoryEventInput = {
  type: string;
  date: CalendarDate;
  id?: string;
  /** For phase_transfer: "school" (before 15 Feb), "post16" (before 31 Mar) or "post16_move" (5 months before). */
  transfer?: string;
  /** For exception_claimed: the deadline the council says the exception applies to. */
  key?: string;
};

export type DeadlineStatus = "upcoming" | "due_soon" | "overdue" | "met";

export type Deadline = {
  key: DeadlineKey;
  due: CalendarDate;
  /** The type of the event the date is counted from (the later one, when two bear on it). */
  fromEvent: string;
  fromDate: CalendarDate;
  fromEventId: string | null;
  rules: string[];
  explanation: string;
  ifMissed: string;
  ifMissedRules: string[];
  status: DeadlineStatus;
  metOn: CalendarDate | null;
  isMetLate: boolean;
  notes: string[];
};

export type DeadlineProblem = { eventIndex: number; message: string };

type Instance = {
  key: DeadlineKey;
  due: CalendarDate;
  anchor: NormalisedEvent;
  rules: string[];
  period: Period;
  metOn: CalendarDate | null;
  isEnded: boolean;
  notes: string[];
};

type NormalisedEvent = StatutoryEventInput & { index: number };

/**
 * Computes every statutory deadline the events start.
 *
 * Example: a request received on 14 Sep 2026 gives ehcna_decision due 2026-10-26,
 * ehcp_issue_decision due 2027-01-04 and ehcp_final due 2027-02-01; with today "2026-10-20"
 * the first is "due_soon".
 */
export function computeDeadlines(options: {
  events: readonly StatutoryEventInput[];
  today: CalendarDate;
  catalogue?: readonly LawRule[];
  calendar?: HolidayCalendar;
}): { deadlines: Deadline[]; problems: DeadlineProblem[] } {
  const catalogue = options.catalogue ?? LAW_CATALOGUE;
  const calendar = options.calendar ?? ENGLAND_AND_WALES;
  const problems: DeadlineProblem[] = [];
  const events: NormalisedEvent[] = [];

  options.events.forEach((event, index) => {
    const problem = findEventProblem(event);
    if (problem) problems.push({ eventIndex: index, message: problem });
    else events.push({ ...event, index });
  });
  // Same-day events keep the order they were given in.
  events.sort((a, b) => compareDates(a.date, b.date) || a.index - b.index);

  const instances: Instance[] = [];
  const seen: NormalisedEvent[] = [];
  for (const event of events) {
    markMet(instances, event);
    endStopped(instances, event);
    if (event.type === MEDIATION_CERTIFICATE) applyCertificate({ instances, event, catalogue, calendar, problems });
    if (event.type === EXCEPTION_CLAIMED) noteException(instances, event);
    for (const key of STARTED_BY[event.type] ?? []) {
      const instance = startInstance({ key, event, catalogue, calendar, problems });
      if (!instance) continue;
      if (isCountedBack(instance.period)) instance.metOn = findEarlierMarker(instance, instances, seen);
      instances.push(instance);
    }
    seen.push(event);
  }

  const deadlines = instances
    .filter((instance) => !instance.isEnded)
    .map((instance) => toDeadline(instance, options.today, calendar));
  return { deadlines, problems };
}

function findEventProblem(event: StatutoryEventInput): string | null {
  if (!event || typeof event.type !== "string") return "an event has no type";
  if (!KNOWN_EVENT_TYPES.has(event.type)) return `unknown event type "${event.type}"`;
  if (!isCalendarDate(event.date)) return `event "${event.type}" needs a date written YYYY-MM-DD`;
  if (event.type === "phase_transfer" && !["school", "post16", "post16_move"].includes(event.transfer ?? "")) {
    return 'a phase_transfer event needs "transfer": "school", "post16" or "post16_move"';
  }
  return null;
}

function isOpenAt(instance: Instance, date: CalendarDate): boolean {
  return !instance.isEnded && instance.metOn === null && compareDates(instance.anchor.date, date) <= 0;
}

/** A marker meets the oldest open deadline of each key it answers; it never meets one it starts itself. */
function markMet(instances: Instance[], event: NormalisedEvent): void {
  for (const definition of Object.values(DEADLINE_DEFINITIONS)) {
    if (!definition.metBy.includes(event.type)) continue;
    const open = instances.find(
      (instance) => instance.key === definition.key && instance.anchor !== event && isOpenAt(instance, event.date),
    );
    if (open) open.metOn = event.date;
  }
}

/** A refusal stops the later steps of the same request; a deadline already met is left alone. */
function endStopped(instances: Instance[], event: NormalisedEvent): void {
  for (const definition of Object.values(DEADLINE_DEFINITIONS)) {
    if (!definition.endedBy.includes(event.type)) continue;
    const open = instances.filter((instance) => instance.key === definition.key && isOpenAt(instance, event.date));
    const latest = open.at(-1);
    if (latest) latest.isEnded = true;
  }
}

/** An exception is noted only on the council's 6-, 16- and 20-week limits (EXCEPTION_REGULATIONS). */
/**
 * A limit in the tribunal's working days (no August, no 25 December to 1 January): the engine never
 * counts one as ordinary working days; domain/tribunal does (decision 148).
 */
function isTribunalPeriod(period: Period): boolean {
  return period.kind === "count" && period.unit === "tribunal_working_days";
}

/** A limit counted back from a later event (papers before a meeting, a plan before a move). */
function isCountedBack(period: Period): boolean {
  return period.kind === "before_fixed_date" || period.kind === "months_before" || period.kind === "weeks_before";
}

/**
 * A limit counted back from a later event is met by a marker recorded before that event: the
 * papers that came before the meeting. Only markers after the previous deadline of the same kind
 * count, so last year's papers never meet this year's.
 */
function findEarlierMarker(instance: Instance, instances: readonly Instance[], seen: readonly NormalisedEvent[]): CalendarDate | null {
  const metBy = DEADLINE_DEFINITIONS[instance.key].metBy;
  const previous = instances.filter((other) => other.key === instance.key).at(-1)?.anchor.date ?? null;
  const marker = seen.find(
    (event) =>
      metBy.includes(event.type) &&
      compareDates(event.date, instance.anchor.date) <= 0 &&
      (previous === null || compareDates(event.date, previous) > 0),
  );
  return marker?.date ?? null;
}

function noteException(instances: Instance[], event: NormalisedEvent): void {
  for (const instance of instances) {
    const regulation = EXCEPTION_REGULATIONS[instance.key];
    if (regulation && (event.key === undefined || instance.key === event.key) && isOpenAt(instance, event.date)) {
      instance.notes.push(
        `On ${formatDate(event.date)} the council said an exception applies (${regulation} of the SEND Regulations 2014). The date above is the legal one; the council must still act as soon as it can.`,
      );
      if (!instance.rules.includes("R-EHCNA-EXCEPTIONS")) instance.rules.push("R-EHCNA-EXCEPTIONS");
    }
  }
}

/**
 * Rule 20(1)(c): the appeal deadline is the later of 2 months from the decision letter and 1 month
 * from the mediation certificate. The certificate attaches to the latest open appeal before it.
 */
function applyCertificate(options: {
  instances: Instance[];
  event: NormalisedEvent;
  catalogue: readonly LawRule[];
  calendar: HolidayCalendar;
  problems: DeadlineProblem[];
}): void {
  const { instances, event } = options;
  const rule = findRule("R-APP-DEADLINE", event.date, options.catalogue);
  const period = rule?.periods?.certificate;
  if (!rule || !period) {
    options.problems.push({ eventIndex: event.index, message: `no appeal rule was in force on ${event.date}` });
    return;
  }
  if (isTribunalPeriod(period)) {
    options.problems.push({ eventIndex: event.index, message: "R-APP-DEADLINE counts the tribunal's working days, which only the tribunal's dates count" });
    return;
  }
  const certificateDue = applyPeriod(event.date, period, options.calendar);
  const appeal = instances.filter((instance) => instance.key === "appeal" && isOpenAt(instance, event.date)).at(-1);
  if (!appeal) {
    instances.push({
      key: "appeal",
      due: certificateDue,
      anchor: event,
      rules: ["R-APP-DEADLINE", "R-APP-MEDIATION"],
      period,
      metOn: null,
      isEnded: false,
      notes: [],
    });
    return;
  }
  const due = laterOf(appeal.due, certificateDue);
  if (due !== appeal.due) {
    appeal.notes.push(`Moved from ${formatDate(appeal.due)} because a mediation certificate was issued on ${formatDate(event.date)}.`);
    appeal.due = due;
    appeal.anchor = event;
    appeal.period = period;
  } else {
    appeal.notes.push(`A mediation certificate was issued on ${formatDate(event.date)}; one month from it ends earlier, so the date stays.`);
  }
}

function startInstance(options: {
  key: DeadlineKey;
  event: NormalisedEvent;
  catalogue: readonly LawRule[];
  calendar: HolidayCalendar;
  problems: DeadlineProblem[];
}): Instance | null {
  const { key, event } = options;
  const definition = DEADLINE_DEFINITIONS[key];
  const rule = findRule(definition.ruleId, event.date, options.catalogue);
  const periodName = key === "phase_transfer_plan" ? (event.transfer ?? "school") : definition.periodName;
  const period = rule?.periods?.[periodName];
  if (!rule || !period) {
    options.problems.push({
      eventIndex: event.index,
      message: `no version of ${definition.ruleId} was in force on ${event.date}, so "${key}" cannot be worked out`,
    });
    return null;
  }
  if (isTribunalPeriod(period)) {
    options.problems.push({ eventIndex: event.index, message: `${definition.ruleId} counts the tribunal's working days, which only the tribunal's dates count` });
    return null;
  }
  return {
    key,
    due: applyPeriod(event.date, period, options.calendar),
    anchor: event,
    rules: [definition.ruleId, ...definition.relatedRules],
    period,
    metOn: null,
    isEnded: false,
    notes: [],
  };
}

function toDeadline(instance: Instance, today: CalendarDate, calendar: HolidayCalendar): Deadline {
  const definition = DEADLINE_DEFINITIONS[instance.key];
  const notes = [...instance.notes];
  const isWorkingDayPeriod = instance.period.kind === "count" && instance.period.unit === "working_days";
  if (isWorkingDayPeriod && !isCoveredByHolidayCalendar(instance.due, calendar)) {
    notes.push("This date counts working days in a year before the bank holidays Clearpath knows; check it against gov.uk/bank-holidays.");
  }
  if (instance.key === "phase_transfer_plan" && instance.period.kind === "before_fixed_date" && compareDates(instance.due, instance.anchor.date) >= 0) {
    notes.push(
      `Your child moves on ${formatDate(instance.anchor.date)}, before the fixed date in regulation 18. The law's date comes after the move itself, so ask the council now to review the plan and name the new school or college before your child starts.`,
    );
  }
  if (!isWorkingDayPeriod && (isWeekend(instance.due) || isBankHoliday(instance.due, calendar))) {
    notes.push("This date falls on a weekend or bank holiday. It does not move, so you may want to act before it.");
  }
  return {
    key: instance.key,
    due: instance.due,
    fromEvent: instance.anchor.type,
    fromDate: instance.anchor.date,
    fromEventId: instance.anchor.id ?? null,
    rules: instance.rules,
    explanation: definition.explain({ due: instance.due, period: describePeriod(instance.period) }),
    ifMissed: definition.ifMissed,
    ifMissedRules: [...definition.ifMissedRules],
    status: statusOf(instance, today),
    metOn: instance.metOn,
    isMetLate: instance.metOn !== null && compareDates(instance.metOn, instance.due) > 0,
    notes,
  };
}

function statusOf(instance: Instance, today: CalendarDate): DeadlineStatus {
  if (instance.metOn !== null) return "met";
  const daysLeft = daysBetween(today, instance.due);
  if (daysLeft < 0) return "overdue";
  return daysLeft <= DUE_SOON_DAYS ? "due_soon" : "upcoming";
}
