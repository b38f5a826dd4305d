// Comments on the pages of a case, adviser notes of sessions, and the activity log. Every
// function takes the gate's CaseAccess and scopes its SQL to that case.
import { and, asc, desc, eq, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import { accessInForce, type CaseAccess } from "~/auth/access.server";
import type { SignedInUser } from "~/context";
import { db } from "./db.server";
import { adviserNotes, auditEvents, caseAccess, cases, comments, users } from "./schema";
import { isUuid } from "./ids";

/** The part of a path inside a case, e.g. "support/<id>" for /cases/<case>/support/<id>; "" for the overview. */
export function casePage(pathname: string): string {
  return pathname
    .replace(/\.data$/, "")
    .replace(/^\/cases\/[^/]+\/?/, "")
    .replace(/\/$/, "");
}

const IMPORTED = "imported: ";

/**
 * How the author of a comment or note from an imported archive is named. An archive can say
 * anything ("Clearpath Support Team"), so such a name is never shown as a person of this Clearpath.
 * Example: "Jordan Blake" → "imported: Jordan Blake" (unchanged if already marked).
 */
export function importedAuthorName(name: string): string {
  return name.startsWith(IMPORTED) ? name : `${IMPORTED}${name}`;
}

export async function listComments(access: CaseAccess, page: string) {
  return db
    .select({ id: comments.id, authorName: comments.authorName, authorId: comments.authorId, body: comments.body, createdAt: comments.createdAt })
    .from(comments)
    .where(and(eq(comments.caseId, access.caseId), eq(comments.page, page)))
    .orderBy(asc(comments.createdAt));
}

/** Every comment in the case, newest first, for the list of conversations. */
export async function listAllComments(access: CaseAccess, limit = 200) {
  return db
    .select({ id: comments.id, authorName: comments.authorName, page: comments.page, pageTitle: comments.pageTitle, body: comments.body, createdAt: comments.createdAt })
    .from(comments)
    .where(eq(comments.caseId, access.caseId))
    .orderBy(desc(comments.createdAt))
    .limit(limit);
}

/**
 * Adds a comment and returns who should hear about it: the owner and everyone who has commented
 * on the same page, if they can still see the case, never the author.
 */
export async function addComment(access: CaseAccess, author: SignedInUser, input: { page: string; pageTitle: string; body: string }) {
  await db.insert(comments).values({ caseId: access.caseId, authorId: author.id, authorName: author.name, ...input });
  const inForce = and(eq(caseAccess.caseId, access.caseId), accessInForce());
  const threadAuthors = db
    .selectDistinct({ id: comments.authorId })
    .from(comments)
    .where(and(eq(comments.caseId, access.caseId), eq(comments.page, input.page), isNotNull(comments.authorId)));
  const recipients = await db
    .select({ email: users.email })
    .from(caseAccess)
    .innerJoin(users, eq(users.id, caseAccess.userId))
    .where(and(inForce, ne(caseAccess.userId, author.id), or(eq(caseAccess.role, "owner"), sql`${caseAccess.userId} in ${threadAuthors}`)));
  const [found] = await db.select({ childName: cases.childName }).from(cases).where(eq(cases.id, access.caseId));
  return { childName: found?.childName ?? "", recipients: recipients.map((r) => r.email) };
}

// ── Adviser notes ─────────────────────────────────────────────────────────────────────────

/** The notes this person may see: their own, and any note shared with the family. */
export async function listNotes(access: CaseAccess) {
  return db
    .select()
    .from(adviserNotes)
    .where(and(eq(adviserNotes.caseId, access.caseId), or(eq(adviserNotes.authorId, access.userId), isNotNull(adviserNotes.sharedAt))))
    .orderBy(desc(adviserNotes.heldOn), desc(adviserNotes.createdAt));
}

export async function addNote(access: CaseAccess, author: SignedInUser, input: { heldOn: string; title: string; body: string; share: boolean }) {
  const { share, ...note } = input;
  await db.insert(adviserNotes).values({ caseId: access.caseId, authorId: author.id, authorName: author.name, ...note, sharedAt: share ? sql`now()` : null });
}

/** Shares one of the author's own notes with the family. */
export async function shareNote(access: CaseAccess, noteId: string): Promise<boolean> {
  if (!isUuid(noteId)) return false;
  const updated = await db
    .update(adviserNotes)
    .set({ sharedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(adviserNotes.id, noteId), eq(adviserNotes.caseId, access.caseId), eq(adviserNotes.authorId, access.userId), isNull(adviserNotes.sharedAt)))
    .returning({ id: adviserNotes.id });
  return updated.length > 0;
}

// ── Activity log ──────────────────────────────────────────────────────────────────────────

export async function listActivity(access: CaseAccess, limit = 500) {
  return db
    .select({ id: auditEvents.id, actorName: auditEvents.actorName, actorRole: auditEvents.actorRole, action: auditEvents.action, path: auditEvents.path, at: auditEvents.at })
    .from(auditEvents)
    .where(eq(auditEvents.caseId, access.caseId))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
}
