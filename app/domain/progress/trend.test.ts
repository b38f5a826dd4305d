import { describe, expect, it } from "vitest";
import { readTrend } from "./trend";

const higher = { higherIsBetter: true };

describe("readTrend", () => {
  it("needs two dates to say anything", () => {
    expect(readTrend([], higher).trend).toBe("too_few");
    expect(readTrend([{ date: "2025-01-01", value: 80 }], higher).trend).toBe("too_few");
    expect(
      readTrend(
        [
          { date: "2025-01-01", value: 80 },
          { date: "2025-01-01", value: 90 },
        ],
        higher,
      ).trend,
    ).toBe("too_few");
  });

  it("calls a rise improving when higher is better", () => {
    expect(
      readTrend(
        [
          { date: "2024-09-01", value: 84 },
          { date: "2025-03-01", value: 90 },
        ],
        higher,
      ),
    ).toEqual({ trend: "improving", change: 6 });
  });

  it("calls a rise worsening when lower is better, such as behaviour incidents", () => {
    expect(
      readTrend(
        [
          { date: "2024-09-01", value: 2 },
          { date: "2025-03-01", value: 6 },
        ],
        { higherIsBetter: false },
      ),
    ).toEqual({ trend: "worsening", change: -4 });
  });

  it("calls a change within 2% of the values steady", () => {
    expect(
      readTrend(
        [
          { date: "2024-09-01", value: 100 },
          { date: "2025-03-01", value: 101 },
        ],
        higher,
      ).trend,
    ).toBe("steady");
  });

  it("sees improvement that then slows to less than half its speed as flattening", () => {
    const points = [
      { date: "2024-09-01", value: 80 },
      { date: "2025-03-01", value: 86 },
      { date: "2025-09-01", value: 87 },
    ];
    expect(readTrend(points, higher)).toEqual({ trend: "flattening", change: 7 });
  });

  it("does not call steady improvement flattening", () => {
    const points = [
      { date: "2024-09-01", value: 80 },
      { date: "2025-03-01", value: 86 },
      { date: "2025-09-01", value: 92 },
    ];
    expect(readTrend(points, higher).trend).toBe("improving");
  });

  it("reads the points in date order whatever order they come in", () => {
    const points = [
      { date: "2025-09-01", value: 87 },
      { date: "2024-09-01", value: 80 },
      { date: "2025-03-01", value: 86 },
    ];
    expect(readTrend(points, higher).trend).toBe("flattening");
  });

  it("sees falling incidents that stop falling as flattening when lower is better", () => {
    const points = [
      { date: "2024-09-01", value: 20 },
      { date: "2025-01-01", value: 10 },
      { date: "2025-05-01", value: 10 },
    ];
    expect(readTrend(points, { higherIsBetter: false }).trend).toBe("flattening");
  });
});
