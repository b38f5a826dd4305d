// The one gate to a case. Every loader and action that touches a case calls requireCaseAccess,
// and every case query in app/data takes the CaseAccess it returns. A second reader should look
// at any change to this file. See docs/decisions/005-authorization.md.
import { and, eq, gt, isNull, lte, or, sql, type SQLWrapper } from "drizzle-orm";
import { db, preparedStatement } from "~/data/db.server";
import { caseStateColumns, caseStateFrom } from "~/data/case-cache.server";
import { appeals, auditEvents, caseAccess, cases, evidencePacks, sessions, shareLinks, users } from "~/data/schema";
import { sessionSignsIn, signedInUserColumns, signedInUserFrom } from "./session.server";
import { hashToken } from "./tokens.server";
import type { SignedInUser } from "~/context";
import { isUuid } from "~/data/ids";
import { fail } from "~/errors";
import { ACCESS_LEVELS, type AccessLevel } from "~/domain/codes/access";
import { APPEAL_TYPE_NAMES, type AppealType } from "~/domain/codes/tribunal";
import { now } from "~/services/clock.server";

export type { AccessLevel };
export type CaseRole = "owner" | "carer" | "adviser" | "link";

declare const caseAccessBrand: unique symbol;

/**
 * Proof that `userId` may act on `caseId` at `level`. Only this module can make one (the brand is
 * not exported), so a data function that takes a CaseAccess cannot be called with a bare id.
 */
export type CaseAccess = {
  readonly userId: string;
  readonly caseId: string;
  readonly level: AccessLevel;
  readonly role: CaseRole;
  readonly [caseAccessBrand]: true;
};


export function hasLevel(granted: AccessLevel, needed: AccessLevel): boolean {
  return ACCESS_LEVELS.indexOf(granted) >= ACCESS_LEVELS.indexOf(needed);
}

/**
 * The SQL condition for "this access row is in force" at `at`: started, not revoked, not ended.
 * The one definition: the gate, the sharing page, comments and the caches all use it. The start
 * and the revocation are stamps written by the database's clock, so they are compared with it; the
 * end is a date a person chose, compared with the app's clock like every other date (a test's fixed
 * clock moves it, and "today" on the page and the end of access never disagree).
 */
export function accessInForce(at: Date | SQLWrapper = now()) {
  return and(
    lte(caseAccess.startsAt, sql`now()`),
    isNull(caseAccess.revokedAt),
    or(isNull(caseAccess.expiresAt), gt(caseAccess.expiresAt, at)),
  )!;
}

/**
 * Returns the user's access to the case, or fails as "forbidden" (answered 404, never 403: a person
 * without access must not learn that the case exists) when they have none in force,
 * or less than `needed`. Read on every request, so a revoked or expired grant stops at once.
 *
 * @example const access = await requireCaseAccess(user, params.caseId, "write");
 */
export async function requireCaseAccess(
  user: SignedInUser,
  caseId: string | undefined,
  needed: AccessLevel,
): Promise<CaseAccess> {
  if (!caseId || !isUuid(caseId)) fail("forbidden");
  const access = await findAccessThisRequest(user, caseId);
  if (!access || !hasLevel(access.level, needed)) fail("forbidden");
  return access;
}

// The layout and the page of one request both ask the gate about the same case. The root
// middleware makes a fresh `user` object for every request, so keying on it remembers the answer
// for this request only; the next request asks the database again, so a revoked grant still
// stops on the very next request.
const answersThisRequest = new WeakMap<SignedInUser, Map<string, Promise<CaseAccess | null>>>();

function findAccessThisRequest(user: SignedInUser, caseId: string): Promise<CaseAccess | null> {
  let answers = answersThisRequest.get(user);
  if (!answers) {
    answers = new Map();
    answersThisRequest.set(user, answers);
  }
  let answer = answers.get(caseId);
  if (!answer) {
    answer = findAccessInForce(user, caseId);
    answers.set(caseId, answer);
  }
  return answer;
}

async function findAccessInForce(user: SignedInUser, caseId: string): Promise<CaseAccess | null> {
  const [row] = await db
    .select({ level: caseAccess.level, role: caseAccess.role })
    .from(caseAccess)
    .where(and(eq(caseAccess.caseId, caseId), eq(caseAccess.userId, user.id), accessInForce()))
    .limit(1);
  return row ? ({ userId: user.id, caseId, level: row.level, role: row.role } as CaseAccess) : null;
}

/** What the page cache learns on every request for a kept page, before it answers. */
export type KeptPageGate = {
  user: SignedInUser;
  /** The person's access to the case in force, or null for none (the app answers 404 as ever). */
  access: CaseAccess | null;
  /** The case's state (case-cache.server.ts), read only when the person has access, else null. */
  caseState: string | null;
};

// The session, the gate and the case's state in one statement, planned once (decision 118). It
// applies the very conditions findSignedInUser and the gate apply (sessionSignsIn, accessInForce),
// and reads the case's state only through an access row in force, so nothing of a case is read
// for a person who may not see it. Built on first use: building it reaches the database.
let keptPageGateStatement: ReturnType<typeof preparedStatement> | undefined;

function buildKeptPageGateStatement() {
  const caseId = sql.placeholder("caseId");
  const accessAt = sql.placeholder("accessAt");
  const userColumns = Object.entries(signedInUserColumns).map(([name, column]) => sql`${column} as ${sql.identifier(name)}`);
  const stateColumns = Object.entries(caseStateColumns(caseId, accessAt)).map(
    ([name, value]) => sql`case when ${caseAccess.id} is not null then (${value}) end as ${sql.identifier(name)}`,
  );
  return preparedStatement(
    "kept_page_gate",
    sql`select ${sql.join(userColumns, sql`, `)}, ${caseAccess.level} as "level", ${caseAccess.role} as "role", ${sql.join(stateColumns, sql`, `)}
      from ${sessions}
      inner join ${users} on ${eq(users.id, sessions.userId)}
      left join ${caseAccess} on ${and(eq(caseAccess.caseId, caseId), eq(caseAccess.userId, users.id), accessInForce(accessAt))}
      left join ${cases} on ${eq(cases.id, caseAccess.caseId)}
      where ${sessionSignsIn(sql.placeholder("sessionId"), sql.placeholder("sessionAt"))}
      limit 1`,
  );
}

/**
 * For the page cache, which runs before React Router on every request for a kept page: the
 * session's person, their access to the case and the case's state, in one query. Null when the
 * session signs nobody in. The same answers as findSignedInUser, requireCaseAccess (with "read")
 * and readCaseState, read at the same moment.
 */
export async function findKeptPageGate(sessionId: string, caseId: string): Promise<KeptPageGate | null> {
  if (!isUuid(caseId)) return null;
  keptPageGateStatement ??= buildKeptPageGateStatement();
  const [row] = await keptPageGateStatement({ sessionId, sessionAt: new Date().toISOString(), caseId, accessAt: now().toISOString() });
  if (!row) return null;
  const user = await signedInUserFrom(row as Parameters<typeof signedInUserFrom>[0], sessionId);
  if (row.level === null || row.level === undefined) return { user, access: null, caseState: null };
  const access = { userId: user.id, caseId, level: row.level, role: row.role } as CaseAccess;
  return { user, access, caseState: caseStateFrom(row as { version: number; sharing: string | null }) };
}

const CASE_PATH = /^\/cases\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[/.]|$)/i;

/** The case an address is about, or null: `/cases/<id>`, `/cases/<id>/…` or `/cases/<id>.data`. */
export function caseIdOfPath(pathname: string): string | null {
  return CASE_PATH.exec(pathname)?.[1] ?? null;
}

/**
 * Writes the activity log: every request to a case by anyone other than its owner that the gate
 * let through, as a read (GET) or a change (any other method). Called once per answered request,
 * by the root middleware and by the page cache when it answers. Uses the gate's answer for this
 * request, so it adds no query for the owner.
 */
export async function recordCaseVisit(user: SignedInUser, method: string, url: URL): Promise<void> {
  const caseId = caseIdOfPath(url.pathname);
  if (!caseId) return;
  const access = await findAccessThisRequest(user, caseId);
  if (!access || access.role === "owner") return;
  await db.insert(auditEvents).values({
    caseId: access.caseId,
    actorId: user.id,
    actorName: user.name,
    actorRole: `${access.role}:${access.level}`,
    action: method === "GET" || method === "HEAD" ? "read" : "change",
    // The single-fetch suffix is how the browser asks for a page's data; the log shows the page.
    path: url.pathname.replace(/\.data$/, "").slice(0, 500),
  });
}

/** The cases a user may see now, with their level, for lists. */
export async function listAccessibleCaseIds(user: SignedInUser) {
  return db
    .select({ caseId: caseAccess.caseId, level: caseAccess.level, role: caseAccess.role })
    .from(caseAccess)
    .where(and(eq(caseAccess.userId, user.id), accessInForce()));
}

/**
 * Grants owner access to a case the user has just created. Only called from createCase, inside
 * the same transaction, so there is no moment when a case has no owner.
 */
export function ownerGrant(caseId: string, userId: string) {
  return { caseId, userId, role: "owner" as const, level: "own" as const, grantedBy: userId };
}

/** What a shared link opens, with what its page and the activity log call it. */
export type SharedThing = { kind: "pack"; packId: string; packTitle: string } | { kind: "bundle"; appealId: string; appealType: AppealType };

/**
 * The second way into a case: a shared link to one evidence pack or one appeal's bundle, for
 * someone with no account (decision 149). Gives read access to that case, good for that one thing
 * only (`link.opens`: the caller reads nothing else with it, and a route for the other kind answers
 * 404), while the link is unexpired and unrevoked. Returns null otherwise, so the route answers 404.
 */
export async function findShareLinkAccess(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  // Outer joins: a link has exactly one of the two (a CHECK), and the deleted one takes it away (cascade).
  const [row] = await db
    .select({
      id: shareLinks.id,
      caseId: shareLinks.caseId,
      label: shareLinks.label,
      passcodeHash: shareLinks.passcodeHash,
      expiresAt: shareLinks.expiresAt,
      createdBy: shareLinks.createdBy,
      packId: evidencePacks.id,
      packTitle: evidencePacks.title,
      appealId: appeals.id,
      appealType: appeals.appealType,
    })
    .from(shareLinks)
    .leftJoin(evidencePacks, eq(evidencePacks.id, shareLinks.packId))
    .leftJoin(appeals, eq(appeals.id, shareLinks.appealId))
    .where(and(eq(shareLinks.tokenHash, hashToken(token)), isNull(shareLinks.revokedAt), gt(shareLinks.expiresAt, sql`now()`)))
    .limit(1);
  if (!row) return null;
  const { packId, packTitle, appealId, appealType, ...rest } = row;
  let opens: SharedThing;
  if (packId !== null && packTitle !== null) opens = { kind: "pack", packId, packTitle };
  else if (appealId !== null && appealType !== null) opens = { kind: "bundle", appealId, appealType };
  else return null;
  const link = { ...rest, opens };
  const access = { userId: link.createdBy ?? "", caseId: link.caseId, level: "read", role: "link" } as CaseAccess;
  return { access, link };
}

/** Writes an opening of a shared link to the case's activity log: "Evidence pack “…”" or "Appeal bundle “…”". */
export async function recordShareLinkOpening(link: { caseId: string; label: string; opens: SharedThing }): Promise<void> {
  const what = link.opens.kind === "pack" ? `Evidence pack “${link.opens.packTitle}”` : `Appeal bundle “${APPEAL_TYPE_NAMES[link.opens.appealType]}”`;
  await db.insert(auditEvents).values({
    caseId: link.caseId,
    actorId: null,
    actorName: link.label,
    actorRole: "link",
    action: "open_link",
    path: what.slice(0, 500),
  });
}
