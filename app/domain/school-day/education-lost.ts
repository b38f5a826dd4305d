// The education lost in the school day, counted as the reference's section 4.2 says: sessions and
// school days per term and per school year, formal / informal (unlawful) / agreed part-time /
// health kept apart, each total with the records behind it.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import { SESSIONS_PER_SCHOOL_DAY } from "./school-day-rules";
import {
  findTermOf,
  isEstimatedOn,
  listSchoolDays,
  spreadSessions,
  type SchoolCalendar,
  type SchoolTermRef,
} from "./school-days";

/** A full week of school is ten sessions (five days, morning and afternoon). */
export const SESSIONS_PER_FULL_WEEK = 10;
const SCHOOL_DAYS_PER_FULL_WEEK = 5;

type SessionEvent = {
  id: string;
  firstDay: CalendarDate;
  /** Sessions missed; a half day (a lunchtime suspension, collected at lunch) is one session. */
  sessions: number;
  firstSession?: "morning" | "afternoon";
};

/** One record of the school day, as far as education lost needs it. */
export type SchoolDayEvent =
  | (SessionEvent & {
      type: "suspension" | "informal_exclusion" | "health_absence" | "internal_exclusion";
    })
  | {
      id: string;
      type: "permanent_exclusion";
      firstDay: CalendarDate;
      /** The last day without full-time education (the day before it started), both included. */
      lastDay: CalendarDate;
      firstSession?: "morning" | "afternoon";
    }
  | {
      id: string;
      type: "part_time_timetable";
      /** The first and last day the timetable is in place, both included. */
      start: CalendarDate;
      end: CalendarDate;
      /** Sessions a week the pupil is timetabled to attend (0–10). */
      timetabledSessionsPerWeek: number;
    };

/** The four kinds of lost education the reference says to keep apart. */
export const LOST_CATEGORIES = ["formal", "informal", "part_time", "health"] as const;
export type LostCategory = (typeof LOST_CATEGORIES)[number];

const CATEGORY_OF: Record<Exclude<SchoolDayEvent["type"], "internal_exclusion">, LostCategory> = {
  suspension: "formal",
  permanent_exclusion: "formal",
  // Every informal exclusion is unlawful (R-DAY-EXCL-INFORMAL).
  informal_exclusion: "informal",
  part_time_timetable: "part_time",
  health_absence: "health",
};

export type LostTotal = {
  sessions: number;
  /** Sessions ÷ 2 (reference 4.2). Part-time totals may be fractions of a day. */
  schoolDays: number;
  /** The records behind the figure. */
  eventIds: string[];
};

export type LostSummary = {
  byCategory: Record<LostCategory, LostTotal>;
  /** All four categories together. */
  total: LostTotal;
  /** Suspensions only: the figure the 45-day cap (R-DAY-EXCL-45) is about. Never part-time. */
  suspensions: LostTotal;
};

export type TermLost = LostSummary & { term: SchoolTermRef };
export type YearLost = LostSummary & { schoolYear: number };

export type EducationLost = {
  terms: TermLost[];
  schoolYears: YearLost[];
  /** Internal exclusion is not lost (the pupil is in school), but its sessions are kept on record. */
  internalExclusion: LostTotal;
  /** True when any day counted was on an estimated calendar. */
  isEstimate: boolean;
};

type Share = {
  date: CalendarDate;
  sessions: number;
  category: LostCategory | "internal";
  isSuspension: boolean;
  eventId: string;
};

/**
 * Education lost from the school-day records, per term and per school year.
 *
 * Part-time timetables count (10 − timetabled sessions a week) × weeks in place, over school
 * days only: each school day in place loses a fifth of the week's shortfall. Permanent
 * exclusions count every session from the first excluded day to `lastDay`.
 *
 * Example: an 8-day suspension from Mon 9 Nov 2026 gives, for the autumn term, formal
 * { sessions: 16, schoolDays: 8, eventIds: ["s1"] } (reference worked example 1).
 */
export function countEducationLost(options: {
  events: readonly SchoolDayEvent[];
  calendar: SchoolCalendar;
}): EducationLost {
  const { calendar } = options;
  const shares = options.events.flatMap((event) => shareOut(event, calendar));
  const termBuckets = new Map<
    string,
    { term: SchoolTermRef; firstDay: CalendarDate; shares: Share[] }
  >();
  const yearBuckets = new Map<number, Share[]>();
  const internal: Share[] = [];
  for (const share of shares) {
    if (share.category === "internal") {
      internal.push(share);
      continue;
    }
    const term = findTermOf(share.date, calendar);
    const bucket = termBuckets.get(term.key) ?? { term, firstDay: share.date, shares: [] };
    if (compareDates(share.date, bucket.firstDay) < 0) bucket.firstDay = share.date;
    bucket.shares.push(share);
    termBuckets.set(term.key, bucket);
    yearBuckets.set(term.schoolYear, [...(yearBuckets.get(term.schoolYear) ?? []), share]);
  }
  return {
    terms: [...termBuckets.values()]
      .sort((a, b) => compareDates(a.firstDay, b.firstDay))
      .map((bucket) => ({ term: bucket.term, ...summarise(bucket.shares) })),
    schoolYears: [...yearBuckets.entries()]
      .sort(([a], [b]) => a - b)
      .map(([schoolYear, yearShares]) => ({ schoolYear, ...summarise(yearShares) })),
    internalExclusion: total(internal),
    isEstimate: shares.some((share) => isEstimatedOn(share.date, calendar)),
  };
}

function shareOut(event: SchoolDayEvent, calendar: SchoolCalendar): Share[] {
  switch (event.type) {
    case "part_time_timetable": {
      const shortfall = Math.max(0, SESSIONS_PER_FULL_WEEK - event.timetabledSessionsPerWeek);
      return listSchoolDays({ from: event.start, to: event.end, calendar }).map((date) => ({
        date,
        sessions: shortfall / SCHOOL_DAYS_PER_FULL_WEEK,
        category: "part_time",
        isSuspension: false,
        eventId: event.id,
      }));
    }
    case "permanent_exclusion": {
      const days = listSchoolDays({ from: event.firstDay, to: event.lastDay, calendar });
      return days.map((date, index) => ({
        date,
        sessions: index === 0 && event.firstSession === "afternoon" ? 1 : SESSIONS_PER_SCHOOL_DAY,
        category: "formal",
        isSuspension: false,
        eventId: event.id,
      }));
    }
    default:
      return spreadSessions({
        firstDay: event.firstDay,
        sessions: event.sessions,
        firstSession: event.firstSession,
        calendar,
      }).map((day) => ({
        date: day.date,
        sessions: day.sessions,
        category: event.type === "internal_exclusion" ? "internal" : CATEGORY_OF[event.type],
        isSuspension: event.type === "suspension",
        eventId: event.id,
      }));
  }
}

/** Adds shares; part-time fifths are rounded to two places so 0.2 + 0.4 reads 0.6, not 0.6000000000000001. */
function total(shares: readonly Share[]): LostTotal {
  const sessions = Math.round(shares.reduce((sum, share) => sum + share.sessions, 0) * 100) / 100;
  return {
    sessions,
    schoolDays: Math.round((sessions / SESSIONS_PER_SCHOOL_DAY) * 100) / 100,
    eventIds: [...new Set(shares.map((share) => share.eventId))],
  };
}

function summarise(shares: readonly Share[]): LostSummary {
  const byCategory = Object.fromEntries(
    LOST_CATEGORIES.map((category) => [
      category,
      total(shares.filter((share) => share.category === category)),
    ]),
  ) as Record<LostCategory, LostTotal>;
  return {
    byCategory,
    total: total(shares),
    suspensions: total(shares.filter((share) => share.isSuspension)),
  };
}
