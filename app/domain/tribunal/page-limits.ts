// The tribunal's page limits and expert-evidence limits as counts (PD 2025, reference section 2).
// They are not time limits, so they live here rather than in the law catalogue's periods; each
// names its rule, whose summary states the same numbers (page-limits.test.ts checks they agree).

import type { AppealType } from "./appeal-types";

/**
 * Each party's evidence, by appeal type (R-TRIB-BUNDLE-LIMITS, PD 2025 Schedules 1–2, unverified:
 * open question 2). A combined Sections B/F and I appeal has no figure of its own: whether the two
 * limits add up is not known, so it is null here and the budget says to check the PD.
 */
export const EVIDENCE_PAGE_LIMITS: Readonly<Record<AppealType, number | null>> = {
  refusal_to_assess: 75,
  refusal_to_reassess: 75,
  refusal_to_issue: 100,
  sections_b_f: 100,
  section_i_only: 75,
  sections_b_f_i: null,
  cease: 75,
};

/** The single limits a combined B/F and I appeal could rest on (never their sum, which is unverified). */
export const COMBINED_APPEAL_PARTS: readonly AppealType[] = ["sections_b_f", "section_i_only"];

/** The other parts of a SEND appeal's bundle with a page limit (R-TRIB-BUNDLE-LIMITS). */
export const OTHER_PAGE_LIMITS = {
  /** Each party's evidence on health and social care in an extended appeal. */
  extended_evidence: 75,
  core_bundle: 100,
  /** The EHC plan with its Section K appendices. */
  plan_with_appendices: 150,
  /** A4 pages. */
  working_document: 25,
} as const;

export const BUNDLE_LIMITS_RULE = { ruleId: "R-TRIB-BUNDLE-LIMITS", openQuestion: 2 } as const;

/** Expert reports and witness statements (R-TRIB-EXPERTS, PD 2025, unverified: open question 2). */
export const EXPERT_EVIDENCE_LIMITS = {
  ruleId: "R-TRIB-EXPERTS",
  openQuestion: 2,
  /** The executive summary at the start of a report. */
  summaryPages: 2,
  /** The whole report, summary included. */
  reportPages: 15,
  /** Normally no older than this at the hearing; older only in exceptional circumstances. */
  reportAgeYears: 3,
  /** A witness statement, not counting exhibits, unless a note explains why it is longer. */
  witnessStatementPages: 10,
} as const;

/**
 * The share of a limit at which the budget warns, so there is time to cut pages or ask for more
 * (form SEND7, R-TRIB-MORE-PAGES) before the limit is passed. Our own choice, not the tribunal's:
 * 90% leaves 7 pages of a 75-page limit and 10 of 100, about one more report.
 */
export const NEAR_LIMIT_SHARE = 0.9;
