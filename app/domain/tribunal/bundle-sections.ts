// The sections of the family's evidence bundle for the tribunal, in order (decision 140). The
// practice direction wants documents in date order within sections (R-TRIB-BUNDLE-WHO); these are
// the sections Clearpath uses for the family's own evidence.

export const BUNDLE_SECTIONS = ["appeal", "decision_and_plan", "reports", "other_evidence", "witness_statements"] as const;

export type BundleSection = (typeof BUNDLE_SECTIONS)[number];

/** The letter each section is known by in the index and the bookmarks. */
export const BUNDLE_SECTION_LETTERS: Readonly<Record<BundleSection, string>> = {
  appeal: "A",
  decision_and_plan: "B",
  reports: "C",
  other_evidence: "D",
  witness_statements: "E",
};

/** Each section's heading, and what goes in it. */
export const BUNDLE_SECTION_TITLES: Readonly<Record<BundleSection, string>> = {
  appeal: "Appeal papers",
  decision_and_plan: "The decision and the plan",
  reports: "Reports from professionals",
  other_evidence: "Other evidence",
  witness_statements: "Witness statements",
};

export const BUNDLE_SECTION_HINTS: Readonly<Record<BundleSection, string>> = {
  appeal: "The appeal form, the mediation certificate and the tribunal's letters and directions.",
  decision_and_plan: "The council's decision letter and the EHC plan or draft plan the appeal is about.",
  reports: "Reports and advice from professionals, such as an educational psychologist or a speech and language therapist.",
  other_evidence: "School records, letters and emails, and your own records of what happened.",
  witness_statements: "Statements from people who will speak at the hearing and have not written a report.",
};
