// The tribunal rules the dates rest on. Their wording, citations and status are in the law catalogue
// (domain/law/catalogue.ts), from england-school-day-and-tribunal-rules.md section 2 (5 Dec 2026);
// here, which date rests on which rule, how far its length was checked, and whether that makes it
// a deadline or a date to aim for (decision 139).

import { LAW_CATALOGUE } from "../law/catalogue";
import type { Verification } from "../law/law-rule";

export const TRIBUNAL_RULE_IDS = [
  "R-TRIB-COUNT",
  "R-TRIB-WORKING-DAY",
  "R-TRIB-REGISTER",
  "R-TRIB-LA-RESPONSE",
  "R-TRIB-HEARING-TIME",
  "R-TRIB-BUNDLE-WHO",
  "R-TRIB-BUNDLE-LIMITS",
  "R-TRIB-EXPERTS",
  "R-TRIB-MORE-PAGES",
  "R-TRIB-WORKING-DOC",
  "R-TRIB-DECISION",
  "R-TRIB-REVIEW-SEN",
  "R-TRIB-SET-ASIDE",
  "R-TRIB-PTA",
  "R-TRIB-COMPLY",
  "R-TRIB-UNOPPOSED",
  "R-TRIB-NONCOMPLY",
  // The appeal deadline itself is in the main reference (R-APP-DEADLINE, Tribunal Rules r.20).
  "R-APP-DEADLINE",
] as const;

export type TribunalRuleId = (typeof TRIBUNAL_RULE_IDS)[number];

/** Each rule's status, as the law catalogue gives it. */
export const TRIBUNAL_RULE_STATUS: Readonly<Record<TribunalRuleId, Verification>> = Object.fromEntries(
  TRIBUNAL_RULE_IDS.map((id) => {
    const rule = LAW_CATALOGUE.find((entry) => entry.id === id);
    if (!rule) throw new Error(`${id} is not in the law catalogue`);
    return [id, rule.verification];
  }),
) as Record<TribunalRuleId, Verification>;

/** The timed rules of the reference's section 5 built here (D-UNOPPOSED is the main reference's). */
export const TRIBUNAL_DATE_IDS = [
  "D-TRIB-DEADLINE",
  "D-TRIB-LA-RESPONSE",
  "D-TRIB-REVIEW-SEN",
  "D-TRIB-SET-ASIDE",
  "D-TRIB-PTA",
  "D-UT-PTA",
  "D-UT-RECONSIDER",
  "D-ORDER-ASSESS",
  "D-ORDER-ASSESS-NOPLAN",
  "D-ORDER-ASSESS-PLAN",
  "D-ORDER-ISSUE",
  "D-ORDER-AMEND",
  "D-ORDER-SCHOOL",
  "D-ORDER-RECONSIDER",
  "D-ORDER-CONTINUE",
  "D-UNOPPOSED",
] as const;

export type TribunalDateId = (typeof TRIBUNAL_DATE_IDS)[number];

/**
 * A date's standing (decision 139): a deadline when its rule and its length were both checked or
 * partly checked against the law's own text; otherwise a date to aim for, which is never called
 * missed and which no letter states as what the law requires.
 */
export type DateStanding = "deadline" | "aim_for";

const CHECKED: ReadonlySet<Verification> = new Set(["verified", "partly_verified"]);

/**
 * Whether a date with these statuses is a deadline or a date to aim for, e.g.
 * standingOf("partly_verified", "verified") === "deadline"; standingOf("unverified", "verified") === "aim_for".
 * "secondary" (checked only against advice charities and law firms) is not checked.
 */
export function standingOf(ruleStatus: Verification, lengthStatus: Verification): DateStanding {
  return CHECKED.has(ruleStatus) && CHECKED.has(lengthStatus) ? "deadline" : "aim_for";
}

/** How a date's status is carried, as in domain/school-day/deadlines.ts. */
export type DateStatus = {
  ruleId: TribunalRuleId;
  /** The rule's status in the reference: show it wherever the date is stated. */
  ruleStatus: Verification;
  /** How far this date's length and way of counting were checked. */
  lengthStatus: Verification;
  /** The reference's section 6 question that would settle the doubt that remains; null when none. */
  openQuestion: number | null;
  standing: DateStanding;
};

/** A date's statuses from its rule and the status of its length. */
export function describeDateStatus(
  ruleId: TribunalRuleId,
  lengthStatus: Verification,
  openQuestion: number | null,
): DateStatus {
  const ruleStatus = TRIBUNAL_RULE_STATUS[ruleId];
  return { ruleId, ruleStatus, lengthStatus, openQuestion, standing: standingOf(ruleStatus, lengthStatus) };
}
