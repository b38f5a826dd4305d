// The school day: school days on the school's calendar, the exclusion deadlines and the education lost.
export * from "./school-days";
export * from "./school-day-rules";
export { checkSuspensionCap, listExclusionDeadlines } from "./deadlines";
export type {
  ExclusionFacts,
  PermanentExclusionFacts,
  SchoolDayDeadline,
  SuspensionCapCheck,
  SuspensionFacts,
} from "./deadlines";
export { countEducationLost, LOST_CATEGORIES, SESSIONS_PER_FULL_WEEK } from "./education-lost";
export type {
  EducationLost,
  LostCategory,
  LostSummary,
  LostTotal,
  SchoolDayEvent,
  TermLost,
  YearLost,
} from "./education-lost";
export { exclusionsOf, lostEventsOf, readSchoolDay, schoolCalendarOf, sessionsOf } from "./from-case";
export type { SchoolDayReading } from "./from-case";
