// Sessions stored in the database, carried by an httpOnly cookie.
import { and, eq, gt, ne, type SQLWrapper } from "drizzle-orm";
import { redirect } from "react-router";
import { db } from "~/data/db.server";
import { sessions, users } from "~/data/schema";
import { config } from "~/services/config.server";
import { userContext, type SignedInUser } from "~/context";
import { createToken, hashToken } from "./tokens.server";

export const SESSION_COOKIE = "cp_session";
const SESSION_DAYS = 30;
// Touch last_seen_at at most this often, so page views do not each write to the database.
const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

export type ContextReader = { get: <T>(ctx: import("react-router").RouterContext<T>) => T };

function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/**
 * The session id (the stored hash of the cookie's token) a Cookie header carries, or null. The page
 * cache reads it from Express's headers, with no Request to build.
 */
export function findSessionId(cookieHeader: string | null | undefined): string | null {
  const token = readCookie(cookieHeader, SESSION_COOKIE);
  return token ? hashToken(token) : null;
}

/**
 * The SQL condition for "this session signs its person in": it exists, has not expired and is not
 * waiting for the second-factor code. The one definition: findSignedInUser and the page cache's
 * gate (findKeptPageGate in access.server.ts) both use it.
 */
export function sessionSignsIn(sessionId: string | SQLWrapper, at: Date | SQLWrapper = new Date()) {
  return and(eq(sessions.id, sessionId), gt(sessions.expiresAt, at), eq(sessions.awaitingSecondFactor, false))!;
}

/** The columns of a signed-in person, read with their session. */
export const signedInUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  orgRole: users.orgRole,
  totpEnabledAt: users.totpEnabledAt,
  lastSeenAt: sessions.lastSeenAt,
};

type SignedInUserRow = { id: string; email: string; name: string; orgRole: SignedInUser["orgRole"]; totpEnabledAt: Date | null; lastSeenAt: Date };

/** The person a session row signs in; notes that the session was used, at most every few minutes. */
export async function signedInUserFrom(row: SignedInUserRow, sessionId: string): Promise<SignedInUser> {
  if (Date.now() - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, sessionId));
  }
  return { id: row.id, email: row.email, name: row.name, sessionId, orgRole: row.orgRole, hasTwoFactor: row.totpEnabledAt !== null };
}

function cookieHeader(value: string, maxAgeSeconds: number): string {
  const attributes = [
    `${SESSION_COOKIE}=${value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (config.isProduction) attributes.push("Secure");
  return attributes.join("; ");
}

/** Finds the user for the request's session cookie, or null. Called once per request by middleware. */
export async function findSignedInUser(request: Request): Promise<SignedInUser | null> {
  const sessionId = findSessionId(request.headers.get("Cookie"));
  if (!sessionId) return null;
  const [row] = await db
    .select(signedInUserColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(sessionSignsIn(sessionId))
    .limit(1);
  return row ? signedInUserFrom(row, sessionId) : null;
}

/** The session that has passed the password but still needs the second-factor code, if any. */
export async function findSessionAwaitingCode(request: Request): Promise<{ sessionId: string; userId: string; email: string } | null> {
  const sessionId = findSessionId(request.headers.get("Cookie"));
  if (!sessionId) return null;
  const [row] = await db
    .select({ userId: sessions.userId, email: users.email })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, new Date()), eq(sessions.awaitingSecondFactor, true)))
    .limit(1);
  return row ? { sessionId, ...row } : null;
}

/** How long a person has to type the code after the password. */
const AWAITING_CODE_MINUTES = 10;

/**
 * Starts a session and returns the Set-Cookie header that carries it. With `awaitingCode`, the
 * session signs nobody in until the second-factor code is right, and lapses after ten minutes.
 */
export async function startSession(userId: string, request: Request, { awaitingCode = false } = {}): Promise<string> {
  const token = createToken();
  const lifetimeMs = awaitingCode ? AWAITING_CODE_MINUTES * 60 * 1000 : SESSION_DAYS * 24 * 60 * 60 * 1000;
  await db.insert(sessions).values({
    id: hashToken(token),
    userId,
    userAgent: request.headers.get("User-Agent")?.slice(0, 300) ?? null,
    expiresAt: new Date(Date.now() + lifetimeMs),
    awaitingSecondFactor: awaitingCode,
  });
  return cookieHeader(token, SESSION_DAYS * 24 * 60 * 60);
}

/** After the right code: the waiting session becomes a full one. */
export async function completeSessionAfterCode(sessionId: string): Promise<void> {
  await db
    .update(sessions)
    .set({ awaitingSecondFactor: false, expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000) })
    .where(eq(sessions.id, sessionId));
}

/** Ends the session server-side and returns the Set-Cookie header that clears the cookie. */
export async function endSession(sessionId: string): Promise<string> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
  return cookieHeader("", 0);
}

export function clearSessionCookie(): string {
  return cookieHeader("", 0);
}

export async function listSessions(user: SignedInUser) {
  const rows = await db
    .select({
      id: sessions.id,
      userAgent: sessions.userAgent,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, user.id), gt(sessions.expiresAt, new Date())))
    .orderBy(sessions.lastSeenAt);
  return rows
    .map((row) => ({ ...row, isCurrent: row.id === user.sessionId }))
    .reverse();
}

/** Ends one of the user's sessions (never another user's). */
export async function endOtherSession(user: SignedInUser, sessionId: string): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, user.id), eq(sessions.id, sessionId), ne(sessions.id, user.sessionId)));
}

export async function endAllOtherSessions(user: SignedInUser): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, user.sessionId)));
}

/** The signed-in user, or a redirect to sign in that brings them back here afterwards. */
export function requireUser(request: Request, context: ContextReader): SignedInUser {
  const user = context.get(userContext);
  if (!user) {
    const url = new URL(request.url);
    const back = url.pathname + url.search;
    throw redirect(`/sign-in?redirectTo=${encodeURIComponent(back)}`);
  }
  return user;
}

/** Sends signed-in people away from pages for signed-out people. */
export function requireSignedOut(context: ContextReader): void {
  if (context.get(userContext)) throw redirect("/cases");
}

/** Longest path kept for after sign-in; it goes into a Location header. */
const REDIRECT_PATH_LIMIT = 2000;
/** A path on this site in printable ASCII: no spaces, tabs or other controls, no backslash. */
const CLEAN_PATH = /^\/(?![/\\])[!-[\]-~]*$/;

/**
 * A safe place to go after sign-in: only a clean path on this site, else `fallback`. Browsers drop
 * tabs and line breaks and read a backslash as "/", so "/\t/evil.example" would leave the site;
 * such values, and anything that would not fit a header, are refused rather than repaired.
 */
export function safeRedirectPath(to: FormDataEntryValue | string | null | undefined, fallback = "/cases"): string {
  if (typeof to !== "string" || to.length > REDIRECT_PATH_LIMIT || !CLEAN_PATH.test(to)) return fallback;
  const base = "http://clearpath.invalid";
  return new URL(to, base).origin === base ? to : fallback;
}
