// Links to one evidence pack for someone with no account (a tribunal representative, a new
// school). Only the link's hash is kept, and the passcode's argon2id hash. Managed by the owner.
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import { hashPassword } from "~/auth/password.server";
import { createToken, hashToken } from "~/auth/tokens.server";
import { db } from "./db.server";
import { isUuid } from "./ids";
import { shareLinks } from "./schema";

export async function createShareLink(access: CaseAccess, packId: string, input: { label: string; days: number; passcode: string | null }): Promise<string> {
  const token = createToken();
  await db.insert(shareLinks).values({
    caseId: access.caseId,
    packId,
    label: input.label,
    tokenHash: hashToken(token),
    passcodeHash: input.passcode ? await hashPassword(input.passcode) : null,
    expiresAt: new Date(Date.now() + input.days * 24 * 60 * 60 * 1000),
    createdBy: access.userId,
  });
  return token;
}

export async function listShareLinks(access: CaseAccess, packId: string) {
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
    .where(and(eq(shareLinks.caseId, access.caseId), eq(shareLinks.packId, packId)))
    .orderBy(desc(shareLinks.createdAt));
}

export async function revokeShareLink(access: CaseAccess, linkId: string): Promise<boolean> {
  if (!isUuid(linkId)) return false;
  const updated = await db
    .update(shareLinks)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(shareLinks.id, linkId), eq(shareLinks.caseId, access.caseId), isNull(shareLinks.revokedAt)))
    .returning({ id: shareLinks.id });
  return updated.length > 0;
}
