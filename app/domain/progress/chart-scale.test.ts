import { describe, expect, it } from "vitest";
import { buildChart, niceTicks, spreadDates } from "./chart-scale";

describe("niceTicks", () => {
  it("covers the values with round steps", () => {
    expect(niceTicks(83, 97)).toEqual([80, 85, 90, 95, 100]);
    expect(niceTicks(0, 10)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(1, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("makes room around a single value", () => {
    const ticks = niceTicks(100, 100);
    expect(ticks[0]).toBeLessThan(100);
    expect(ticks.at(-1)).toBeGreaterThan(100);
  });

  it("keeps small steps free of rounding noise", () => {
    expect(niceTicks(0.1, 0.3)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
  });
});

describe("spreadDates", () => {
  it("keeps the first and last of many dates", () => {
    const dates = [
      "2025-01-01",
      "2025-02-01",
      "2025-03-01",
      "2025-04-01",
      "2025-05-01",
      "2025-06-01",
      "2025-07-01",
    ];
    const picked = spreadDates(dates, 4);
    expect(picked).toHaveLength(4);
    expect(picked[0]).toBe("2025-01-01");
    expect(picked.at(-1)).toBe("2025-07-01");
  });
});

describe("buildChart", () => {
  it("places time across by day and values up", () => {
    const chart = buildChart({
      lines: [
        {
          name: "Score",
          points: [
            { date: "2025-03-01", value: 90 },
            { date: "2024-09-01", value: 80 },
          ],
        },
      ],
    });
    const [first, last] = chart.lines[0]!.points;
    expect(first!.date).toBe("2024-09-01");
    expect(first!.x).toBe(chart.plot.left);
    expect(last!.x).toBe(chart.plot.right);
    expect(first!.y).toBe(chart.plot.bottom);
    expect(last!.y).toBe(chart.plot.top);
    expect(chart.lines[0]!.path).toBe(`M${first!.x} ${first!.y} L${last!.x} ${last!.y}`);
  });

  it("shows uneven gaps in time as uneven", () => {
    const chart = buildChart({
      lines: [
        {
          name: "A",
          points: [
            { date: "2025-01-01", value: 1 },
            { date: "2025-01-11", value: 2 },
            { date: "2025-01-31", value: 3 },
          ],
        },
      ],
    });
    const xs = chart.lines[0]!.points.map((p) => p.x);
    expect(xs[1]! - xs[0]!).toBeLessThan(xs[2]! - xs[1]!);
  });

  it("stretches the value axis to a rating scale's ends", () => {
    const chart = buildChart({
      lines: [{ name: "Mood", points: [{ date: "2025-01-01", value: 3 }] }],
      scale: { min: 1, max: 5 },
    });
    expect(chart.yTicks.map((t) => t.value)).toEqual([1, 2, 3, 4, 5]);
    expect(chart.lines[0]!.points[0]!.x).toBe((chart.plot.left + chart.plot.right) / 2);
  });
});
