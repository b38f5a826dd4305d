// The kinds of measurement a parent can record, with a plain name and sensible defaults for each.

import type { CalendarDate } from "../calendar/calendar-date";
import { plural } from "../presentation";

// The code list (docs/decisions/024-code-lists.md): the schema, the forms and the case document import it.
export const MEASURE_KINDS = [
  "standardised_score",
  "reading_age",
  "spelling_age",
  "attendance",
  "incidents",
  "wellbeing",
  "child_rating",
  "other",
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

type KindInfo = {
  label: string;
  /** The unit shown when the parent leaves it blank. */
  unit: string | null;
  isHigherBetter: boolean;
};

export const MEASURE_KIND_INFO: Record<MeasureKind, KindInfo> = {
  standardised_score: { label: "Standardised score", unit: null, isHigherBetter: true },
  reading_age: { label: "Reading age", unit: "months", isHigherBetter: true },
  spelling_age: { label: "Spelling age", unit: "months", isHigherBetter: true },
  attendance: { label: "Attendance", unit: "%", isHigherBetter: true },
  incidents: { label: "Behaviour incidents", unit: "incidents", isHigherBetter: false },
  wellbeing: { label: "Wellbeing rating", unit: null, isHigherBetter: true },
  child_rating: { label: "Your child's own rating", unit: null, isHigherBetter: true },
  other: { label: "Something else", unit: null, isHigherBetter: true },
};

/**
 * Standardised scores are built so that the average for the child's age is 100 (standard
 * deviation 15), as assessment reports explain; so 100 is the age-expected value.
 */
export const STANDARD_SCORE_AVERAGE = 100;

/**
 * The value expected for a child of this age, where the kind of measure has one and the parent
 * did not give it: 100 for a standardised score, and the child's age in whole months on the day
 * for a reading or spelling age (recorded in months). Null otherwise.
 *
 * Example: expectedValueFor({ kind: "reading_age", date: "2025-03-27", dateOfBirth: "2017-03-27" }) === 96.
 */
export function expectedValueFor({
  kind,
  date,
  dateOfBirth,
}: {
  kind: MeasureKind;
  date: CalendarDate;
  dateOfBirth: CalendarDate | null;
}): number | null {
  if (kind === "standardised_score") return STANDARD_SCORE_AVERAGE;
  if ((kind === "reading_age" || kind === "spelling_age") && dateOfBirth)
    return ageInMonths(dateOfBirth, date);
  return null;
}

/** Whole months from birth to `on`, e.g. ageInMonths("2017-03-27", "2025-03-26") === 95. */
export function ageInMonths(dateOfBirth: CalendarDate, on: CalendarDate): number | null {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  const months = (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
  return months < 0 ? null : months;
}

/** "90" months → "7 years 6 months"; whole months only. */
export function describeMonths(months: number): string {
  const whole = Math.round(months);
  const years = Math.floor(whole / 12);
  const rest = whole % 12;
  const parts = [
    years > 0 ? plural(years, "year") : null,
    rest > 0 || years === 0 ? plural(rest, "month") : null,
  ];
  return parts.filter(Boolean).join(" ");
}
