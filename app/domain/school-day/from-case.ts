// The school day read from the case: the case document's records and term dates turned into the
// school calendar, the exclusions and the events the deadlines and the education lost are worked
// out from. Every page, finding and letter about the school day starts here, so they agree.

import { addDays, compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument, SchoolDayRecord, SchoolTerm } from "../case/case-document";
import { HEALTH_ABSENCE_REASONS } from "../codes/school-day";
import { checkSuspensionCap, listExclusionDeadlines, type ExclusionFacts, type SchoolDayDeadline, type SuspensionCapCheck } from "./deadlines";
import { countEducationLost, type EducationLost, type SchoolDayEvent } from "./education-lost";
import { SESSIONS_PER_SCHOOL_DAY } from "./school-day-rules";
import { ESTIMATED_CALENDAR, listSchoolDays, type SchoolCalendar } from "./school-days";

/**
 * The child's school calendar from the terms the parent recorded; the estimate (Monday to Friday
 * minus bank holidays, flagged on every result) when no term is recorded.
 *
 * Example: schoolCalendarOf([]) is ESTIMATED_CALENDAR.
 */
export function schoolCalendarOf(terms: readonly SchoolTerm[]): SchoolCalendar {
  const byStart = [...terms].sort((a, b) => compareDates(a.start, b.start));
  const termDates = byStart.filter((term) => term.kind === "term");
  if (termDates.length === 0) return ESTIMATED_CALENDAR;
  return {
    kind: "school",
    terms: termDates.map((term) => ({ label: term.label, start: term.start, end: term.end })),
    closures: byStart.filter((term) => term.kind === "closure").map((closure) => ({ start: closure.start, end: closure.end, reason: closure.label })),
  };
}

/**
 * Sessions a record took from school: as recorded, or else two for every school day from its date
 * to its last day (one on a first day that started in the afternoon).
 *
 * Example: an informal exclusion on one afternoon with no sessions recorded gives 1.
 */
export function sessionsOf(record: SchoolDayRecord, calendar: SchoolCalendar): number {
  if (record.sessions !== null) return record.sessions;
  const days = listSchoolDays({ from: record.date, to: record.endDate ?? record.date, calendar }).length;
  const sessions = Math.max(days, 1) * SESSIONS_PER_SCHOOL_DAY;
  return record.firstSession === "afternoon" ? sessions - 1 : sessions;
}

/** The last day a record counts up to: its own end, or today while it goes on; null when it has not started. */
function lastDayOf(start: CalendarDate, end: CalendarDate | null, today: CalendarDate): CalendarDate | null {
  if (compareDates(start, today) > 0) return null;
  return end !== null && compareDates(end, today) < 0 ? end : today;
}

/** The suspensions and permanent exclusions, as the deadlines need them. */
export function exclusionsOf(records: readonly SchoolDayRecord[], calendar: SchoolCalendar): ExclusionFacts[] {
  return records.flatMap((record): ExclusionFacts[] => {
    const common = {
      id: record.id,
      firstDay: record.date,
      ...(record.firstSession ? { firstSession: record.firstSession } : {}),
      ...(record.boardToldOn ? { boardToldOn: record.boardToldOn } : {}),
      wouldMissPublicExam: record.wouldMissPublicExam,
    };
    if (record.kind === "suspension") {
      return [{ ...common, kind: "suspension", sessions: sessionsOf(record, calendar), hasParentRepresentations: record.madeRepresentations }];
    }
    if (record.kind === "permanent_exclusion") {
      return [{ ...common, kind: "permanent_exclusion", ...(record.decisionToldOn ? { parentToldOfDecisionOn: record.decisionToldOn } : {}) }];
    }
    return [];
  });
}

/**
 * The records as education lost counts them, up to today: a permanent exclusion until the day
 * before full-time education started (or today), a part-time timetable until its end (or today).
 * Absences count only for health reasons (codes I and M, reference 4.2). Records that take no
 * school time (restraint, letters, notes) and timetables with no sessions a week recorded are left out.
 */
export function lostEventsOf(records: readonly SchoolDayRecord[], calendar: SchoolCalendar, today: CalendarDate): SchoolDayEvent[] {
  return records.flatMap((record): SchoolDayEvent[] => {
    const firstSession = record.firstSession ? { firstSession: record.firstSession } : {};
    switch (record.kind) {
      case "suspension":
      case "informal_exclusion":
      case "internal_exclusion":
        return [{ id: record.id, type: record.kind, firstDay: record.date, sessions: sessionsOf(record, calendar), ...firstSession }];
      case "absence":
        return record.absenceReason !== null && HEALTH_ABSENCE_REASONS.includes(record.absenceReason)
          ? [{ id: record.id, type: "health_absence", firstDay: record.date, sessions: sessionsOf(record, calendar), ...firstSession }]
          : [];
      case "permanent_exclusion": {
        const before = record.educationArrangedFrom === null ? null : addDays(record.educationArrangedFrom, -1);
        const lastDay = lastDayOf(record.date, before, today);
        return lastDay === null || compareDates(lastDay, record.date) < 0 ? [] : [{ id: record.id, type: "permanent_exclusion", firstDay: record.date, lastDay, ...firstSession }];
      }
      case "part_time_timetable": {
        const end = lastDayOf(record.date, record.endDate, today);
        return end === null || record.sessionsPerWeek === null
          ? []
          : [{ id: record.id, type: "part_time_timetable", start: record.date, end, timetabledSessionsPerWeek: record.sessionsPerWeek }];
      }
      default:
        return [];
    }
  });
}

export type SchoolDayReading = {
  calendar: SchoolCalendar;
  /** True when the school's term dates are not recorded, so every school-day figure is an estimate. */
  isEstimatedCalendar: boolean;
  exclusions: ExclusionFacts[];
  deadlines: SchoolDayDeadline[];
  suspensionCaps: SuspensionCapCheck[];
  educationLost: EducationLost;
};

/**
 * Everything worked out from the school-day records on `today`: the calendar, the exclusion
 * deadlines, the 45-day check and the education lost so far.
 *
 * Example: a case with no school-day records reads { exclusions: [], deadlines: [], … } on an estimated calendar.
 */
export function readSchoolDay(caseDocument: Pick<CaseDocument, "schoolDay" | "schoolTerms">, today: CalendarDate): SchoolDayReading {
  const calendar = schoolCalendarOf(caseDocument.schoolTerms);
  const exclusions = exclusionsOf(caseDocument.schoolDay, calendar);
  return {
    calendar,
    isEstimatedCalendar: calendar.kind === "estimated",
    exclusions,
    deadlines: listExclusionDeadlines({ exclusions, calendar }),
    suspensionCaps: checkSuspensionCap({ exclusions, calendar }),
    educationLost: countEducationLost({ events: lostEventsOf(caseDocument.schoolDay, calendar, today), calendar }),
  };
}
