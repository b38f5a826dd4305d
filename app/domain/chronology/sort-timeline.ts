// The order of the chronology: by date, and within one day by type, then title, so the same case
// always gives the same list.

import { TIMELINE_TYPES, type TimelineEntry } from "./timeline-entry";

export const TIMELINE_ORDERS = ["newest", "oldest"] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

const typeRank = (entry: TimelineEntry) => TIMELINE_TYPES.indexOf(entry.type);

/** Oldest first; for Array.prototype.sort. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return (
    a.date.localeCompare(b.date) ||
    typeRank(a) - typeRank(b) ||
    a.title.localeCompare(b.title, "en-GB") ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * The entries in date order, newest or oldest first. Within one day the order stays the same
 * either way (statutory events, then plans, then reviews…), so a day reads the same both ways.
 *
 * @example sortTimeline([{ date: "2025-01-01", … }, { date: "2026-01-01", … }], "newest") // 2026 first
 */
export function sortTimeline(entries: readonly TimelineEntry[], order: TimelineOrder): TimelineEntry[] {
  const sorted = [...entries].sort(compareEntries);
  if (order === "oldest") return sorted;
  return sorted.sort((a, b) => b.date.localeCompare(a.date) || compareEntries(a, b));
}
