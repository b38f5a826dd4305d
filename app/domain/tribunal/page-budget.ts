// The page budget for a part of the tribunal bundle (R-TRIB-BUNDLE-LIMITS): the limit for the
// appeal type, the pages used and left, and a warning before the limit with what to do
// (R-TRIB-MORE-PAGES: cut pages, or ask on form SEND7). And the checks on expert reports and
// witness statements (R-TRIB-EXPERTS). Every limit here is unverified (open question 2): pages
// show the rule's status beside it.

import { addDays, addMonths, compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { Verification } from "../law/law-rule";
import type { AppealType } from "./appeal-types";
import {
  BUNDLE_LIMITS_RULE,
  COMBINED_APPEAL_PARTS,
  EVIDENCE_PAGE_LIMITS,
  EXPERT_EVIDENCE_LIMITS,
  NEAR_LIMIT_SHARE,
  OTHER_PAGE_LIMITS,
} from "./page-limits";
import { TRIBUNAL_RULE_STATUS } from "./tribunal-rules";

/** A part of the bundle with a page limit: a party's evidence for an appeal type, or another part. */
export type BudgetPart = { kind: "evidence"; appealType: AppealType } | { kind: keyof typeof OTHER_PAGE_LIMITS };

export type BudgetLevel = "within" | "near_limit" | "at_limit" | "over_limit";

export type PageBudget = {
  ruleId: typeof BUNDLE_LIMITS_RULE.ruleId;
  ruleStatus: Verification;
  openQuestion: number;
  part: BudgetPart;
  /** The limit the practice direction sets; null when the reference has no settled figure (a combined B/F and I appeal). */
  limit: number | null;
  /**
   * The figure the pages are measured against: the limit, or for a combined B/F and I appeal the
   * lower of its two single limits until the PD is checked (never their sum).
   */
  workingLimit: number;
  /** True when the limit is not settled: say the practice direction must be checked. */
  isLimitUnsettled: boolean;
  pagesUsed: number;
  pagesLeft: number;
  pagesOver: number;
  /** The first page count that warns (NEAR_LIMIT_SHARE of the working limit, rounded up). */
  warnFrom: number;
  level: BudgetLevel;
  /**
   * What to do once near or past the limit: cut pages, or ask the tribunal on form SEND7 before
   * sending more (R-TRIB-MORE-PAGES); null while within.
   */
  action: { ruleId: "R-TRIB-MORE-PAGES"; ruleStatus: Verification; form: "SEND7" } | null;
};

function limitOf(part: BudgetPart): { limit: number | null; workingLimit: number } {
  if (part.kind !== "evidence") return { limit: OTHER_PAGE_LIMITS[part.kind], workingLimit: OTHER_PAGE_LIMITS[part.kind] };
  const limit = EVIDENCE_PAGE_LIMITS[part.appealType];
  if (limit !== null) return { limit, workingLimit: limit };
  const parts = COMBINED_APPEAL_PARTS.map((type) => EVIDENCE_PAGE_LIMITS[type]).filter((value) => value !== null);
  return { limit: null, workingLimit: Math.min(...parts) };
}

/**
 * The page budget for a part of the bundle. Warns from 90% of the limit (NEAR_LIMIT_SHARE, our
 * own threshold), says when the limit is reached or passed, and what to do then.
 *
 * Example: a refusal to assess with 70 pages of evidence gives limit 75, 5 pages left, warnFrom
 * 68, level "near_limit" and the SEND7 action.
 */
export function checkPageBudget(options: { part: BudgetPart; pagesUsed: number }): PageBudget {
  const { part } = options;
  const pagesUsed = Math.max(0, Math.floor(options.pagesUsed));
  const { limit, workingLimit } = limitOf(part);
  const warnFrom = Math.ceil(workingLimit * NEAR_LIMIT_SHARE);
  const level: BudgetLevel =
    pagesUsed > workingLimit ? "over_limit" : pagesUsed === workingLimit ? "at_limit" : pagesUsed >= warnFrom ? "near_limit" : "within";
  return {
    ruleId: BUNDLE_LIMITS_RULE.ruleId,
    ruleStatus: TRIBUNAL_RULE_STATUS[BUNDLE_LIMITS_RULE.ruleId],
    openQuestion: BUNDLE_LIMITS_RULE.openQuestion,
    part,
    limit,
    workingLimit,
    isLimitUnsettled: limit === null,
    pagesUsed,
    pagesLeft: Math.max(0, workingLimit - pagesUsed),
    pagesOver: Math.max(0, pagesUsed - workingLimit),
    warnFrom,
    level,
    action: level === "within" ? null : { ruleId: "R-TRIB-MORE-PAGES", ruleStatus: TRIBUNAL_RULE_STATUS["R-TRIB-MORE-PAGES"], form: "SEND7" },
  };
}

type CheckStatus = { ruleId: typeof EXPERT_EVIDENCE_LIMITS.ruleId; ruleStatus: Verification; openQuestion: number };

/** A check on the length of a report, its summary or a witness statement. */
export type LengthCheck = CheckStatus & {
  check: "report_summary" | "report_length" | "witness_statement_length";
  limit: number;
  /** The pages counted; null when not known. */
  pages: number | null;
  /** Whether it keeps to the limit; null when the pages are not known. */
  isMet: boolean | null;
  /** Report summary: true when the report has no summary at all (0 pages). */
  isMissing?: boolean;
  /** Witness statement: true when it is longer but a note explains why (the PD allows this). */
  reliesOnNote?: boolean;
};

/** The check that a report is no more than 3 years old at the hearing (or today, until a hearing date is known). */
export type ReportAgeCheck = CheckStatus & {
  check: "report_age";
  limitYears: number;
  reportDate: CalendarDate;
  measuredOn: CalendarDate;
  measuredAt: "hearing" | "today";
  /** The first day the report is more than 3 years old. */
  tooOldFrom: CalendarDate;
  isMet: boolean;
};

function checkStatus(): CheckStatus {
  const { ruleId, openQuestion } = EXPERT_EVIDENCE_LIMITS;
  return { ruleId, ruleStatus: TRIBUNAL_RULE_STATUS[ruleId], openQuestion };
}

function lengthCheck(check: LengthCheck["check"], limit: number, pages: number | null): LengthCheck {
  return { ...checkStatus(), check, limit, pages, isMet: pages === null ? null : pages <= limit };
}

/**
 * The checks on one expert report (R-TRIB-EXPERTS): a summary of at most 2 pages (a report with no
 * summary fails), at most 15 pages in all, and no more than 3 years old on the hearing date, or
 * today while there is none. A report dated 29 Feb is 3 years old on 28 Feb three years on.
 *
 * Example: a 14-page report with a 1-page summary dated 10 Jan 2024, hearing 1 Feb 2027, fails
 * only the age check (too old from 11 Jan 2027).
 */
export function checkExpertReport(options: {
  summaryPages: number | null;
  totalPages: number | null;
  reportDate: CalendarDate;
  hearingDate: CalendarDate | null;
  today: CalendarDate;
}): [LengthCheck, LengthCheck, ReportAgeCheck] {
  const { summaryPages, reportDate } = options;
  const summary = lengthCheck("report_summary", EXPERT_EVIDENCE_LIMITS.summaryPages, summaryPages);
  const measuredOn = options.hearingDate ?? options.today;
  const threeYearsOn = addMonths(reportDate, 12 * EXPERT_EVIDENCE_LIMITS.reportAgeYears);
  return [
    summaryPages === 0 ? { ...summary, isMet: false, isMissing: true } : summary,
    lengthCheck("report_length", EXPERT_EVIDENCE_LIMITS.reportPages, options.totalPages),
    {
      ...checkStatus(),
      check: "report_age",
      limitYears: EXPERT_EVIDENCE_LIMITS.reportAgeYears,
      reportDate,
      measuredOn,
      measuredAt: options.hearingDate ? "hearing" : "today",
      tooOldFrom: addDays(threeYearsOn, 1),
      isMet: compareDates(measuredOn, threeYearsOn) <= 0,
    },
  ];
}

/**
 * The check on a witness statement's length (R-TRIB-EXPERTS): at most 10 pages, not counting
 * exhibits, unless a separate note explains why it is longer.
 *
 * Example: 12 pages with a note gives { isMet: true, reliesOnNote: true }; without one, isMet false.
 */
export function checkWitnessStatement(options: { pages: number | null; hasNoteOnLength: boolean }): LengthCheck {
  const check = lengthCheck("witness_statement_length", EXPERT_EVIDENCE_LIMITS.witnessStatementPages, options.pages);
  if (check.isMet === false && options.hasNoteOnLength) return { ...check, isMet: true, reliesOnNote: true };
  return check;
}
