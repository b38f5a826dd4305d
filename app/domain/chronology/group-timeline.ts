// Grouping the chronology under headings by month or by year, so a long case reads like a diary.

import { MONTH_NAMES } from "../calendar/calendar-date";
import type { TimelineEntry } from "./timeline-entry";

export const TIMELINE_GROUPINGS = ["month", "year"] as const;
export type TimelineGrouping = (typeof TIMELINE_GROUPINGS)[number];

export type TimelineGroup = {
  /** "2026-03" for a month, "2026" for a year. */
  key: string;
  /** "March 2026", or "2026". */
  label: string;
  entries: TimelineEntry[];
};


/**
 * Consecutive entries of the same month (or year) under one heading, keeping the order given, so
 * sort first.
 *
 * @example groupTimeline([{ date: "2026-03-02", … }, { date: "2026-03-20", … }], "month")
 * // [{ key: "2026-03", label: "March 2026", entries: [both] }]
 */
export function groupTimeline(entries: readonly TimelineEntry[], by: TimelineGrouping): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const entry of entries) {
    const key = by === "month" ? entry.date.slice(0, 7) : entry.date.slice(0, 4);
    const last = groups.at(-1);
    if (last?.key === key) {
      last.entries.push(entry);
      continue;
    }
    const label = by === "month" ? `${MONTH_NAMES[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}` : key;
    groups.push({ key, label, entries: [entry] });
  }
  return groups;
}
