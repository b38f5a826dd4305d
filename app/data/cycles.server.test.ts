// The support record's queries on a real database: cycles, carrying a plan forward, targets,
// provision and reviews, each kept inside its own case.
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { createReport } from "../../tests/factories/reports";
import { createCycle, createProvision, createTarget } from "../../tests/factories/support";
import { eq } from "drizzle-orm";
import { db } from "./db.server";
import { recommendationProvisions, recommendations } from "./schema";
import { requireCaseAccess } from "~/auth/access.server";
import {
  addProvision,
  findReview,
  getCycle,
  getPlan,
  listCycles,
  listProvisions,
  listTargets,
  removeTarget,
  saveReview,
  updateProvision,
  updateTarget,
  type ReviewInput,
} from "./cycles.server";
import { isFailure } from "~/errors";

useTestDatabase();

async function ownerAccess() {
  const owner = await createParent();
  const caseId = await createChildCase(owner);
  return requireCaseAccess(owner, caseId, "own");
}

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isFailure(error, "not_found")).toBe(true);
  expect((error as { init: { status: number } }).init.status).toBe(404);
}

function review(overrides: Partial<ReviewInput> = {}): ReviewInput {
  return {
    date: "2026-12-04",
    parentAttended: true,
    targetProgress: [],
    overallProgress: "limited",
    whatWorked: "Small steps",
    barriers: null,
    childViews: null,
    parentViews: null,
    provisionEffectiveness: [],
    decision: "continue",
    ...overrides,
  };
}

describe("cycles", () => {
  it("lists cycles newest first, with counts of targets and provision and the review's decision", async () => {
    const access = await ownerAccess();
    const autumn = await createCycle(access, { title: "Autumn", startDate: "2026-09-07" });
    await createTarget(access, autumn);
    await createProvision(access, autumn);
    await saveReview(access, autumn, review({ decision: "increase" }));
    await createCycle(access, { title: "Spring", startDate: "2027-01-04", reviewDate: "2027-03-26" });

    const listed = await listCycles(access);

    expect(listed.map((c) => c.title)).toEqual(["Spring", "Autumn"]);
    expect(listed[1]).toMatchObject({ targetCount: 1, provisionCount: 1, reviewDecision: "increase", reviewedOn: "2026-12-04" });
    // Spring carried the autumn plan forward.
    expect(listed[0]).toMatchObject({ targetCount: 1, provisionCount: 1, reviewDecision: null });
  });

  it("does not find a cycle of another case, or an id that is not an id", async () => {
    const access = await ownerAccess();
    const other = await ownerAccess();
    const cycle = await createCycle(other);
    await expectNotFound(getCycle(access, cycle.id));
    await expectNotFound(getCycle(access, "not-a-uuid"));
    await expectNotFound(getPlan(access, cycle.id));
    expect(await listCycles(access)).toEqual([]);
  });
});

describe("starting a new cycle", () => {
  it("copies the latest plan's targets and provision, each remembering where it came from", async () => {
    const access = await ownerAccess();
    const first = await createCycle(access, { startDate: "2026-09-07" });
    const target = await createTarget(access, first, { text: "Write a sentence with a full stop by December" });
    const line = await createProvision(access, first, { targetId: target.id });

    const second = await createCycle(access, { startDate: "2027-01-04", reviewDate: "2027-03-26" });
    const [copiedTarget] = await listTargets(access, second);
    const [copiedLine] = await listProvisions(access, second);

    expect(second.carriedForwardFrom).toBe(first.id);
    expect(copiedTarget).toMatchObject({ text: "Write a sentence with a full stop by December", carriedForwardFrom: target.id });
    expect(copiedTarget!.id).not.toBe(target.id);
    expect(copiedLine).toMatchObject({ what: line.what, carriedForwardFrom: line.id, targetId: copiedTarget!.id, startDate: "2027-01-04", endDate: "2027-03-26" });
    // The old plan is left as it was.
    expect(await listTargets(access, first)).toEqual([target]);
  });

  it("keeps a recommendation linked to the copy of the line that answers it", async () => {
    const access = await ownerAccess();
    const first = await createCycle(access, { startDate: "2026-09-07" });
    const line = await createProvision(access, first);
    const report = await createReport(access);
    const [recommendation] = await db.select({ id: recommendations.id }).from(recommendations).where(eq(recommendations.reportId, report.id));
    await db.insert(recommendationProvisions).values({ caseId: access.caseId, recommendationId: recommendation!.id, provisionId: line.id });

    const second = await createCycle(access, { startDate: "2027-01-04" });
    const [copiedLine] = await listProvisions(access, second);
    const links = await db.select().from(recommendationProvisions).where(eq(recommendationProvisions.recommendationId, recommendation!.id));
    expect(links.map((link) => link.provisionId).sort()).toEqual([line.id, copiedLine!.id].sort());
  });

  it("gives the plan and the lines it came from, so unchanged lines can be shown", async () => {
    const access = await ownerAccess();
    const first = await createCycle(access);
    const target = await createTarget(access, first);
    const second = await createCycle(access, { startDate: "2027-01-04" });

    const plan = await getPlan(access, second.id);

    expect(plan.previous?.targets).toEqual([target]);
    expect((await getPlan(access, first.id)).previous).toBeNull();
  });

  it("starts the first cycle with an empty plan", async () => {
    const access = await ownerAccess();
    const cycle = await createCycle(access);
    expect(cycle.carriedForwardFrom).toBeNull();
    expect(await listTargets(access, cycle)).toEqual([]);
  });
});

describe("targets and provision", () => {
  it("changes and removes only the cycle's own targets", async () => {
    const access = await ownerAccess();
    const cycle = await createCycle(access);
    const other = await ownerAccess();
    const otherTarget = await createTarget(other, await createCycle(other), { text: "Other family's target" });

    expect(await updateTarget(access, cycle, otherTarget.id, { text: "Changed", area: null })).toBe(false);
    await removeTarget(access, cycle, otherTarget.id);

    const otherCycle = await getCycle(other, otherTarget.cycleId);
    expect(await listTargets(other, otherCycle)).toEqual([otherTarget]);
  });

  it("refuses a provision line that points at a target of another cycle", async () => {
    const access = await ownerAccess();
    const first = await createCycle(access);
    const target = await createTarget(access, first);
    const second = await createCycle(access, { startDate: "2027-01-04" });

    const input = { what: "Lego club", who: null, sessionsPerWeek: 1, sessionWeekdays: [], durationMinutes: 45, groupSize: null, startDate: null, endDate: null, targetId: target.id };
    expect(await addProvision(access, second, input)).toBe(false);
    expect(await listProvisions(access, second)).toHaveLength(0);
    expect(await addProvision(access, first, input)).toBe(true);
    const [added] = await listProvisions(access, first);
    expect(await updateProvision(access, second, added!.id, { ...input, targetId: null })).toBe(false);
  });
});

describe("reviews", () => {
  it("keeps one review per cycle, replaced when saved again", async () => {
    const access = await ownerAccess();
    const cycle = await createCycle(access);
    const target = await createTarget(access, cycle);
    await saveReview(access, cycle, review({ targetProgress: [{ targetId: target.id, rating: "partly", evidence: "12 of 20 words" }] }));
    await saveReview(access, cycle, review({ decision: "consider_ehcna", overallProgress: "none" }));

    const saved = await findReview(access, cycle);
    expect(saved).toMatchObject({ decision: "consider_ehcna", overallProgress: "none", targetProgress: [] });
    expect((await listCycles(access))[0]?.reviewDecision).toBe("consider_ehcna");
  });
});
