// A case as one archive the family can take away, and bring back into any Clearpath: a zip with
// clearpath-case.json (the case document, for people and other programs, and every record, for an
// exact restore) and files/<document id>/<file name> (the documents, decrypted). Importing makes a
// new case owned by the person importing, with new ids throughout. See docs/decisions/066-case-export-and-import.md.
import { createHash } from "node:crypto";
import { eq, getTableColumns, is, sql } from "drizzle-orm";
import { getTableConfig, PgTable, PgTimestamp, type PgColumn } from "drizzle-orm/pg-core";
import { strToU8, zipSync, type Zippable } from "fflate";
import { ownerGrant, type CaseAccess } from "~/auth/access.server";
import type { SignedInUser } from "~/context";
import { config } from "~/services/config.server";
import { IsolateError, runIsolated } from "~/services/isolate/isolate.server";
import { ARCHIVE_TIMEOUT_MS, WORKER_HEAP_MB } from "~/services/isolate/limits.server";
import { getStorage } from "~/services/storage/get-storage.server";
import { newStorageKey } from "~/services/storage/storage.server";
import { detectDocumentType } from "~/services/uploads/detect-type.server";
import { getCaseDocument } from "./case-document.server";
import { db } from "./db.server";
import { readDocumentBytes } from "./documents.server";
import { importedAuthorName } from "./comments.server";
import { ARCHIVE_FORMAT, ARCHIVE_PROBLEMS, ARCHIVE_SCHEMA_VERSION, MANIFEST, type ReadArchive } from "./read-case-archive.server";
import * as schema from "./schema";

export { ARCHIVE_FORMAT, ARCHIVE_SCHEMA_VERSION };

/** An archive holds many documents, so it may be larger than one upload (and expand to no more than this). */
export const ARCHIVE_MAX_BYTES = config.UPLOAD_MAX_BYTES * 10;

/** Tables with a case_id that are about who may see the case or what happened around it, not its records. */
const NOT_RECORDS = new Set(["case_access", "reminders_sent", "case_invitations", "audit_events", "share_links", "bookings"]);

type CaseTable = { name: string; table: PgTable; columns: Record<string, PgColumn>; parents: string[]; userColumns: Set<string> };

/** Every table that holds a case's records, parents before children (so rows can be inserted in order). */
const CASE_TABLES: CaseTable[] = (() => {
  const found: CaseTable[] = [];
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const config = getTableConfig(value);
    const columns = getTableColumns(value) as Record<string, PgColumn>;
    if (config.name !== "cases" && (!("caseId" in columns) || NOT_RECORDS.has(config.name))) continue;
    const parents: string[] = [];
    const userColumns = new Set<string>();
    for (const fk of config.foreignKeys) {
      const reference = fk.reference();
      const parent = getTableConfig(reference.foreignTable).name;
      const key = Object.entries(columns).find(([, column]) => column === reference.columns[0])?.[0];
      if (parent === "users" && key) userColumns.add(key);
      else if (parent !== config.name) parents.push(parent);
    }
    // The search vectors are computed by the database.
    const writable = Object.fromEntries(Object.entries(columns).filter(([, column]) => !column.generated));
    found.push({ name: config.name, table: value, columns: writable, parents, userColumns });
  }
  const ordered: CaseTable[] = [];
  const placed = new Set<string>();
  while (ordered.length < found.length) {
    const next = found.find((t) => !placed.has(t.name) && t.parents.every((p) => placed.has(p) || !found.some((f) => f.name === p)));
    if (!next) throw new Error("The case tables refer to each other in a circle");
    ordered.push(next);
    placed.add(next.name);
  }
  return ordered;
})();

export function caseTableNames(): string[] {
  return CASE_TABLES.map((t) => t.name);
}

type Row = Record<string, unknown>;

/** Builds the archive of one case. Reads each file whole, one at a time. */
export async function exportCaseArchive(access: CaseAccess, exportedAt: Date): Promise<Uint8Array> {
  const records: Record<string, Row[]> = {};
  for (const { name, table, columns } of CASE_TABLES) {
    const key = name === "cases" ? columns.id! : columns.caseId!;
    // In the order the records were made (ties as stored), so an import makes them in that order too
    // and lists that show records "as added" read the same.
    const madeAt = columns.createdAt ? [columns.createdAt] : [];
    records[name] = (await db.select(columns).from(table).where(eq(key, access.caseId)).orderBy(...madeAt, sql`ctid`)) as Row[];
  }
  const document = await getCaseDocument(access);
  const files: Zippable = {};
  for (const row of records.documents ?? []) {
    // Each file is checked whole; one that fails stops the export, so no archive is ever made with a damaged file (decision 126).
    const bytes = await readDocumentBytes({ id: String(row.id), storageKey: String(row.storageKey) });
    if (bytes) files[`files/${String(row.id)}/${String(row.fileName)}`] = [new Uint8Array(bytes), { level: 0 }];
  }
  const manifest = { format: ARCHIVE_FORMAT, schemaVersion: ARCHIVE_SCHEMA_VERSION, exportedAt: exportedAt.toISOString(), document, records };
  // A fixed time in the zip entries, so the same case gives the same bytes.
  return zipSync({ [MANIFEST]: strToU8(JSON.stringify(manifest, null, 2)), ...files }, { mtime: new Date("2020-01-01T00:00:00Z") });
}

export type ImportResult = { ok: true; caseId: string; childName: string; counts: Record<string, number> } | { ok: false; problem: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads an archive made by exportCaseArchive and makes the case again as a new case owned by
 * `owner`. Every id is replaced by a new one (references follow), links to people of the old
 * instance are dropped, and every file is checked against its recorded size, hash and type
 * before anything is written. All records go in one transaction: the case arrives whole or not at all.
 */
export async function importCaseArchive(owner: SignedInUser, archive: Uint8Array): Promise<ImportResult> {
  // Unzipped and parsed in a worker within fixed budgets (read-case-archive.server.ts), so a zip
  // bomb or a huge JSON cannot stop the server; past a limit nothing is written.
  let read: ReadArchive;
  try {
    read = await runIsolated("readCaseArchive", { archive, maxFilesBytes: ARCHIVE_MAX_BYTES }, { timeoutMs: ARCHIVE_TIMEOUT_MS, heapMb: WORKER_HEAP_MB });
  } catch (error) {
    if (error instanceof IsolateError) return { ok: false, problem: ARCHIVE_PROBLEMS.tooBig };
    throw error;
  }
  if (!read.ok) return read;
  const { records, files: entries } = read;
  if ((records.cases ?? []).length !== 1) return { ok: false, problem: "The archive must hold exactly one case." };

  // New ids for every record, so the case can be imported next to the original.
  const newIds = new Map<string, string>();
  for (const { name } of CASE_TABLES) for (const row of records[name] ?? []) if (typeof row.id === "string" && UUID.test(row.id)) newIds.set(row.id, crypto.randomUUID());
  // Ids appear as columns, in arrays (a pack's documents) and inside JSON (a review's targets).
  const remap = (value: unknown): unknown => {
    if (typeof value === "string") return newIds.get(value) ?? value;
    if (Array.isArray(value)) return value.map(remap);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remap(v)]));
    return value;
  };

  // Check and store the files first; the records then point at the new copies.
  const storage = getStorage();
  const stored: string[] = [];
  const storageKeys = new Map<string, string>();
  try {
    for (const row of records.documents ?? []) {
      const bytes = entries[`files/${String(row.id)}/${String(row.fileName)}`];
      if (!bytes) return { ok: false, problem: `The archive is missing the file for “${String(row.title)}”.` };
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      if (sha256 !== row.sha256 || bytes.byteLength !== Number(row.sizeBytes)) return { ok: false, problem: `The file for “${String(row.title)}” has been changed since it was exported.` };
      if ((await detectDocumentType(bytes)) !== row.mediaType) return { ok: false, problem: `The file for “${String(row.title)}” is not the kind of file the archive says it is.` };
      const key = newStorageKey();
      await storage.put(key, (async function* () {
        yield bytes;
      })());
      stored.push(key);
      storageKeys.set(String(row.id), key);
    }
    const counts: Record<string, number> = {};
    const caseId = newIds.get(String(records.cases![0]!.id))!;
    await db.transaction(async (tx) => {
      for (const { name, table, columns, userColumns } of CASE_TABLES) {
        const rows = (records[name] ?? []).map((source) => {
          const row: Row = {};
          for (const [key, column] of Object.entries(columns)) {
            if (!(key in source)) continue;
            let value = remap(source[key]);
            if (userColumns.has(key)) value = column.notNull ? owner.id : null;
            // Comment and note authors, and who added a document, come from the archive, not from
            // this Clearpath: say so.
            if (key === "authorName" || (key === "uploadedByName" && value !== null)) value = importedAuthorName(String(value));
            if (name === "documents" && key === "storageKey") value = storageKeys.get(String(source.id));
            if (value !== null && is(column, PgTimestamp)) value = new Date(String(value));
            row[key] = value;
          }
          if (name === "cases") row.version = 0;
          return row;
        });
        counts[name] = rows.length;
        // In slices, so a very large case stays within the database's limit on parameters.
        for (let start = 0; start < rows.length; start += 500) await tx.insert(table).values(rows.slice(start, start + 500));
      }
      await tx.insert(schema.caseAccess).values(ownerGrant(caseId, owner.id));
    });
    return { ok: true, caseId, childName: String(records.cases![0]!.childName), counts };
  } catch (error) {
    await Promise.all(stored.map((key) => storage.remove(key)));
    if (error instanceof Error && /violates|invalid input|null value|out of range/i.test(error.message + String((error as { cause?: unknown }).cause ?? ""))) {
      return { ok: false, problem: "The archive's records could not be read into a case. It may have been changed since it was exported." };
    }
    throw error;
  }
}
