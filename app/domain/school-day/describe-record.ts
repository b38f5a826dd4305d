// A school-day record in a few plain words, as lists and headings show it: its kind's name and
// the one fact that matters most ("Suspension: 3 school days", "Part-time timetable: 6 of 10
// sessions a week"). Sessions are told as school days, halves included (reference 4.2).

import type { SchoolDayRecord } from "../case/case-document";
import { ABSENCE_REASON_LABELS, SCHOOL_DAY_KIND_NAMES } from "../codes/school-day";
import { formatNumber, plural } from "../presentation";
import { sessionsOf } from "./from-case";
import { SESSIONS_PER_SCHOOL_DAY } from "./school-day-rules";
import type { SchoolCalendar } from "./school-days";
import { SESSIONS_PER_FULL_WEEK } from "./education-lost";

/**
 * Sessions as school days: two sessions make a day, one is half a day.
 *
 * Example: describeSessions(1) === "half a school day"; describeSessions(5) === "2.5 school days".
 */
export function describeSessions(sessions: number): string {
  if (sessions === 1) return "half a school day";
  return plural(sessions / SESSIONS_PER_SCHOOL_DAY, "school day");
}

const RESTRAINT_NAMES = { force: "force used", restraint: "restraint without force", seclusion: "seclusion" } as const;

/**
 * The record's one most telling fact, or null when the kind says it all.
 *
 * Example: a suspension of 6 sessions gives "3 school days"; an informal exclusion on one
 * afternoon gives "half a school day".
 */
export function describeRecordFact(record: SchoolDayRecord, calendar: SchoolCalendar): string | null {
  switch (record.kind) {
    case "informal_exclusion":
    case "suspension":
    case "internal_exclusion":
      return describeSessions(sessionsOf(record, calendar));
    case "absence": {
      const length = describeSessions(sessionsOf(record, calendar));
      return record.absenceReason ? `${length}, ${ABSENCE_REASON_LABELS[record.absenceReason].toLowerCase()}` : length;
    }
    case "part_time_timetable":
      if (record.sessionsPerWeek !== null) return `${record.sessionsPerWeek} of ${SESSIONS_PER_FULL_WEEK} sessions a week in school`;
      return record.hoursPerDay !== null ? `${plural(record.hoursPerDay, "hour")} a day in school` : null;
    case "restraint":
      return record.restraintType ? RESTRAINT_NAMES[record.restraintType] : null;
    case "penalty_notice":
      return record.amount !== null ? `£${formatNumber(record.amount)}` : null;
    default:
      return null;
  }
}

/** "Suspension: 3 school days", or the kind's name alone. */
export function describeRecord(record: SchoolDayRecord, calendar: SchoolCalendar): string {
  const fact = describeRecordFact(record, calendar);
  return fact ? `${SCHOOL_DAY_KIND_NAMES[record.kind]}: ${fact}` : SCHOOL_DAY_KIND_NAMES[record.kind];
}
