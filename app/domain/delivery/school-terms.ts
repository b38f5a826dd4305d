// School terms in England, simply split by month for the audit.

import type { CalendarDate } from "../calendar/calendar-date";

export type SchoolTerm = {
  /** Sorts in time order: "2025-1-autumn", "2026-2-spring", "2026-3-summer" (school year, then term). */
  key: string;
  /** "Autumn term 2025". */
  label: string;
};

/**
 * The term a date falls in. Autumn is September to December, spring January to March and summer
 * April to August. Easter moves every year, so the real spring term often runs into April; this
 * is the simple split by month, good enough to compare one term with the next. The summer
 * holiday counts as summer term, so a session logged in August is not lost.
 *
 * Example: termOf("2025-10-06") is { key: "2025-1-autumn", label: "Autumn term 2025" }.
 */
export function termOf(date: CalendarDate): SchoolTerm {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 9) return { key: `${year}-1-autumn`, label: `Autumn term ${year}` };
  if (month <= 3) return { key: `${year - 1}-2-spring`, label: `Spring term ${year}` };
  return { key: `${year - 1}-3-summer`, label: `Summer term ${year}` };
}
