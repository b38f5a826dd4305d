// Queries for the school day (issue 22): its records (exclusions, part-time timetables, restraint,
// attendance) and the school's terms. Every function takes the CaseAccess from the gate and scopes
// its SQL to that case, including the ones given a record's id.
import { and, asc, desc, eq } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import type { z } from "zod";
import { schoolDayEventSchema, type SchoolDayRecord, type SchoolTerm } from "~/domain/case/case-document";
import { fail } from "~/errors";
import { db } from "./db.server";
import { isUuid } from "./ids";
import { readable, schoolDayEvents, schoolTerms, type ReadableRow } from "./schema";

/** A school-day record as the parent enters it: the record without its id, with at most one document of this case. */
export type SchoolDayRecordInput = Omit<SchoolDayRecord, "id" | "documentIds"> & { documentId: string | null };

const recordFieldsSchema = schoolDayEventSchema.omit({ id: true, documentIds: true });

/**
 * A record input from only the fields given, every other one empty as the case document's
 * defaults say (for the demo and tests; a form gives every field).
 *
 * @example schoolDayRecordInput({ kind: "absence", date: "2026-10-05", sessions: 2 }).notes // null
 */
export function schoolDayRecordInput(fields: z.input<typeof recordFieldsSchema> & { documentId?: string | null }): SchoolDayRecordInput {
  return { ...recordFieldsSchema.parse(fields), documentId: fields.documentId ?? null };
}

/** A term or closure as the parent enters it. */
export type SchoolTermInput = Omit<SchoolTerm, "id">;

type SchoolDayRow = Omit<ReadableRow<typeof schoolDayEvents>, "caseId" | "createdAt">;
type SchoolTermRow = Pick<ReadableRow<typeof schoolTerms>, "id" | "kind" | "label" | "startDate" | "endDate">;

/** The columns a record is read with (not the case, the search vector or when it was added). */
export const SCHOOL_DAY_COLUMNS = [
  "id",
  "kind",
  "date",
  "endDate",
  "sessions",
  "firstSession",
  "time",
  "schoolSaid",
  "noticeReceivedOn",
  "boardToldOn",
  "wouldMissPublicExam",
  "madeRepresentations",
  "decisionToldOn",
  "educationArrangedFrom",
  "sessionsPerWeek",
  "hoursPerDay",
  "reviewDate",
  "agreedBy",
  "parentAgreed",
  "restraintType",
  "parentToldOn",
  "parentToldBy",
  "toldInWriting",
  "absenceReason",
  "attendanceCode",
  "amount",
  "notes",
  "documentId",
] as const satisfies readonly (keyof SchoolDayRow)[];

/** A term's columns, as read into the case document. */
export const SCHOOL_TERM_COLUMNS = ["id", "kind", "label", "startDate", "endDate"] as const satisfies readonly (keyof SchoolTermRow)[];

/** A stored row as the case document's record: its one document becomes the list `documentIds`. */
export function toSchoolDayRecord(row: SchoolDayRow): SchoolDayRecord {
  const record = Object.fromEntries(SCHOOL_DAY_COLUMNS.filter((key) => key !== "documentId").map((key) => [key, row[key]]));
  return { ...(record as Omit<SchoolDayRecord, "documentIds">), documentIds: row.documentId ? [row.documentId] : [] };
}

/** A stored term as the case document's term. */
export function toSchoolTerm({ id, kind, label, startDate, endDate }: SchoolTermRow): SchoolTerm {
  return { id, kind, label, start: startDate, end: endDate };
}

/** Newest first: the latest date, and within a day the record added last. */
const newestFirst = [desc(schoolDayEvents.date), desc(schoolDayEvents.createdAt), desc(schoolDayEvents.id)];

/** Every school-day record of the case, newest first. */
export async function listSchoolDayRecords(access: CaseAccess): Promise<SchoolDayRecord[]> {
  const rows = await db
    .select(readable(schoolDayEvents))
    .from(schoolDayEvents)
    .where(eq(schoolDayEvents.caseId, access.caseId))
    .orderBy(...newestFirst);
  return rows.map(toSchoolDayRecord);
}

/** One school-day record of this case, or null when there is none with that id in this case. */
export async function getSchoolDayRecord(access: CaseAccess, recordId: string): Promise<SchoolDayRecord | null> {
  if (!isUuid(recordId)) return null;
  const [row] = await db
    .select(readable(schoolDayEvents))
    .from(schoolDayEvents)
    .where(and(eq(schoolDayEvents.caseId, access.caseId), eq(schoolDayEvents.id, recordId)))
    .limit(1);
  return row ? toSchoolDayRecord(row) : null;
}

/**
 * Runs a write that may name a document; a document that is not one of this case's (the
 * composite key school_day_events_document_id_same_case_fk, decision 027) fails as not found,
 * as any record of another case does.
 */
async function withCaseDocument<T>(documentId: string | null, write: () => Promise<T>): Promise<T> {
  if (documentId !== null && !isUuid(documentId)) fail("not_found");
  try {
    return await write();
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (documentId !== null && String(code) === "23503") fail("not_found");
    throw error;
  }
}

/** Adds a record to the case and gives its id. */
export async function addSchoolDayRecord(access: CaseAccess, input: SchoolDayRecordInput): Promise<string> {
  return withCaseDocument(input.documentId, async () => {
    const [row] = await db
      .insert(schoolDayEvents)
      .values({ ...input, caseId: access.caseId })
      .returning({ id: schoolDayEvents.id });
    return row!.id;
  });
}

/** Saves a record's new details; false when it is not in this case. */
export async function updateSchoolDayRecord(access: CaseAccess, recordId: string, input: SchoolDayRecordInput): Promise<boolean> {
  if (!isUuid(recordId)) return false;
  return withCaseDocument(input.documentId, async () => {
    const updated = await db
      .update(schoolDayEvents)
      .set(input)
      .where(and(eq(schoolDayEvents.caseId, access.caseId), eq(schoolDayEvents.id, recordId)))
      .returning({ id: schoolDayEvents.id });
    return updated.length > 0;
  });
}

/** Removes one record of this case; false when it is not in this case. */
export async function removeSchoolDayRecord(access: CaseAccess, recordId: string): Promise<boolean> {
  if (!isUuid(recordId)) return false;
  const removed = await db
    .delete(schoolDayEvents)
    .where(and(eq(schoolDayEvents.caseId, access.caseId), eq(schoolDayEvents.id, recordId)))
    .returning({ id: schoolDayEvents.id });
  return removed.length > 0;
}

/** The school's terms and closures, earliest first. */
export async function listSchoolTerms(access: CaseAccess): Promise<SchoolTerm[]> {
  const rows = await db
    .select(readable(schoolTerms))
    .from(schoolTerms)
    .where(eq(schoolTerms.caseId, access.caseId))
    .orderBy(asc(schoolTerms.startDate), asc(schoolTerms.createdAt));
  return rows.map(toSchoolTerm);
}

/** Adds a term or closure and gives its id. */
export async function addSchoolTerm(access: CaseAccess, input: SchoolTermInput): Promise<string> {
  const [row] = await db
    .insert(schoolTerms)
    .values({ caseId: access.caseId, kind: input.kind, label: input.label, startDate: input.start, endDate: input.end })
    .returning({ id: schoolTerms.id });
  return row!.id;
}

/** Removes one term or closure of this case; false when it is not in this case. */
export async function removeSchoolTerm(access: CaseAccess, termId: string): Promise<boolean> {
  if (!isUuid(termId)) return false;
  const removed = await db
    .delete(schoolTerms)
    .where(and(eq(schoolTerms.caseId, access.caseId), eq(schoolTerms.id, termId)))
    .returning({ id: schoolTerms.id });
  return removed.length > 0;
}
