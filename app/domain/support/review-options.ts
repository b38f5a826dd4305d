// The choices a review offers, with the words a parent sees. One word for one idea: the same
// codes are stored in the reviews table and read by the audit.

export const TARGET_RATINGS = ["achieved", "partly", "not_yet"] as const;
export type TargetRating = (typeof TARGET_RATINGS)[number];
export const TARGET_RATING_LABELS: Record<TargetRating, string> = {
  achieved: "Achieved",
  partly: "Partly achieved",
  not_yet: "Not yet",
};

export const OVERALL_PROGRESS = ["good", "expected", "limited", "none"] as const;
export type OverallProgress = (typeof OVERALL_PROGRESS)[number];
export const OVERALL_PROGRESS_LABELS: Record<OverallProgress, string> = {
  good: "Better than expected",
  expected: "As expected",
  limited: "Less than expected",
  none: "No progress",
};

export const REVIEW_DECISIONS = [
  "continue",
  "adapt",
  "increase",
  "refer",
  "consider_ehcna",
  "monitor",
  "end",
] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const REVIEW_DECISION_LABELS: Record<ReviewDecision, string> = {
  continue: "Carry on with the same support",
  adapt: "Change the support",
  increase: "Increase the support",
  refer: "Ask a specialist for advice",
  consider_ehcna: "Consider asking for an EHC needs assessment",
  monitor: "Monitor without extra support",
  end: "End SEN support",
};

/** How well a provision worked, in the parent's view or the school's. */
export const EFFECTIVENESS = ["worked_well", "some_effect", "no_effect", "not_sure"] as const;
export type Effectiveness = (typeof EFFECTIVENESS)[number];
export const EFFECTIVENESS_LABELS: Record<Effectiveness, string> = {
  worked_well: "Worked well",
  some_effect: "Helped a little",
  no_effect: "Did not help",
  not_sure: "Not sure",
};

/** Words for a stored view: a known code becomes its label; older free text stays as written. */
export function describeEffectiveness(view: string | null): string | null {
  return view && view in EFFECTIVENESS_LABELS ? EFFECTIVENESS_LABELS[view as Effectiveness] : view;
}

export const CYCLE_KINDS = ["sen_support", "monitoring"] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];
export const CYCLE_KIND_LABELS: Record<CycleKind, string> = {
  sen_support: "SEN support",
  monitoring: "Monitoring (no extra support yet)",
};
