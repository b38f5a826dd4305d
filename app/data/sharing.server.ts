// Who else may see a case: invitations by email, and the access rows they become. Only the
// owner manages them (the routes ask the gate for "own"). A revoked or expired row stops working
// on the next request, because the gate reads case_access on every request.
import { and, asc, desc, eq, gt, isNull, ne, sql, type SQLWrapper } from "drizzle-orm";
import { accessInForce, type CaseAccess } from "~/auth/access.server";
import { createToken, hashToken } from "~/auth/tokens.server";
import type { SignedInUser } from "~/context";
import { db } from "./db.server";
import { caseAccess, caseInvitations, cases, shareLinks, users } from "./schema";
import { isUuid } from "./ids";
import { fail } from "~/errors";

/** How long an invitation link works if nobody uses it. */
export const INVITATION_DAYS = 7;

/** The SQL condition for "this invitation can still be used": not used, not withdrawn, not expired. */
function invitationIsOpen() {
  return and(isNull(caseInvitations.acceptedAt), isNull(caseInvitations.revokedAt), gt(caseInvitations.expiresAt, sql`now()`))!;
}

export type InvitationInput = {
  email: string;
  role: "carer" | "adviser";
  level: "read" | "comment" | "write";
  /** The instant the access ends, or null for no end. */
  accessEndsAt: Date | null;
};

export type Invitation = {
  token: string;
  email: string;
  childName: string;
  inviterName: string;
  role: "carer" | "adviser";
  level: "read" | "comment" | "write";
  accessEndsAt: Date | null;
  expiresAt: Date;
};

/** Makes an invitation and returns its one-time token (only its hash is stored). */
export async function createInvitation(access: CaseAccess, input: InvitationInput, inviter: SignedInUser): Promise<Invitation> {
  if (input.role === "adviser" && input.level === "write") throw new Error("An adviser can be given read or comment access only");
  const token = createToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  await db.insert(caseInvitations).values({
    caseId: access.caseId,
    email: input.email.toLowerCase(),
    role: input.role,
    level: input.level,
    accessEndsAt: input.accessEndsAt,
    tokenHash: hashToken(token),
    expiresAt,
    invitedBy: access.userId,
  });
  const [found] = await db.select({ childName: cases.childName }).from(cases).where(eq(cases.id, access.caseId));
  return { token, ...input, email: input.email.toLowerCase(), childName: found?.childName ?? "", inviterName: inviter.name, expiresAt };
}

/** Everyone with access to the case (the owner first), and the invitations not yet used. */
export async function listSharing(access: CaseAccess) {
  const people = await db
    .select({
      id: caseAccess.id,
      name: users.name,
      email: users.email,
      role: caseAccess.role,
      level: caseAccess.level,
      expiresAt: caseAccess.expiresAt,
      revokedAt: caseAccess.revokedAt,
      isInForce: sql<boolean>`(${accessInForce()})`,
    })
    .from(caseAccess)
    .innerJoin(users, eq(users.id, caseAccess.userId))
    .where(eq(caseAccess.caseId, access.caseId))
    .orderBy(sql`${caseAccess.role} = 'owner' desc`, asc(users.name));
  const invitations = await db
    .select({
      id: caseInvitations.id,
      email: caseInvitations.email,
      role: caseInvitations.role,
      level: caseInvitations.level,
      accessEndsAt: caseInvitations.accessEndsAt,
      expiresAt: caseInvitations.expiresAt,
    })
    .from(caseInvitations)
    .where(
and(eq(caseInvitations.caseId, access.caseId), invitationIsOpen()),
    )
    .orderBy(desc(caseInvitations.createdAt));
  return { people, invitations };
}

/** Whether anyone besides the owner can see the case now (then pages offer comments). */
export async function isCaseShared(access: CaseAccess): Promise<boolean> {
  const [row] = await db
    .select({ id: caseAccess.id })
    .from(caseAccess)
    .where(
      and(
        eq(caseAccess.caseId, access.caseId),
        ne(caseAccess.role, "owner"),
        accessInForce(),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * One SQL value that changes whenever who may see the case changes: the access rows in force
 * (with their level and end), the invitations still open and the shared links still live. It
 * changes at the moment a grant ends, too, with no write, because it is worked out on every
 * read. The caches keep what they keep per case version and this value (case-cache.server.ts).
 * The case and the instant may be placeholders of a prepared statement (the page cache's gate).
 */
export function sharingStateOf(caseId: string | SQLWrapper, at?: Date | SQLWrapper) {
  const people = db
    .select({ value: sql<string>`string_agg(${caseAccess.id}::text || ':' || ${caseAccess.level} || ':' || coalesce(${caseAccess.expiresAt}::text, ''), ',' order by ${caseAccess.id})` })
    .from(caseAccess)
    .where(and(eq(caseAccess.caseId, caseId), accessInForce(at)));
  const invitations = db
    .select({ value: sql<string>`string_agg(${caseInvitations.id}::text, ',' order by ${caseInvitations.id})` })
    .from(caseInvitations)
    .where(and(eq(caseInvitations.caseId, caseId), invitationIsOpen()));
  const links = db
    .select({ value: sql<string>`string_agg(${shareLinks.id}::text, ',' order by ${shareLinks.id})` })
    .from(shareLinks)
    .where(and(eq(shareLinks.caseId, caseId), isNull(shareLinks.revokedAt), gt(shareLinks.expiresAt, sql`now()`)));
  return sql<string>`concat_ws('|', (${people}), (${invitations}), (${links}))`;
}

/** Changes what a person other than the owner may do, and until when. Returns false if no such person. */
export async function changeAccess(access: CaseAccess, accessId: string, change: { level: "read" | "comment" | "write"; expiresAt: Date | null }) {
  if (!isUuid(accessId)) return false;
  const [row] = await db
    .select({ role: caseAccess.role })
    .from(caseAccess)
    .where(and(eq(caseAccess.id, accessId), eq(caseAccess.caseId, access.caseId), ne(caseAccess.role, "owner")));
  if (!row) return false;
  if (row.role === "adviser" && change.level === "write") fail("invalid", "An adviser can have read, or read and comment, access. Choose one of those");
  const updated = await db
    .update(caseAccess)
    .set({ level: change.level, expiresAt: change.expiresAt, revokedAt: null })
    .where(and(eq(caseAccess.id, accessId), eq(caseAccess.caseId, access.caseId), ne(caseAccess.role, "owner")))
    .returning({ id: caseAccess.id });
  return updated.length > 0;
}

/** Ends a person's access now. The owner's own access cannot be revoked. */
export async function revokeAccess(access: CaseAccess, accessId: string): Promise<boolean> {
  if (!isUuid(accessId)) return false;
  const updated = await db
    .update(caseAccess)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(caseAccess.id, accessId), eq(caseAccess.caseId, access.caseId), ne(caseAccess.role, "owner"), isNull(caseAccess.revokedAt)))
    .returning({ id: caseAccess.id });
  return updated.length > 0;
}

/** Withdraws an invitation nobody has used yet. */
export async function revokeInvitation(access: CaseAccess, invitationId: string): Promise<boolean> {
  if (!isUuid(invitationId)) return false;
  const updated = await db
    .update(caseInvitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(caseInvitations.id, invitationId), eq(caseInvitations.caseId, access.caseId), isNull(caseInvitations.acceptedAt), isNull(caseInvitations.revokedAt)))
    .returning({ id: caseInvitations.id });
  return updated.length > 0;
}

// ── The invited person's side ─────────────────────────────────────────────────────────────

/**
 * What an invitation link offers, if it can still be used. Looked up by the token itself, which
 * only the person it was emailed to has: this is the one case lookup that does not start at the gate.
 */
export async function unsafeFindOpenInvitation(token: string) {
  const [row] = await db
    .select({
      id: caseInvitations.id,
      caseId: caseInvitations.caseId,
      email: caseInvitations.email,
      role: caseInvitations.role,
      level: caseInvitations.level,
      accessEndsAt: caseInvitations.accessEndsAt,
      childName: cases.childName,
      inviterName: users.name,
    })
    .from(caseInvitations)
    .innerJoin(cases, eq(cases.id, caseInvitations.caseId))
    .leftJoin(users, eq(users.id, caseInvitations.invitedBy))
    .where(
and(eq(caseInvitations.tokenHash, hashToken(token)), invitationIsOpen()),
    )
    .limit(1);
  return row ?? null;
}

export type AcceptResult = { ok: true; caseId: string } | { ok: false; reason: "unusable" | "wrong_person" | "owner" | "needs_two_factor" };

/**
 * Uses an invitation once: marks it accepted and gives the signed-in person access. The link
 * works only for the account with the address it was sent to. Both steps are one transaction,
 * and the accepted mark is set only if nobody set it first, so a link cannot be used twice.
 */
export async function acceptInvitation(user: SignedInUser, token: string): Promise<AcceptResult> {
  const open = await unsafeFindOpenInvitation(token);
  if (!open) return { ok: false, reason: "unusable" };
  if (open.email !== user.email.toLowerCase()) return { ok: false, reason: "wrong_person" };
  // An adviser sees another family's child, so their account must have a second factor.
  if (open.role === "adviser" && !user.hasTwoFactor) return { ok: false, reason: "needs_two_factor" };
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ role: caseAccess.role })
      .from(caseAccess)
      .where(and(eq(caseAccess.caseId, open.caseId), eq(caseAccess.userId, user.id)));
    if (current?.role === "owner") return { ok: false, reason: "owner" } as const;
    const [used] = await tx
      .update(caseInvitations)
      .set({ acceptedAt: sql`now()`, acceptedBy: user.id })
      .where(and(eq(caseInvitations.id, open.id), isNull(caseInvitations.acceptedAt), isNull(caseInvitations.revokedAt)))
      .returning({ id: caseInvitations.id, invitedBy: caseInvitations.invitedBy });
    if (!used) return { ok: false, reason: "unusable" } as const;
    const grant = { role: open.role, level: open.level, expiresAt: open.accessEndsAt, grantedBy: used.invitedBy, revokedAt: null, startsAt: sql`now()` };
    await tx
      .insert(caseAccess)
      .values({ caseId: open.caseId, userId: user.id, ...grant })
      .onConflictDoUpdate({ target: [caseAccess.caseId, caseAccess.userId], set: grant });
    return { ok: true, caseId: open.caseId } as const;
  });
}

/**
 * Shares the case with an adviser for a booked session, with comment access until `until`. If the
 * adviser already has access, the later end date wins; the owner's own row is never touched.
 */
export async function shareWithAdviser(access: CaseAccess, adviserId: string, until: Date): Promise<void> {
  await db
    .insert(caseAccess)
    .values({ caseId: access.caseId, userId: adviserId, role: "adviser", level: "comment", expiresAt: until, grantedBy: access.userId })
    .onConflictDoUpdate({
      target: [caseAccess.caseId, caseAccess.userId],
      set: { level: "comment", revokedAt: null, expiresAt: sql`case when ${caseAccess.expiresAt} is null and ${caseAccess.revokedAt} is null then null else greatest(${caseAccess.expiresAt}, excluded.expires_at) end`, startsAt: sql`now()` },
      setWhere: sql`${caseAccess.role} = 'adviser'`,
    });
}
