// Narrowing the chronology to what a parent asks for: some types of entry, one area of need, a
// date range. An empty choice means "all".

import type { AreaOfNeed } from "../areas-of-need";
import type { CalendarDate } from "../calendar/calendar-date";
import type { TimelineEntry, TimelineType } from "./timeline-entry";

export type TimelineFilter = {
  /** The types to keep; none chosen keeps every type. */
  types: readonly TimelineType[];
  /** Keep only entries known to be about this area; entries with no known area are left out. */
  area: AreaOfNeed | null;
  /** First and last day to keep, both included. */
  from: CalendarDate | null;
  to: CalendarDate | null;
};

export const NO_TIMELINE_FILTER: TimelineFilter = { types: [], area: null, from: null, to: null };

/** Whether the filter narrows anything. */
export function isTimelineFiltered(filter: TimelineFilter): boolean {
  return filter.types.length > 0 || filter.area !== null || filter.from !== null || filter.to !== null;
}

/**
 * The entries that pass the filter, in the order given.
 *
 * @example filterTimeline(entries, { types: ["meeting"], area: null, from: "2026-01-01", to: null })
 * // only meetings on or after 1 January 2026
 */
export function filterTimeline(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  const types = new Set(filter.types);
  return entries.filter(
    (entry) =>
      (types.size === 0 || types.has(entry.type)) &&
      (filter.area === null || entry.areas.includes(filter.area)) &&
      (filter.from === null || entry.date >= filter.from) &&
      (filter.to === null || entry.date <= filter.to),
  );
}
