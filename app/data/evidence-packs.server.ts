// Evidence packs: a title, what the pack is for, the chosen documents in bundle order and whether
// the chronology and the summary go in. A document deleted later simply drops out of the pack.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import { db } from "./db.server";
import { documents, evidencePacks, readable, type ReadableRow } from "./schema";
import { isUuid } from "./ids";

export type EvidencePack = ReadableRow<typeof evidencePacks>;
export type PackDetails = { title: string; purpose: string | null; includeChronology: boolean; includeSummary: boolean };


export async function listEvidencePacks(access: CaseAccess): Promise<EvidencePack[]> {
  return db.select(readable(evidencePacks)).from(evidencePacks).where(eq(evidencePacks.caseId, access.caseId)).orderBy(desc(evidencePacks.createdAt));
}

/** One pack of the case, with only the documents that still exist; null when it is not this case's. */
export async function findEvidencePack(access: CaseAccess, packId: string | undefined): Promise<EvidencePack | null> {
  if (!packId || !isUuid(packId)) return null;
  const [pack] = await db
    .select(readable(evidencePacks))
    .from(evidencePacks)
    .where(and(eq(evidencePacks.caseId, access.caseId), eq(evidencePacks.id, packId)))
    .limit(1);
  if (!pack) return null;
  return { ...pack, documentIds: await existingDocumentIds(access, pack.documentIds) };
}

/** The files of a pack's documents, in bundle order, read one at a time by the caller. */
export async function listPackDocuments(access: CaseAccess, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: documents.id, title: documents.title, date: documents.date, mediaType: documents.mediaType, storageKey: documents.storageKey, text: documents.text })
    .from(documents)
    .where(and(eq(documents.caseId, access.caseId), inArray(documents.id, [...ids])));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The ids that are still documents of this case, in the order given. */
async function existingDocumentIds(access: CaseAccess, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.caseId, access.caseId), inArray(documents.id, [...ids])));
  const found = new Set(rows.map((row) => row.id));
  return ids.filter((id) => found.has(id));
}

/** Makes a pack with the ticked documents of this case, oldest first (others are left out). */
export async function createEvidencePack(access: CaseAccess, details: PackDetails, ticked: readonly string[] = []): Promise<{ id: string; documents: number }> {
  const documentIds = await oldestFirst(access, ticked);
  const [row] = await db.insert(evidencePacks).values({ ...details, documentIds, caseId: access.caseId }).returning({ id: evidencePacks.id });
  return { id: row!.id, documents: documentIds.length };
}

/** The ids that are documents of this case, oldest first. */
async function oldestFirst(access: CaseAccess, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.caseId, access.caseId), inArray(documents.id, [...ids])))
    .orderBy(asc(documents.date), asc(documents.createdAt));
  return rows.map((row) => row.id);
}

/**
 * Saves the details and the ticked documents: those already in the pack keep their places, newly
 * ticked ones go at the end, oldest first. Returns false when the pack is not this case's.
 */
export async function saveEvidencePack(access: CaseAccess, packId: string, details: PackDetails, ticked: readonly string[]): Promise<boolean> {
  const pack = await findEvidencePack(access, packId);
  if (!pack) return false;
  const wanted = new Set(await existingDocumentIds(access, ticked));
  const kept = pack.documentIds.filter((id) => wanted.has(id));
  const added = await oldestFirst(access, [...wanted].filter((id) => !kept.includes(id)));
  await db
    .update(evidencePacks)
    .set({ ...details, documentIds: [...kept, ...added], updatedAt: new Date() })
    .where(and(eq(evidencePacks.caseId, access.caseId), eq(evidencePacks.id, packId)));
  return true;
}

/** Moves one document a place up or down in the bundle. */
export async function moveEvidencePackDocument(access: CaseAccess, packId: string, documentId: string, direction: "up" | "down"): Promise<boolean> {
  const pack = await findEvidencePack(access, packId);
  const from = pack?.documentIds.indexOf(documentId) ?? -1;
  if (!pack || from < 0) return false;
  const to = direction === "up" ? from - 1 : from + 1;
  if (to < 0 || to >= pack.documentIds.length) return true;
  const order = [...pack.documentIds];
  [order[from], order[to]] = [order[to]!, order[from]!];
  await db
    .update(evidencePacks)
    .set({ documentIds: order, updatedAt: new Date() })
    .where(and(eq(evidencePacks.caseId, access.caseId), eq(evidencePacks.id, packId)));
  return true;
}

export async function deleteEvidencePack(access: CaseAccess, packId: string): Promise<boolean> {
  if (!isUuid(packId)) return false;
  const removed = await db
    .delete(evidencePacks)
    .where(and(eq(evidencePacks.caseId, access.caseId), eq(evidencePacks.id, packId)))
    .returning({ id: evidencePacks.id });
  return removed.length > 0;
}
