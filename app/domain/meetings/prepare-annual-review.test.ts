import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import { prepareAnnualReview } from "./prepare-annual-review";

const document = buildCaseDocument({
  child: { name: "Sam Ortiz", views: "I like art." },
  statutoryEvents: [
    { id: "q", type: "ehcna_request_received", date: "2025-05-01" },
    { id: "f", type: "final_plan_issued", date: "2025-11-01" },
  ],
  ehcPlans: [
    { id: "d", stage: "draft", issuedOn: "2025-09-20", outcomes: [{ id: "o0", text: "Draft outcome" }] },
    {
      id: "p",
      stage: "final",
      issuedOn: "2025-11-01",
      outcomes: [{ id: "o1", text: "Sam will read a short book on his own by July 2026" }],
      provision: [{ id: "f1", text: "Speech and language therapy, 30 minutes weekly, by a therapist" }],
    },
  ],
  reports: [
    { id: "r0", title: "Old report", date: "2025-06-01" },
    { id: "r1", title: "Speech therapy update", date: "2026-05-01" },
  ],
  measurements: [{ id: "m1", kind: "reading_age", label: "Reading age", date: "2026-06-01", value: 90 }],
  documents: [{ id: "d1", title: "Next year's timetable", date: "2026-12-01" }],
});

describe("preparing an annual review", () => {
  const sheet = prepareAnnualReview(document, "2026-10-20", "2026-10-01");

  it("counts evidence from the plan or last review up to the meeting", () => {
    expect(sheet.since).toBe("2025-11-01");
    expect(sheet.evidence).toEqual([
      { date: "2026-05-01", what: "Report: Speech therapy update" },
      { date: "2026-06-01", what: "Measure: Reading age" },
    ]);
  });

  it("goes through the plan in force, not the draft", () => {
    expect(sheet.plan).toEqual({
      issuedOn: "2025-11-01",
      outcomes: ["Sam will read a short book on his own by July 2026"],
      provision: ["Speech and language therapy, 30 minutes weekly, by a therapist"],
    });
  });

  it("gives the review's time limits from the rules, as if the meeting were recorded", () => {
    expect(sheet.deadlines).toEqual([
      { label: "Annual review", due: "2026-10-31", status: "upcoming" },
      { label: "Report of the annual review meeting", due: "2026-11-03", status: "upcoming" },
      { label: "Decision after the annual review", due: "2026-11-17", status: "upcoming" },
    ]);
  });

  it("shows the child's recorded views and asks for everyone else's", () => {
    expect(sheet.views[0]).toMatchObject({ who: "Sam Ortiz", recorded: "I like art." });
    expect(sheet.views.map((view) => view.who)).toEqual(["Sam Ortiz", "You", "The school or college", "Professionals"]);
  });

  it("works for a case with no plan or events recorded", () => {
    const empty = prepareAnnualReview(buildCaseDocument({ child: { name: "Ava" } }), "2026-10-20", "2026-10-01");
    expect(empty.plan).toBeNull();
    expect(empty.since).toBeNull();
    expect(empty.deadlines.map((deadline) => deadline.label)).toEqual(["Report of the annual review meeting", "Decision after the annual review"]);
  });
});
