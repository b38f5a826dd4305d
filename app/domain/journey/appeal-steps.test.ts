import { describe, expect, it } from "vitest";
import type { CaseDocument } from "../case/case-document";
import { checkCase } from "../health/check-case";
import { listCaseDeadlines } from "../letters/statutory-facts";
import { buildAppealCase } from "../reminders/appeal.fixture";
import { deriveJourney } from "./derive-journey";
import { listNextSteps } from "./next-steps";

function journeyAndSteps(document: CaseDocument, today: string) {
  const findings = checkCase(document, today).findings;
  const deadlines = listCaseDeadlines(document, today);
  const journey = deriveJourney(document, findings, deadlines, today);
  return { journey, steps: listNextSteps({ document, findings, deadlines, journey, overdueReplies: [], today }) };
}

const ORDER = { status: "decided", order: { id: "o1", kind: "assess", madeOn: "2027-01-15" } } as const;

describe("an appeal in the journey and the next steps", () => {
  it("reaches the appeal step once the appeal is sent (then registered) from its workspace, and gives the next date in the directions", () => {
    const sent = journeyAndSteps(buildAppealCase({ registeredOn: null }), "2026-12-01").journey;
    expect(sent.statutory).toMatchObject({ id: "appeal", fromEvent: { id: "appeal:a1:sent", type: "appeal_lodged", date: "2026-10-05" } });
    const { journey } = journeyAndSteps(buildAppealCase(), "2026-12-01");
    expect(journey.statutory).toMatchObject({ id: "appeal", fromEvent: { id: "appeal:a1:registered", type: "appeal_registered", date: "2026-10-19" } });
    expect(journey.statutory!.next).toEqual({ action: "Next in the appeal: final evidence due by Friday 15 January 2027", date: "2027-01-15", target: { screen: "appeals" }, rule: "R-TRIB-BUNDLE-WHO" });
  });

  it("puts the family's evidence among their own dates once it is due soon", () => {
    const { steps } = journeyAndSteps(buildAppealCase(), "2027-01-08");
    expect(steps[0]).toMatchObject({
      kind: "your_deadline",
      action: "Send your evidence to the tribunal by Friday 15 January 2027",
      date: "2027-01-15",
      target: { finding: "send_appeal_evidence", records: ["a1"] },
      rule: { id: "R-TRIB-BUNDLE-WHO", status: "unverified" },
    });
  });

  it("after an order, puts a missed date among the council's late limits, once, leading to the letter to the Director", () => {
    const { journey, steps } = journeyAndSteps(buildAppealCase(ORDER), "2027-02-01");
    const late = steps.filter((step) => step.action === "Write to the Director of Children's Services");
    expect(late).toEqual([
      {
        kind: "council_late",
        action: "Write to the Director of Children's Services",
        why: "The council has missed a date the tribunal's order set: the council says it will assess, due Friday 29 January 2027.",
        date: "2027-01-29",
        target: { finding: "write_to_director", records: ["a1"] },
        rule: { id: "R-TRIB-COMPLY", status: "partly_verified" },
      },
    ]);
    // The finding itself is not listed again among the serious ones.
    expect(steps.some((step) => step.kind === "finding" && step.why === "The council has missed a date the tribunal's order set")).toBe(false);
    expect(journey.statutory!.next).toMatchObject({ action: "Write to the Director of Children's Services", date: "2027-01-29", target: { letter: "order_compliance_chaser" }, rule: "R-TRIB-COMPLY" });
  });

  it("goes back to the order's next date once the council's step is recorded", () => {
    const { journey, steps } = journeyAndSteps(buildAppealCase(ORDER, [{ id: "e1", type: "ehcna_agreed", date: "2027-01-26" }]), "2027-02-01");
    expect(steps.some((step) => step.kind === "council_late")).toBe(false);
    // Recording the council's agreement moves the case on to the assessment, as any decision to assess does.
    expect(journey.statutory!.id).toBe("assessing");
  });
});
