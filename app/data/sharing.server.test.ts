// Sharing a case: invitations (once, for one address, for 7 days), the access rows they become,
// changing and taking access away, and the case state the caches key on (case-cache.server.ts).
import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "../../tests/support/db";
import { setClock } from "../../tests/support/clock";
import { createChildCase, createParent } from "../../tests/factories";
import { requireCaseAccess } from "~/auth/access.server";
import type { SignedInUser } from "~/context";
import { db } from "./db.server";
import { caseAccess, caseInvitations } from "./schema";
import { readCaseState } from "./case-cache.server";
import {
  acceptInvitation,
  changeAccess,
  createInvitation,
  isCaseShared,
  listSharing,
  revokeAccess,
  revokeInvitation,
  shareWithAdviser,
  unsafeFindOpenInvitation,
} from "./sharing.server";

useTestDatabase();
afterEach(() => setClock(null));

async function ownedCase() {
  const owner = await createParent({ name: "Alex Owner" });
  const caseId = await createChildCase(owner, { childName: "Robin Sharing" });
  return { owner, caseId, access: await requireCaseAccess(owner, caseId, "own") };
}

async function invite(owner: SignedInUser, caseId: string, email: string, extra: Partial<Parameters<typeof createInvitation>[1]> = {}) {
  const access = await requireCaseAccess(owner, caseId, "own");
  return createInvitation(access, { email, role: "carer", level: "comment", accessEndsAt: null, ...extra }, owner);
}

/** A fresh user object, as the root middleware makes one for every request (the gate remembers per object). */
const nextRequest = (user: SignedInUser): SignedInUser => ({ ...user });

describe("invitations", () => {
  it("gives the invited person the access offered, once, and stores only the token's hash", async () => {
    const { owner, caseId } = await ownedCase();
    const carer = await createParent({ email: "Sam.Carer@example.com" });
    const invitation = await invite(owner, caseId, "sam.carer@EXAMPLE.com");
    expect(invitation).toMatchObject({ email: "sam.carer@example.com", childName: "Robin Sharing", inviterName: "Alex Owner" });
    const [stored] = await db.select().from(caseInvitations).where(eq(caseInvitations.caseId, caseId));
    expect(stored!.tokenHash).not.toContain(invitation.token);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);

    expect(await acceptInvitation(carer, invitation.token)).toEqual({ ok: true, caseId });
    const access = await requireCaseAccess(nextRequest(carer), caseId, "comment");
    expect(access).toMatchObject({ role: "carer", level: "comment" });
    // Used once: the same link now offers nothing, to the same person or anyone else.
    expect(await acceptInvitation(carer, invitation.token)).toEqual({ ok: false, reason: "unusable" });
    expect(await unsafeFindOpenInvitation(invitation.token)).toBeNull();
  });

  it("is refused for an account with another email address, and still works for the right one", async () => {
    const { owner, caseId } = await ownedCase();
    const stranger = await createParent({ email: "someone.else@example.com" });
    const carer = await createParent({ email: "jo.carer@example.com" });
    const invitation = await invite(owner, caseId, "jo.carer@example.com");
    expect(await acceptInvitation(stranger, invitation.token)).toEqual({ ok: false, reason: "wrong_person" });
    await expect(requireCaseAccess(stranger, caseId, "read")).rejects.toMatchObject({ init: { status: 404 } });
    expect(await acceptInvitation(carer, invitation.token)).toEqual({ ok: true, caseId });
  });

  it("is refused after its seven days, when withdrawn, and for a token nobody was sent", async () => {
    const { owner, caseId } = await ownedCase();
    const carer = await createParent({ email: "late.carer@example.com" });
    const late = await invite(owner, caseId, "late.carer@example.com");
    await db.update(caseInvitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(caseInvitations.caseId, caseId));
    expect(await acceptInvitation(carer, late.token)).toEqual({ ok: false, reason: "unusable" });

    const withdrawn = await invite(owner, caseId, "late.carer@example.com");
    const { invitations } = await listSharing(await requireCaseAccess(owner, caseId, "own"));
    expect(invitations).toHaveLength(1); // the expired one is no longer listed
    expect(await revokeInvitation(await requireCaseAccess(owner, caseId, "own"), invitations[0]!.id)).toBe(true);
    expect(await acceptInvitation(carer, withdrawn.token)).toEqual({ ok: false, reason: "unusable" });
    expect(await acceptInvitation(carer, "not-a-token-anyone-was-sent")).toEqual({ ok: false, reason: "unusable" });
    await expect(requireCaseAccess(carer, caseId, "read")).rejects.toMatchObject({ init: { status: 404 } });
  });

  it("used twice at the same moment gives access once", async () => {
    const { owner, caseId } = await ownedCase();
    const carer = await createParent({ email: "twice@example.com" });
    const invitation = await invite(owner, caseId, "twice@example.com");
    const results = await Promise.all([acceptInvitation(carer, invitation.token), acceptInvitation(nextRequest(carer), invitation.token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const rows = await db.select().from(caseAccess).where(eq(caseAccess.userId, carer.id));
    expect(rows).toHaveLength(1);
  });

  it("asks an adviser for two-step sign-in first, and never changes the owner's own access", async () => {
    const { owner, caseId } = await ownedCase();
    const adviser = await createParent({ email: "adviser@example.com" });
    const invitation = await invite(owner, caseId, "adviser@example.com", { role: "adviser", level: "read" });
    expect(await acceptInvitation({ ...adviser, orgRole: "adviser", hasTwoFactor: false }, invitation.token)).toEqual({ ok: false, reason: "needs_two_factor" });
    expect(await acceptInvitation({ ...adviser, orgRole: "adviser", hasTwoFactor: true }, invitation.token)).toEqual({ ok: true, caseId });

    const toOwner = await invite(owner, caseId, owner.email);
    expect(await acceptInvitation(owner, toOwner.token)).toEqual({ ok: false, reason: "owner" });
    expect((await requireCaseAccess(nextRequest(owner), caseId, "own")).level).toBe("own");
    await expect(invite(owner, caseId, "x@example.com", { role: "adviser", level: "write" })).rejects.toThrow(/read or comment/);
  });

  it("gives the end date chosen with the invitation to the access", async () => {
    const { owner, caseId } = await ownedCase();
    const carer = await createParent({ email: "until@example.com" });
    const ends = new Date(Date.now() + 3 * 24 * 3600_000);
    const invitation = await invite(owner, caseId, "until@example.com", { accessEndsAt: ends });
    await acceptInvitation(carer, invitation.token);
    const [row] = await db.select().from(caseAccess).where(eq(caseAccess.userId, carer.id));
    expect(row!.expiresAt!.getTime()).toBe(ends.getTime());
  });
});

describe("access in force", () => {
  it("is one condition: a grant not yet started, revoked or ended is not shared, not listed as in force, and not let in", async () => {
    const { owner, caseId, access } = await ownedCase();
    const later = await createParent();
    // Starting tomorrow: the copies of the condition in sharing and comments once missed this.
    await db.insert(caseAccess).values({ caseId, userId: later.id, role: "carer", level: "read", startsAt: new Date(Date.now() + 24 * 3600_000) });
    expect(await isCaseShared(access)).toBe(false);
    expect((await listSharing(access)).people.find((p) => p.email === later.email)?.isInForce).toBe(false);
    await expect(requireCaseAccess(later, caseId, "read")).rejects.toMatchObject({ init: { status: 404 } });

    const carer = await createParent();
    await db.insert(caseAccess).values({ caseId, userId: carer.id, role: "carer", level: "read", expiresAt: new Date("2030-06-01T12:00:00Z") });
    expect(await isCaseShared(access)).toBe(true);
    // The end is a date a person chose: it is compared with the app's clock.
    setClock("2030-06-01T12:01:00Z");
    expect(await isCaseShared(access)).toBe(false);
    expect((await listSharing(access)).people.find((p) => p.email === carer.email)?.isInForce).toBe(false);
    await expect(requireCaseAccess(nextRequest(carer), caseId, "read")).rejects.toMatchObject({ init: { status: 404 } });
    setClock(null);
    expect(await isCaseShared(access)).toBe(true);
    expect((await listSharing(access)).people[0]).toMatchObject({ email: owner.email, isInForce: true });
  });
});

describe("changing and taking away access", () => {
  it("changes a level and end date, refuses edit for an adviser, and never touches the owner", async () => {
    const { owner, caseId, access } = await ownedCase();
    const carer = await createParent();
    const adviser = await createParent();
    await db.insert(caseAccess).values([
      { caseId, userId: carer.id, role: "carer", level: "read" },
      { caseId, userId: adviser.id, role: "adviser", level: "read" },
    ]);
    const { people } = await listSharing(access);
    expect(people.map((p) => p.role)[0]).toBe("owner");
    const idOf = (user: SignedInUser) => people.find((p) => p.email === user.email)!.id;

    expect(await changeAccess(access, idOf(carer), { level: "write", expiresAt: null })).toBe(true);
    expect((await requireCaseAccess(nextRequest(carer), caseId, "write")).level).toBe("write");
    await expect(changeAccess(access, idOf(adviser), { level: "write", expiresAt: null })).rejects.toMatchObject({ data: { problem: expect.stringMatching(/read, or read and comment/) } });
    expect(await changeAccess(access, idOf(owner), { level: "read", expiresAt: null })).toBe(false);
    expect(await changeAccess(access, "not-an-id", { level: "read", expiresAt: null })).toBe(false);

    expect(await revokeAccess(access, idOf(carer))).toBe(true);
    expect(await revokeAccess(access, idOf(carer))).toBe(false); // already taken away
    await expect(requireCaseAccess(nextRequest(carer), caseId, "read")).rejects.toMatchObject({ init: { status: 404 } });
    expect(await revokeAccess(access, idOf(owner))).toBe(false);
    expect((await requireCaseAccess(nextRequest(owner), caseId, "own")).level).toBe("own");
  });

  it("cannot reach into another case", async () => {
    const mine = await ownedCase();
    const theirs = await ownedCase();
    const carer = await createParent();
    await db.insert(caseAccess).values({ caseId: theirs.caseId, userId: carer.id, role: "carer", level: "read" });
    const [row] = await db.select().from(caseAccess).where(eq(caseAccess.userId, carer.id));
    expect(await revokeAccess(mine.access, row!.id)).toBe(false);
    expect(await changeAccess(mine.access, row!.id, { level: "write", expiresAt: null })).toBe(false);
    expect((await requireCaseAccess(carer, theirs.caseId, "read")).level).toBe("read");
  });

  it("shares with a booked adviser until the later end, and gives back access taken away", async () => {
    const { caseId, access } = await ownedCase();
    const adviser = await createParent();
    const soon = new Date(Date.now() + 2 * 24 * 3600_000);
    const later = new Date(Date.now() + 9 * 24 * 3600_000);
    await shareWithAdviser(access, adviser.id, later);
    await shareWithAdviser(access, adviser.id, soon);
    let [row] = await db.select().from(caseAccess).where(eq(caseAccess.userId, adviser.id));
    expect(row).toMatchObject({ role: "adviser", level: "comment" });
    expect(row!.expiresAt!.getTime()).toBe(later.getTime());
    await revokeAccess(access, row!.id);
    await shareWithAdviser(access, adviser.id, soon);
    [row] = await db.select().from(caseAccess).where(eq(caseAccess.userId, adviser.id));
    expect(row!.revokedAt).toBeNull();
    expect((await requireCaseAccess(adviser, caseId, "comment")).role).toBe("adviser");
  });
});

describe("the case state the caches key on", () => {
  it("changes on accepting, on taking access away and when access ends, with no change to the case", async () => {
    const { owner, caseId, access } = await ownedCase();
    const carer = await createParent({ email: "state@example.com" });
    const states = [await readCaseState(access)];
    expect(await readCaseState(access)).toBe(states[0]); // nothing changed, nothing differs

    const invitation = await invite(owner, caseId, "state@example.com", { accessEndsAt: new Date("2030-06-01T12:00:00Z") });
    states.push(await readCaseState(access)); // an open invitation
    await acceptInvitation(carer, invitation.token);
    states.push(await readCaseState(access));
    setClock("2030-06-01T12:01:00Z"); // the access ends: no write at all
    states.push(await readCaseState(access));
    setClock(null);
    expect(await readCaseState(access)).toBe(states[2]);
    const [row] = await db.select().from(caseAccess).where(eq(caseAccess.userId, carer.id));
    await revokeAccess(access, row!.id);
    states.push(await readCaseState(access));
    expect(states[1]).not.toBe(states[0]);
    expect(states[2]).not.toBe(states[1]);
    expect(states[3]).not.toBe(states[2]);
    // Ended, or taken away: nobody else can see the case, as before it was shared.
    expect(states[3]).toBe(states[0]);
    expect(states[4]).toBe(states[0]);
  });
});
