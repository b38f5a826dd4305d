// What one line of the case's chronology is: a dated thing, its type, a short title and detail,
// the areas of need it is about, and the record it comes from so a page can link to it.

import type { AreaOfNeed } from "../areas-of-need";
import type { CalendarDate } from "../calendar/calendar-date";

/** The kinds of entry, in the order they are listed (and ordered within one day). */
export const TIMELINE_TYPES = [
  "statutory",
  "tribunal",
  "school_day",
  "plan",
  "review",
  "meeting",
  "correspondence",
  "report",
  "referral",
  "need",
  "diagnosis",
  "adjustment",
  "measurement",
  "document",
  "diary",
] as const;

export type TimelineType = (typeof TIMELINE_TYPES)[number];

/** The words for each type, as a filter and as a column of the spreadsheet. */
export const TIMELINE_TYPE_LABELS: Record<TimelineType, string> = {
  statutory: "Statutory events",
  tribunal: "The tribunal",
  school_day: "The school day",
  plan: "Support plans",
  review: "Reviews",
  meeting: "Meetings",
  correspondence: "Letters and emails",
  report: "Reports",
  referral: "Referrals and professionals",
  need: "Needs first noticed",
  diagnosis: "Diagnoses",
  adjustment: "Reasonable adjustments",
  measurement: "Progress results",
  document: "Documents",
  diary: "Diary entries",
};

/** One type's label for a single entry ("Meeting", not "Meetings"). */
export const TIMELINE_TYPE_NAMES: Record<TimelineType, string> = {
  statutory: "Statutory event",
  tribunal: "Tribunal appeal",
  school_day: "School day",
  plan: "Support plan",
  review: "Review",
  meeting: "Meeting",
  correspondence: "Letter or email",
  report: "Report",
  referral: "Referral",
  need: "Need",
  diagnosis: "Diagnosis",
  adjustment: "Adjustment",
  measurement: "Progress result",
  document: "Document",
  diary: "Diary entry",
};

/** The record an entry comes from, with the ids a page needs to show it. */
export type TimelineRecord =
  | { kind: "cycle"; id: string }
  | { kind: "review"; id: string; cycleId: string }
  | { kind: "meeting"; id: string }
  | { kind: "correspondence"; id: string }
  | { kind: "report"; id: string }
  | { kind: "referral"; id: string }
  | { kind: "professional"; id: string }
  | { kind: "need"; id: string; area: AreaOfNeed }
  | { kind: "diagnosis"; id: string }
  | { kind: "adjustment"; id: string }
  | { kind: "measurement"; id: string }
  | { kind: "statutory_event"; id: string }
  | { kind: "school_day"; id: string }
  | { kind: "appeal"; id: string }
  | { kind: "document"; id: string }
  | { kind: "diary_entry"; id: string };

export type TimelineEntry = {
  /** Unique within the case's timeline: one record can give several entries (asked for, answered). */
  key: string;
  date: CalendarDate;
  type: TimelineType;
  title: string;
  detail: string | null;
  /** The areas of need the entry is about, where the record says; empty when not known. */
  areas: AreaOfNeed[];
  record: TimelineRecord;
};
