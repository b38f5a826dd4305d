// Links to one evidence pack or one appeal's bundle for someone with no account (a tribunal
// representative, a new school; decision 149). Only the link's hash is kept, and the passcode's
// argon2id hash. Managed by the owner, on the pack's or the bundle's sharing page.
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import { hashPassword } from "~/auth/password.server";
import { createToken, hashToken } from "~/auth/tokens.server";
import { db } from "./db.server";
import { isUuid } from "./ids";
import { shareLinks } from "./schema";

/** What a link opens: one evidence pack, or one appeal's bundle. A link never opens both (a CHECK in migration 0015). */
export type ShareTarget = { kind: "pack"; packId: string } | { kind: "bundle"; appealId: string };

/** The links of one pack or one bundle. */
function opens(target: ShareTarget) {
  return target.kind === "pack" ? eq(shareLinks.packId, target.packId) : eq(shareLinks.appealId, target.appealId);
}

export async function createShareLink(access: CaseAccess, target: ShareTarget, input: { label: string; days: number; passcode: string | null }): Promise<string> {
  const token = createToken();
  await db.insert(shareLinks).values({
    caseId: access.caseId,
    packId: target.kind === "pack" ? target.packId : null,
    appealId: target.kind === "bundle" ? target.appealId : null,
    label: input.label,
    tokenHash: hashToken(token),
    passcodeHash: input.passcode ? await hashPassword(input.passcode) : null,
    expiresAt: new Date(Date.now() + input.days * 24 * 60 * 60 * 1000),
    createdBy: access.userId,
  });
  return token;
}

export async function listShareLinks(access: CaseAccess, target: ShareTarget) {
  return db
    .select({
      id: shareLinks.id,
      label: shareLinks.label,
      hasPasscode: sql<boolean>`${shareLinks.passcodeHash} is not null`,
      expiresAt: shareLinks.expiresAt,
      revokedAt: shareLinks.revokedAt,
      isLive: sql<boolean>`${shareLinks.revokedAt} is null and ${shareLinks.expiresAt} > now()`,
    })
    .from(shareLinks)
    .where(and(eq(shareLinks.caseId, access.caseId), opens(target)))
    .orderBy(desc(shareLinks.createdAt));
}

/** Withdraws one link of this pack or bundle; false when it is not one of them or was already withdrawn. */
export async function revokeShareLink(access: CaseAccess, target: ShareTarget, linkId: string): Promise<boolean> {
  if (!isUuid(linkId)) return false;
  const updated = await db
    .update(shareLinks)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(shareLinks.id, linkId), eq(shareLinks.caseId, access.caseId), opens(target), isNull(shareLinks.revokedAt)))
    .returning({ id: shareLinks.id });
  return updated.length > 0;
}
