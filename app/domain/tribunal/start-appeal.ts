// Starting an appeal from a decision recorded on the statutory page: which appeal type the decision
// gives (CFA s.51, R-APP-WHAT), which sections a plan appeal is about, and which mediation steps fit
// (R-APP-MEDIATION: a certificate is needed unless the appeal is only about the school, Section I).

import { DECISION_TYPES } from "../statutory/decisions";
import {
  APPEAL_SECTIONS,
  type AppealSection,
  type AppealType,
  type MediationStep,
  MEDIATION_STEPS,
  MEDIATION_STEPS_WITH_CERTIFICATE,
} from "../codes/tribunal";

/** What a decision lets the family appeal: a refusal or an ending (one type), or what a plan says (sections chosen). */
export type DecisionAppeal = { kind: "fixed"; appealType: AppealType } | { kind: "plan" };

// Every decision the statutory page lists as appealable (DECISION_TYPES); a test keeps them in step.
// A final, amended or unchanged plan (and a refusal to change it after a review) is appealed by
// its Sections B, F and I.
const DECISION_APPEALS: Readonly<Record<string, DecisionAppeal>> = {
  ehcna_refused: { kind: "fixed", appealType: "refusal_to_assess" },
  reassessment_refused: { kind: "fixed", appealType: "refusal_to_reassess" },
  ehcp_refused: { kind: "fixed", appealType: "refusal_to_issue" },
  plan_ceased: { kind: "fixed", appealType: "cease" },
  final_plan_issued: { kind: "plan" },
  ehcp_final_issued: { kind: "plan" },
  amended_plan_issued: { kind: "plan" },
  annual_review_decision_issued: { kind: "plan" },
  amendment_withdrawn: { kind: "plan" },
};

/**
 * What an appealable decision can be appealed as, or null for an event that is not an appealable
 * decision, e.g. decisionAppealOf("ehcna_refused") gives { kind: "fixed", appealType: "refusal_to_assess" }.
 */
export function decisionAppealOf(decisionType: string): DecisionAppeal | null {
  return DECISION_TYPES.includes(decisionType) ? (DECISION_APPEALS[decisionType] ?? null) : null;
}

/**
 * The appeal type of a decision, given the sections chosen for a plan appeal; null when a plan
 * appeal has no section chosen (or the event is not an appealable decision).
 *
 * Example: a final plan with ["B", "F"] gives "sections_b_f"; with ["I"] "section_i_only"; with
 * ["F", "I"] "sections_b_f_i"; a refusal to assess gives "refusal_to_assess" whatever the sections.
 */
export function appealTypeOf(decisionType: string, sections: readonly AppealSection[]): AppealType | null {
  const appeal = decisionAppealOf(decisionType);
  if (!appeal) return null;
  if (appeal.kind === "fixed") return appeal.appealType;
  const hasI = sections.includes("I");
  const hasBOrF = sections.includes("B") || sections.includes("F");
  if (hasBOrF) return hasI ? "sections_b_f_i" : "sections_b_f";
  return hasI ? "section_i_only" : null;
}

/** The sections kept for an appeal type: only plan appeals have sections, in B, F, I order. */
export function sectionsFor(appealType: AppealType, sections: readonly AppealSection[]): AppealSection[] {
  if (appealType !== "sections_b_f" && appealType !== "section_i_only" && appealType !== "sections_b_f_i") return [];
  return APPEAL_SECTIONS.filter((section) => sections.includes(section));
}

/**
 * The mediation steps a family can choose for an appeal type: "not needed" only when the appeal
 * is about Section I alone (R-APP-MEDIATION, CFA s.55).
 */
export function mediationStepsFor(appealType: AppealType | null): MediationStep[] {
  return MEDIATION_STEPS.filter((step) => step !== "not_needed_school_only" || appealType === "section_i_only");
}

/** Whether a mediation step comes with a certificate, whose date the appeal deadline can run from (R-APP-DEADLINE). */
export function hasCertificate(step: MediationStep): boolean {
  return MEDIATION_STEPS_WITH_CERTIFICATE.includes(step);
}

/**
 * Whether the family can also ask for recommendations on health and social care (an extended
 * appeal, R-APP-NATIONAL-TRIAL): only where there is, or is to be, a plan with those parts, so not
 * for a refusal to assess or reassess, e.g. canAskForRecommendations("sections_b_f") === true.
 */
export function canAskForRecommendations(appealType: AppealType | null): boolean {
  return appealType !== "refusal_to_assess" && appealType !== "refusal_to_reassess";
}
