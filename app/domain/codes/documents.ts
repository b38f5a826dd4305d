// Code list: documents. Where a document came from and where its date came from, with every word
// a person sees for each (docs/decisions/024-code-lists.md).

export const DOCUMENT_SOURCES = ["school", "home", "professional", "local_authority", "health", "other"] as const;
export type DocumentSource = (typeof DOCUMENT_SOURCES)[number];

/** The source as a choice on a form and in the list of documents. */
export const DOCUMENT_SOURCE_LABELS: Record<DocumentSource, string> = {
  school: "School",
  home: "Home (from us)",
  professional: "A professional (therapist, psychologist…)",
  local_authority: "The local authority (council)",
  health: "Health (GP, hospital, NHS)",
  other: "Other",
};

/** The source on the timeline; nothing is said for "other". */
export const DOCUMENT_SOURCE_TIMELINE_NAMES: Record<DocumentSource, string | null> = {
  school: "From school",
  home: "From home",
  professional: "From a professional",
  local_authority: "From the council",
  health: "From health services",
  other: null,
};

/** Where a document's date came from: read from the file, found in its text, or typed by a person. */
export const DATE_SOURCES = ["metadata", "content", "person"] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

/** Said after the date: "12 March 2026, suggested from a date in its text: check it". */
export const DATE_SOURCE_NOTES: Record<DateSource, string> = {
  metadata: "suggested from the file's own details: check it",
  content: "suggested from a date in its text: check it",
  person: "as you entered it",
};
