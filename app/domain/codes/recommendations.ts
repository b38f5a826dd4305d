// Code list: a professional's recommendations. What the parent has done with one that Clearpath
// suggested from a report (docs/decisions/024-code-lists.md).

export const RECOMMENDATION_STATUSES = ["suggested", "confirmed", "discarded"] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
