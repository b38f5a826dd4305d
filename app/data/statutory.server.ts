// Queries for the statutory timeline: the dated events of the EHC process. Every function takes
// the CaseAccess from the gate and scopes its SQL to that case, including those given an event's id.
import { and, asc, eq } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import type { StatutoryEventType, Transfer } from "~/domain/codes/statutory";
import type { DeadlineKey } from "~/domain/deadlines/deadline-definitions";
import type { SendingMethod } from "~/domain/statutory/receipt";
import { db } from "./db.server";
import { readable, statutoryEvents } from "./schema";

/**
 * An event of the EHC process on its day. `transfer` says which move a phase transfer is; `key`,
 * which deadline an exception applies to. A request may say how and when it was sent (decision
 * 032); an event recorded without them stores none.
 */
export type StatutoryEventInput = {
  type: StatutoryEventType;
  date: string;
  transfer: Transfer | null;
  key: DeadlineKey | null;
  notes: string | null;
  sentBy?: SendingMethod | null;
  sentOn?: string | null;
  sentAfter5pm?: boolean | null;
};

/** The events of this case, oldest first; same-day events in the order they were recorded. */
export async function listStatutoryEvents(access: CaseAccess) {
  return db
    .select(readable(statutoryEvents))
    .from(statutoryEvents)
    .where(eq(statutoryEvents.caseId, access.caseId))
    .orderBy(asc(statutoryEvents.date), asc(statutoryEvents.createdAt));
}

/** One event of this case, or null when there is none with that id in this case. */
export async function findStatutoryEvent(access: CaseAccess, eventId: string) {
  const [row] = await db
    .select(readable(statutoryEvents))
    .from(statutoryEvents)
    .where(and(eq(statutoryEvents.caseId, access.caseId), eq(statutoryEvents.id, eventId)))
    .limit(1);
  return row ?? null;
}

export async function addStatutoryEvent(access: CaseAccess, event: StatutoryEventInput): Promise<string> {
  const [row] = await db
    .insert(statutoryEvents)
    .values({ ...pick(event), caseId: access.caseId })
    .returning({ id: statutoryEvents.id });
  return row!.id;
}

/** Saves the event's new details; false when it is not in this case. */
export async function updateStatutoryEvent(access: CaseAccess, eventId: string, event: StatutoryEventInput): Promise<boolean> {
  const updated = await db
    .update(statutoryEvents)
    .set(pick(event))
    .where(and(eq(statutoryEvents.caseId, access.caseId), eq(statutoryEvents.id, eventId)))
    .returning({ id: statutoryEvents.id });
  return updated.length > 0;
}

export async function removeStatutoryEvent(access: CaseAccess, eventId: string): Promise<boolean> {
  const removed = await db
    .delete(statutoryEvents)
    .where(and(eq(statutoryEvents.caseId, access.caseId), eq(statutoryEvents.id, eventId)))
    .returning({ id: statutoryEvents.id });
  return removed.length > 0;
}

const pick = ({ type, date, transfer, key, notes, sentBy = null, sentOn = null, sentAfter5pm = null }: StatutoryEventInput) => ({
  type,
  date,
  transfer,
  key,
  notes,
  sentBy,
  sentOn,
  sentAfter5pm,
});
