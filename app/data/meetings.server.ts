// Queries for meetings and the actions agreed at them. Every function takes the CaseAccess from the
// gate and scopes its SQL to that case, including the ones given a meeting's or an action's id.
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import type { ActionStatus, MeetingKind } from "~/domain/codes/meetings";
import { db } from "./db.server";
import { meetingActions, meetings, readable, type ReadableRow } from "./schema";
import { isUuid } from "./ids";
import { fail } from "~/errors";

export type MeetingRow = ReadableRow<typeof meetings>;
export type ActionRow = ReadableRow<typeof meetingActions>;
export type MeetingWithActions = MeetingRow & { actions: ActionRow[] };

/**
 * A meeting as the parent plans it. The date is required: the form asks for it, but its date
 * field's type (shared with optional dates) still allows null.
 */
export type MeetingPlanInput = { date: string | null; kind: MeetingKind; title: string | null; attendees: string[] };

/** The record of a meeting: its plan, whether the parent was there, what was said and agreed. */
export type MeetingRecordInput = MeetingPlanInput & { parentAttended: boolean; notes: string | null; agreed: string | null };

/** An action agreed at a meeting: what will be done, by whom, by when. */
export type ActionInput = { description: string; owner: string | null; dueDate: string | null };


// An id that is not a uuid would make PostgreSQL throw; it is simply not found.

async function listActions(access: CaseAccess, meetingIds: string[]): Promise<Map<string, ActionRow[]>> {
  const byMeeting = new Map<string, ActionRow[]>();
  if (meetingIds.length === 0) return byMeeting;
  const rows = await db
    .select(readable(meetingActions))
    .from(meetingActions)
    .where(and(eq(meetingActions.caseId, access.caseId), inArray(meetingActions.meetingId, meetingIds)))
    .orderBy(asc(meetingActions.position), asc(meetingActions.createdAt));
  for (const row of rows) byMeeting.set(row.meetingId, [...(byMeeting.get(row.meetingId) ?? []), row]);
  return byMeeting;
}

/** Every meeting of the case with its actions, newest first. */
export async function listMeetings(access: CaseAccess): Promise<MeetingWithActions[]> {
  const rows = await db
    .select(readable(meetings))
    .from(meetings)
    .where(eq(meetings.caseId, access.caseId))
    .orderBy(desc(meetings.date), desc(meetings.createdAt));
  const actions = await listActions(
    access,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, actions: actions.get(row.id) ?? [] }));
}

/** One meeting of this case with its actions; a 404 when there is none with that id in this case. */
export async function getMeeting(access: CaseAccess, meetingId: string): Promise<MeetingWithActions> {
  if (!isUuid(meetingId)) fail("not_found");
  const [row] = await db
    .select(readable(meetings))
    .from(meetings)
    .where(and(eq(meetings.caseId, access.caseId), eq(meetings.id, meetingId)))
    .limit(1);
  if (!row) fail("not_found");
  return { ...row, actions: (await listActions(access, [row.id])).get(row.id) ?? [] };
}

/** Plans a meeting; returns its id. */
export async function planMeeting(access: CaseAccess, plan: MeetingPlanInput): Promise<string> {
  const [row] = await db
    .insert(meetings)
    .values({ caseId: access.caseId, date: plan.date!, kind: plan.kind, title: plan.title, attendees: plan.attendees })
    .returning({ id: meetings.id });
  return row!.id;
}

/** Saves the record of the meeting: when, who, what was said and agreed. False when not in this case. */
export async function saveMeetingRecord(access: CaseAccess, meetingId: string, record: MeetingRecordInput): Promise<boolean> {
  const updated = await db
    .update(meetings)
    .set({ ...record, date: record.date!, updatedAt: new Date() })
    .where(and(eq(meetings.caseId, access.caseId), eq(meetings.id, meetingId)))
    .returning({ id: meetings.id });
  return updated.length > 0;
}

/** Saves the parent's own questions and the ones picked from the bank. False when not in this case. */
export async function saveMeetingQuestions(access: CaseAccess, meetingId: string, questions: { questions: string | null; picked: string[] }): Promise<boolean> {
  const updated = await db
    .update(meetings)
    .set({ questions: questions.questions, pickedQuestions: questions.picked, updatedAt: new Date() })
    .where(and(eq(meetings.caseId, access.caseId), eq(meetings.id, meetingId)))
    .returning({ id: meetings.id });
  return updated.length > 0;
}

/** Removes a meeting and its actions; letters and emails that mention it stay, unlinked. */
export async function removeMeeting(access: CaseAccess, meetingId: string): Promise<boolean> {
  const removed = await db
    .delete(meetings)
    .where(and(eq(meetings.caseId, access.caseId), eq(meetings.id, meetingId)))
    .returning({ id: meetings.id });
  return removed.length > 0;
}

/** Adds an action to a meeting of this case, after its other actions. False when the meeting is not in this case. */
export async function addAction(access: CaseAccess, meetingId: string, action: ActionInput): Promise<boolean> {
  if (!isUuid(meetingId)) return false;
  const [meeting] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.caseId, access.caseId), eq(meetings.id, meetingId)))
    .limit(1);
  if (!meeting) return false;
  const [last] = await db
    .select({ position: sql<number>`coalesce(max(${meetingActions.position}), -1)::int` })
    .from(meetingActions)
    .where(and(eq(meetingActions.caseId, access.caseId), eq(meetingActions.meetingId, meeting.id)));
  await db.insert(meetingActions).values({ ...action, caseId: access.caseId, meetingId: meeting.id, position: (last?.position ?? -1) + 1 });
  return true;
}

/** Changes what an action says, who does it and by when. False when it is not this meeting's in this case. */
export async function updateAction(access: CaseAccess, meetingId: string, actionId: string, action: ActionInput): Promise<boolean> {
  const updated = await db
    .update(meetingActions)
    .set(action)
    .where(and(eq(meetingActions.caseId, access.caseId), eq(meetingActions.meetingId, meetingId), eq(meetingActions.id, actionId)))
    .returning({ id: meetingActions.id });
  return updated.length > 0;
}

/** Marks an action done (on `today`), dropped, or open again. False when it is not this meeting's in this case. */
export async function setActionStatus(access: CaseAccess, meetingId: string, actionId: string, status: ActionStatus, today: string): Promise<boolean> {
  const updated = await db
    .update(meetingActions)
    .set({ status, doneOn: status === "done" ? today : null })
    .where(and(eq(meetingActions.caseId, access.caseId), eq(meetingActions.meetingId, meetingId), eq(meetingActions.id, actionId)))
    .returning({ id: meetingActions.id });
  return updated.length > 0;
}

export async function removeAction(access: CaseAccess, meetingId: string, actionId: string): Promise<boolean> {
  const removed = await db
    .delete(meetingActions)
    .where(and(eq(meetingActions.caseId, access.caseId), eq(meetingActions.meetingId, meetingId), eq(meetingActions.id, actionId)))
    .returning({ id: meetingActions.id });
  return removed.length > 0;
}
