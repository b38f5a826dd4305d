// Code list: meetings. The kinds of meeting and the states of an action agreed at one, with every
// word a person sees for each. The schema, the forms, the case document and the pages import
// these; a value or a word changes here and nowhere else (docs/decisions/024-code-lists.md).

export const MEETING_KINDS = ["sen_review", "senco", "teacher", "annual_review", "professional", "other"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** The kind as a choice on a form and as the meeting's name when it has no title. */
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  sen_review: "SEN support review",
  senco: "Meeting with the SENCO",
  teacher: "Meeting with the class teacher",
  annual_review: "Annual review of the EHC plan",
  professional: "Meeting with a professional",
  other: "Other meeting",
};

/** The kind as the title of an untitled meeting on the timeline. */
export const MEETING_KIND_TIMELINE_TITLES: Record<MeetingKind, string> = {
  sen_review: "SEN support review meeting",
  senco: "Meeting with the SENCO",
  teacher: "Meeting with the teacher",
  annual_review: "Annual review meeting",
  professional: "Meeting with a professional",
  other: "Meeting",
};

export const ACTION_STATUSES = ["open", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: "To do",
  done: "Done",
  dropped: "Dropped",
};

/** What the page says after an action is moved to this state. */
export const ACTION_STATUS_CHANGED: Record<ActionStatus, string> = {
  open: "Action marked as still to do.",
  done: "Action marked done.",
  dropped: "Action dropped.",
};
