// Code list: reasonable adjustments. Where a request for an adjustment has got to, with every word
// a person sees for each (docs/decisions/024-code-lists.md).

export const ADJUSTMENT_STATUSES = ["requested", "agreed", "in_place", "refused", "no_answer"] as const;
export type AdjustmentStatus = (typeof ADJUSTMENT_STATUSES)[number];

/** The status as a choice on a form and on the register. */
export const ADJUSTMENT_STATUS_LABELS: Record<AdjustmentStatus, string> = {
  requested: "Asked for, waiting for an answer",
  agreed: "Agreed",
  in_place: "In place",
  refused: "Refused",
  no_answer: "No answer",
};

/** The school's answer as a timeline title: "Adjustment agreed: Ear defenders in assembly". */
export const ADJUSTMENT_STATUS_TIMELINE_TITLES: Record<AdjustmentStatus, string> = {
  requested: "School answered about an adjustment",
  agreed: "Adjustment agreed",
  in_place: "Adjustment put in place",
  refused: "Adjustment refused",
  no_answer: "No answer about an adjustment",
};
