// One result of a search across a case, as the search finds it and the results page shows it:
// which kind of record it is, its name and date, and the passage that matched.
import type { CycleKind } from "../support/review-options";

/** The kinds of record a case search looks in. */
export const SEARCH_KINDS = [
  "document",
  "diary_entry",
  "cycle",
  "target",
  "provision",
  "delivery_session",
  "review",
  "measurement",
  "adjustment",
  "need",
  "diagnosis",
  "professional",
  "referral",
  "report",
  "recommendation",
  "meeting",
  "meeting_action",
  "correspondence",
  "statutory_event",
  "school_day",
  "appeal",
  "appeal_date",
  "appeal_order",
  "appeal_proposal",
  "appeal_paragraph",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One matching record, with the words that matched marked by MATCH_START and MATCH_END in `passage`. */
export type SearchHit = {
  kind: SearchKind;
  id: string;
  /** The record's own name where it has one (a document's title, a measure's label…); a school-day record's kind. */
  title: string | null;
  date: string | null;
  passage: string;
  /** The record this one belongs to: its cycle, report or meeting; a need's area; a referral's service. */
  parentId: string | null;
  /** For records in a support plan: the plan's title, kind and start, to name it. */
  plan: { title: string | null; kind: CycleKind; startDate: string } | null;
};
