// Code list: professionals and referrals. The kinds of professional (also the services a child
// is referred to) and where a referral has got to, with every word a person sees for each
// (docs/decisions/024-code-lists.md).

export const PROFESSIONAL_ROLES = [
  "educational_psychologist",
  "speech_and_language_therapist",
  "occupational_therapist",
  "physiotherapist",
  "camhs",
  "paediatrician",
  "specialist_teacher",
  "other",
] as const;
export type ProfessionalRole = (typeof PROFESSIONAL_ROLES)[number];

/** The role as a choice on a form and on a professional's card. */
export const PROFESSIONAL_ROLE_LABELS: Record<ProfessionalRole, string> = {
  educational_psychologist: "Educational psychologist",
  speech_and_language_therapist: "Speech and language therapist",
  occupational_therapist: "Occupational therapist",
  physiotherapist: "Physiotherapist",
  camhs: "CAMHS (child and adolescent mental health services)",
  paediatrician: "Paediatrician",
  specialist_teacher: "Specialist teacher or advisory service",
  other: "Other",
};

/** The role after a name, in brackets: "Sam Lee (speech and language therapist)". */
export const PROFESSIONAL_ROLE_NAMES: Record<ProfessionalRole, string> = {
  educational_psychologist: "educational psychologist",
  speech_and_language_therapist: "speech and language therapist",
  occupational_therapist: "occupational therapist",
  physiotherapist: "physiotherapist",
  camhs: "CAMHS",
  paediatrician: "paediatrician",
  specialist_teacher: "specialist teacher",
  other: "another professional",
};

/** The role inside a sentence: "Referral to a speech and language therapist", "… to CAMHS". */
export const PROFESSIONAL_ROLE_IN_SENTENCE: Record<ProfessionalRole, string> = {
  educational_psychologist: "an educational psychologist",
  speech_and_language_therapist: "a speech and language therapist",
  occupational_therapist: "an occupational therapist",
  physiotherapist: "a physiotherapist",
  camhs: "CAMHS",
  paediatrician: "a paediatrician",
  specialist_teacher: "a specialist teacher",
  other: "another professional",
};

export const REFERRAL_STATUSES = ["requested", "accepted", "waiting", "seen", "declined", "closed"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** The status as a choice on a form and on a referral's card. */
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  requested: "Asked for",
  accepted: "Accepted by the service",
  waiting: "On the waiting list",
  seen: "Seen",
  declined: "Turned down",
  closed: "Closed",
};

/** The status on the timeline ("Now: waiting to be seen"). */
export const REFERRAL_STATUS_TIMELINE_NAMES: Record<ReferralStatus, string> = {
  requested: "Asked for",
  accepted: "Accepted",
  waiting: "Waiting to be seen",
  seen: "Seen",
  declined: "Declined",
  closed: "Closed",
};
