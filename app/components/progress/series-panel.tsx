// One series of measurements: the chart, the same numbers in a table under it, and, where there
// is an age-expected value, how the gap to other children of the same age has changed.
import { Form } from "react-router";
import { LineChart, type ChartLineStyle } from "~/components/chart";
import { formatDate, formatNumber } from "~/domain/presentation";
import { buildChart, type ChartLineInput } from "~/domain/progress/chart-scale";
import { compareWithPeers, type PeerComparison } from "~/domain/progress/gap-to-peers";
import { describeMonths, MEASURE_KIND_INFO } from "~/domain/progress/measure-kinds";
import type { MeasurementPoint, Series } from "~/domain/progress/series";
import { readTrend, type TrendReading } from "~/domain/progress/trend";

export type SeriesRow = MeasurementPoint & { source: string | null; notes: string | null };

/** A value as a person reads it: "7 years 6 months" for months, "91%", "3 incidents", "85". */
export function formatValue(value: number, unit: string | null): string {
  if (unit === "months") return describeMonths(value);
  if (unit === "%") return `${formatNumber(value)}%`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** A gap in the measure's units, for a table cell: "4 months behind", "6 ahead", "Level". */
function formatGap(behind: number, unit: string | null): string {
  if (Math.abs(behind) < 1e-9) return "Level";
  return `${formatValue(Math.abs(behind), unit)} ${behind > 0 ? "behind" : "ahead"}`;
}

/** The gap mid-sentence, before "what is expected": "4 months behind", "6 ahead of", "level with". */
function gapPhrase(behind: number, unit: string | null): string {
  if (Math.abs(behind) < 1e-9) return "level with";
  return behind > 0
    ? `${formatValue(behind, unit)} behind`
    : `${formatValue(-behind, unit)} ahead of`;
}

const TREND_WORDS: Record<TrendReading["trend"], string> = {
  too_few: "Add another result to see which way it is going.",
  improving: "It is getting better.",
  worsening: "It is getting worse.",
  steady: "It has stayed about the same.",
  flattening:
    "It was getting better, but the latest result shows progress has slowed down or stopped.",
};

const GAP_WORDS: Record<PeerComparison["trend"], string> = {
  too_few: "Add another result with an expected value to see whether the gap is changing.",
  widening:
    "The gap is getting wider: your child is falling further behind what is expected for their age.",
  closing:
    "The gap is getting smaller: your child is catching up with what is expected for their age.",
  steady: "The gap has stayed about the same.",
};

/** The chart's description, in words: what the numbers did and which way they are going. */
export function describeSeries(series: Series, trend: TrendReading): string {
  const first = series.points[0]!;
  const last = series.points.at(-1)!;
  const count = series.points.length;
  const span =
    count === 1
      ? `One result: ${formatValue(first.value, series.unit)} on ${formatDate(first.date)}.`
      : `${count} results, from ${formatValue(first.value, series.unit)} on ${formatDate(first.date)} to ${formatValue(last.value, series.unit)} on ${formatDate(last.date)}.`;
  const direction = series.higherIsBetter ? "Higher is better." : "Lower is better.";
  return `${span} ${direction} ${TREND_WORDS[trend.trend]}`;
}

export function describeGap(comparison: PeerComparison, unit: string | null): string {
  const first = comparison.points[0];
  const last = comparison.points.at(-1);
  if (!first || !last) return "";
  const span =
    comparison.points.length === 1
      ? `On ${formatDate(first.date)} your child was ${gapPhrase(first.behind, unit)} what is expected.`
      : `On ${formatDate(first.date)} your child was ${gapPhrase(first.behind, unit)} what is expected; on ${formatDate(last.date)}, ${gapPhrase(last.behind, unit)} it.`;
  return `${span} ${GAP_WORDS[comparison.trend]}`;
}

export function SeriesPanel({
  series,
  index,
  canWrite,
}: {
  series: Series<SeriesRow>;
  index: number;
  canWrite: boolean;
}) {
  const id = `series-${index}`;
  const trend = readTrend(series.points, series);
  const comparison = series.hasExpected ? compareWithPeers(series.points, series) : null;
  const lines: ChartLineInput[] = [{ name: "Your child", points: series.points }];
  const styles: ChartLineStyle[] = ["main"];
  if (comparison && comparison.points.length > 0) {
    lines.push({
      name: "Expected for age",
      points: comparison.points.map((p) => ({ date: p.date, value: p.expected })),
    });
    styles.push("expected");
  }
  const geometry = buildChart({ lines, scale: { min: series.scaleMin, max: series.scaleMax } });
  const description = describeSeries(series, trend);
  const unitHeading =
    series.unit && series.unit !== "%" && series.unit !== "months" ? ` (${series.unit})` : "";
  return (
    <section className="series" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{series.label}</h2>
      <p className="meta">{MEASURE_KIND_INFO[series.kind].label}</p>
      <p>{description}</p>
      <div className="series__chart">
        <LineChart
          id={id}
          title={`Chart: ${series.label}`}
          description={description}
          geometry={geometry}
          styles={styles}
          unit={series.unit}
        />
      </div>
      {/* Under the chart at its full width, words whole; on a phone the table scrolls on its own
          (a region a keyboard can reach and scroll) rather than the page. */}
      <div className="series__table" role="region" aria-labelledby={`${id}-table`} tabIndex={0}>
        <table className="data-table series-table">
          <caption id={`${id}-table`}>{series.label}: every result</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Result{unitHeading}</th>
              {series.hasExpected ? <th scope="col">Expected for age</th> : null}
              {series.hasExpected ? <th scope="col">Gap</th> : null}
              <th scope="col">Where it came from</th>
              {canWrite ? (
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {series.points.map((point) => (
              <tr key={point.id}>
                <th scope="row">{formatDate(point.date)}</th>
                <td>{formatValue(point.value, point.unit)}</td>
                {series.hasExpected ? (
                  <td>
                    {point.expectedValue === null
                      ? "Not given"
                      : formatValue(point.expectedValue, point.unit)}
                  </td>
                ) : null}
                {series.hasExpected ? (
                  <td>
                    {point.expectedValue === null
                      ? "–"
                      : formatGap(
                          (point.higherIsBetter ? 1 : -1) * (point.expectedValue - point.value),
                          point.unit,
                        )}
                  </td>
                ) : null}
                <td>
                  {point.source ?? "Not recorded"}
                  {point.notes ? <span className="series__note">{point.notes}</span> : null}
                </td>
                {canWrite ? (
                  <td>
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="id" value={point.id} />
                      <button type="submit" className="secondary">
                        Remove
                        <span className="visually-hidden">
                          {" "}
                          the result of {formatDate(point.date)}
                        </span>
                      </button>
                    </Form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {comparison && comparison.points.length > 0 ? (
        <div className="panel">
          <h3>Compared with what is expected for age</h3>
          <p>{describeGap(comparison, series.unit)}</p>
        </div>
      ) : null}
    </section>
  );
}
