import { describe, expect, it } from "vitest";
import { computeDeadlines } from "../deadlines/compute-deadlines";
import { appealChecklist, DECISION_TYPES, describeDecision, listDisagreements } from "./decisions";
import { KNOWN_EVENT_TYPES, STARTED_BY } from "../deadlines/deadline-definitions";

const TODAY = "2026-04-20";

function disagreementsOf(events: Array<{ id: string; type: string; date: string }>) {
  return listDisagreements(events, computeDeadlines({ events, today: TODAY }).deadlines);
}

describe("decisions a family can challenge", () => {
  it("only uses event types the deadlines understand", () => {
    for (const type of DECISION_TYPES) expect(KNOWN_EVENT_TYPES.has(type), type).toBe(true);
  });

  it("starts the appeal date from every decision that can be appealed (CFA 2014 s.51(2), R-APP-DEADLINE)", () => {
    for (const type of DECISION_TYPES) expect(STARTED_BY[type], type).toContain("appeal");
    for (const type of DECISION_TYPES) {
      const [item] = disagreementsOf([{ id: "d", type, date: "2026-03-03" }]);
      expect(item?.appeal?.due, type).toBe("2026-05-03");
    }
  });

  it("lists a decision to cease the plan, with its appeal date and that the plan stays meanwhile (CFA 2014 s.45, s.51(2)(f))", () => {
    const [ceased] = disagreementsOf([{ id: "c", type: "plan_ceased", date: "2026-02-27" }]);
    expect(ceased).toMatchObject({ title: "Decision to stop (cease) the EHC plan", decidedOn: "2026-02-27" });
    expect(ceased!.canAppeal).toMatch(/keep the plan in place/);
    expect(ceased!.appeal?.due).toBe("2026-04-27");
  });

  it("gives a refusal to assess its appeal date, 2 months from the letter", () => {
    const [refusal] = disagreementsOf([{ id: "r", type: "ehcna_refused", date: "2026-03-03" }]);
    expect(refusal).toMatchObject({ title: "Refusal to carry out an EHC needs assessment", decidedOn: "2026-03-03" });
    expect(refusal!.appeal?.due).toBe("2026-05-03");
    expect(refusal!.mediationAdvice).not.toContain("school or college named");
  });

  it("moves the appeal date to a month after a later mediation certificate", () => {
    const [refusal] = disagreementsOf([
      { id: "r", type: "ehcna_refused", date: "2026-03-03" },
      { id: "m", type: "mediation_certificate_issued", date: "2026-04-15" },
    ]);
    expect(refusal!.appeal?.due).toBe("2026-05-15");
  });

  it("says a plan appeal about the school alone needs no certificate, and lists the sections", () => {
    const [plan] = disagreementsOf([{ id: "f", type: "final_plan_issued", date: "2026-02-01" }]);
    expect(plan!.canAppeal).toContain("Section F");
    expect(plan!.mediationAdvice).toContain("only about the school or college named");
    expect(plan!.checklist).toEqual(appealChecklist(true));
  });

  it("lists the newest decision first and ignores other events", () => {
    const list = disagreementsOf([
      { id: "q", type: "ehcna_request_received", date: "2025-09-01" },
      { id: "r", type: "ehcna_refused", date: "2025-10-10" },
      { id: "f", type: "final_plan_issued", date: "2026-03-01" },
    ]);
    expect(list.map((item) => item.eventId)).toEqual(["f", "r"]);
    expect(describeDecision("nothing_known")).toBe("Decision");
  });
});
