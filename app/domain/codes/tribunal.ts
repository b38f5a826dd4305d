// Code list: the tribunal (issue 23). What an appeal is about, its mediation step and status, the
// directions' dates, the evidence bundle's sections and kinds of document, the working document's
// kinds of change, the exported documents and the orders the tribunal can make, with every word a
// person sees for each (docs/decisions/024-code-lists.md). The rules behind them are in
// app/domain/tribunal/ and the law catalogue (R-TRIB-…, R-APP-…).

// ── The appeal ─────────────────────────────────────────────────────────────────────────────

/**
 * What an appeal is about, as the page limits and the council's time limits after conceding tell
 * appeals apart (reference section 2: R-TRIB-BUNDLE-LIMITS, R-TRIB-UNOPPOSED; CFA s.51, R-APP-WHAT).
 */
export const APPEAL_TYPES = [
  "refusal_to_assess",
  "refusal_to_reassess",
  "refusal_to_issue",
  /** Sections B and/or F of a plan. */
  "sections_b_f",
  /** Only the school or type of school named (or not named) in Section I. */
  "section_i_only",
  /** Sections B and/or F together with Section I: whether their page limits add up is not known. */
  "sections_b_f_i",
  "cease",
] as const;
export type AppealType = (typeof APPEAL_TYPES)[number];

/** The appeal type as a choice on a form and a heading. */
export const APPEAL_TYPE_LABELS: Record<AppealType, string> = {
  refusal_to_assess: "The council refused to assess my child's needs",
  refusal_to_reassess: "The council refused to assess my child's needs again",
  refusal_to_issue: "The council assessed my child but refused to make a plan",
  sections_b_f: "What the plan says about needs or help (Section B, Section F or both)",
  section_i_only: "Only the school or type of school in the plan (Section I)",
  sections_b_f_i: "Needs or help (Section B or F) and the school (Section I)",
  cease: "The council decided to stop the plan",
};

/** The appeal type in a title, a timeline line or a search result, e.g. "Appeal: refusal to assess". */
export const APPEAL_TYPE_NAMES: Record<AppealType, string> = {
  refusal_to_assess: "refusal to assess",
  refusal_to_reassess: "refusal to reassess",
  refusal_to_issue: "refusal to make a plan",
  sections_b_f: "Sections B and F",
  section_i_only: "Section I (the school)",
  sections_b_f_i: "Sections B, F and I",
  cease: "ending the plan",
};

/** Appeal types about what a plan says: only these appeal sections and have a working document. */
export const PLAN_CONTENT_APPEAL_TYPES: readonly AppealType[] = ["sections_b_f", "section_i_only", "sections_b_f_i"];

/** The plan sections an appeal about a plan's contents can be about, and a working document changes. */
export const APPEAL_SECTIONS = ["B", "F", "I"] as const;
export type AppealSection = (typeof APPEAL_SECTIONS)[number];

export const APPEAL_SECTION_LABELS: Record<AppealSection, string> = {
  B: "Section B: special educational needs",
  F: "Section F: special educational provision (the help)",
  I: "Section I: the school or type of school",
};

/** Where the family is with mediation before appealing (R-APP-MEDIATION). */
export const MEDIATION_STEPS = ["certificate_after_advice", "certificate_after_mediation", "not_needed_school_only", "no_certificate_yet"] as const;
export type MediationStep = (typeof MEDIATION_STEPS)[number];

export const MEDIATION_STEP_LABELS: Record<MediationStep, string> = {
  certificate_after_advice: "I had the mediation advice and chose not to mediate: I have a certificate",
  certificate_after_mediation: "I went to mediation: I have a certificate",
  not_needed_school_only: "Not needed: the appeal is only about the school (Section I)",
  no_certificate_yet: "I do not have a certificate yet",
};

/** The mediation step in a sentence, e.g. on the workspace: "Mediation: certificate after mediation." */
export const MEDIATION_STEP_NAMES: Record<MediationStep, string> = {
  certificate_after_advice: "certificate after mediation advice",
  certificate_after_mediation: "certificate after mediation",
  not_needed_school_only: "not needed (Section I only)",
  no_certificate_yet: "no certificate yet",
};

/** Mediation steps that give a certificate, whose date can set the appeal deadline (R-APP-DEADLINE). */
export const MEDIATION_STEPS_WITH_CERTIFICATE: readonly MediationStep[] = ["certificate_after_advice", "certificate_after_mediation"];

/** Where the appeal is. */
export const APPEAL_STATUSES = ["preparing", "registered", "decided", "conceded", "withdrawn"] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = {
  preparing: "Getting the appeal ready",
  registered: "Registered by the tribunal",
  decided: "The tribunal has decided",
  conceded: "The council conceded (it will not oppose)",
  withdrawn: "Withdrawn",
};

// ── The directions' dates ─────────────────────────────────────────────────────────────────

/** A date in the tribunal's directions, as the parent records it from the registration letter (R-TRIB-REGISTER). */
export const APPEAL_DATE_KINDS = ["la_response", "final_evidence", "working_document", "attendance_forms", "bundle", "case_review", "hearing", "other"] as const;
export type AppealDateKind = (typeof APPEAL_DATE_KINDS)[number];

/** The kind as a choice on a form. */
export const APPEAL_DATE_KIND_LABELS: Record<AppealDateKind, string> = {
  la_response: "The council's response is due",
  final_evidence: "Final evidence is due",
  working_document: "The working document is due",
  attendance_forms: "Attendance forms are due",
  bundle: "The hearing bundle is due",
  case_review: "Case review",
  hearing: "The hearing",
  other: "Another date (give it a name)",
};

/** The kind as a timeline title or a deadline's name. */
export const APPEAL_DATE_KIND_NAMES: Record<AppealDateKind, string> = {
  la_response: "Council's response due",
  final_evidence: "Final evidence due",
  working_document: "Working document due",
  attendance_forms: "Attendance forms due",
  bundle: "Hearing bundle due",
  case_review: "Case review",
  hearing: "Tribunal hearing",
  other: "Tribunal date",
};

// ── The evidence bundle ───────────────────────────────────────────────────────────────────

/**
 * The sections of the family's evidence bundle for the tribunal, in order (decision 140). The
 * practice direction wants documents in date order within sections (R-TRIB-BUNDLE-WHO); these are
 * the sections Clearpath uses for the family's own evidence.
 */
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

/** What a document in the bundle is, as the checks on it tell apart (R-TRIB-EXPERTS). */
export const BUNDLE_ITEM_KINDS = ["document", "expert_report", "witness_statement"] as const;
export type BundleItemKind = (typeof BUNDLE_ITEM_KINDS)[number];

export const BUNDLE_ITEM_KIND_LABELS: Record<BundleItemKind, string> = {
  document: "A document (a letter, a record, the plan)",
  expert_report: "A report by a professional (an expert report)",
  witness_statement: "A witness statement",
};

// ── The working document ──────────────────────────────────────────────────────────────────

/** A change to the plan in the working document, by whose proposal it is (R-TRIB-WORKING-DOC's mark-up key). */
export const PROPOSAL_KINDS = ["parent_add", "parent_delete", "parent_change", "agreed", "la_add", "la_delete"] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const PROPOSAL_KIND_LABELS: Record<ProposalKind, string> = {
  parent_add: "I want words added",
  parent_delete: "I want words taken out",
  parent_change: "I want words changed",
  agreed: "Agreed by me and the council",
  la_add: "The council wants words added",
  la_delete: "The council wants words taken out",
};

/** How each kind is marked in the exported document (R-TRIB-WORKING-DOC; the key the reference describes). */
export const PROPOSAL_KIND_MARKUP: Record<ProposalKind, string> = {
  parent_add: "bold",
  parent_delete: "bold, struck through",
  parent_change: "bold for the new words, bold struck through for the old",
  agreed: "underlined (underlined and struck through for words taken out)",
  la_add: "italic",
  la_delete: "italic, struck through",
};

/** A document exported from the appeal and kept in numbered versions. */
export const APPEAL_DOCUMENT_KINDS = ["working_document", "witness_statement"] as const;
export type AppealDocumentKind = (typeof APPEAL_DOCUMENT_KINDS)[number];

export const APPEAL_DOCUMENT_KIND_NAMES: Record<AppealDocumentKind, string> = {
  working_document: "Working document",
  witness_statement: "Witness statement",
};

// ── The decision ──────────────────────────────────────────────────────────────────────────

/** What the tribunal can order the council to do (Regs reg 44(2), R-TRIB-COMPLY). */
export const ORDER_KINDS = [
  /** Assess, or reassess, the child's needs. */
  "assess",
  /** Make and keep a plan, after a refusal to issue one. */
  "make_plan",
  /** Think again about a decision the tribunal sent back. */
  "reconsider",
  /** Change Sections B and F (or B, F and I). */
  "amend",
  /** Name a school or type of school in Section I only. */
  "name_school",
  /** Keep the plan, after an appeal against ending it. */
  "continue",
  /** Keep the plan and change it. */
  "continue_and_amend",
  /** The appeal against ending the plan was dismissed: the council may end it. */
  "cease_dismissed",
] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

/** The order as a choice on a form. */
export const ORDER_KIND_LABELS: Record<OrderKind, string> = {
  assess: "The council must assess (or reassess) my child's needs",
  make_plan: "The council must make an EHC plan",
  reconsider: "The council must think again about its decision",
  amend: "The council must change the plan (Section B, F or I)",
  name_school: "The council must name a school or type of school (Section I)",
  continue: "The council must keep the plan",
  continue_and_amend: "The council must keep the plan and change it",
  cease_dismissed: "The appeal was dismissed: the council may stop the plan",
};

/** The order in a title or a timeline line, e.g. "Tribunal order: assess". */
export const ORDER_KIND_NAMES: Record<OrderKind, string> = {
  assess: "assess",
  make_plan: "make a plan",
  reconsider: "think again",
  amend: "change the plan",
  name_school: "name a school",
  continue: "keep the plan",
  continue_and_amend: "keep and change the plan",
  cease_dismissed: "appeal dismissed",
};
