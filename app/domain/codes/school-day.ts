// Code list: the school day. What kind of event a parent records (a suspension, being sent home,
// a part-time timetable, restraint, an absence, a letter about attendance …) and the fixed choices
// inside those records, with every word a person sees for each (docs/decisions/024-code-lists.md).

export const SCHOOL_DAY_KINDS = [
  "informal_exclusion",
  "suspension",
  "permanent_exclusion",
  "part_time_timetable",
  "restraint",
  "absence",
  "attendance_letter",
  "penalty_notice",
  "internal_exclusion",
  "school_avoidance_note",
] as const;
export type SchoolDayKind = (typeof SCHOOL_DAY_KINDS)[number];

/** The kind as a choice on a form and a heading in the list. */
export const SCHOOL_DAY_KIND_LABELS: Record<SchoolDayKind, string> = {
  informal_exclusion: "Sent home, collected early or told not to come in",
  suspension: "Suspension (a fixed-term exclusion)",
  permanent_exclusion: "Permanent exclusion",
  part_time_timetable: "Part-time timetable",
  restraint: "Restraint, force or seclusion",
  absence: "Absence",
  attendance_letter: "Letter or meeting about attendance",
  penalty_notice: "Penalty notice (a fine for absence)",
  internal_exclusion: "Taken out of class in school (isolation)",
  school_avoidance_note: "Finding school hard to attend (a note)",
};

/** The kind at the start of a timeline title or a search result, e.g. "Suspension: 3 school days". */
export const SCHOOL_DAY_KIND_NAMES: Record<SchoolDayKind, string> = {
  informal_exclusion: "Sent home without a formal exclusion",
  suspension: "Suspension",
  permanent_exclusion: "Permanent exclusion",
  part_time_timetable: "Part-time timetable",
  restraint: "Restraint or seclusion",
  absence: "Absence",
  attendance_letter: "Attendance letter",
  penalty_notice: "Penalty notice",
  internal_exclusion: "Removed from class",
  school_avoidance_note: "School attendance difficulty",
};

/** Which of the day's two sessions something started in: a child sent home at lunch missed the afternoon. */
export const FIRST_SESSIONS = ["morning", "afternoon"] as const;
export type FirstSession = (typeof FIRST_SESSIONS)[number];

export const FIRST_SESSION_LABELS: Record<FirstSession, string> = {
  morning: "From the morning (the whole day)",
  afternoon: "From the afternoon (half a day)",
};

/** What happened in a restraint record (R-DAY-RESTRAINT-DUTY). */
export const RESTRAINT_TYPES = ["force", "restraint", "seclusion"] as const;
export type RestraintType = (typeof RESTRAINT_TYPES)[number];

export const RESTRAINT_TYPE_LABELS: Record<RestraintType, string> = {
  force: "Staff used force (held or moved my child)",
  restraint: "Restraint without force (for example blocking the way or taking a mobility aid)",
  seclusion: "Seclusion (kept in a room or space they could not leave)",
};

/** Why a child was absent, as far as education lost needs it: health absence counts apart (reference 4.2). */
export const ABSENCE_REASONS = ["illness", "medical_appointment", "school_avoidance", "other"] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

export const ABSENCE_REASON_LABELS: Record<AbsenceReason, string> = {
  illness: "Illness or a health condition",
  medical_appointment: "Medical or dental appointment",
  school_avoidance: "Too anxious or distressed to go in",
  other: "Another reason",
};

/** Reasons that make an absence health-related (codes I and M; R-DAY-HEALTH-15). */
export const HEALTH_ABSENCE_REASONS: readonly AbsenceReason[] = ["illness", "medical_appointment"];

/** Attendance codes a parent may see on a register or letter (R-DAY-ATT-CODES). */
export const ATTENDANCE_CODES = ["I", "M", "C2", "K", "B", "E", "G", "N", "O", "U"] as const;
export type AttendanceCode = (typeof ATTENDANCE_CODES)[number];

export const ATTENDANCE_CODE_LABELS: Record<AttendanceCode, string> = {
  I: "I: illness (authorised)",
  M: "M: medical or dental appointment (authorised)",
  C2: "C2: part-time timetable (authorised)",
  K: "K: education arranged by the council (counts as attending)",
  B: "B: approved learning away from school",
  E: "E: suspended or excluded with no other education (authorised)",
  G: "G: holiday not agreed (unauthorised)",
  N: "N: reason not yet given",
  O: "O: other unauthorised absence",
  U: "U: arrived after the register closed",
};

/** Codes the register should not show for a day the school sent the child home or agreed a part-time timetable. */
export const UNAUTHORISED_CODES: readonly AttendanceCode[] = ["G", "N", "O", "U"];

/** A line in the school's calendar: a term, or days inside a term with no school (half-term, a training day). */
export const SCHOOL_TERM_KINDS = ["term", "closure"] as const;
export type SchoolTermKind = (typeof SCHOOL_TERM_KINDS)[number];

export const SCHOOL_TERM_KIND_LABELS: Record<SchoolTermKind, string> = {
  term: "A term",
  closure: "No school inside a term (half-term, a training day)",
};
