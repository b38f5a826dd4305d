import { describe, expect, it } from "vitest";
import { requireCaseAccess } from "~/auth/access.server";
import { createChildCase, createParent } from "../../tests/factories";
import { createCycle, createProvision, createReview, createSessions } from "../../tests/factories/delivery";
import { useTestDatabase } from "../../tests/support/db";
import { isFailure } from "~/errors";
import { getCycle } from "./cycles.server";
import { listCaseDeliveryLogs, listCycleDeliveryLogs, saveProvisionMap, saveSessions } from "./delivery.server";

useTestDatabase();

async function ownCase() {
  const parent = await createParent();
  const caseId = await createChildCase(parent);
  return { access: await requireCaseAccess(parent, caseId, "own"), caseId };
}

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(isFailure(error, "not_found")).toBe(true);
  expect((error as { init: { status: number } }).init.status).toBe(404);
}

describe("the delivery log", () => {
  it("lists the sessions each line promises, with what was recorded", async () => {
    const { access, caseId } = await ownCase();
    const cycle = await createCycle(caseId);
    const provision = await createProvision(cycle, { startDate: "2025-10-06", endDate: "2025-10-12" });
    await createSessions(provision, [{ date: "2025-10-08", status: "cancelled", cancelReason: "trip" }]);
    const { logs } = await listCycleDeliveryLogs(access, cycle.id, "2026-01-01");
    expect(logs).toHaveLength(1);
    expect(logs[0]!.sessions).toEqual([
      { date: "2025-10-06", status: "unknown", cancelReason: null },
      { date: "2025-10-08", status: "cancelled", cancelReason: "trip" },
      { date: "2025-10-10", status: "unknown", cancelReason: null },
    ]);
  });

  it("does not list sessions after today", async () => {
    const { access, caseId } = await ownCase();
    const cycle = await createCycle(caseId);
    await createProvision(cycle, { startDate: "2025-10-06", endDate: "2025-10-31" });
    const { logs } = await listCycleDeliveryLogs(access, cycle.id, "2025-10-08");
    expect(logs[0]!.sessions.map((s) => s.date)).toEqual(["2025-10-06", "2025-10-08"]);
  });

  it("saves sessions, replacing what was recorded for the same date, and clears a reason once held", async () => {
    const { access, caseId } = await ownCase();
    const cycle = await createCycle(caseId);
    const provision = await createProvision(cycle, { startDate: "2025-10-06", endDate: "2025-10-08" });
    await saveSessions(access, provision.id, [{ date: "2025-10-06", status: "cancelled", cancelReason: "staff_absence" }]);
    await saveSessions(access, provision.id, [
      { date: "2025-10-06", status: "held", cancelReason: "staff_absence" },
      { date: "2025-10-08", status: "cancelled", cancelReason: "child_absent" },
    ]);
    const { logs } = await listCycleDeliveryLogs(access, cycle.id, "2026-01-01");
    expect(logs[0]!.sessions).toEqual([
      { date: "2025-10-06", status: "held", cancelReason: null },
      { date: "2025-10-08", status: "cancelled", cancelReason: "child_absent" },
    ]);
  });

  it("answers 404 for a cycle or provision of another case, and changes nothing there", async () => {
    const mine = await ownCase();
    const theirs = await ownCase();
    const theirCycle = await createCycle(theirs.caseId);
    const theirProvision = await createProvision(theirCycle);
    await expectNotFound(getCycle(mine.access, theirCycle.id));
    await expectNotFound(listCycleDeliveryLogs(mine.access, theirCycle.id, "2026-01-01"));
    await expectNotFound(saveSessions(mine.access, theirProvision.id, [{ date: "2025-10-06", status: "held", cancelReason: null }]));
    await expectNotFound(saveProvisionMap(mine.access, theirProvision.id, { note: "Hacked", sessions: 1 }));
    await expectNotFound(getCycle(mine.access, "not-a-uuid"));
    const { logs } = await listCycleDeliveryLogs(theirs.access, theirCycle.id, "2026-01-01");
    expect(logs[0]!.sessions.every((s) => s.status === "unknown")).toBe(true);
    expect(logs[0]!.provision.provisionMapNote).toBeNull();
  });
});

describe("the audit's data", () => {
  it("lists every line of the case with its cycle, the provision map and the reviews", async () => {
    const { access, caseId } = await ownCase();
    const autumn = await createCycle(caseId, { title: "Autumn plan" });
    const spring = await createCycle(caseId, { title: "Spring plan", startDate: "2026-01-05", reviewDate: "2026-03-27" });
    const phonics = await createProvision(autumn);
    await createProvision(spring, { what: "Lego therapy", startDate: "2026-01-05", endDate: "2026-01-09", sessionsPerWeek: 1 });
    await saveProvisionMap(access, phonics.id, { note: "Three times a week", sessions: 10 });
    await createReview(autumn, { provisionEffectiveness: [{ provisionId: phonics.id, parentView: "Some help", schoolView: "Good progress" }] });
    const other = await ownCase();
    await createProvision(await createCycle(other.caseId), { what: "Someone else's support" });

    const { logs, reviews } = await listCaseDeliveryLogs(access, "2026-06-01");
    expect(logs.map((l) => [l.cycle.title, l.provision.what])).toEqual([
      ["Autumn plan", "Phonics catch-up group"],
      ["Spring plan", "Lego therapy"],
    ]);
    expect(logs[0]!.provision).toMatchObject({ provisionMapNote: "Three times a week", provisionMapSessions: 10 });
    expect(logs[1]!.sessions.map((s) => s.date)).toEqual(["2026-01-05"]);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.provisionEffectiveness[0]!.schoolView).toBe("Good progress");
  });
});
