// The small pictures, drawn on the server as SVG: a ring for the share of sessions that happened,
// a sparkline for a measure's trend, and bars side by side (the school days lost by cause). Each is an image whose label says in words
// what it shows; the words beside it on the page carry the same meaning, so nothing rests on
// colour or on seeing the drawing.
import type { CalendarDate } from "~/domain/calendar/calendar-date";
import { percent } from "~/domain/presentation";
import { barLengths, placeSparkPoints, ringDash, sparkPath } from "./small-chart-geometry";

const RING_SIZE = 72;
const RING_RADIUS = 30;
const RING_STROKE = 10;

/** A ring filled to `share` (0 to 1) with the percentage in the middle. */
export function ShareRing({ share, label }: { share: number; label: string }) {
  const centre = RING_SIZE / 2;
  return (
    <svg className="share-ring" viewBox={`0 0 ${RING_SIZE} ${RING_SIZE}`} width={RING_SIZE} height={RING_SIZE} role="img" aria-label={label}>
      <circle className="share-ring__track" cx={centre} cy={centre} r={RING_RADIUS} strokeWidth={RING_STROKE} fill="none" />
      <circle
        className="share-ring__fill"
        cx={centre}
        cy={centre}
        r={RING_RADIUS}
        strokeWidth={RING_STROKE}
        fill="none"
        strokeDasharray={ringDash(share, RING_RADIUS)}
        // Start at twelve o'clock and go clockwise, as people read a dial.
        transform={`rotate(-90 ${centre} ${centre})`}
      />
      <text className="share-ring__text" x={centre} y={centre} textAnchor="middle" dominantBaseline="central" aria-hidden="true">
        {percent(share)}%
      </text>
    </svg>
  );
}

const SPARK_BOX = { width: 120, height: 36, padding: 5 };

/** A line through a measure's results, oldest on the left, with the latest result marked. */
export function Sparkline({ points, label }: { points: ReadonlyArray<{ date: CalendarDate; value: number }>; label: string }) {
  const placed = placeSparkPoints(points, SPARK_BOX);
  const last = placed.at(-1);
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${SPARK_BOX.width} ${SPARK_BOX.height}`}
      width={SPARK_BOX.width}
      height={SPARK_BOX.height}
      role="img"
      aria-label={label}
    >
      {placed.length > 1 ? <path className="sparkline__line" d={sparkPath(placed)} fill="none" /> : null}
      {last ? <circle className="sparkline__last" cx={last.x} cy={last.y} r={4} /> : null}
    </svg>
  );
}

const BARS = { width: 320, rowHeight: 44, labelHeight: 16, barHeight: 14, valueRoom: 56 };

/**
 * Bars on one scale, one row each: its name above, the bar, then its value in words. The words
 * beside the picture on the page carry the same figures, so the picture is a summary, not the record.
 */
export function BarRows({ bars, label }: { bars: ReadonlyArray<{ name: string; value: number; valueText: string }>; label: string }) {
  const lengths = barLengths(
    bars.map((bar) => bar.value),
    BARS.width - BARS.valueRoom,
  );
  const height = bars.length * BARS.rowHeight;
  return (
    <svg className="bar-rows" viewBox={`0 0 ${BARS.width} ${height}`} role="img" aria-label={label}>
      {bars.map((bar, index) => {
        const top = index * BARS.rowHeight;
        const barTop = top + BARS.labelHeight + 4;
        return (
          <g key={bar.name} aria-hidden="true">
            <text className="bar-rows__name" x={0} y={top + BARS.labelHeight - 3}>
              {bar.name}
            </text>
            <rect className="bar-rows__track" x={0} y={barTop} width={BARS.width - BARS.valueRoom} height={BARS.barHeight} />
            {lengths[index]! > 0 ? <rect className="bar-rows__bar" x={0} y={barTop} width={lengths[index]} height={BARS.barHeight} /> : null}
            <text className="bar-rows__value" x={BARS.width - BARS.valueRoom + 6} y={barTop + BARS.barHeight - 2}>
              {bar.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
