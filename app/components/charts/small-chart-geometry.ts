// Where the small pictures put their marks: the points of a sparkline, the arc of a ring and the
// lengths of bars. Plain numbers in, plain numbers out, so the drawing is the same on the server and the page.
import { daysBetween, type CalendarDate } from "~/domain/calendar/calendar-date";

export type SparkPoint = { x: number; y: number };

export type SparkBox = { width: number; height: number; padding: number };

/**
 * The points of a sparkline: dates across (by days, so a long gap looks long), values up, inside
 * the box less its padding. A flat series sits in the middle; one point sits at the right-hand end.
 *
 * Example: values 80, 86, 87 on 1 September, 1 March and 1 September in a 120 × 32 box with
 * padding 4 start at (4, 28) and end at (116, 4).
 */
export function placeSparkPoints(points: ReadonlyArray<{ date: CalendarDate; value: number }>, box: SparkBox): SparkPoint[] {
  if (points.length === 0) return [];
  const first = points[0]!;
  const last = points.at(-1)!;
  const span = daysBetween(first.date, last.date);
  const values = points.map((point) => point.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const innerWidth = box.width - 2 * box.padding;
  const innerHeight = box.height - 2 * box.padding;
  return points.map((point, index) => {
    // Several points on one day (or only one point): spread by order instead of by date.
    const across = span > 0 ? daysBetween(first.date, point.date) / span : points.length > 1 ? index / (points.length - 1) : 1;
    const up = high > low ? (point.value - low) / (high - low) : 0.5;
    return { x: round(box.padding + across * innerWidth), y: round(box.padding + (1 - up) * innerHeight) };
  });
}

/** The path through the points, for an SVG `d` attribute: "M4 28L60 6L116 4". */
export function sparkPath(points: readonly SparkPoint[]): string {
  return points.map((point, index) => `${index === 0 ? "M" : "L"}${point.x} ${point.y}`).join("");
}

/**
 * How much of a ring's outline to draw for a share from 0 to 1, as an SVG stroke-dasharray:
 * the drawn length, then the rest. Shares outside 0 to 1 are held to the ends.
 *
 * Example: ringDash(0.5, 40) draws half of a circle of radius 40: "125.66 125.66".
 */
export function ringDash(share: number, radius: number): string {
  const circumference = 2 * Math.PI * radius;
  const drawn = Math.min(Math.max(share, 0), 1) * circumference;
  return `${round(drawn)} ${round(circumference - drawn)}`;
}

/**
 * The lengths of a row of bars sharing one scale: the largest value fills `length`, the others in
 * proportion; a value above nothing is always drawn at least `least` long, so it can be seen.
 *
 * Example: barLengths([4, 2, 0], 100) gives [100, 50, 0].
 */
export function barLengths(values: readonly number[], length: number, least = 2): number[] {
  const largest = Math.max(0, ...values);
  if (largest === 0) return values.map(() => 0);
  return values.map((value) => (value <= 0 ? 0 : round(Math.max(least, (value / largest) * length))));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
