import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import { checkCase } from "./check-case";

const limitedReview = (id: string, date: string) => ({ id, date, overallProgress: "limited" as const, parentAttended: true });
const plan = {
  targets: [{ id: "t", text: "By the end of term Sam will read 40 common words without help" }],
  provision: [{ id: "p", what: "Phonics", text: "Phonics teaching from a trained teaching assistant, 20 minutes three times a week, in a group of 3" }],
};

function codes(caseDocument: ReturnType<typeof buildCaseDocument>, today: string) {
  return checkCase(caseDocument, today).findings.map((finding) => finding.code);
}

describe("checkCase", () => {
  it("finds nothing to worry about in a new, well-written plan", () => {
    const caseDocument = buildCaseDocument({ cycles: [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", ...plan }] });
    expect(codes(caseDocument, "2026-02-01")).toEqual([]);
  });

  it("reports a review that is past its agreed date", () => {
    const caseDocument = buildCaseDocument({ cycles: [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", ...plan }] });
    const finding = checkCase(caseDocument, "2026-04-10").findings.find((item) => item.code === "review_overdue");
    expect(finding?.records).toEqual(["c1"]);
    expect(finding?.rules).toContain("R-SCH-APDR-REVIEW");
  });

  it("reports fewer than three reviews with the parent in a year", () => {
    const caseDocument = buildCaseDocument({
      cycles: [{ id: "c1", startDate: "2025-01-06", reviewDate: "2025-12-01", review: { id: "r1", date: "2025-12-01", parentAttended: true }, ...plan }],
    });
    expect(codes(caseDocument, "2026-01-10")).toContain("few_reviews");
  });

  it("reports delivery below 80% of the planned sessions", () => {
    const sessions = Array.from({ length: 10 }, (_, index) => ({
      id: `s${index}`,
      provisionId: "p",
      date: `2026-01-${String(index + 10).padStart(2, "0")}`,
      status: index < 6 ? ("held" as const) : ("cancelled" as const),
    }));
    const caseDocument = buildCaseDocument({ cycles: [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", ...plan, sessions }] });
    const finding = checkCase(caseDocument, "2026-02-01").findings.find((item) => item.code === "delivery_below_plan");
    expect(finding?.title).toBe("Only 60% of planned sessions happened");
    expect(finding?.explanation).toMatch(/80%/);
  });

  it("reports a repeated plan, little progress, no specialist and suggests an assessment after two limited cycles", () => {
    const caseDocument = buildCaseDocument({
      cycles: [
        { id: "c1", startDate: "2025-09-01", reviewDate: "2025-12-01", review: limitedReview("r1", "2025-12-01"), ...plan },
        { id: "c2", startDate: "2026-01-05", reviewDate: "2026-03-27", review: limitedReview("r2", "2026-03-27"), ...plan },
      ],
    });
    const found = codes(caseDocument, "2026-04-01");
    expect(found).toEqual(expect.arrayContaining(["plan_repeated_unchanged", "little_progress", "no_specialist_involved", "consider_ehcna"]));
  });

  it("reports monitoring that has gone on for a term without change", () => {
    const caseDocument = buildCaseDocument({ cycles: [{ id: "c1", kind: "monitoring", startDate: "2025-09-01", reviewDate: null }] });
    expect(codes(caseDocument, "2026-01-10")).toContain("monitoring_drift");
  });

  it("reports a confirmed recommendation that is missing from the current plan", () => {
    const caseDocument = buildCaseDocument({
      cycles: [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", ...plan }],
      reports: [{ id: "rep", title: "Speech and language report", recommendations: [{ id: "rec", text: "Weekly speech and language therapy sessions of 30 minutes", status: "confirmed" }] }],
    });
    const finding = checkCase(caseDocument, "2026-02-01").findings.find((item) => item.code === "recommendation_not_in_plan");
    expect(finding?.records).toEqual(["rep", "rec"]);
  });

  it("reports a statutory deadline that has passed", () => {
    const caseDocument = buildCaseDocument({ statutoryEvents: [{ id: "e1", type: "ehcna_request_received", date: "2026-09-14" }] });
    const finding = checkCase(caseDocument, "2026-11-01").findings.find((item) => item.code === "statutory_deadline_missed");
    expect(finding?.records).toEqual(["e1"]);
    expect(finding?.rules).toContain("R-EHCNA-DECIDE");
  });

  it("puts the most serious findings first", () => {
    const caseDocument = buildCaseDocument({
      cycles: [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", targets: [{ id: "t", text: "improve reading" }] }],
      statutoryEvents: [{ id: "e1", type: "ehcna_request_received", date: "2026-01-05" }],
    });
    const severities = checkCase(caseDocument, "2026-04-01").findings.map((finding) => finding.severity);
    expect(severities[0]).toBe("high");
  });

  it("answers 'is progress inadequate?' with the evidence on each dimension", () => {
    const caseDocument = buildCaseDocument({
      measurements: [
        { id: "m1", kind: "standardised_score", label: "Reading", date: "2025-09-10", value: 88 },
        { id: "m2", kind: "standardised_score", label: "Reading", date: "2026-03-10", value: 79 },
      ],
      diary: [{ id: "d1", date: "2026-03-01", text: "She cried and said she hates school" }],
      cycles: [{ id: "c1", startDate: "2025-09-01", reviewDate: "2026-06-01" }],
    });
    const { progress } = checkCase(caseDocument, "2026-04-01");
    expect(progress.answer).toBe("likely");
    const byDimension = Object.fromEntries(progress.dimensions.map((dimension) => [dimension.dimension, dimension]));
    expect(byDimension.less_progress_than_peers?.evidence[0]?.records).toEqual(["m2"]);
    expect(byDimension.gap_widening?.evidence).toHaveLength(1);
    expect(byDimension.child_distress?.evidence[0]?.records).toEqual(["d1"]);
    expect(byDimension.adaptations_unsustainable?.summary).toBe("No evidence recorded yet.");
  });
});
