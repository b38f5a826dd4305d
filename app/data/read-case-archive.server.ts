// Reads a case archive (see case-archive.server.ts) within fixed budgets, inside a worker: the
// zip's directory is checked before anything is inflated, each entry is inflated no further than
// it says, the JSON is capped in size and its records in number. Past a limit it says so and
// returns nothing, so nothing is written. Touches no database: importCaseArchive writes.
import { z } from "zod";
import { expandedSize, inflateEntry, listZipEntries } from "~/services/extract/zip.server";
import { formatNumber } from "~/domain/presentation";

export const ARCHIVE_FORMAT = "clearpath-case";
export const ARCHIVE_SCHEMA_VERSION = 1;
export const MANIFEST = "clearpath-case.json";

/** clearpath-case.json larger than this is refused (a real five-year case is a few MB). */
export const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;
/** Records of one kind: a large five-year case has 2,000 sessions and 300 documents. */
export const MAX_RECORDS_PER_KIND = 20_000;
/** Records of all kinds together. */
export const MAX_RECORDS_TOTAL = 60_000;
/** Files in the zip: one per document, and the JSON. */
export const MAX_ARCHIVE_ENTRIES = 5_000;

export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  schemaVersion: z.literal(ARCHIVE_SCHEMA_VERSION),
  records: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

export type ArchiveRecords = z.infer<typeof manifestSchema>["records"];
export type ReadArchive = { ok: true; records: ArchiveRecords; files: Record<string, Uint8Array> } | { ok: false; problem: string };

const mb = (bytes: number) => `${formatNumber(Math.round(bytes / (1024 * 1024)))} MB`;

export const ARCHIVE_PROBLEMS = {
  notZip: "That file is not a Clearpath case archive (it is not a zip file). Choose the .zip file you downloaded from Clearpath.",
  noManifest: "That zip file is not a Clearpath case archive: it has no clearpath-case.json inside.",
  unreadable: "The archive's clearpath-case.json cannot be read. It may come from a newer version of Clearpath, or have been changed.",
  tooManyFiles: `That archive holds more than ${formatNumber(MAX_ARCHIVE_ENTRIES)} files, more than any case. Nothing was brought in.`,
  manifestTooLarge: `The archive's clearpath-case.json is larger than ${mb(MAX_MANIFEST_BYTES)}, more than any case. Nothing was brought in.`,
  tooLarge: (maxBytes: number) =>
    `The files in that archive add up to more than ${mb(maxBytes)} once unpacked, more than Clearpath takes at once. Nothing was brought in.`,
  sizesWrong: "That archive is damaged or has been changed: a file in it does not match the size the zip gives it. Nothing was brought in.",
  tooManyRecords: `That archive has more records than Clearpath takes at once (at most ${formatNumber(MAX_RECORDS_PER_KIND)} of one kind, ${formatNumber(MAX_RECORDS_TOTAL)} in all). Nothing was brought in.`,
  tooBig: "That archive needed more time or memory to read than Clearpath allows, so it was stopped. Nothing was brought in.",
} as const;

/**
 * The records and files of an archive, or the problem with it. `maxFilesBytes` caps what all the
 * entries together expand to, by their declared sizes and again while they are inflated.
 */
export function readCaseArchive({ archive, maxFilesBytes }: { archive: Uint8Array; maxFilesBytes: number }): ReadArchive {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const entries = listZipEntries(bytes);
  if (!entries) return { ok: false, problem: ARCHIVE_PROBLEMS.notZip };
  if (entries.length > MAX_ARCHIVE_ENTRIES) return { ok: false, problem: ARCHIVE_PROBLEMS.tooManyFiles };
  const manifestEntry = entries.find((e) => e.name === MANIFEST);
  if (!manifestEntry) return { ok: false, problem: ARCHIVE_PROBLEMS.noManifest };
  if (manifestEntry.size > MAX_MANIFEST_BYTES) return { ok: false, problem: ARCHIVE_PROBLEMS.manifestTooLarge };
  // Infinity when a size is hidden (ZIP64), which no archive of ours needs.
  if (expandedSize(entries) > maxFilesBytes + MAX_MANIFEST_BYTES) return { ok: false, problem: ARCHIVE_PROBLEMS.tooLarge(maxFilesBytes) };

  const manifestBytes = inflateEntry(bytes, manifestEntry);
  if (!manifestBytes) return { ok: false, problem: ARCHIVE_PROBLEMS.sizesWrong };
  let parsed;
  try {
    parsed = manifestSchema.safeParse(JSON.parse(manifestBytes.toString("utf8")));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) return { ok: false, problem: ARCHIVE_PROBLEMS.unreadable };
  const { records } = parsed.data;
  const counts = Object.values(records).map((rows) => rows.length);
  if (counts.some((n) => n > MAX_RECORDS_PER_KIND) || counts.reduce((a, b) => a + b, 0) > MAX_RECORDS_TOTAL) {
    return { ok: false, problem: ARCHIVE_PROBLEMS.tooManyRecords };
  }

  // Only the documents' files are inflated, each no further than its declared size.
  const files: Record<string, Uint8Array> = {};
  for (const row of records.documents ?? []) {
    const name = `files/${String(row.id)}/${String(row.fileName)}`;
    const entry = entries.find((e) => e.name === name);
    if (!entry || name in files) continue;
    const content = inflateEntry(bytes, entry);
    if (!content) return { ok: false, problem: ARCHIVE_PROBLEMS.sizesWrong };
    // A copy of its own, so it can be moved out of the worker without the rest of the archive.
    files[name] = new Uint8Array(content);
  }
  return { ok: true, records, files };
}
