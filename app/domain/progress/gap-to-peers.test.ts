import { describe, expect, it } from "vitest";
import { compareWithPeers } from "./gap-to-peers";

describe("compareWithPeers", () => {
  it("sees a reading age that grows slower than the child as a widening gap", () => {
    const result = compareWithPeers(
      [
        { date: "2025-03-27", value: 80, expectedValue: 96 },
        { date: "2026-03-27", value: 84, expectedValue: 108 },
      ],
      { higherIsBetter: true },
    );
    expect(result.trend).toBe("widening");
    expect(result.change).toBe(8);
    expect(result.points.map((p) => p.behind)).toEqual([16, 24]);
  });

  it("sees a standardised score rising towards 100 as a closing gap", () => {
    const result = compareWithPeers(
      [
        { date: "2025-01-01", value: 78, expectedValue: 100 },
        { date: "2025-07-01", value: 85, expectedValue: 100 },
      ],
      { higherIsBetter: true },
    );
    expect(result).toMatchObject({ trend: "closing", change: -7 });
  });

  it("treats a child ahead of the expected value as a negative gap", () => {
    const result = compareWithPeers([{ date: "2025-01-01", value: 110, expectedValue: 100 }], {
      higherIsBetter: true,
    });
    expect(result.points[0]!.behind).toBe(-10);
    expect(result.trend).toBe("too_few");
  });

  it("turns the gap round when lower is better", () => {
    const result = compareWithPeers([{ date: "2025-01-01", value: 6, expectedValue: 2 }], {
      higherIsBetter: false,
    });
    expect(result.points[0]!.behind).toBe(4);
  });

  it("leaves out measurements with no expected value, and calls a small change steady", () => {
    const result = compareWithPeers(
      [
        { date: "2025-01-01", value: 90, expectedValue: 100 },
        { date: "2025-03-01", value: 70, expectedValue: null },
        { date: "2025-06-01", value: 91, expectedValue: 100 },
      ],
      { higherIsBetter: true },
    );
    expect(result.points).toHaveLength(2);
    expect(result.trend).toBe("steady");
  });
});
