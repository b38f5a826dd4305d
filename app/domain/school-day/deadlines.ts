// The dated deadlines a suspension or permanent exclusion starts, counted in school days on the
// school's calendar (reference section 5), each with its D- id, its rule and the rule's status.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { Verification } from "../law/law-rule";
import {
  FULL_TIME_EDUCATION_FROM_DAY,
  GOVERNORS_DAYS_MANDATORY,
  GOVERNORS_DAYS_ON_REPRESENTATIONS,
  IRP_REQUEST_DAYS,
  SCHOOL_DAY_DEADLINE_RULES,
  SCHOOL_DAY_RULE_STATUS,
  SESSIONS_PER_SCHOOL_DAY,
  SUSPENSION_CAP_DAYS,
  TERM_DAYS_MANDATORY_MEETING,
  TERM_DAYS_REPRESENTATIONS,
  type SchoolDayDeadlineId,
  type SchoolDayRuleId,
} from "./school-day-rules";
import {
  addSchoolDays,
  findNthSchoolDay,
  findTermOf,
  firstSchoolDayFrom,
  isSchoolDay,
  schoolYearOf,
  spreadSessions,
  type SchoolCalendar,
  type SessionDay,
} from "./school-days";

type ExclusionCommon = {
  id: string;
  /** The first day the pupil is excluded (not the day of the decision, if that is earlier). */
  firstDay: CalendarDate;
  /** "afternoon" when the exclusion starts at lunchtime. */
  firstSession?: "morning" | "afternoon";
  /** The day the governing board (academy: trust) was told of the exclusion. */
  boardToldOn?: CalendarDate;
  /** Whether it would make the pupil miss a public examination or national curriculum test. */
  wouldMissPublicExam?: boolean;
};

/** A suspension (a fixed period) as recorded. */
export type SuspensionFacts = ExclusionCommon & {
  kind: "suspension";
  /** Sessions suspended: two a school day, one for a lunchtime suspension. */
  sessions: number;
  /** Whether the parent made representations to the board. */
  hasParentRepresentations?: boolean;
};

/** A permanent exclusion as recorded. */
export type PermanentExclusionFacts = ExclusionCommon & {
  kind: "permanent_exclusion";
  /** The day the parent was told the board declined to reinstate (starts the IRP request period). */
  parentToldOfDecisionOn?: CalendarDate;
};

export type ExclusionFacts = SuspensionFacts | PermanentExclusionFacts;

export type SchoolDayDeadline = {
  id: Exclude<SchoolDayDeadlineId, "D-EXCL-45">;
  ruleId: SchoolDayRuleId;
  /** The rule's status in the reference: show it wherever the deadline is stated. */
  ruleStatus: Verification;
  /** The status of the length and way of counting (section 5). */
  lengthStatus: Verification;
  /** Section 6 question to close before stating this as a deadline; null when none. */
  openQuestion: number | null;
  /**
   * "by": the last day allowed; "by_end_of_afternoon_session": by the end of that day's afternoon
   * session; "from": a duty that applies from this day on.
   */
  timing: "by" | "by_end_of_afternoon_session" | "from";
  due: CalendarDate;
  /**
   * The date to aim for. For "within N school days of X" some bodies count X itself as day 1
   * (reference 4.1.3), which is one school day earlier when X is a school day; otherwise `due`.
   */
  target: CalendarDate;
  /** The day the count runs from: day 0 for "within N school days of", day 1 otherwise. */
  countedFrom: CalendarDate;
  exclusionIds: string[];
  /** True when any day behind the date was estimated (the school's own dates not known). */
  isEstimate: boolean;
  /** D-EXCL-6TH of suspensions: the sessions from the 6th day on (a breach if no education was arranged). */
  sessionsFromSixthDay?: number;
};

/** The 45-day cap on suspensions in a school year (D-EXCL-45): a flag, not a date. */
export type SuspensionCapCheck = {
  id: "D-EXCL-45";
  ruleId: "R-DAY-EXCL-45";
  ruleStatus: Verification;
  lengthStatus: Verification;
  schoolYear: number;
  sessions: number;
  schoolDays: number;
  isOverCap: boolean;
  suspensionIds: string[];
  isEstimate: boolean;
};

type SpreadSuspension = { facts: SuspensionFacts; index: number; days: SessionDay[] };

function describeDeadline(id: SchoolDayDeadline["id"]) {
  const rule = SCHOOL_DAY_DEADLINE_RULES[id];
  return {
    id,
    ruleId: rule.ruleId,
    ruleStatus: SCHOOL_DAY_RULE_STATUS[rule.ruleId],
    lengthStatus: rule.lengthStatus,
    openQuestion: rule.openQuestion,
  };
}

/** "Within N school days of X": the due date, and X counted as day 1 as the target. */
function withinSchoolDays(from: CalendarDate, count: number, calendar: SchoolCalendar) {
  const due = addSchoolDays({ from, count, calendar });
  const target = isSchoolDay(from, calendar)
    ? findNthSchoolDay({ start: from, n: count, calendar }).date
    : due.date;
  return { due: due.date, target, countedFrom: from, isEstimate: due.isEstimate };
}

/**
 * Every dated deadline the recorded exclusions start: the written notice (D-EXCL-NOTICE), full-time
 * education from the 6th day (D-EXCL-6TH, consecutive suspensions run together), the board's
 * decision (D-GOV-15: permanent, over 15 days in the term or a missed exam; D-GOV-50: over 5 and
 * at most 15 days in the term and the parent made representations) and the IRP request
 * (D-IRP-APPLY). Deadlines whose starting fact is not recorded (the board told, the parent told
 * of the decision) are left out until it is.
 *
 * Example: an 8-day suspension from Mon 9 Nov 2026 gives D-EXCL-NOTICE on 2026-11-09 and
 * D-EXCL-6TH from 2026-11-16 with 6 sessions from the 6th day (reference worked example 1).
 */
export function listExclusionDeadlines(options: {
  exclusions: readonly ExclusionFacts[];
  calendar: SchoolCalendar;
}): SchoolDayDeadline[] {
  const { calendar } = options;
  const deadlines: SchoolDayDeadline[] = [];
  const suspensions = spreadSuspensions(options.exclusions, calendar);

  for (const exclusion of options.exclusions) {
    const first = firstSchoolDayFrom(exclusion.firstDay, calendar);
    deadlines.push({
      ...describeDeadline("D-EXCL-NOTICE"),
      timing: "by_end_of_afternoon_session",
      due: first.date,
      target: first.date,
      countedFrom: first.date,
      exclusionIds: [exclusion.id],
      isEstimate: first.isEstimate,
    });
  }

  deadlines.push(...listSixthDayDeadlines(options.exclusions, suspensions, calendar));

  for (const exclusion of options.exclusions) {
    const governors = findGovernorsDeadline(exclusion, suspensions, calendar);
    if (governors) deadlines.push(governors);
    if (exclusion.kind === "permanent_exclusion" && exclusion.parentToldOfDecisionOn) {
      deadlines.push({
        ...describeDeadline("D-IRP-APPLY"),
        timing: "by",
        ...withinSchoolDays(exclusion.parentToldOfDecisionOn, IRP_REQUEST_DAYS, calendar),
        exclusionIds: [exclusion.id],
      });
    }
  }
  return deadlines.sort((a, b) => compareDates(a.due, b.due));
}

function spreadSuspensions(
  exclusions: readonly ExclusionFacts[],
  calendar: SchoolCalendar,
): SpreadSuspension[] {
  return exclusions
    .map((facts, index) => ({ facts, index }))
    .filter(
      (entry): entry is { facts: SuspensionFacts; index: number } =>
        entry.facts.kind === "suspension",
    )
    .map(({ facts, index }) => ({
      facts,
      index,
      days: spreadSessions({
        firstDay: facts.firstDay,
        sessions: facts.sessions,
        firstSession: facts.firstSession,
        calendar,
      }),
    }))
    .filter((entry) => entry.days.length > 0)
    .sort((a, b) => compareDates(a.days[0]!.date, b.days[0]!.date) || a.index - b.index);
}

/**
 * Runs of suspensions with no school day between them: SI 2014/3216 reg 2 counts the 6th
 * consecutive school day "regardless of whether … a single fixed period or more than one".
 */
function groupConsecutive(
  suspensions: readonly SpreadSuspension[],
  calendar: SchoolCalendar,
): SpreadSuspension[][] {
  const runs: SpreadSuspension[][] = [];
  for (const suspension of suspensions) {
    const run = runs.at(-1);
    const lastDay = run
      ?.flatMap((entry) => entry.days)
      .reduce(
        (latest, day) => (compareDates(day.date, latest) > 0 ? day.date : latest),
        "0000-01-01",
      );
    const nextSchoolDay = lastDay
      ? addSchoolDays({ from: lastDay, count: 1, calendar }).date
      : null;
    if (run && nextSchoolDay && compareDates(suspension.days[0]!.date, nextSchoolDay) <= 0)
      run.push(suspension);
    else runs.push([suspension]);
  }
  return runs;
}

function listSixthDayDeadlines(
  exclusions: readonly ExclusionFacts[],
  suspensions: readonly SpreadSuspension[],
  calendar: SchoolCalendar,
): SchoolDayDeadline[] {
  const deadlines: SchoolDayDeadline[] = [];
  for (const run of groupConsecutive(suspensions, calendar)) {
    // A day with any session excluded is a day of exclusion; two suspensions on one day are one day.
    const sessionsByDay = new Map<CalendarDate, number>();
    for (const day of run.flatMap((entry) => entry.days))
      sessionsByDay.set(day.date, (sessionsByDay.get(day.date) ?? 0) + day.sessions);
    const days = [...sessionsByDay.keys()].sort(compareDates);
    const sixth = days[FULL_TIME_EDUCATION_FROM_DAY - 1];
    if (!sixth) continue;
    deadlines.push({
      ...describeDeadline("D-EXCL-6TH"),
      timing: "from",
      due: sixth,
      target: sixth,
      countedFrom: days[0]!,
      exclusionIds: run.map((entry) => entry.facts.id),
      isEstimate:
        firstSchoolDayFrom(days[0]!, calendar).isEstimate ||
        findNthSchoolDay({ start: days[0]!, n: FULL_TIME_EDUCATION_FROM_DAY, calendar }).isEstimate,
      sessionsFromSixthDay: days
        .slice(FULL_TIME_EDUCATION_FROM_DAY - 1)
        .reduce(
          (sum, date) => sum + Math.min(sessionsByDay.get(date)!, SESSIONS_PER_SCHOOL_DAY),
          0,
        ),
    });
  }
  for (const exclusion of exclusions) {
    if (exclusion.kind !== "permanent_exclusion") continue;
    const sixth = findNthSchoolDay({
      start: exclusion.firstDay,
      n: FULL_TIME_EDUCATION_FROM_DAY,
      calendar,
    });
    deadlines.push({
      ...describeDeadline("D-EXCL-6TH"),
      timing: "from",
      due: sixth.date,
      target: sixth.date,
      countedFrom: firstSchoolDayFrom(exclusion.firstDay, calendar).date,
      exclusionIds: [exclusion.id],
      isEstimate: sixth.isEstimate,
    });
  }
  return deadlines;
}

/**
 * The suspended sessions in the term that this suspension "would take" the total to: every
 * suspension in the same term up to and including this one. A suspension that crosses into a
 * second term is judged by the term where the total is higher.
 */
function findTermSessions(
  suspension: SpreadSuspension,
  suspensions: readonly SpreadSuspension[],
  calendar: SchoolCalendar,
): number {
  const upToThis = suspensions.slice(0, suspensions.indexOf(suspension) + 1);
  const terms = new Set(suspension.days.map((day) => findTermOf(day.date, calendar).key));
  let highest = 0;
  for (const term of terms) {
    const sessions = upToThis
      .flatMap((entry) => entry.days)
      .filter((day) => findTermOf(day.date, calendar).key === term)
      .reduce((sum, day) => sum + day.sessions, 0);
    highest = Math.max(highest, sessions);
  }
  return highest;
}

function findGovernorsDeadline(
  exclusion: ExclusionFacts,
  suspensions: readonly SpreadSuspension[],
  calendar: SchoolCalendar,
): SchoolDayDeadline | null {
  if (!exclusion.boardToldOn) return null;
  let id: "D-GOV-15" | "D-GOV-50" | null = null;
  if (exclusion.kind === "permanent_exclusion" || exclusion.wouldMissPublicExam) id = "D-GOV-15";
  else {
    const suspension = suspensions.find((entry) => entry.facts === exclusion);
    const termDays = suspension
      ? findTermSessions(suspension, suspensions, calendar) / SESSIONS_PER_SCHOOL_DAY
      : 0;
    if (termDays > TERM_DAYS_MANDATORY_MEETING) id = "D-GOV-15";
    else if (termDays > TERM_DAYS_REPRESENTATIONS && exclusion.hasParentRepresentations)
      id = "D-GOV-50";
  }
  if (!id) return null;
  const count = id === "D-GOV-15" ? GOVERNORS_DAYS_MANDATORY : GOVERNORS_DAYS_ON_REPRESENTATIONS;
  return {
    ...describeDeadline(id),
    timing: "by",
    ...withinSchoolDays(exclusion.boardToldOn, count, calendar),
    exclusionIds: [exclusion.id],
  };
}

/**
 * The 45-day cap (D-EXCL-45): the school days of suspension in each school year, and whether the
 * total is over 45. Only suspensions count, never part-time timetables or informal exclusions
 * (reference 4.2). The reference says the cap is counted per school (unverified): pass the
 * suspensions from one school.
 *
 * Example: suspensions of 40 and 6 school days in the school year 2026 give
 * { schoolYear: 2026, schoolDays: 46, isOverCap: true, ... }.
 */
export function checkSuspensionCap(options: {
  exclusions: readonly ExclusionFacts[];
  calendar: SchoolCalendar;
}): SuspensionCapCheck[] {
  const byYear = new Map<number, { sessions: number; ids: Set<string>; isEstimate: boolean }>();
  for (const suspension of spreadSuspensions(options.exclusions, options.calendar)) {
    for (const day of suspension.days) {
      const year = schoolYearOf(day.date);
      const entry = byYear.get(year) ?? { sessions: 0, ids: new Set<string>(), isEstimate: false };
      entry.sessions += day.sessions;
      entry.ids.add(suspension.facts.id);
      entry.isEstimate ||= firstSchoolDayFrom(day.date, options.calendar).isEstimate;
      byYear.set(year, entry);
    }
  }
  const rule = SCHOOL_DAY_DEADLINE_RULES["D-EXCL-45"];
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([schoolYear, entry]) => ({
      id: "D-EXCL-45",
      ruleId: "R-DAY-EXCL-45",
      ruleStatus: SCHOOL_DAY_RULE_STATUS["R-DAY-EXCL-45"],
      lengthStatus: rule.lengthStatus,
      schoolYear,
      sessions: entry.sessions,
      schoolDays: entry.sessions / SESSIONS_PER_SCHOOL_DAY,
      isOverCap: entry.sessions / SESSIONS_PER_SCHOOL_DAY > SUSPENSION_CAP_DAYS,
      suspensionIds: [...entry.ids],
      isEstimate: entry.isEstimate,
    }));
}
