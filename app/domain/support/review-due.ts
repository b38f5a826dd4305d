// Whether a cycle's review is overdue: the date has passed and no review has been recorded.

/**
 * Example: isReviewOverdue({ reviewDate: "2026-03-27", hasReview: false }, "2026-04-01") is true;
 * on "2026-03-27" itself it is false (the review can still happen that day).
 */
export function isReviewOverdue(
  cycle: { reviewDate: string | null; hasReview: boolean },
  today: string,
): boolean {
  return cycle.reviewDate !== null && !cycle.hasReview && cycle.reviewDate < today;
}
