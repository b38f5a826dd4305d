import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { db } from "~/data/db.server";
import { caseAccess } from "~/data/schema";
import { getCase, listCases } from "~/data/cases.server";
import { hasLevel, requireCaseAccess, type AccessLevel } from "./access.server";
import { isFailure } from "~/errors";

useTestDatabase();

async function expectNotFound(promise: Promise<unknown>) {
  const thrown = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(isFailure(thrown, "forbidden")).toBe(true);
  expect((thrown as { init: { status: number } }).init.status).toBe(404);
}

async function grant(caseId: string, userId: string, level: AccessLevel, extra: Partial<typeof caseAccess.$inferInsert> = {}) {
  await db.insert(caseAccess).values({ caseId, userId, level, role: "adviser", ...extra });
}

describe("requireCaseAccess", () => {
  it("lets the owner do everything with their own case", async () => {
    const owner = await createParent();
    const caseId = await createChildCase(owner, { childName: "Robin" });
    for (const level of ["read", "comment", "write", "own"] as const) {
      const access = await requireCaseAccess(owner, caseId, level);
      expect(access.caseId).toBe(caseId);
      expect(access.level).toBe("own");
    }
    expect((await getCase(await requireCaseAccess(owner, caseId, "read"))).childName).toBe("Robin");
  });

  it("answers 404, not 403, to a parent from another family", async () => {
    const owner = await createParent();
    const otherParent = await createParent();
    const caseId = await createChildCase(owner);
    await expectNotFound(requireCaseAccess(otherParent, caseId, "read"));
  });

  it("answers 404 for an id that is not a case id at all", async () => {
    const owner = await createParent();
    await expectNotFound(requireCaseAccess(owner, "not-a-uuid", "read"));
    await expectNotFound(requireCaseAccess(owner, undefined, "read"));
    await expectNotFound(requireCaseAccess(owner, "00000000-0000-4000-8000-000000000000", "read"));
  });

  it("gives read access only what read allows", async () => {
    const owner = await createParent();
    const adviser = await createParent();
    const caseId = await createChildCase(owner);
    await grant(caseId, adviser.id, "read");
    expect((await requireCaseAccess(adviser, caseId, "read")).level).toBe("read");
    await expectNotFound(requireCaseAccess(adviser, caseId, "comment"));
    await expectNotFound(requireCaseAccess(adviser, caseId, "write"));
    await expectNotFound(requireCaseAccess(adviser, caseId, "own"));
  });

  it("stops a revoked grant on the very next request", async () => {
    const owner = await createParent();
    const adviser = await createParent();
    const caseId = await createChildCase(owner);
    await grant(caseId, adviser.id, "comment");
    await requireCaseAccess(adviser, caseId, "comment");
    await db.update(caseAccess).set({ revokedAt: new Date() }).where(eq(caseAccess.userId, adviser.id));
    // Each request gets a fresh user object from the middleware.
    const nextRequest = { ...adviser };
    await expectNotFound(requireCaseAccess(nextRequest, caseId, "read"));
  });

  it("stops a grant once its end date has passed", async () => {
    const owner = await createParent();
    const adviser = await createParent();
    const caseId = await createChildCase(owner);
    await grant(caseId, adviser.id, "read", { expiresAt: new Date(Date.now() - 1000) });
    await expectNotFound(requireCaseAccess(adviser, caseId, "read"));
  });

  it("does not start a grant before its start date", async () => {
    const owner = await createParent();
    const adviser = await createParent();
    const caseId = await createChildCase(owner);
    await grant(caseId, adviser.id, "read", { startsAt: new Date(Date.now() + 60_000) });
    await expectNotFound(requireCaseAccess(adviser, caseId, "read"));
  });

  it("lists only the cases a person may see now", async () => {
    const owner = await createParent();
    const other = await createParent();
    const mine = await createChildCase(owner, { childName: "Mine" });
    const theirs = await createChildCase(other, { childName: "Theirs" });
    const revoked = await createChildCase(other, { childName: "Was shared" });
    await grant(revoked, owner.id, "read", { revokedAt: new Date() });
    const listed = await listCases(owner);
    expect(listed.map((c) => c.id)).toEqual([mine]);
    expect(listed.map((c) => c.id)).not.toContain(theirs);
  });
});

describe("requireCaseAccess within one request", () => {
  it("asks the database once for the layout and the page, and judges each need on its own", async () => {
    const owner = await createParent();
    const adviser = await createParent();
    const caseId = await createChildCase(owner);
    await grant(caseId, adviser.id, "read");
    const first = await requireCaseAccess(adviser, caseId, "read");
    await db.update(caseAccess).set({ level: "write" }).where(eq(caseAccess.userId, adviser.id));
    // Same request: the answer read at the start of the request still stands.
    expect(await requireCaseAccess(adviser, caseId, "read")).toBe(first);
    await expectNotFound(requireCaseAccess(adviser, caseId, "write"));
  });
});

describe("hasLevel", () => {
  it("orders read < comment < write < own", () => {
    expect(hasLevel("own", "write")).toBe(true);
    expect(hasLevel("write", "comment")).toBe(true);
    expect(hasLevel("comment", "read")).toBe(true);
    expect(hasLevel("read", "comment")).toBe(false);
    expect(hasLevel("comment", "write")).toBe(false);
    expect(hasLevel("write", "own")).toBe(false);
  });
});
