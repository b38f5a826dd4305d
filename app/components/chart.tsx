// A line chart drawn on the server as SVG: it needs no JavaScript. The picture has a title and a
// description in words (read out instead of the drawing); the page shows the numbers in a table.
import { formatNumber, formatShortMonth } from "~/domain/presentation";
import type { ChartGeometry } from "~/domain/progress/chart-scale";

export type ChartLineStyle = "main" | "expected";

export function LineChart({
  id,
  title,
  description,
  geometry,
  styles,
  unit,
}: {
  id: string;
  title: string;
  description: string;
  geometry: ChartGeometry;
  /** How each line is drawn, in the order of geometry.lines: the child's own, or the expected level. */
  styles: readonly ChartLineStyle[];
  unit: string | null;
}) {
  const { plot } = geometry;
  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {geometry.yTicks.map((tick) => (
          <g key={`y${tick.value}`}>
            <line className="chart__grid" x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            <text
              className="chart__label"
              x={plot.left - 8}
              y={tick.y}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {formatNumber(tick.value)}
            </text>
          </g>
        ))}
        {unit ? (
          <text className="chart__label" x={4} y={plot.top - 4} dominantBaseline="hanging">
            {unit}
          </text>
        ) : null}
        <line
          className="chart__axis"
          x1={plot.left}
          x2={plot.right}
          y1={plot.bottom}
          y2={plot.bottom}
        />
        {geometry.xTicks.map((tick, index) => (
          <text
            key={`x${tick.date}`}
            className="chart__label"
            x={tick.x}
            y={plot.bottom + 24}
            textAnchor={
              geometry.xTicks.length > 1 && index === 0
                ? "start"
                : index === geometry.xTicks.length - 1 && index > 0
                  ? "end"
                  : "middle"
            }
          >
            {formatShortMonth(tick.date)}
          </text>
        ))}
        {geometry.lines.map((line, index) => {
          const style = styles[index] ?? "main";
          return (
            <g key={line.name} className={`chart__series chart__series--${style}`}>
              <path className="chart__line" d={line.path} />
              {line.points.map((point, pointIndex) =>
                style === "expected" ? (
                  <rect
                    key={`${point.date}-${pointIndex}`}
                    className="chart__point"
                    x={point.x - 4}
                    y={point.y - 4}
                    width={8}
                    height={8}
                  />
                ) : (
                  <circle
                    key={`${point.date}-${pointIndex}`}
                    className="chart__point"
                    cx={point.x}
                    cy={point.y}
                    r={5}
                  />
                ),
              )}
            </g>
          );
        })}
      </svg>
      {geometry.lines.length > 1 ? (
        <figcaption className="chart__legend">
          <ul>
            {geometry.lines.map((line, index) => (
              <li key={line.name}>
                <span
                  className={`chart__key chart__key--${styles[index] ?? "main"}`}
                  aria-hidden="true"
                />
                {line.name}
              </li>
            ))}
          </ul>
        </figcaption>
      ) : null}
    </figure>
  );
}
