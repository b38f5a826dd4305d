// The geometry of a line chart drawn on the server: the scales, the tick marks and each line's
// path, in the SVG's own coordinates. Pure arithmetic; the component only draws it.

import { compareDates, toDayNumber, type CalendarDate } from "../calendar/calendar-date";

export type ChartLineInput = {
  name: string;
  points: ReadonlyArray<{ date: CalendarDate; value: number }>;
};

export type ChartGeometry = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: Array<{ value: number; y: number }>;
  xTicks: Array<{ date: CalendarDate; x: number }>;
  lines: Array<{
    name: string;
    path: string;
    points: Array<{ date: CalendarDate; value: number; x: number; y: number }>;
  }>;
};

/** Steps a person reads easily on an axis: 1, 2, 2.5 or 5 times a power of ten. */
const NICE_STEPS = [1, 2, 2.5, 5, 10];

/**
 * Round tick values covering `min` to `max`, about `count` of them.
 *
 * Example: niceTicks(83, 97) gives [80, 85, 90, 95, 100].
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  let low = Math.min(min, max);
  let high = Math.max(min, max);
  if (high - low < 1e-9) {
    const spread = Math.abs(low) > 1 ? Math.abs(low) * 0.1 : 1;
    low -= spread;
    high += spread;
  }
  const rough = (high - low) / Math.max(count - 1, 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = power * NICE_STEPS.find((nice) => nice * power >= rough)!;
  const first = Math.floor(low / step + 1e-9) * step;
  const last = Math.ceil(high / step - 1e-9) * step;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + (step / power === 2.5 ? 1 : 0));
  const ticks: number[] = [];
  for (let value = first; value <= last + step / 2; value += step)
    ticks.push(Number(value.toFixed(decimals)));
  return ticks;
}

/** At most `count` dates spread evenly through the sorted, distinct `dates`, always the first and last. */
export function spreadDates(dates: readonly CalendarDate[], count = 4): CalendarDate[] {
  const distinct = [...new Set(dates)].sort(compareDates);
  if (distinct.length <= count) return distinct;
  const picked = Array.from(
    { length: count },
    (_, i) => distinct[Math.round((i * (distinct.length - 1)) / (count - 1))]!,
  );
  return [...new Set(picked)];
}

const SIZE = { width: 640, height: 320, left: 56, right: 24, top: 16, bottom: 48 };

/**
 * Lays out lines of dated values on shared axes: time across (by day, so uneven gaps look
 * uneven), values up. `scale` (a rating scale's ends) widens the value axis to show the whole
 * scale.
 *
 * Example: one line with 80 on 1 September 2024 and 90 on 1 March 2025 runs from the bottom
 * left to the top right of the plot, with ticks 80, 82.5 … 90.
 */
export function buildChart({
  lines,
  scale,
}: {
  lines: readonly ChartLineInput[];
  scale?: { min: number | null; max: number | null };
}): ChartGeometry {
  const plot = {
    left: SIZE.left,
    top: SIZE.top,
    right: SIZE.width - SIZE.right,
    bottom: SIZE.height - SIZE.bottom,
  };
  const all = lines.flatMap((line) => line.points);
  const values = [
    ...all.map((p) => p.value),
    ...[scale?.min, scale?.max].filter((v): v is number => typeof v === "number"),
  ];
  const ticks = values.length ? niceTicks(Math.min(...values), Math.max(...values)) : [0, 1];
  const yLow = ticks[0]!;
  const yHigh = ticks.at(-1)!;
  const days = all.map((p) => toDayNumber(p.date));
  const xLow = days.length ? Math.min(...days) : 0;
  const xHigh = days.length ? Math.max(...days) : 0;
  const xOf = (date: CalendarDate) =>
    xHigh === xLow
      ? (plot.left + plot.right) / 2
      : plot.left + ((toDayNumber(date) - xLow) / (xHigh - xLow)) * (plot.right - plot.left);
  const yOf = (value: number) =>
    plot.bottom - ((value - yLow) / (yHigh - yLow)) * (plot.bottom - plot.top);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width: SIZE.width,
    height: SIZE.height,
    plot,
    yTicks: ticks.map((value) => ({ value, y: round(yOf(value)) })),
    xTicks: spreadDates(all.map((p) => p.date)).map((date) => ({ date, x: round(xOf(date)) })),
    lines: lines.map((line) => {
      const points = [...line.points]
        .sort((a, b) => compareDates(a.date, b.date))
        .map((p) => ({
          date: p.date,
          value: p.value,
          x: round(xOf(p.date)),
          y: round(yOf(p.value)),
        }));
      return {
        name: line.name,
        points,
        path: points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" "),
      };
    }),
  };
}
