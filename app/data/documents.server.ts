// Queries for the evidence library. Every function takes the CaseAccess from the gate and scopes
// its SQL to that case, including the ones given a document's id.
//
// A document is a row and a stored file, and neither may exist without the other: the file is
// written (and flushed) before its row is inserted, and a row is deleted before its file. A crash
// between the two leaves only a file without a row, which the sweep removes (unsafeSweepStoredFiles,
// at start and while running). See docs/decisions/050-uploads-written-file-first.md and 116.
import { and, arrayContains, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import type { AreaOfNeed } from "~/domain/areas-of-need";
import type { DocumentSource } from "~/domain/codes/documents";
import { failDownload } from "~/errors";
import { describeError, log } from "~/services/log.server";
import { getStorage } from "~/services/storage/get-storage.server";
import { listHeldStorageKeys } from "~/services/storage/held-keys.server";
import { KEY_CHECK_STORAGE_KEY } from "~/services/storage/key-check.server";
import { readAll } from "~/services/storage/storage.server";
import { db } from "./db.server";
import { documents, readable, type ReadableRow } from "./schema";
import { isUuid } from "./ids";

export type DocumentRow = ReadableRow<typeof documents>;

/** A document to record, whose file is already in storage under `storageKey`. */
export type NewDocument = Pick<
  typeof documents.$inferInsert,
  "storageKey" | "fileName" | "mediaType" | "sizeBytes" | "sha256" | "title" | "date" | "dateSource" | "metadataDate" | "source" | "author" | "areas" | "tags" | "text" | "extractionNote"
>;

/** What the parent says about a document: given once for every file of an upload, corrected later. */
export type DocumentDescription = { source: DocumentSource; author: string | null; areas: AreaOfNeed[]; tags: string[] };

/** A document's details as the parent corrects them: its description, title and date. */
export type DocumentDetailsInput = DocumentDescription & { title: string; date: string | null };

/** Which documents a list shows: from one source, about one area of need, or (null) all. */
export type DocumentFilter = { source: DocumentSource | null; area: AreaOfNeed | null };

/**
 * A stored file with no row is removed by the sweep only once it is this old, so an upload still
 * reading text in another server process never loses its file (this process's uploads in progress
 * are held, whatever their age). Uploads finish in well under this: each file's text extraction
 * stops after 15 s.
 */
export const SWEEP_GRACE_MS = 30 * 60 * 1000;


/** The case's documents, newest first, for a picker: id, title, date and kind of file. */
export async function listDocumentChoices(access: CaseAccess) {
  return db
    .select({ id: documents.id, title: documents.title, date: documents.date, mediaType: documents.mediaType, source: documents.source })
    .from(documents)
    .where(eq(documents.caseId, access.caseId))
    .orderBy(sql`${documents.date} desc nulls last`, desc(documents.createdAt));
}

/** The text read out of one of the case's documents (null when none could be read), or undefined when it is not in this case. */
export async function getDocumentText(access: CaseAccess, documentId: string): Promise<{ title: string; text: string | null } | undefined> {
  const [row] = await db
    .select({ title: documents.title, text: documents.text })
    .from(documents)
    .where(and(eq(documents.caseId, access.caseId), eq(documents.id, documentId)))
    .limit(1);
  return row;
}

/** Every column a list shows: not the text (it can be long) nor the search vector. */
const listed = (() => {
  const { text: _text, ...columns } = readable(documents);
  return { ...columns, hasText: sql<boolean>`${documents.text} is not null`.as("has_text") };
})();

export type ListedDocument = Omit<DocumentRow, "text"> & { hasText: boolean };

/** Documents on one page of the library (decision 122): about 1 KB of HTML each. */
export const DOCUMENTS_PAGE_SIZE = 50;

function documentConditions(access: CaseAccess, filter: DocumentFilter): SQL | undefined {
  const conditions: SQL[] = [eq(documents.caseId, access.caseId)];
  if (filter.source) conditions.push(eq(documents.source, filter.source));
  if (filter.area) conditions.push(arrayContains(documents.areas, [filter.area]));
  return and(...conditions);
}

/**
 * The case's documents, newest first (undated ones last), optionally only from one source or
 * about one area of need; with `page` (from 1), only that page of DOCUMENTS_PAGE_SIZE.
 */
export async function listDocuments(
  access: CaseAccess,
  filter: DocumentFilter = { source: null, area: null },
  { page }: { page?: number } = {},
): Promise<ListedDocument[]> {
  const query = db
    .select(listed)
    .from(documents)
    .where(documentConditions(access, filter))
    .orderBy(sql`${documents.date} desc nulls last`, desc(documents.createdAt), desc(documents.id));
  return page === undefined ? query : query.limit(DOCUMENTS_PAGE_SIZE).offset((page - 1) * DOCUMENTS_PAGE_SIZE);
}

/** How many of the case's documents the filter keeps. */
export async function countDocuments(access: CaseAccess, filter: DocumentFilter = { source: null, area: null }): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)`.mapWith(Number) }).from(documents).where(documentConditions(access, filter));
  return row?.count ?? 0;
}

/** Some of the case's documents by id (those not in this case are left out), in the order given. */
export async function listDocumentsByIds(access: CaseAccess, ids: string[]): Promise<ListedDocument[]> {
  const valid = ids.filter((id) => isUuid(id));
  if (valid.length === 0) return [];
  const rows = await db
    .select(listed)
    .from(documents)
    .where(and(eq(documents.caseId, access.caseId), inArray(documents.id, valid)));
  return valid.flatMap((id) => rows.filter((row) => row.id === id));
}

/** One document of this case with its text, or null when there is none with that id in this case. */
export async function findDocument(access: CaseAccess, documentId: string | undefined): Promise<DocumentRow | null> {
  if (!documentId || !isUuid(documentId)) return null;
  const [row] = await db
    .select(readable(documents))
    .from(documents)
    .where(and(eq(documents.caseId, access.caseId), eq(documents.id, documentId)))
    .limit(1);
  return row ?? null;
}

/** Who adds a document: their account, and their name as it is now, kept with the document. */
export type Uploader = { id: string; name: string };

/**
 * Records documents whose files are already stored (and flushed), all in one statement: either
 * every row is there or none is. Returns their ids, in order.
 */
export async function addDocuments(access: CaseAccess, uploader: Uploader | null, newDocuments: NewDocument[]): Promise<string[]> {
  if (newDocuments.length === 0) return [];
  const rows = await db
    .insert(documents)
    .values(newDocuments.map((document) => ({ ...document, caseId: access.caseId, uploadedBy: uploader?.id ?? null, uploadedByName: uploader?.name ?? null })))
    .returning({ id: documents.id });
  return rows.map((row) => row.id);
}

/**
 * Saves the details the parent corrected; false when the document is not in this case. A date
 * the parent changed is recorded as theirs, not as the one suggested.
 */
export async function updateDocumentDetails(access: CaseAccess, documentId: string, details: DocumentDetailsInput): Promise<boolean> {
  if (!isUuid(documentId)) return false;
  const date = details.date;
  const updated = await db
    .update(documents)
    .set({
      ...details,
      dateSource: sql`case when ${date}::date is null then null when ${documents.date} is not distinct from ${date}::date then ${documents.dateSource} else 'person' end`,
      updatedAt: new Date(),
    })
    .where(and(eq(documents.caseId, access.caseId), eq(documents.id, documentId)))
    .returning({ id: documents.id });
  return updated.length > 0;
}

/** Removes stored files whose rows are gone. A failure is logged and left for the sweep. */
export async function removeStoredFiles(storageKeys: string[]): Promise<void> {
  const storage = getStorage();
  await Promise.all(
    storageKeys.map((key) =>
      storage.remove(key).catch((error) => log("warn", "could not remove a stored file; the sweep will", { error: describeError(error) })),
    ),
  );
}

/** Deletes the document and then its file; false when it is not in this case. */
export async function deleteDocument(access: CaseAccess, documentId: string): Promise<boolean> {
  if (!isUuid(documentId)) return false;
  const deleted = await db
    .delete(documents)
    .where(and(eq(documents.caseId, access.caseId), eq(documents.id, documentId)))
    .returning({ storageKey: documents.storageKey });
  await removeStoredFiles(deleted.map((row) => row.storageKey));
  return deleted.length > 0;
}

/** The storage keys of every file of the case, collected before the case's rows are deleted. */
export async function listStorageKeys(access: CaseAccess): Promise<string[]> {
  const rows = await db.select({ storageKey: documents.storageKey }).from(documents).where(eq(documents.caseId, access.caseId));
  return rows.map((row) => row.storageKey);
}

export type DocumentFile = { fileName: string; mediaType: string; sizeBytes: number; content: Buffer };

/**
 * A document's stored file, read whole, decrypted and checked; null when it is missing (logged).
 * GCM's check fails only at the very end of a file, so nothing may be sent before this returns:
 * a wrong storage key or a file changed on disk would otherwise go out as random bytes. On that
 * failure it logs one line naming the document (its id only) and stops the download with
 * `file_unreadable`. Files are no larger than the upload limit. See docs/decisions/126-files-verified-before-sent.md.
 */
export async function readDocumentBytes(document: { id: string; storageKey: string }): Promise<Buffer | null> {
  try {
    const content = await getStorage().get(document.storageKey);
    if (!content) {
      log("warn", "a document's stored file is missing", { documentId: document.id });
      return null;
    }
    return await readAll(content);
  } catch (error) {
    log("error", "a document's stored file failed its check, so it was not sent: the storage key is wrong or the file was changed", {
      documentId: document.id,
      error: describeError(error),
    });
    failDownload("file_unreadable");
  }
}

/** The original file of one of the case's documents, read and checked whole; null when it is not in this case. */
export async function openDocumentFile(access: CaseAccess, documentId: string | undefined): Promise<DocumentFile | null> {
  if (!documentId || !isUuid(documentId)) return null;
  const [row] = await db
    .select({ fileName: documents.fileName, mediaType: documents.mediaType, storageKey: documents.storageKey })
    .from(documents)
    .where(and(eq(documents.caseId, access.caseId), eq(documents.id, documentId)))
    .limit(1);
  if (!row) return null;
  const content = await readDocumentBytes({ id: documentId, storageKey: row.storageKey });
  if (!content) return null;
  return { fileName: row.fileName, mediaType: row.mediaType, sizeBytes: content.length, content };
}

/**
 * The sweep, run at start and then every STORAGE_SWEEP_INTERVAL_MINUTES: removes stored files
 * that no document row names, and files left half-written by a crash, once they are older than
 * SWEEP_GRACE_MS, never one of this process's uploads in progress. It looks across every case
 * (hence `unsafe`): it reads only storage keys and never shows anything to anyone.
 */
export async function unsafeSweepStoredFiles({ now = new Date(), graceMs = SWEEP_GRACE_MS } = {}): Promise<{ orphans: number; unfinished: number }> {
  const storage = getStorage();
  const before = new Date(now.getTime() - graceMs);
  // Files are listed before rows are read, so a row inserted meanwhile is seen.
  const candidates: string[] = [];
  // The key check object (decision 126) has no row and is always kept.
  for await (const object of storage.list()) if (object.modifiedAt < before && object.key !== KEY_CHECK_STORAGE_KEY) candidates.push(object.key);
  let orphans = 0;
  if (candidates.length > 0) {
    // Held keys are read before the rows: an upload records its rows before it lets go of its
    // keys, so a key let go of meanwhile has its row among those read next.
    const held = listHeldStorageKeys();
    const kept = new Set((await db.select({ storageKey: documents.storageKey }).from(documents)).map((row) => row.storageKey));
    for (const key of candidates) {
      if (kept.has(key) || held.has(key)) continue;
      await storage.remove(key);
      orphans += 1;
    }
  }
  const unfinished = await storage.removeUnfinished(before);
  if (orphans + unfinished > 0) log("info", "storage sweep removed files", { orphans, unfinished });
  return { orphans, unfinished };
}
