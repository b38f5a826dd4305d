// The gap between the child and what is expected for their age, at each measurement, and
// whether that gap is widening or closing over time.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import { steadyBand } from "./trend";

export type GapPoint = {
  date: CalendarDate;
  value: number;
  expected: number;
  /** How far behind what is expected (positive) or ahead (negative), in the measure's units. */
  behind: number;
};

export type GapTrend = "too_few" | "widening" | "closing" | "steady";

export type PeerComparison = {
  points: GapPoint[];
  trend: GapTrend;
  /** The latest gap minus the first; positive means further behind. */
  change: number;
};

/**
 * Compares each measurement that has an age-expected value with that value. The gap is turned so
 * that "behind" is positive whichever way is better. A change in the gap smaller than the steady
 * band (2% of the expected values) counts as steady.
 *
 * Example: reading ages of 80 then 84 months at ages 96 then 108 months give gaps of 16 and 24
 * months behind: { trend: "widening", change: 8 }.
 */
export function compareWithPeers(
  points: ReadonlyArray<{ date: CalendarDate; value: number; expectedValue: number | null }>,
  { higherIsBetter }: { higherIsBetter: boolean },
): PeerComparison {
  const gaps = points
    .filter(
      (point): point is typeof point & { expectedValue: number } => point.expectedValue !== null,
    )
    .map((point) => ({
      date: point.date,
      value: point.value,
      expected: point.expectedValue,
      behind: (higherIsBetter ? 1 : -1) * (point.expectedValue - point.value),
    }))
    .sort((a, b) => compareDates(a.date, b.date));
  if (gaps.length < 2) return { points: gaps, trend: "too_few", change: 0 };
  const change = gaps.at(-1)!.behind - gaps[0]!.behind;
  const band = steadyBand(Math.max(...gaps.map((gap) => Math.abs(gap.expected))));
  const trend: GapTrend = Math.abs(change) < band ? "steady" : change > 0 ? "widening" : "closing";
  return { points: gaps, trend, change };
}
