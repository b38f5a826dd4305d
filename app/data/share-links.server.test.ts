// Shared links of both kinds (decision 149): a link opens one evidence pack or one appeal's bundle,
// never both and never neither (a CHECK), only within its own case, and only that one thing; the
// owner lists and withdraws a pack's and a bundle's links apart; an opening is logged by what it opened.
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { createEvidencePack } from "../../tests/factories/plans";
import { createAppeal } from "../../tests/factories/tribunal";
import { findShareLinkAccess, recordShareLinkOpening, requireCaseAccess } from "~/auth/access.server";
import { hashToken } from "~/auth/tokens.server";
import { db } from "./db.server";
import { appeals, auditEvents, shareLinks } from "./schema";
import { createShareLink, listShareLinks, revokeShareLink } from "./share-links.server";

useTestDatabase();

async function ownedCase(childName = "Robin Links") {
  const owner = await createParent();
  const caseId = await createChildCase(owner, { childName });
  const access = await requireCaseAccess(owner, caseId, "own");
  const pack = await createEvidencePack(caseId, [], { title: "For the new school" });
  const appeal = await createAppeal(access);
  return { owner, caseId, access, pack, appeal };
}

const LINK = { label: "Tribunal representative", days: 7, passcode: null };

/** The error PostgreSQL gives for a broken constraint, wherever the driver puts it. */
async function refusedBy(promise: Promise<unknown>, constraint: RegExp) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).not.toBeNull();
  expect(`${String(error)} ${String((error as { cause?: unknown }).cause ?? "")}`).toMatch(constraint);
}

describe("a link's kind", () => {
  it("opens an evidence pack: the gate says which pack, with read access to its case", async () => {
    const { caseId, access, pack } = await ownedCase();
    const token = await createShareLink(access, { kind: "pack", packId: pack.id }, LINK);
    const found = await findShareLinkAccess(token);
    expect(found?.access).toMatchObject({ caseId, level: "read", role: "link" });
    expect(found?.link.opens).toEqual({ kind: "pack", packId: pack.id, packTitle: "For the new school" });
  });

  it("opens an appeal's bundle: the gate says which appeal, and nothing of a pack", async () => {
    const { caseId, access, appeal } = await ownedCase();
    const token = await createShareLink(access, { kind: "bundle", appealId: appeal.id }, LINK);
    const found = await findShareLinkAccess(token);
    expect(found?.access).toMatchObject({ caseId, level: "read", role: "link" });
    expect(found?.link.opens).toEqual({ kind: "bundle", appealId: appeal.id, appealType: "refusal_to_assess" });
  });

  it("opens nothing once withdrawn, expired, or when its appeal is deleted (its links go with it)", async () => {
    const { access, appeal } = await ownedCase();
    const bundle = { kind: "bundle", appealId: appeal.id } as const;
    const withdrawn = await createShareLink(access, bundle, LINK);
    const [row] = await db.select({ id: shareLinks.id }).from(shareLinks).where(eq(shareLinks.tokenHash, hashToken(withdrawn)));
    expect(await revokeShareLink(access, bundle, row!.id)).toBe(true);
    expect(await findShareLinkAccess(withdrawn)).toBeNull();

    const expired = await createShareLink(access, bundle, LINK);
    await db.update(shareLinks).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(shareLinks.tokenHash, hashToken(expired)));
    expect(await findShareLinkAccess(expired)).toBeNull();

    const live = await createShareLink(access, bundle, LINK);
    expect(await findShareLinkAccess(live)).not.toBeNull();
    await db.delete(appeals).where(eq(appeals.id, appeal.id));
    expect(await findShareLinkAccess(live)).toBeNull();
    expect(await db.select().from(shareLinks).where(eq(shareLinks.caseId, access.caseId))).toEqual([]);
  });
});

describe("the owner's lists", () => {
  it("keeps a pack's links and a bundle's links apart, and withdraws a link only from its own page", async () => {
    const { access, pack, appeal } = await ownedCase();
    const packTarget = { kind: "pack", packId: pack.id } as const;
    const bundleTarget = { kind: "bundle", appealId: appeal.id } as const;
    await createShareLink(access, packTarget, { ...LINK, label: "New school" });
    await createShareLink(access, bundleTarget, { ...LINK, label: "Representative", passcode: "river-stone" });
    const packLinks = await listShareLinks(access, packTarget);
    const bundleLinks = await listShareLinks(access, bundleTarget);
    expect(packLinks.map((link) => link.label)).toEqual(["New school"]);
    expect(bundleLinks).toEqual([expect.objectContaining({ label: "Representative", hasPasscode: true, isLive: true, revokedAt: null })]);

    // The bundle's page cannot withdraw the pack's link, nor the pack's page the bundle's.
    expect(await revokeShareLink(access, bundleTarget, packLinks[0]!.id)).toBe(false);
    expect(await revokeShareLink(access, packTarget, bundleLinks[0]!.id)).toBe(false);
    expect(await revokeShareLink(access, bundleTarget, bundleLinks[0]!.id)).toBe(true);
    expect((await listShareLinks(access, bundleTarget))[0]).toMatchObject({ isLive: false });
    expect((await listShareLinks(access, packTarget))[0]).toMatchObject({ isLive: true });
  });
});

describe("the table's rules", () => {
  it("refuses a link to both a pack and a bundle, or to neither", async () => {
    const { caseId, pack, appeal } = await ownedCase();
    const row = { caseId, label: "Someone", tokenHash: "h", expiresAt: new Date(Date.now() + 86_400_000) };
    await refusedBy(db.insert(shareLinks).values({ ...row, tokenHash: "both", packId: pack.id, appealId: appeal.id }), /share_links_one_thing|check constraint/);
    await refusedBy(db.insert(shareLinks).values({ ...row, tokenHash: "neither" }), /share_links_one_thing|check constraint/);
    await db.insert(shareLinks).values({ ...row, tokenHash: "one", appealId: appeal.id });
  });

  it("refuses a link in one case to another case's appeal", async () => {
    const mine = await ownedCase("Mina");
    const theirs = await ownedCase("Theo");
    const row = { caseId: mine.caseId, label: "Someone", tokenHash: "theirs", expiresAt: new Date(Date.now() + 86_400_000) };
    await refusedBy(db.insert(shareLinks).values({ ...row, appealId: theirs.appeal.id }), /same_case_fk|foreign key/);
  });
});

describe("the activity log", () => {
  it("names what was opened: the pack by its title, the bundle by its appeal", async () => {
    const { caseId, access, pack, appeal } = await ownedCase();
    for (const target of [{ kind: "pack", packId: pack.id }, { kind: "bundle", appealId: appeal.id }] as const) {
      const found = await findShareLinkAccess(await createShareLink(access, target, LINK));
      await recordShareLinkOpening(found!.link);
    }
    const logged = await db.select().from(auditEvents).where(and(eq(auditEvents.caseId, caseId), eq(auditEvents.action, "open_link")));
    expect(logged.map((event) => event.path).sort()).toEqual(["Appeal bundle “refusal to assess”", "Evidence pack “For the new school”"]);
    expect(logged.every((event) => event.actorName === "Tribunal representative" && event.actorRole === "link" && event.actorId === null)).toBe(true);
  });
});
