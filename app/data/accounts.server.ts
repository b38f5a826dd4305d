// Queries for accounts: users, emailed tokens, sign-in failures. None of these touch case data,
// except deleting an account, which deletes the cases it owns and their stored files.
import { and, count, eq, gt, inArray, isNull, lt, max, ne } from "drizzle-orm";
import type { SignedInUser } from "~/context";
import { createToken, hashToken } from "~/auth/tokens.server";
import { db } from "./db.server";
import { removeStoredFiles } from "./documents.server";
import { caseAccess, cases, documents, emailTokens, sessions, signInFailures, users } from "./schema";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Looks a user up by email without any session: only for sign-in, sign-up and password reset,
 * which by their nature happen before anyone is signed in.
 */
export async function unsafeFindUserByEmail(email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, normaliseEmail(email))).limit(1);
  return row;
}

/** Creates a user; returns undefined when the email is already taken. */
export async function createUser(input: { email: string; name: string; passwordHash: string; verified?: boolean; orgRole?: "adviser" | "admin" }) {
  const [row] = await db
    .insert(users)
    .values({
      email: normaliseEmail(input.email),
      name: input.name,
      passwordHash: input.passwordHash,
      emailVerifiedAt: input.verified ? new Date() : null,
      orgRole: input.orgRole ?? null,
    })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function getUserPasswordHash(user: SignedInUser): Promise<string> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!row) throw new Error("Signed-in user has no row");
  return row.passwordHash;
}

export async function markEmailVerified(userId: string) {
  await db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, userId));
}

/** Sets a new password and ends every session of the user except `keepSessionId`. */
export async function setPassword(userId: string, passwordHash: string, keepSessionId?: string) {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    const sessionsOfUser = eq(sessions.userId, userId);
    const rows = await tx.select({ id: sessions.id }).from(sessions).where(sessionsOfUser);
    for (const row of rows) {
      if (row.id !== keepSessionId) await tx.delete(sessions).where(eq(sessions.id, row.id));
    }
    // A reset link in flight would otherwise still work after the password changed.
    await tx.update(emailTokens).set({ usedAt: new Date() }).where(and(eq(emailTokens.userId, userId), isNull(emailTokens.usedAt)));
  });
}

/**
 * Deletes the account. Cases the user owns go with it (and everything in them, stored files
 * included: after the rows, as deleteCase does); access they were given to other people's cases
 * ends. Returns how many cases were deleted.
 */
export async function deleteAccount(user: SignedInUser): Promise<{ deletedCases: number; deletedFiles: number; peopleWhoLostAccess: number; casesLeft: number }> {
  const { storageKeys, ...counts } = await db.transaction(async (tx) => {
    const mine = await tx.select({ caseId: caseAccess.caseId, level: caseAccess.level }).from(caseAccess).where(eq(caseAccess.userId, user.id));
    const caseIds = mine.filter((row) => row.level === "own").map((row) => row.caseId);
    const files = caseIds.length > 0 ? await tx.select({ storageKey: documents.storageKey }).from(documents).where(inArray(documents.caseId, caseIds)) : [];
    const [shared] =
      caseIds.length > 0
        ? await tx.select({ people: count() }).from(caseAccess).where(and(inArray(caseAccess.caseId, caseIds), ne(caseAccess.userId, user.id)))
        : [{ people: 0 }];
    for (const caseId of caseIds) await tx.delete(cases).where(eq(cases.id, caseId));
    await tx.delete(users).where(eq(users.id, user.id));
    return {
      deletedCases: caseIds.length,
      deletedFiles: files.length,
      peopleWhoLostAccess: shared?.people ?? 0,
      casesLeft: mine.length - caseIds.length,
      storageKeys: files.map((file) => file.storageKey),
    };
  });
  await removeStoredFiles(storageKeys);
  return counts;
}

export const EMAIL_TOKEN_LIFETIME_MS = {
  verify_email: 48 * 60 * 60 * 1000,
  // The reset link works for one hour: long enough to find the email, short enough to limit harm.
  reset_password: 60 * 60 * 1000,
} as const;

export type EmailTokenPurpose = keyof typeof EMAIL_TOKEN_LIFETIME_MS;

/** Makes a single-use token for an emailed link. Only its hash is stored. */
export async function issueEmailToken(userId: string, purpose: EmailTokenPurpose, now = new Date()): Promise<string> {
  const token = createToken();
  await db.insert(emailTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + EMAIL_TOKEN_LIFETIME_MS[purpose]),
  });
  return token;
}

/** True when the token is unused and in date (without using it up). */
export async function isEmailTokenValid(token: string, purpose: EmailTokenPurpose): Promise<boolean> {
  const [row] = await db
    .select({ id: emailTokens.id })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    );
  return Boolean(row);
}

/**
 * Uses up a token and returns its user's id, or null when it is unknown, used or expired. One
 * UPDATE does the check and the use, so two requests with one token cannot both succeed.
 */
export async function consumeEmailToken(token: string, purpose: EmailTokenPurpose): Promise<string | null> {
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: emailTokens.userId });
  return row?.userId ?? null;
}

export async function recordSignInFailure(keys: string[]) {
  await db.insert(signInFailures).values(keys.map((key) => ({ key })));
}

/** For each key, how many failures since `since` and when the last one was (keys with none are left out). */
export async function summariseSignInFailuresSince(keys: string[], since: Date): Promise<Map<string, { count: number; lastAt: Date }>> {
  const rows = await db
    .select({ key: signInFailures.key, n: count(), lastAt: max(signInFailures.at) })
    .from(signInFailures)
    .where(and(inArray(signInFailures.key, keys), gt(signInFailures.at, since)))
    .groupBy(signInFailures.key);
  return new Map(rows.map((row) => [row.key, { count: row.n, lastAt: new Date(row.lastAt ?? 0) }]));
}

export async function clearSignInFailures(key: string) {
  await db.delete(signInFailures).where(eq(signInFailures.key, key));
}

/** Forgets failures older than the rate-limit window; run now and then. */
export async function pruneSignInFailures(before: Date) {
  await db.delete(signInFailures).where(lt(signInFailures.at, before));
}
