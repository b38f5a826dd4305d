import { describe, expect, it } from "vitest";
import { formatWeekdayDate } from "../presentation";
import { buildCaseDocument } from "../case/build-case-document";
import { hasRule } from "../law/get-rule";
import { checkCase } from "../health/check-case";
import type { CaseDocument } from "../case/case-document";
import { listCaseDeadlines } from "../letters/statutory-facts";
import { deriveJourney as deriveFromFindings, JOURNEY_STAGES } from "./derive-journey";

const TODAY = "2026-11-23";
const deriveJourney = (document: CaseDocument, today: string) =>
  deriveFromFindings(document, checkCase(document, today).findings, listCaseDeadlines(document, today), today);

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

describe("deriveJourney: the statutory process", () => {
  const ask = { id: "e1", type: "ehcna_request_received", date: "2026-07-24" };
  const agreed = { id: "e2", type: "ehcna_agreed", date: "2026-08-28" };
  const planAgreed = { id: "e3", type: "ehcp_agreed", date: "2026-11-06" };
  const draft = { id: "e4", type: "draft_plan_issued", date: "2026-11-29" };
  const withEvents = (...statutoryEvents: Array<{ id: string; type: string; date: string }>) =>
    buildCaseDocument({ needs: [need], cycles: [supportCycle("c1", "2025-09-01", "good")], statutoryEvents });

  it("is at the draft plan, not 'consider an assessment', once a draft has arrived (reg 13, 15 days to comment)", () => {
    const document = withEvents(ask, agreed, planAgreed, draft);
    const journey = deriveJourney(document, "2026-12-04");
    // The date is the deadline engine's (the 15 days counted as it counts them).
    const due = listCaseDeadlines(document, "2026-12-04").find((deadline) => deadline.key === "draft_plan_comments")!.due;
    expect(due).toMatch(/^2026-12-1[34]$/);
    expect(journey.current).toBe("ehcp");
    expect(journey.statutory).toMatchObject({ id: "draft_plan", next: { date: due, target: { letter: "draft_plan_response" }, rule: "R-EHCP-DRAFT-15" } });
    const stage = journey.stages.at(-1)!;
    expect(stage.title).toBe("The draft EHC plan: your comments");
    expect(stage.actions[0]).toEqual({ label: `Send your comments on the draft plan by ${formatWeekdayDate(due)}`, target: { letter: "draft_plan_response" } });
    expect(stage.evidence).toMatch(/29 November 2026/);
    expect(stage.title).not.toMatch(/Consider/);
  });

  it("waits for the council's decision on whether to assess after a request (reg 4(1), 6 weeks)", () => {
    const step = deriveJourney(withEvents(ask), "2026-08-01").statutory!;
    expect(step.id).toBe("assessment_requested");
    expect(step.next.action).toBe("Expect the council's decision on whether to assess by Friday 4 September 2026");
    expect(step.next.rule).toBe("R-EHCNA-DECIDE");
  });

  it("gives the appeal date after a refusal to assess (CFA s.51, 2 months)", () => {
    const step = deriveJourney(withEvents(ask, { id: "e2", type: "ehcna_refused", date: "2026-09-01" }), "2026-09-10").statutory!;
    expect(step.id).toBe("assessment_refused");
    expect(step.next).toMatchObject({ date: "2026-11-01", rule: "R-APP-DEADLINE", target: { screen: "statutory" } });
    expect(step.next.action).toMatch(/^If you disagree, you can appeal to the SEND Tribunal by Sunday 1 November 2026/);
  });

  it("waits for the final plan once the comments are sent, with its date (reg 13(2), 20 weeks)", () => {
    const sent = { id: "e5", type: "draft_plan_comments_sent", date: "2026-12-10" };
    const step = deriveJourney(withEvents(ask, agreed, planAgreed, draft, sent), "2026-12-11").statutory!;
    expect(step.id).toBe("waiting_for_final_plan");
    expect(step.next.action).toMatch(/^Expect the final plan by .* December 2026$/);
  });

  it("drops the date once it has passed, and still says what to do", () => {
    const step = deriveJourney(withEvents(ask, agreed, planAgreed, draft), "2026-12-20").statutory!;
    expect(step.next).toMatchObject({ action: "Send your comments on the draft plan", date: null });
  });

  it("has a plan in place after the final plan, reviewed within 12 months (CFA s.44, reg 18)", () => {
    const final = { id: "e5", type: "final_plan_issued", date: "2027-01-15" };
    const journey = deriveJourney(withEvents(ask, agreed, planAgreed, draft, final), "2027-02-01");
    expect(journey.statutory).toMatchObject({ id: "plan_in_place", next: { date: expect.stringMatching(/^2028-01-1[45]$/), target: { screen: "plans" } } });
    expect(journey.stages.at(-1)!.actions.map((action) => action.label)).toContain("Follow the council's time limits");
  });

  it("ignores an event dated after today", () => {
    expect(deriveJourney(withEvents(ask, { ...agreed, date: "2026-09-30" }), "2026-08-01").statutory?.id).toBe("assessment_requested");
  });

  it("has no statutory step, and stage 9 reads 'Consider an EHC needs assessment', before anything is asked", () => {
    const document = buildCaseDocument({ needs: [need], cycles: [supportCycle("c1", "2025-09-01", "limited", "consider_ehcna")] });
    const journey = deriveJourney(document, TODAY);
    expect(journey.statutory).toBeNull();
    expect(journey.stages.at(-1)!.title).toBe("Consider an EHC needs assessment");
  });
});
