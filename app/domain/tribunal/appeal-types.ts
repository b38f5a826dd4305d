// What an appeal is about, as the page limits and the council's time limits after conceding tell
// appeals apart (reference section 2: R-TRIB-BUNDLE-LIMITS, R-TRIB-UNOPPOSED; CFA s.51, R-APP-WHAT).
// The words a person sees for each belong in a code list (domain/codes) when the pages arrive.

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
