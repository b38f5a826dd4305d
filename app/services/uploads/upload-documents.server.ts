// Turns an upload into documents of a case: receive the files (streamed, encrypted, capped),
// check what each really is from its bytes, read its text and date, and record every document
// in one statement, or none: a refused file means nothing of the upload is kept, so the parent
// can fix the list and send it again. See docs/decisions/050-uploads-written-file-first.md.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { CaseAccess } from "~/auth/access.server";
import { addDocuments, type NewDocument, type Uploader } from "~/data/documents.server";
import { suggestDocumentDate } from "~/domain/documents/suggest-document-date";
import { titleFromFileName } from "~/domain/documents/title-from-file-name";
import { MAX_FILES_PER_UPLOAD, type UploadDetails } from "~/forms/documents";
import { config } from "~/services/config.server";
import { extractDocument, type Extraction } from "~/services/extract/extract.server";
import { getStorage } from "~/services/storage/get-storage.server";
import { holdStorageKey, releaseStorageKeys } from "~/services/storage/held-keys.server";
import { newStorageKey, readAll } from "~/services/storage/storage.server";
import {
  detectDocumentType,
  refusedTypeMessage,
  type DocumentMediaType,
} from "./detect-type.server";
import {
  discardUpload,
  receiveUpload,
  type ReceivedFile,
  type UploadLimits,
} from "./receive.server";

/** One upload may carry at most this many times the single-file limit in all (100 MB by default). */
export const UPLOAD_TOTAL_FACTOR = 5;

export function uploadLimits(maxFiles = MAX_FILES_PER_UPLOAD): UploadLimits {
  return {
    maxFileBytes: config.UPLOAD_MAX_BYTES,
    maxFiles,
    maxTotalBytes: config.UPLOAD_MAX_BYTES * UPLOAD_TOTAL_FACTOR,
  };
}

export type CheckedFile = ReceivedFile & Extraction & { mediaType: DocumentMediaType };

export type ReceivedDocuments = {
  fields: FormData;
  files: CheckedFile[];
  /** One sentence a problem; when there is any, nothing should be kept. */
  problems: string[];
  /** Removes every file of the upload from storage (when it is refused, or recording it failed). */
  discard: () => Promise<void>;
};

/**
 * Receives a multipart form and checks each of its files (in `fileField`): its type from its
 * content, then its text and date. Once one file is refused, the rest are only checked for
 * type, so every refusal is reported at once without reading text that will not be kept.
 */
export async function receiveDocuments(
  request: Request,
  { fileField = "files", maxFiles = MAX_FILES_PER_UPLOAD } = {},
): Promise<ReceivedDocuments> {
  const storage = getStorage();
  const received = await receiveUpload(request, {
    storage,
    limits: uploadLimits(maxFiles),
    fileField,
  });
  const problems = [...received.problems];
  const files: CheckedFile[] = [];
  try {
    for (const file of received.files) {
      const content = await storage.get(file.storageKey);
      const bytes = content ? await readAll(content) : Buffer.alloc(0);
      const mediaType = await detectDocumentType(bytes);
      if (!mediaType) {
        problems.push(refusedTypeMessage(file.fileName));
        continue;
      }
      const extraction: Extraction =
        problems.length > 0
          ? { text: null, note: null, metadataDate: null }
          : await extractDocument(bytes, mediaType);
      files.push({ ...file, mediaType, ...extraction });
    }
  } catch (error) {
    await discardUpload(storage, received.files);
    throw error;
  }
  return {
    fields: received.fields,
    files,
    problems,
    discard: () => discardUpload(storage, received.files),
  };
}

/** The row for a checked file: its title from its name, its date suggested from its details or text. */
export function describeNewDocument(
  file: CheckedFile,
  details: UploadDetails,
  today: string,
): NewDocument {
  const suggested = suggestDocumentDate({
    metadataDate: file.metadataDate,
    text: file.text,
    today,
  });
  return {
    storageKey: file.storageKey,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    title: titleFromFileName(file.fileName),
    date: suggested?.date ?? null,
    dateSource: suggested?.source ?? null,
    metadataDate: file.metadataDate,
    source: details.source,
    author: details.author,
    areas: details.areas,
    tags: details.tags,
    text: file.text,
    extractionNote: file.note,
  };
}

/**
 * Records the checked files as documents of the case. If recording fails, the files are removed
 * before the error goes on.
 */
export async function recordDocuments(
  access: CaseAccess,
  {
    uploader,
    upload,
    details,
    today,
  }: {
    uploader: Uploader | null;
    upload: ReceivedDocuments;
    details: UploadDetails;
    today: string;
  },
): Promise<string[]> {
  let ids: string[];
  try {
    ids = await addDocuments(
      access,
      uploader,
      upload.files.map((file) => describeNewDocument(file, details, today)),
    );
  } catch (error) {
    await upload.discard();
    throw error;
  }
  // The rows are in: the files are no longer uploads in progress, and the sweep sees their rows.
  releaseStorageKeys(upload.files.map((file) => file.storageKey));
  return ids;
}

/**
 * Stores a file held in memory as a document, through the same checks as an upload: for the demo
 * case and for tests. Returns the new document's id, or the sentence saying why it was refused.
 */
export async function addDocumentFromBytes(
  access: CaseAccess,
  {
    fileName,
    bytes,
    details,
    uploader = null,
    today,
    title,
    date,
  }: {
    fileName: string;
    bytes: Uint8Array;
    details: UploadDetails;
    uploader?: Uploader | null;
    today: string;
    title?: string;
    date?: string | null;
  },
): Promise<{ ok: true; id: string } | { ok: false; problem: string }> {
  const mediaType = await detectDocumentType(bytes);
  if (!mediaType) return { ok: false, problem: refusedTypeMessage(fileName) };
  const storage = getStorage();
  const storageKey = newStorageKey();
  // Until its row is recorded (or its file removed), the running sweep leaves this file alone.
  holdStorageKey(storageKey);
  try {
    await storage.put(storageKey, Readable.from([Buffer.from(bytes)]));
    const extraction = await extractDocument(Buffer.from(bytes), mediaType);
    const file: CheckedFile = {
      fileName,
      storageKey,
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      mediaType,
      ...extraction,
    };
    const row = describeNewDocument(file, details, today);
    if (title !== undefined) row.title = title;
    if (date !== undefined) Object.assign(row, { date, dateSource: date ? "person" : null });
    try {
      const [id] = await addDocuments(access, uploader, [row]);
      return { ok: true, id: id! };
    } catch (error) {
      await storage.remove(storageKey);
      throw error;
    }
  } finally {
    releaseStorageKeys([storageKey]);
  }
}
