import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import { summariseCase } from "./case-summary";

describe("summariseCase", () => {
  const sessions = [
    { id: "s1", provisionId: "p1", date: "2026-08-30", status: "cancelled" as const },
    { id: "s2", provisionId: "p1", date: "2026-09-07", status: "held" as const },
    { id: "s3", provisionId: "p1", date: "2026-09-09", status: "held" as const },
    { id: "s4", provisionId: "p1", date: "2026-09-11", status: "cancelled" as const },
    { id: "s5", provisionId: "p1", date: "2026-09-14", status: "unknown" as const },
    { id: "s6", provisionId: "p1", date: "2026-12-01", status: "held" as const },
  ];
  const document = buildCaseDocument({
    cycles: [
      { id: "old", startDate: "2026-04-20", reviewDate: "2026-07-10", review: { id: "r", date: "2026-07-10" } },
      { id: "now", startDate: "2026-09-07", reviewDate: "2026-11-20", provision: [{ id: "p1", what: "Phonics" }], sessions },
    ],
    measurements: [
      { id: "m1", kind: "reading_age", label: "Reading age", date: "2026-01-10", value: 80, unit: "months" },
      { id: "m2", kind: "reading_age", label: "Reading age", date: "2026-09-10", value: 82, unit: "months" },
      { id: "m3", kind: "wellbeing", label: "Wellbeing", date: "2026-10-01", value: 2 },
    ],
  });

  it("gives the review date of the latest unreviewed cycle, and says when it has passed", () => {
    expect(summariseCase(document, "2026-11-23").nextReview).toEqual({ cycleId: "now", date: "2026-11-20", isOverdue: true });
    expect(summariseCase(document, "2026-11-20").nextReview?.isOverdue).toBe(false);
  });

  it("counts this term's sessions up to today, leaving unknown ones out of the rate", () => {
    const { deliveryThisTerm } = summariseCase(document, "2026-11-23");
    expect(deliveryThisTerm).toMatchObject({ held: 2, cancelled: 1, unknown: 1 });
    expect(deliveryThisTerm.rate).toBeCloseTo(2 / 3);
    expect(deliveryThisTerm.term.label).toBe("Autumn term 2026");
  });

  it("has no rate when no session this term is known", () => {
    expect(summariseCase(buildCaseDocument(), "2026-11-23").deliveryThisTerm.rate).toBeNull();
  });

  it("lists the latest value of each measure, newest first, with the one before", () => {
    expect(summariseCase(document, "2026-11-23").latestMeasurements).toEqual([
      { label: "Wellbeing", date: "2026-10-01", value: 2, unit: null, previous: null, measurementId: "m3" },
      { label: "Reading age", date: "2026-09-10", value: 82, unit: "months", previous: 80, measurementId: "m2" },
    ]);
  });
});
