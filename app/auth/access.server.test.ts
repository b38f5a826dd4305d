import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { db } from "~/data/db.server";
import { caseAccess } from "~/data/schema";
import { getCase, listCases } from "~/data/cases.server";
import { caseInvitations, sessions } from "~/data/schema";
import { readCaseState } from "~/data/case-cache.server";
import { fixClockForTests } from "~/services/clock.server";
import { findKeptPageGate, hasLevel, requireCaseAccess, type AccessLevel } from "./access.server";
import { findSessionId, findSignedInUser, startSession } from "./session.server";
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

describe("findKeptPageGate (the page cache's one query)", () => {
  const browser = new Request("http://localhost/");

  /** A session for `userId`, as the page cache finds it from the browser's Cookie header. */
  async function sessionOf(userId: string, options: { awaitingCode?: boolean } = {}) {
    const cookie = (await startSession(userId, browser, options)).split(";")[0]!;
    return { cookie, sessionId: findSessionId(cookie)! };
  }

  it("gives the same person, access and case state as the session check, the gate and readCaseState", async () => {
    const owner = await createParent({ name: "Sam Owner" });
    const caseId = await createChildCase(owner);
    const { cookie, sessionId } = await sessionOf(owner.id);
    const gate = await findKeptPageGate(sessionId, caseId);
    const user = await findSignedInUser(new Request("http://localhost/", { headers: { Cookie: cookie } }));
    expect(gate?.user).toEqual(user);
    const access = await requireCaseAccess(user!, caseId, "read");
    expect(gate?.access).toEqual(access);
    expect(gate?.caseState).toBe(await readCaseState(access));

    // Who may see the case is part of its state, read in the same query.
    const before = gate?.caseState;
    await db.insert(caseInvitations).values({
      caseId,
      email: "carer@example.com",
      role: "carer",
      level: "read",
      tokenHash: "a".repeat(64),
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedBy: owner.id,
    });
    const after = await findKeptPageGate(sessionId, caseId);
    expect(after?.caseState).not.toBe(before);
    expect(after?.caseState).toBe(await readCaseState(access));
  });

  it("signs nobody in for an ended, expired or half-finished session", async () => {
    const owner = await createParent();
    const caseId = await createChildCase(owner);
    const ended = await sessionOf(owner.id);
    await db.delete(sessions).where(eq(sessions.id, ended.sessionId));
    expect(await findKeptPageGate(ended.sessionId, caseId)).toBeNull();
    const expired = await sessionOf(owner.id);
    await db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.id, expired.sessionId));
    expect(await findKeptPageGate(expired.sessionId, caseId)).toBeNull();
    const waiting = await sessionOf(owner.id, { awaitingCode: true });
    expect(await findKeptPageGate(waiting.sessionId, caseId)).toBeNull();
  });

  it("reads nothing of a case for a person whose access is not in force, on the very next request", async () => {
    const owner = await createParent();
    const adviser = await createParent();
    const caseId = await createChildCase(owner);
    const { sessionId } = await sessionOf(adviser.id);
    expect(await findKeptPageGate(sessionId, caseId)).toMatchObject({ access: null, caseState: null });

    const ends = new Date(Date.now() + 3_600_000);
    await grant(caseId, adviser.id, "comment", { expiresAt: ends });
    expect(await findKeptPageGate(sessionId, caseId)).toMatchObject({ access: { level: "comment", role: "adviser", caseId } });
    // The end of access is judged by the app's clock, as the gate judges it.
    fixClockForTests(new Date(ends.getTime() + 1000));
    expect(await findKeptPageGate(sessionId, caseId)).toMatchObject({ access: null, caseState: null });
    fixClockForTests(null);

    await db.update(caseAccess).set({ revokedAt: new Date() }).where(eq(caseAccess.userId, adviser.id));
    expect(await findKeptPageGate(sessionId, caseId)).toMatchObject({ access: null, caseState: null });
    expect(await findKeptPageGate(sessionId, "not-a-uuid")).toBeNull();
  });
});
