import { describe, expect, it } from "vitest";
import { barLengths, placeSparkPoints, ringDash, sparkPath } from "./small-chart-geometry";

const BOX = { width: 120, height: 32, padding: 4 };

describe("placeSparkPoints", () => {
  it("puts the oldest point at the left and the newest at the right, the highest value at the top", () => {
    const points = placeSparkPoints(
      [
        { date: "2025-09-01", value: 80 },
        { date: "2026-03-01", value: 86 },
        { date: "2026-09-01", value: 87 },
      ],
      BOX,
    );
    expect(points[0]).toEqual({ x: 4, y: 28 });
    expect(points[2]).toEqual({ x: 116, y: 4 });
    expect(points[1]!.x).toBeGreaterThan(4);
    expect(points[1]!.x).toBeLessThan(116);
    expect(points[1]!.y).toBeCloseTo(4 + (1 / 7) * 24, 1);
  });

  it("spaces points by the days between them, so a long gap looks long", () => {
    const points = placeSparkPoints(
      [
        { date: "2026-01-01", value: 1 },
        { date: "2026-01-11", value: 2 },
        { date: "2026-04-11", value: 3 },
      ],
      BOX,
    );
    expect(points[1]!.x - points[0]!.x).toBeLessThan(points[2]!.x - points[1]!.x);
  });

  it("draws a flat series across the middle", () => {
    const points = placeSparkPoints(
      [
        { date: "2026-01-01", value: 5 },
        { date: "2026-02-01", value: 5 },
      ],
      BOX,
    );
    expect(points.map((point) => point.y)).toEqual([16, 16]);
  });

  it("puts a single result at the right-hand end, in the middle", () => {
    expect(placeSparkPoints([{ date: "2026-01-01", value: 7 }], BOX)).toEqual([{ x: 116, y: 16 }]);
  });

  it("spreads results taken on the same day by their order", () => {
    const points = placeSparkPoints(
      [
        { date: "2026-01-01", value: 1 },
        { date: "2026-01-01", value: 2 },
      ],
      BOX,
    );
    expect(points.map((point) => point.x)).toEqual([4, 116]);
  });

  it("has nothing to place for no results", () => {
    expect(placeSparkPoints([], BOX)).toEqual([]);
  });
});

describe("sparkPath", () => {
  it("moves to the first point and draws lines to the others", () => {
    expect(sparkPath([{ x: 4, y: 28 }, { x: 60, y: 6 }, { x: 116, y: 4 }])).toBe("M4 28L60 6L116 4");
  });
});

describe("ringDash", () => {
  it("draws half of the outline for a half", () => {
    expect(ringDash(0.5, 40)).toBe("125.66 125.66");
  });

  it("holds shares outside 0 to 1 to the ends", () => {
    expect(ringDash(-1, 10)).toBe("0 62.83");
    expect(ringDash(2, 10)).toBe("62.83 0");
  });
});

describe("barLengths", () => {
  it("gives the largest value the whole length and the others their share of it", () => {
    expect(barLengths([4, 2, 0], 100)).toEqual([100, 50, 0]);
  });

  it("draws a small value at least the least length, so it is seen", () => {
    expect(barLengths([0.5, 100], 200, 3)).toEqual([3, 200]);
  });

  it("draws nothing when every value is nothing", () => {
    expect(barLengths([0, 0], 100)).toEqual([0, 0]);
    expect(barLengths([], 100)).toEqual([]);
  });
});
