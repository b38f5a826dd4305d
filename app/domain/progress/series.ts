// Measurements grouped into series: every measurement with the same label is one line on a chart.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { MeasureKind } from "./measure-kinds";

/** What the progress views need of a measurement; the case document's and the table's rows both fit. */
export type MeasurementPoint = {
  id: string;
  kind: MeasureKind;
  label: string;
  date: CalendarDate;
  value: number;
  unit: string | null;
  expectedValue: number | null;
  scaleMin: number | null;
  scaleMax: number | null;
  higherIsBetter: boolean;
};

export type Series<P extends MeasurementPoint = MeasurementPoint> = {
  label: string;
  /** The kind, unit, direction and scale of the newest point: a later correction wins. */
  kind: MeasureKind;
  unit: string | null;
  higherIsBetter: boolean;
  scaleMin: number | null;
  scaleMax: number | null;
  /** Oldest first; two points on the same day keep the order they were given in. */
  points: P[];
  hasExpected: boolean;
};

/**
 * Groups measurements by label (ignoring case and spaces at either end), oldest point first, and
 * the series in order of their label.
 *
 * Example: two "Single word reading" scores and one "Attendance" figure give two series,
 * "Attendance" (1 point) then "Single word reading" (2 points).
 */
export function groupSeries<P extends MeasurementPoint>(measurements: readonly P[]): Series<P>[] {
  const byLabel = new Map<string, P[]>();
  for (const measurement of measurements) {
    const key = seriesKey(measurement.label);
    byLabel.set(key, [...(byLabel.get(key) ?? []), measurement]);
  }
  return [...byLabel.values()]
    .map((points) => {
      const sorted = points
        .map((point, index) => ({ point, index }))
        .sort((a, b) => compareDates(a.point.date, b.point.date) || a.index - b.index)
        .map(({ point }) => point);
      const newest = sorted.at(-1)!;
      return {
        label: newest.label.trim(),
        kind: newest.kind,
        unit: newest.unit,
        higherIsBetter: newest.higherIsBetter,
        scaleMin: newest.scaleMin,
        scaleMax: newest.scaleMax,
        points: sorted,
        hasExpected: sorted.some((point) => point.expectedValue !== null),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, "en-GB"));
}

/** The key two labels share when they name the same series. */
export function seriesKey(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, " ");
}
