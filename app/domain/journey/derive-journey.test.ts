import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import { hasRule } from "../law/get-rule";
import { checkCase } from "../health/check-case";
import type { CaseDocument } from "../case/case-document";
import { deriveJourney as deriveFromFindings, JOURNEY_STAGES } from "./derive-journey";

const TODAY = "2026-11-23";
const deriveJourney = (document: CaseDocument, today: string) => deriveFromFindings(document, checkCase(document, today).findings);

const need = { id: "n1", area: "cognition_learning" as const, signs: ["cl_number"] };
const supportCycle = (id: string, startDate: string, overallProgress: "good" | "limited" | null, decision: "continue" | "increase" | "consider_ehcna" | null = "continue") => ({
  id,
  startDate,
  reviewDate: startDate.replace(/-(\d\d)-/, (_m, month: string) => `-${String(Math.min(12, Number(month) + 3)).padStart(2, "0")}-`),
  targets: [{ id: `${id}-t`, text: "Read 50 high-frequency words accurately by 20 December 2025" }],
  provision: [{ id: `${id}-p`, what: "Phonics group", who: "Teaching assistant", sessionsPerWeek: 3, durationMinutes: 20 }],
  sessions: [{ id: `${id}-s`, provisionId: `${id}-p`, date: startDate, status: "held" as const }],
  review: overallProgress ? { id: `${id}-r`, date: "2026-01-01", overallProgress, decision } : null,
});

describe("deriveJourney", () => {
  it("starts at the first stage when nothing is recorded", () => {
    const journey = deriveJourney(buildCaseDocument(), TODAY);
    expect(journey.current).toBe("concerns");
    expect(journey.stages[0]!.status).toBe("current");
    expect(journey.stages.slice(1).every((s) => s.status === "ahead")).toBe(true);
  });

  it("moves on to talking to the school once needs and a SENCO are recorded", () => {
    const journey = deriveJourney(buildCaseDocument({ needs: [need], child: { senco: { name: "Mrs Shah" } } }), TODAY);
    expect(journey.current).toBe("raised_with_school");
    expect(journey.stages[0]!.status).toBe("done");
    expect(journey.stages[1]!.evidence).toContain("Mrs Shah");
  });

  it("is at the monitoring stage when the school is watching and waiting", () => {
    const document = buildCaseDocument({ needs: [need], cycles: [{ id: "m1", kind: "monitoring", startDate: "2026-09-01" }] });
    expect(deriveJourney(document, TODAY).current).toBe("monitoring");
  });

  it("counts a plan with targets as SEN support begun, and logged sessions as support being given", () => {
    const planOnly = buildCaseDocument({ needs: [need], cycles: [{ ...supportCycle("c1", "2026-09-01", null), sessions: [] }] });
    expect(deriveJourney(planOnly, TODAY).current).toBe("apdr");
    const withSessions = buildCaseDocument({ needs: [need], cycles: [supportCycle("c1", "2026-09-01", null)] });
    expect(deriveJourney(withSessions, TODAY).current).toBe("interventions");
  });

  it("is at reviews once a review with good progress is recorded", () => {
    const document = buildCaseDocument({ needs: [need], cycles: [supportCycle("c1", "2025-09-01", "good")] });
    expect(deriveJourney(document, TODAY).current).toBe("reviews");
  });

  it("moves to escalation when the last review found limited progress", () => {
    const document = buildCaseDocument({ needs: [need], cycles: [supportCycle("c1", "2025-09-01", "limited", "increase")] });
    expect(deriveJourney(document, TODAY).current).toBe("escalation");
  });

  it("reaches an EHC needs assessment when a review decided to consider one", () => {
    const document = buildCaseDocument({ needs: [need], cycles: [supportCycle("c1", "2025-09-01", "limited", "consider_ehcna")] });
    const journey = deriveJourney(document, TODAY);
    expect(journey.current).toBe("ehcp");
    expect(journey.stages.filter((s) => s.status === "done")).toHaveLength(JOURNEY_STAGES.length - 1);
  });

  it("counts skipped stages as done, so a family who went straight to SEN support is not sent back", () => {
    const document = buildCaseDocument({ needs: [need], cycles: [supportCycle("c1", "2026-09-01", "good")] });
    const monitoring = deriveJourney(document, TODAY).stages.find((s) => s.id === "monitoring")!;
    expect(monitoring.status).toBe("done");
    expect(monitoring.evidence).toBe("The school went straight to SEN support");
  });

  it("gives every stage an action and rules that are all in the law catalogue", () => {
    for (const stage of deriveJourney(buildCaseDocument(), TODAY).stages) {
      expect(stage.actions.length).toBeGreaterThan(0);
      for (const id of stage.rules) expect(hasRule(id), id).toBe(true);
    }
  });
});
