// Which way a series is going, in the direction that is better for the child: improving,
// worsening, steady, or flattening (it was improving, and the latest change is much slower).

import { compareDates, daysBetween, type CalendarDate } from "../calendar/calendar-date";

export type Trend = "too_few" | "improving" | "worsening" | "steady" | "flattening";

export type TrendReading = {
  trend: Trend;
  /** Last value minus first, turned so that a positive number is better for the child. */
  change: number;
};

/**
 * A change smaller than this share of the largest value in the series counts as no change: two
 * standard-score points on a score near 100, two months on a reading age of eight years. Small
 * differences like these are within the error of most tests. Our own choice.
 */
export const STEADY_SHARE = 0.02;

/**
 * The latest change counts as flattening when it is less than half as fast as the improvement
 * before it. Our own choice, in line with the guide's "progress has slowed or stopped".
 */
export const FLATTENING_SHARE = 0.5;

/** The smallest change that counts as a change, for values up to `largest`. */
export function steadyBand(largest: number): number {
  return Math.max(Math.abs(largest) * STEADY_SHARE, Number.EPSILON);
}

/**
 * Reads the trend of a series of dated values. With three or more dates, a series that improved
 * and then slowed to less than half that speed is "flattening".
 *
 * Example: reading ages of 80, 86 and 87 months in September, March and September, higher being
 * better, give { trend: "flattening", change: 7 }: six months' gain, then one.
 */
export function readTrend(
  points: ReadonlyArray<{ date: CalendarDate; value: number }>,
  { higherIsBetter }: { higherIsBetter: boolean },
): TrendReading {
  const byDate = lastValuePerDate(points);
  if (byDate.length < 2) return { trend: "too_few", change: 0 };
  const sign = higherIsBetter ? 1 : -1;
  const first = byDate[0]!;
  const last = byDate.at(-1)!;
  const change = sign * (last.value - first.value);
  const band = steadyBand(Math.max(...byDate.map((point) => Math.abs(point.value))));
  if (byDate.length >= 3) {
    const before = byDate.at(-2)!;
    const earlierRate =
      (sign * (before.value - first.value)) / daysBetween(first.date, before.date);
    const latestRate = (sign * (last.value - before.value)) / daysBetween(before.date, last.date);
    const earlierGain = sign * (before.value - first.value);
    if (earlierGain >= band && latestRate < earlierRate * FLATTENING_SHARE)
      return { trend: "flattening", change };
  }
  if (Math.abs(change) < band) return { trend: "steady", change };
  return { trend: change > 0 ? "improving" : "worsening", change };
}

/** One value per date (the last given for that date), oldest first. */
function lastValuePerDate(points: ReadonlyArray<{ date: CalendarDate; value: number }>) {
  const byDate = new Map<CalendarDate, number>();
  for (const point of points) byDate.set(point.date, point.value);
  return [...byDate.entries()]
    .map(([date, value]) => ({ date, value }))
    .sort((a, b) => compareDates(a.date, b.date));
}
