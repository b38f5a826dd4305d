// The case's chronology: one timeline of every dated thing, to filter, sort, group and print.
export * from "./timeline-entry";
export { buildTimeline } from "./build-timeline";
export { describeStatutoryEvent } from "./describe-statutory-event";
export { filterTimeline, isTimelineFiltered, NO_TIMELINE_FILTER } from "./filter-timeline";
export type { TimelineFilter } from "./filter-timeline";
export { sortTimeline, TIMELINE_ORDERS } from "./sort-timeline";
export type { TimelineOrder } from "./sort-timeline";
export { groupTimeline, TIMELINE_GROUPINGS } from "./group-timeline";
export type { TimelineGroup, TimelineGrouping } from "./group-timeline";
