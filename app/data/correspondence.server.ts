// Queries for the correspondence log: letters and emails sent and received, and the replies
// awaited. Every function takes the CaseAccess from the gate and scopes its SQL to that case.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import { findRepliedOn } from "~/domain/correspondence/reply-status";
import type { MeetingKind } from "~/domain/codes/meetings";
import { db, rowsOf, type Db } from "./db.server";
import { correspondence, meetingActions, meetings, readable, type ReadableRow } from "./schema";
import { isUuid } from "./ids";
import { fail } from "~/errors";

export type CorrespondenceRow = ReadableRow<typeof correspondence>;

export type CorrespondenceInput = {
  direction: "sent" | "received";
  date: string;
  channel: "email" | "letter" | "phone" | "meeting" | "other";
  from: string | null;
  to: string | null;
  subject: string | null;
  body: string | null;
  kind: string | null;
  replyBy: string | null;
  repliedOn?: string | null;
  meetingId?: string | null;
  documentId?: string | null;
  inReplyTo?: string | null;
};

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// An id that is not a uuid would make PostgreSQL throw; it is simply not found.


/**
 * Adds a letter, email or call to the log and returns its id. When it is received in reply to
 * something the parent sent, that item is marked replied (see findRepliedOn). An `inReplyTo` that
 * is not this case's is a 404.
 */
export async function logCorrespondence(access: CaseAccess, entry: CorrespondenceInput): Promise<string> {
  return db.transaction(async (tx) => {
    const answered = entry.inReplyTo ? await requireInCase(tx, access, entry.inReplyTo) : null;
    const [row] = await tx
      .insert(correspondence)
      .values({ ...entry, caseId: access.caseId })
      .returning({ id: correspondence.id });
    if (answered) await markReplied(tx, access, answered, entry);
    return row!.id;
  });
}

/** Every item of the log, newest first. */
export async function listCorrespondence(access: CaseAccess): Promise<CorrespondenceRow[]> {
  return db
    .select(readable(correspondence))
    .from(correspondence)
    .where(eq(correspondence.caseId, access.caseId))
    .orderBy(desc(correspondence.date), desc(correspondence.createdAt));
}

/** What was logged about one meeting (its follow-up emails), oldest first. */
export async function listMeetingCorrespondence(access: CaseAccess, meetingId: string): Promise<CorrespondenceRow[]> {
  if (!isUuid(meetingId)) return [];
  return db
    .select(readable(correspondence))
    .from(correspondence)
    .where(and(eq(correspondence.caseId, access.caseId), eq(correspondence.meetingId, meetingId)))
    .orderBy(asc(correspondence.date), asc(correspondence.createdAt));
}

/** One item of this case, or null when there is none with that id in this case. */
export async function findCorrespondence(access: CaseAccess, id: string): Promise<CorrespondenceRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select(readable(correspondence))
    .from(correspondence)
    .where(and(eq(correspondence.caseId, access.caseId), eq(correspondence.id, id)))
    .limit(1);
  return row ?? null;
}

/**
 * Saves an item's new details; false when it is not in this case. A new `inReplyTo` marks what it
 * answers as replied, as logging does. Changing or removing the link leaves the old item's
 * replied-on date alone: the parent may have had the reply some other way, and can change it.
 */
export async function updateCorrespondence(access: CaseAccess, id: string, entry: Omit<CorrespondenceInput, "kind" | "meetingId" | "documentId">): Promise<boolean> {
  if (!isUuid(id)) return false;
  return db.transaction(async (tx) => {
    const answered = entry.inReplyTo && entry.inReplyTo !== id ? await requireInCase(tx, access, entry.inReplyTo) : null;
    const updated = await tx
      .update(correspondence)
      .set({ ...entry, inReplyTo: answered?.id ?? null, updatedAt: new Date() })
      .where(and(eq(correspondence.caseId, access.caseId), eq(correspondence.id, id)))
      .returning({ id: correspondence.id });
    if (updated.length === 0) return false;
    if (answered) await markReplied(tx, access, answered, entry);
    return true;
  });
}

/** Removes an item; anything logged as a reply to it stays, no longer linked. */
export async function removeCorrespondence(access: CaseAccess, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(correspondence)
      .where(and(eq(correspondence.caseId, access.caseId), eq(correspondence.id, id)))
      .returning({ id: correspondence.id });
    if (removed.length === 0) return false;
    await tx
      .update(correspondence)
      .set({ inReplyTo: null })
      .where(and(eq(correspondence.caseId, access.caseId), eq(correspondence.inReplyTo, id)));
    return true;
  });
}

async function requireInCase(tx: Tx, access: CaseAccess, id: string) {
  if (!isUuid(id)) fail("not_found");
  const [row] = await tx
    .select({ id: correspondence.id, direction: correspondence.direction, repliedOn: correspondence.repliedOn })
    .from(correspondence)
    .where(and(eq(correspondence.caseId, access.caseId), eq(correspondence.id, id)))
    .limit(1);
  return row ?? fail("not_found");
}

async function markReplied(tx: Tx, access: CaseAccess, answered: { id: string; direction: "sent" | "received"; repliedOn: string | null }, reply: { direction: "sent" | "received"; date: string }) {
  const repliedOn = findRepliedOn(answered, reply);
  if (!repliedOn) return;
  await tx
    .update(correspondence)
    .set({ repliedOn, updatedAt: new Date() })
    .where(and(eq(correspondence.caseId, access.caseId), eq(correspondence.id, answered.id)));
}

export type OverdueReply = { id: string; date: string; to: string | null; subject: string | null; replyBy: string };

/** How many late replies the dashboard names; the log lists them all. */
export const OVERDUE_REPLIES_SHOWN = 5;

export type FollowUpGlance = {
  /** The longest overdue first. */
  overdueReplies: OverdueReply[];
  overdueReplyCount: number;
  nextMeeting: { id: string; date: string; title: string | null; kind: MeetingKind } | null;
  overdueActionCount: number;
};

/**
 * What the dashboard's "Waiting for a reply" panel shows, in one small query: replies overdue on
 * `today`, the next meeting, and how many agreed actions are overdue.
 */
export async function getFollowUpGlance(access: CaseAccess, today: string): Promise<FollowUpGlance> {
  const caseId = access.caseId;
  const isOverdueReply = sql`c.case_id = ${caseId} and c.direction = 'sent' and c.replied_on is null and c.reply_by < ${today}`;
  const result = await db.execute(sql`
    select
      (select coalesce(json_agg(r), '[]'::json) from (
         select c.id, c.date, c.to_party as "to", c.subject, c.reply_by as "replyBy"
         from ${correspondence} c where ${isOverdueReply}
         order by c.reply_by, c.date limit ${OVERDUE_REPLIES_SHOWN}) r) as "overdueReplies",
      (select count(*)::int from ${correspondence} c where ${isOverdueReply}) as "overdueReplyCount",
      (select row_to_json(m) from (
         select m.id, m.date, m.title, m.kind from ${meetings} m
         where m.case_id = ${caseId} and m.date >= ${today}
         order by m.date, m.created_at limit 1) m) as "nextMeeting",
      (select count(*)::int from ${meetingActions} a
         where a.case_id = ${caseId} and a.status = 'open' and a.due_date < ${today}) as "overdueActionCount"`);
  const [row] = rowsOf<FollowUpGlance>(result);
  return {
    overdueReplies: row?.overdueReplies ?? [],
    overdueReplyCount: row?.overdueReplyCount ?? 0,
    nextMeeting: row?.nextMeeting ?? null,
    overdueActionCount: row?.overdueActionCount ?? 0,
  };
}
