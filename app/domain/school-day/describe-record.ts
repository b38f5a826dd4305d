// Sessions told as school days, halves included (reference 4.2): "half a school day", "2.5 school
// days". The one wording of time missed, which the school-day pages, the letters, the findings
// and the timeline all use; a caller that needs more (the sessions counted, the afternoon a record
// started) adds it around these words here, never a wording of its own.

import type { FirstSession } from "../codes/school-day";
import { plural } from "../presentation";
import { SESSIONS_PER_SCHOOL_DAY } from "./school-day-rules";

/**
 * School days in words: half a day is "half a school day", the rest a number.
 *
 * Example: describeSchoolDays(0.5) === "half a school day"; describeSchoolDays(6.5) === "6.5 school days".
 */
export function describeSchoolDays(days: number): string {
  return days === 0.5 ? "half a school day" : plural(days, "school day");
}

/**
 * Sessions as school days: two sessions make a day, one is half a day.
 *
 * Example: describeSessions(1) === "half a school day"; describeSessions(5) === "2.5 school days".
 */
export function describeSessions(sessions: number): string {
  return describeSchoolDays(sessions / SESSIONS_PER_SCHOOL_DAY);
}

/**
 * Sessions counted, with the school days they make, as letters and findings give a figure.
 *
 * Example: describeSessionCount(1) === "1 session (half a school day)";
 * describeSessionCount(16) === "16 sessions (8 school days)".
 */
export function describeSessionCount(sessions: number): string {
  return `${plural(sessions, "session")} (${describeSessions(sessions)})`;
}

/**
 * The time a record says was missed: its sessions in words, with the half day it was when it is
 * one session, or that it started in the afternoon when it is more. Null when no sessions are
 * recorded.
 *
 * Example: describeTimeMissed({ sessions: 1, firstSession: "afternoon" }) === "half a school day (the afternoon)";
 * describeTimeMissed({ sessions: 5, firstSession: "afternoon" }) === "2.5 school days, from the afternoon".
 */
export function describeTimeMissed(record: { sessions: number | null; firstSession: FirstSession | null }): string | null {
  const { sessions, firstSession } = record;
  if (sessions === null || sessions === 0) return null;
  if (sessions === 1) return firstSession ? `${describeSessions(1)} (the ${firstSession})` : describeSessions(1);
  return firstSession === "afternoon" ? `${describeSessions(sessions)}, from the afternoon` : describeSessions(sessions);
}
