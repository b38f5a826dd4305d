import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { createEhcPlan, createPlanLine } from "../../tests/factories/plans";
import { requireCaseAccess } from "~/auth/access.server";
import { db } from "./db.server";
import { findPlanReview, updatePlanLine } from "./plans.server";
import { recommendations, reports, statutoryEvents } from "./schema";

useTestDatabase();

const TODAY = "2026-10-12";

async function caseWithPlan() {
  const owner = await createParent();
  const caseId = await createChildCase(owner, { childName: "Ada" });
  const access = await requireCaseAccess(owner, caseId, "own");
  const plan = await createEhcPlan(caseId);
  const line = await createPlanLine(plan, { text: "Speech and language therapy as needed" });
  return { owner, caseId, access, plan, line };
}

describe("findPlanReview", () => {
  it("gives the plan, its lines and their review", async () => {
    const { access, plan, line } = await caseWithPlan();

    const found = await findPlanReview(access, plan.id, TODAY);

    expect(found?.plan.title).toBe("Draft EHC plan");
    expect(found?.lines.map((l) => l.id)).toEqual([line.id]);
    expect(found?.review.provision).toEqual([expect.objectContaining({ lineId: line.id, check: expect.objectContaining({ verdict: "vague" }) })]);
    expect(found?.review.vagueCount).toBe(1);
  });

  it("finds nothing for an id that is not a plan of this case", async () => {
    const { access } = await caseWithPlan();
    const other = await caseWithPlan();

    expect(await findPlanReview(access, other.plan.id, TODAY)).toBeNull();
    expect(await findPlanReview(access, "not-an-id", TODAY)).toBeNull();
    expect(await findPlanReview(access, undefined, TODAY)).toBeNull();
  });

  it("is reviewed again after a line of the plan changes", async () => {
    const { access, plan, line } = await caseWithPlan();
    expect((await findPlanReview(access, plan.id, TODAY))?.review.vagueCount).toBe(1);

    await updatePlanLine(access, plan.id, line.id, {
      text: "Ada will have 30 minutes of speech and language therapy, one to one, three times a week, from a qualified speech and language therapist",
      section: "F",
      area: null,
    });

    const found = await findPlanReview(access, plan.id, TODAY);
    expect(found?.lines[0]?.text).toMatch(/^Ada will have 30 minutes/);
    expect(found?.review.vagueCount).toBe(0);
  });

  it("is reviewed again after a report's recommendation is confirmed, and gives when comments on the draft are due", async () => {
    const { caseId, access, plan } = await caseWithPlan();
    expect((await findPlanReview(access, plan.id, TODAY))?.review.recommendations.missing).toEqual([]);
    expect((await findPlanReview(access, plan.id, TODAY))?.commentsDue).toBeNull();

    const [report] = await db.insert(reports).values({ caseId, title: "EP report", date: "2026-09-01" }).returning();
    await db.insert(recommendations).values({ caseId, reportId: report!.id, text: "Precision teaching of reading every day", status: "confirmed" });
    await db.insert(statutoryEvents).values({ caseId, type: "draft_plan_issued", date: "2026-10-05" });

    const found = await findPlanReview(access, plan.id, TODAY);
    expect(found?.review.recommendations.missing).toEqual([expect.objectContaining({ text: "Precision teaching of reading every day", reportTitle: "EP report" })]);
    expect(found?.commentsDue).toBe("2026-10-19");
  });
});
