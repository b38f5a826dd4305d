// Queries for progress over time: measurements and the home diary. Every function takes the
// CaseAccess from the gate and scopes its SQL to that case, including the ones given a child id.
import { and, arrayContains, asc, desc, eq, gt, sql } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import type { AreaOfNeed } from "~/domain/areas-of-need";
import type { MeasureKind } from "~/domain/progress/measure-kinds";
import { MATCH_END, MATCH_START } from "~/domain/progress/search-marks";
import { db } from "./db.server";
import { diaryEntries, measurements, readable } from "./schema";

export type MeasurementInput = {
  kind: MeasureKind;
  label: string;
  date: string;
  value: number;
  unit: string | null;
  expectedValue: number | null;
  scaleMin: number | null;
  scaleMax: number | null;
  higherIsBetter: boolean;
  source: string | null;
  notes: string | null;
};

export type DiaryEntryInput = { date: string; text: string; areas: AreaOfNeed[] };


/** Every measurement in the case, oldest first. */
export async function listMeasurements(access: CaseAccess) {
  return db
    .select(readable(measurements))
    .from(measurements)
    .where(eq(measurements.caseId, access.caseId))
    .orderBy(asc(measurements.date), asc(measurements.createdAt));
}

/** The measurement added most recently, so the form can start from its kind and label; or null. */
export async function findLastAddedMeasurement(access: CaseAccess) {
  const [row] = await db
    .select(readable(measurements))
    .from(measurements)
    .where(eq(measurements.caseId, access.caseId))
    .orderBy(desc(measurements.createdAt))
    .limit(1);
  return row ?? null;
}

export async function addMeasurement(access: CaseAccess, measurement: MeasurementInput) {
  const [row] = await db.insert(measurements).values({ ...measurement, caseId: access.caseId }).returning({ id: measurements.id });
  return row!.id;
}

/** Removes one measurement of this case; false when it is not in this case. */
export async function removeMeasurement(access: CaseAccess, measurementId: string): Promise<boolean> {
  const removed = await db
    .delete(measurements)
    .where(and(eq(measurements.caseId, access.caseId), eq(measurements.id, measurementId)))
    .returning({ id: measurements.id });
  return removed.length > 0;
}

export async function addDiaryEntry(access: CaseAccess, entry: DiaryEntryInput) {
  const [row] = await db.insert(diaryEntries).values({ ...entry, caseId: access.caseId }).returning({ id: diaryEntries.id });
  return row!.id;
}

/** Sets the areas an entry is tagged with; false when the entry is not in this case. */
export async function updateDiaryAreas(access: CaseAccess, entryId: string, areas: AreaOfNeed[]): Promise<boolean> {
  const updated = await db
    .update(diaryEntries)
    .set({ areas })
    .where(and(eq(diaryEntries.caseId, access.caseId), eq(diaryEntries.id, entryId)))
    .returning({ id: diaryEntries.id });
  return updated.length > 0;
}

export async function removeDiaryEntry(access: CaseAccess, entryId: string): Promise<boolean> {
  const removed = await db
    .delete(diaryEntries)
    .where(and(eq(diaryEntries.caseId, access.caseId), eq(diaryEntries.id, entryId)))
    .returning({ id: diaryEntries.id });
  return removed.length > 0;
}

/**
 * Entries on one page of the diary (decision 122): each comes with its own tags form, so 50 are
 * about 130 KB of HTML; a weekly diary kept for a year fits on one page.
 */
export const DIARY_PAGE_SIZE = 50;

export type DiarySearch = { q: string | null; area: AreaOfNeed | null };

/** Only the case's entries matching `q` (on the stored search vector, so its index is used) and tagged with `area`. */
function diaryConditions(access: CaseAccess, { q, area }: DiarySearch) {
  return and(
    eq(diaryEntries.caseId, access.caseId),
    q ? sql`${diaryEntries.search} @@ websearch_to_tsquery('english', ${q})` : undefined,
    area ? arrayContains(diaryEntries.areas, [area]) : undefined,
  );
}

/**
 * One page of diary entries (`page` from 1), newest first, optionally only those matching `q`
 * (PostgreSQL full-text search in English, so "worried" finds "worry"; the same on PGlite and
 * PostgreSQL) and tagged with `area`. `highlighted` is the text with each matched word between
 * MATCH_START and MATCH_END.
 */
export async function listDiaryEntries(access: CaseAccess, search: DiarySearch, { page = 1 }: { page?: number } = {}) {
  const highlighted = search.q
    ? sql<string>`ts_headline('english', ${diaryEntries.text}, websearch_to_tsquery('english', ${search.q}), ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`})`
    : sql<string>`${diaryEntries.text}`;
  return db
    .select({ id: diaryEntries.id, date: diaryEntries.date, text: diaryEntries.text, areas: diaryEntries.areas, highlighted })
    .from(diaryEntries)
    .where(diaryConditions(access, search))
    .orderBy(desc(diaryEntries.date), desc(diaryEntries.createdAt), desc(diaryEntries.id))
    .limit(DIARY_PAGE_SIZE)
    .offset((page - 1) * DIARY_PAGE_SIZE);
}

/**
 * Which page of the whole diary shows the entry just added on `date`: it comes after every entry
 * of a later date, and first among its own date's (it is the newest).
 */
export async function findNewDiaryEntryPage(access: CaseAccess, date: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(diaryEntries)
    .where(and(eq(diaryEntries.caseId, access.caseId), gt(diaryEntries.date, date)));
  return Math.floor((row?.count ?? 0) / DIARY_PAGE_SIZE) + 1;
}

/** How many diary entries the case has, or how many match the search when one is given. */
export async function countDiaryEntries(access: CaseAccess, search: DiarySearch = { q: null, area: null }): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)`.mapWith(Number) }).from(diaryEntries).where(diaryConditions(access, search));
  return row?.count ?? 0;
}
