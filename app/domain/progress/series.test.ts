import { describe, expect, it } from "vitest";
import { groupSeries, type MeasurementPoint } from "./series";

let id = 0;
function point(overrides: Partial<MeasurementPoint>): MeasurementPoint {
  id += 1;
  return {
    id: String(id),
    kind: "standardised_score",
    label: "Reading",
    date: "2025-01-01",
    value: 90,
    unit: null,
    expectedValue: null,
    scaleMin: null,
    scaleMax: null,
    higherIsBetter: true,
    ...overrides,
  };
}

describe("groupSeries", () => {
  it("makes one series per label, sorted by label, points oldest first", () => {
    const series = groupSeries([
      point({ label: "Single word reading", date: "2025-06-01", value: 88 }),
      point({ label: "Attendance", kind: "attendance", value: 91 }),
      point({ label: "Single word reading", date: "2024-09-01", value: 84 }),
    ]);
    expect(series.map((s) => s.label)).toEqual(["Attendance", "Single word reading"]);
    expect(series[1]!.points.map((p) => p.value)).toEqual([84, 88]);
  });

  it("treats labels that differ only in case or spaces as one series", () => {
    const series = groupSeries([
      point({ label: "Spelling " }),
      point({ label: "spelling", date: "2025-02-01" }),
    ]);
    expect(series).toHaveLength(1);
    expect(series[0]!.label).toBe("spelling");
  });

  it("takes the direction and scale of the newest point, and knows when an expected value exists", () => {
    const series = groupSeries([
      point({ label: "Mood", date: "2025-01-01", scaleMin: 1, scaleMax: 5 }),
      point({
        label: "Mood",
        date: "2025-02-01",
        scaleMin: 0,
        scaleMax: 10,
        higherIsBetter: false,
        expectedValue: 3,
      }),
    ]);
    expect(series[0]).toMatchObject({
      scaleMin: 0,
      scaleMax: 10,
      higherIsBetter: false,
      hasExpected: true,
    });
  });
});
