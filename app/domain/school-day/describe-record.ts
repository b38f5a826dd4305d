// Sessions told as school days, halves included (reference 4.2): "half a school day", "2.5 school
// days". A record's title and detail come from the chronology (describeSchoolDayRecord), so the
// school-day pages and the timeline name it the same way.

import { plural } from "../presentation";
import { SESSIONS_PER_SCHOOL_DAY } from "./school-day-rules";

/**
 * Sessions as school days: two sessions make a day, one is half a day.
 *
 * Example: describeSessions(1) === "half a school day"; describeSessions(5) === "2.5 school days".
 */
export function describeSessions(sessions: number): string {
  if (sessions === 1) return "half a school day";
  return plural(sessions / SESSIONS_PER_SCHOOL_DAY, "school day");
}
