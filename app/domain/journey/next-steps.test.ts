import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import type { CaseDocument } from "../case/case-document";
import { checkCase } from "../health/check-case";
import { listCaseDeadlines } from "../letters/statutory-facts";
import { deriveJourney } from "./derive-journey";
import { listNextSteps, type OverdueReply } from "./next-steps";

function stepsFor(document: CaseDocument, today: string, overdueReplies: OverdueReply[] = []) {
  const findings = checkCase(document, today).findings;
  const deadlines = listCaseDeadlines(document, today);
  return listNextSteps({ document, findings, deadlines, journey: deriveJourney(document, findings, deadlines, today), overdueReplies, today });
}

const complete = {
  child: { name: "Sam", dateOfBirth: "2017-11-14", school: "Riverside Primary", yearGroup: "Year 4", senco: { name: "Mrs Shah" }, views: "I like Lego" },
  needs: [{ id: "n1", area: "cognition_learning" as const, signs: ["cl_number"] }],
  cycles: [{ id: "c1", startDate: "2025-09-01", reviewDate: "2025-12-01", review: { id: "r1", date: "2025-12-01", overallProgress: "good" as const } }],
};

describe("listNextSteps", () => {
  it("puts the comments on a draft plan first, with its date, letter and rule status (reg 13(1))", () => {
    const document = buildCaseDocument({
      ...complete,
      statutoryEvents: [
        { id: "e1", type: "ehcna_request_received", date: "2026-07-24" },
        { id: "e2", type: "ehcna_agreed", date: "2026-08-28" },
        { id: "e3", type: "ehcp_agreed", date: "2026-11-06" },
        { id: "e4", type: "draft_plan_issued", date: "2026-11-29" },
      ],
      ehcPlans: [{ id: "plan", stage: "draft", issuedOn: "2026-11-29", provision: [{ id: "f1", text: "Access to support as appropriate" }] }],
    });
    const steps = stepsFor(document, "2026-12-04");
    const due = listCaseDeadlines(document, "2026-12-04").find((deadline) => deadline.key === "draft_plan_comments")!.due;
    expect(steps[0]).toMatchObject({ kind: "your_deadline", date: due, target: { letter: "draft_plan_response" }, rule: { id: "R-EHCP-DRAFT-15" } });
    expect(steps[0]!.action).toMatch(/^Send your comments on the draft plan by /);
    expect(["verified", "partly_verified", "secondary", "unverified"]).toContain(steps[0]!.rule!.status);
    // The journey gives the same step: it is not listed twice.
    expect(steps.filter((step) => step.action === steps[0]!.action)).toHaveLength(1);
    // The vague Section F finding follows, leading to the comments on that plan.
    expect(steps.find((step) => step.kind === "finding")).toMatchObject({ target: { finding: "respond_to_draft_plan", records: ["plan", "f1"] } });
    expect(steps.some((step) => /Consider an EHC needs assessment/.test(step.why))).toBe(false);
  });

  it("chases the council when its decision on an assessment is late (reg 4(1)), before replies and findings", () => {
    const document = buildCaseDocument({ ...complete, statutoryEvents: [{ id: "e1", type: "ehcna_request_received", date: "2026-01-05" }] });
    const steps = stepsFor(document, "2026-03-01", [{ id: "l1", subject: "Provision map", to: "Mrs Shah", replyBy: "2026-02-20" }]);
    expect(steps.map((step) => step.kind).slice(0, 2)).toEqual(["council_late", "reply_overdue"]);
    expect(steps[0]).toMatchObject({ action: "Chase the council", target: { letter: "deadline_chaser" }, rule: { id: "R-EHCNA-DECIDE" } });
    expect(steps[1]).toMatchObject({ action: 'Chase the reply to "Provision map"', target: { screen: "correspondence" }, rule: null });
  });

  it("asks a new case for its details last, after the journey's first step", () => {
    const steps = stepsFor(buildCaseDocument(), "2026-03-01");
    expect(steps[0]).toMatchObject({ kind: "stage", action: "Record your child's needs", target: { screen: "needs" } });
    expect(steps.slice(1).every((step) => step.kind === "details")).toBe(true);
    expect(steps.map((step) => step.action)).toContain("Record the school's support plan");
  });

  it("has nothing about details once the case has them", () => {
    expect(stepsFor(buildCaseDocument(complete), "2026-03-01").filter((step) => step.kind === "details")).toEqual([]);
  });
});

describe("listNextSteps and the school day", () => {
  const terms = [{ id: "t1", kind: "term" as const, label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18" }];

  it("puts the school's duty from the 6th day of a suspension before the council's late time limits, with its letter and rule", () => {
    const document = buildCaseDocument({
      ...complete,
      statutoryEvents: [{ id: "e1", type: "ehcna_request_received", date: "2026-07-24" }],
      schoolDay: [{ id: "s1", kind: "suspension", date: "2026-11-09", sessions: 16, noticeReceivedOn: "2026-11-09" }],
      schoolTerms: terms,
    });
    const steps = stepsFor(document, "2026-11-16");
    expect(steps.map((step) => step.kind).slice(0, 2)).toEqual(["school_day", "council_late"]);
    expect(steps[0]).toMatchObject({
      action: "Ask the governors for full-time education",
      target: { finding: "request_sixth_day_education", records: ["s1"] },
      rule: { id: "R-DAY-EXCL-6TH-DAY", status: "verified" },
    });
  });

  it("orders the school day's duties: education from the 6th day, then the notice, then being sent home; each once", () => {
    const document = buildCaseDocument({
      ...complete,
      schoolDay: [
        { id: "i1", kind: "informal_exclusion", date: "2026-11-03", sessions: 1 },
        { id: "i2", kind: "informal_exclusion", date: "2026-11-04", sessions: 1 },
        { id: "s1", kind: "suspension", date: "2026-11-09", sessions: 16 },
      ],
      schoolTerms: terms,
    });
    const steps = stepsFor(document, "2026-11-17").filter((step) => step.kind === "school_day");
    expect(steps.map((step) => step.target)).toEqual([
      { finding: "request_sixth_day_education", records: ["s1"] },
      { finding: "request_exclusion_notice", records: ["s1"] },
      { finding: "raise_informal_exclusion", records: ["i1", "i2"] },
    ]);
    // The repeated informal exclusion is a high finding, but it is listed once, as a school-day duty.
    expect(stepsFor(document, "2026-11-17").filter((step) => step.action === "Write to the head about being sent home")).toHaveLength(1);
  });

  it("leaves the family's own legal date first", () => {
    const document = buildCaseDocument({
      ...complete,
      statutoryEvents: [
        { id: "e1", type: "ehcna_request_received", date: "2026-07-24" },
        { id: "e2", type: "ehcna_agreed", date: "2026-08-28" },
        { id: "e3", type: "ehcp_agreed", date: "2026-11-06" },
        { id: "e4", type: "draft_plan_issued", date: "2026-11-29" },
      ],
      schoolDay: [{ id: "i1", kind: "informal_exclusion", date: "2026-12-01", sessions: 1 }],
      schoolTerms: terms,
    });
    expect(stepsFor(document, "2026-12-04").map((step) => step.kind).slice(0, 2)).toEqual(["your_deadline", "school_day"]);
  });
});

