import { describe, expect, it } from "vitest";
import { RouterContextProvider } from "react-router";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { db } from "~/data/db.server";
import { caseAccess } from "~/data/schema";
import { todayContext, userContext, type SignedInUser } from "~/context";
import { isFailure } from "~/errors";
import { abilitiesOf, openCase } from "./case-route.server";

useTestDatabase();

function argsFor(user: SignedInUser | null, caseId: string | undefined, today = "2026-03-02") {
  const context = new RouterContextProvider();
  context.set(userContext, user);
  context.set(todayContext, today);
  return { request: new Request(`http://localhost/cases/${caseId}/diary?x=1`), context, params: { caseId } };
}

async function thrownBy(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe("abilitiesOf", () => {
  it("gives each level what it and every lower level may do", () => {
    expect(abilitiesOf({ level: "read" })).toEqual({ read: true, comment: false, write: false, own: false });
    expect(abilitiesOf({ level: "comment" })).toEqual({ read: true, comment: true, write: false, own: false });
    expect(abilitiesOf({ level: "write" })).toEqual({ read: true, comment: true, write: true, own: false });
    expect(abilitiesOf({ level: "own" })).toEqual({ read: true, comment: true, write: true, own: true });
  });
});

describe("openCase", () => {
  it("gives the owner the case, every ability and the request's today", async () => {
    const owner = await createParent();
    const caseId = await createChildCase(owner);
    const opened = await openCase(argsFor(owner, caseId, "2027-01-15"), "write");
    expect(opened.access).toMatchObject({ caseId, userId: owner.id, level: "own", role: "owner" });
    expect(opened.can).toEqual({ read: true, comment: true, write: true, own: true });
    expect(opened.today).toBe("2027-01-15");
    expect(opened.user).toBe(owner);
  });

  it("gives an adviser with comment access read and comment, and refuses them a write as not found", async () => {
    const owner = await createParent();
    const adviser = await createParent();
    const caseId = await createChildCase(owner);
    await db.insert(caseAccess).values({ caseId, userId: adviser.id, level: "comment", role: "adviser" });
    const opened = await openCase(argsFor(adviser, caseId), "read");
    expect(opened.can).toEqual({ read: true, comment: true, write: false, own: false });
    const refused = await thrownBy(openCase(argsFor(adviser, caseId), "write"));
    expect(isFailure(refused, "forbidden")).toBe(true);
  });

  it("refuses another family's case and a made-up id as not found", async () => {
    const stranger = await createParent();
    const caseId = await createChildCase(await createParent());
    expect(isFailure(await thrownBy(openCase(argsFor(stranger, caseId), "read")), "forbidden")).toBe(true);
    expect(isFailure(await thrownBy(openCase(argsFor(stranger, "not-a-case"), "read")), "forbidden")).toBe(true);
  });

  it("sends someone signed out to sign in, back to the page they asked for", async () => {
    const caseId = await createChildCase(await createParent());
    const thrown = (await thrownBy(openCase(argsFor(null, caseId), "read"))) as Response;
    expect(thrown.status).toBe(302);
    expect(thrown.headers.get("Location")).toBe(`/sign-in?redirectTo=${encodeURIComponent(`/cases/${caseId}/diary?x=1`)}`);
  });

  it("has no today outside a request: the root middleware must have set it", async () => {
    const owner = await createParent();
    const caseId = await createChildCase(owner);
    const context = new RouterContextProvider();
    context.set(userContext, owner);
    await expect(openCase({ request: new Request("http://localhost/"), context, params: { caseId } }, "read")).rejects.toThrow();
  });
});
