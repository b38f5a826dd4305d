// Fewer reviews with the parent in the last twelve months than the three a year the Code of Practice expects.

import { addMonths, compareDates, daysBetween, laterOf, type CalendarDate } from "../../calendar/calendar-date";
import { listCyclesInOrder } from "../case-helpers";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { REVIEWS_EXPECTED_PER_YEAR } from "../thresholds";

function check({ document: caseDocument, today }: CheckContext): Finding[] {
  const cycles = listCyclesInOrder(caseDocument).filter((cycle) => compareDates(cycle.startDate, today) <= 0);
  const first = cycles[0];
  if (!first) return [];
  const windowStart = laterOf(first.startDate, addMonths(today, -12));
  const windowDays = daysBetween(windowStart, today);
  const expected = Math.min(REVIEWS_EXPECTED_PER_YEAR, Math.floor((REVIEWS_EXPECTED_PER_YEAR * windowDays) / 365));
  if (expected < 1) return [];
  const inWindow = (date: CalendarDate) => compareDates(date, windowStart) >= 0 && compareDates(date, today) <= 0;
  const reviewDates = new Map<string, string>();
  for (const cycle of cycles) {
    const review = cycle.review;
    if (review && review.parentAttended !== false && inWindow(review.date)) reviewDates.set(review.date, review.id);
  }
  for (const meeting of caseDocument.meetings) {
    if ((meeting.kind === "sen_review" || meeting.kind === "annual_review") && meeting.parentAttended && inWindow(meeting.date) && !reviewDates.has(meeting.date)) {
      reviewDates.set(meeting.date, meeting.id);
    }
  }
  if (reviewDates.size >= expected) return [];
  // With no review to point to, point to the plans that were running in the window.
  const running = cycles.filter((cycle) => cycle.review === null || compareDates(cycle.review.date, windowStart) >= 0).map((cycle) => cycle.id);
  return [
    {
      code: "few_reviews",
      severity: "medium",
      title: "Fewer review meetings than expected",
      explanation: `In the last ${windowDays >= 360 ? "twelve months" : `${Math.round(windowDays / 30)} months`} there ${reviewDates.size === 1 ? "was 1 review" : `were ${reviewDates.size} reviews`} with you. The Code of Practice says schools should meet parents at least three times a year to set outcomes and review progress, so about ${expected} would be expected in this time.`,
      records: reviewDates.size > 0 ? [...reviewDates.values()] : running,
      rules: ["R-SCH-MEET-3"],
      nextStep: { label: "Ask for a review meeting", action: "request_review_meeting" },
    },
  ];
}

export const fewReviews: HealthRule<"few_reviews"> = { code: "few_reviews", check };
