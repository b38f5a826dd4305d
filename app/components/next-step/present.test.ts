import { describe, expect, it } from "vitest";
import { buildCaseDocument, checkCase } from "~/domain";
import { placeOf, presentDoThisNext } from "./present";

describe("placeOf", () => {
  it("names a letter by its page and kind, whatever the address fills in", () => {
    expect(placeOf("/cases/1/letters?kind=draft_plan_response&plan=p1")).toBe(
      "/cases/1/letters?kind=draft_plan_response",
    );
    expect(placeOf("/cases/1/letters?kind=ehcna_request#write")).toBe(
      "/cases/1/letters?kind=ehcna_request",
    );
  });

  it("names any other page by its path", () => {
    expect(placeOf("/cases/1/support/new")).toBe("/cases/1/support/new");
    expect(placeOf("/cases/1/correspondence?show=overdue")).toBe("/cases/1/correspondence");
  });
});

describe("presentDoThisNext", () => {
  const document = buildCaseDocument({
    child: {
      name: "A child",
      dateOfBirth: "2017-11-14",
      school: "Riverside Primary",
      yearGroup: "Year 4",
      senco: { name: "Mrs Shah" },
      views: "I like Lego",
    },
    needs: [{ id: "n1", area: "cognition_learning", signs: ["cl_number"] }],
    cycles: [
      {
        id: "c1",
        startDate: "2025-09-01",
        reviewDate: "2025-12-01",
        review: { id: "r1", date: "2025-12-01", overallProgress: "good" },
      },
    ],
    statutoryEvents: [
      { id: "e1", type: "ehcna_request_received", date: "2026-07-24" },
      { id: "e2", type: "ehcna_agreed", date: "2026-08-28" },
      { id: "e3", type: "ehcp_agreed", date: "2026-11-06" },
      { id: "e4", type: "draft_plan_issued", date: "2026-11-29" },
    ],
    ehcPlans: [
      {
        id: "plan",
        stage: "draft",
        issuedOn: "2026-11-29",
        provision: [{ id: "f1", text: "Access to support as appropriate" }],
      },
    ],
  });
  const today = "2026-12-04";
  const input = {
    caseId: "case-1",
    document,
    check: checkCase(document, today),
    overdueReplies: [],
    today,
  };

  it("leads the parent to the letter, with the rule cited as on the health check", () => {
    const view = presentDoThisNext({ ...input, canWrite: true });
    expect(view.first!.path).toBe("/cases/case-1/letters?kind=draft_plan_response");
    expect(view.first!.rule).toMatchObject({
      id: "R-EHCP-DRAFT-15",
      url: expect.stringMatching(/^https:\/\//),
    });
    expect(view.first!.rule!.status.length).toBeGreaterThan(0);
    // The Section F finding writes the same letter (with the plan ticked): not a second line.
    expect(view.alsoSoon.some((step) => step.path?.includes("kind=draft_plan_response"))).toBe(
      false,
    );
  });

  it("gives someone who may only read no address at all", () => {
    const view = presentDoThisNext({ ...input, canWrite: false });
    expect(view.first).toMatchObject({ path: null, whoActs: expect.stringMatching(/family/) });
    expect([view.first, ...view.alsoSoon].every((step) => step?.path === null)).toBe(true);
  });
});
