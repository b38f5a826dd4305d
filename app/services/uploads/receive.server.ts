// Receives a multipart form with files, as a plain HTML form sends it, without holding the files
// in memory: busboy reads the request as it arrives, each file is counted, hashed and written
// (encrypted) to storage as it streams, and a file over the size limit is cut off there and
// refused. Uploads are hostile input: the sizes, the number of files and the whole request are
// all capped. See docs/decisions/051-uploads-streamed-within-limits.md.
//
// When the store fails (a full disk), the rest of the request is still read and dropped, so the
// answer comes at once rather than never, and nothing of the upload is kept; a client that goes
// away mid-file is an upload that did not arrive whole, never an error nobody handles
// (docs/decisions/116-full-disk-and-sweeping-while-running.md).
import { createHash } from "node:crypto";
import { Readable, Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { formatFileSize } from "~/forms/documents";
import { cleanForm, FORM_PROBLEMS, readForm, type RequestProblem } from "~/forms/parse";
import { data } from "react-router";
import { holdStorageKey, releaseStorageKeys } from "~/services/storage/held-keys.server";
import { newStorageKey, type Storage } from "~/services/storage/storage.server";
import { plural } from "~/domain/presentation";
import { fail } from "~/errors";
import { describeError, log } from "~/services/log.server";

export type UploadLimits = { maxFileBytes: number; maxFiles: number; maxTotalBytes: number };

export type ReceivedFile = {
  fileName: string;
  storageKey: string;
  sizeBytes: number;
  sha256: string;
};

export type ReceivedUpload = {
  /** The form's other fields, for its Zod schema. */
  fields: FormData;
  /** Files stored whole, in the order they were sent. */
  files: ReceivedFile[];
  /** What went wrong, one sentence a problem (per file where it is about a file). */
  problems: string[];
};

const NOT_WHOLE = "The upload did not arrive whole. Choose the files and try again.";

/** The system's answers to a write when the disk, or this user's share of it, has no room left. */
const FULL_DISK_CODES = new Set(["ENOSPC", "EDQUOT"]);

/** Whether a store's failure means it has no room left. */
function isStorageFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && FULL_DISK_CODES.has(code);
}
/** Room for the form's other fields and the multipart boundaries around the files. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

/** A file's name as the parent knows it: no folders, no control characters, not too long. */
export function cleanFileName(raw: string): string {
  const name = (raw.split(/[\\/]/).at(-1) ?? "")
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F]/g, "")
    .trim();
  if (name === "") return "document";
  if (name.length <= 200) return name;
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0] ?? "";
  return name.slice(0, 200 - extension.length) + extension;
}

function isMultipart(request: Request): boolean {
  return /^multipart\/form-data\b/i.test(request.headers.get("Content-Type") ?? "");
}

/**
 * Reads the request's form, storing each file sent in `fileField` under a new key. Anything the
 * caller does not keep must be removed with `discardUpload` (the start-up sweep is the backstop).
 */
export async function receiveUpload(
  request: Request,
  { storage, limits, fileField }: { storage: Storage; limits: UploadLimits; fileField: string },
): Promise<ReceivedUpload> {
  // A form sent without files (JavaScript building it differently, or a client of our own) has
  // its fields read as usual.
  if (!isMultipart(request) || !request.body) {
    return { fields: await readForm(request), files: [], problems: [] };
  }
  const rawFields = new FormData();
  // Each file's slot is taken when it starts, so files keep the order they were sent in even when
  // a small file after a large one is safely stored first.
  const slots: Array<ReceivedFile | null> = [];
  const problems: string[] = [];
  const maxRequestBytes = limits.maxTotalBytes + FORM_OVERHEAD_BYTES;
  const tooLargeInAll = `These files add up to more than ${formatFileSize(limits.maxTotalBytes)}. Upload them in smaller groups.`;
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > maxRequestBytes)
    return { fields: rawFields, files: [], problems: [tooLargeInAll] };

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": request.headers.get("Content-Type")! },
      defParamCharset: "utf8",
      // busboy marks a file "truncated" once it reaches the limit, so it counts to one byte more:
      // a file of exactly the limit is allowed, and only one that goes past it is cut off.
      limits: {
        fileSize: limits.maxFileBytes + 1,
        files: limits.maxFiles,
        fields: 100,
        fieldSize: 100_000,
        parts: limits.maxFiles + 100,
      },
    });
  } catch {
    // A multipart type without a boundary cannot be read at all.
    throw data<RequestProblem>({ problem: FORM_PROBLEMS.unreadable }, { status: 400 });
  }
  const pending: Array<Promise<void>> = [];
  let current: Readable | null = null;
  // The first failure of the store itself (not of the client's connection): once there is one,
  // later files are not written, and the upload is refused whole.
  let storageError: unknown = null;
  let totalBytes = 0;
  const addProblem = (problem: string) => {
    if (!problems.includes(problem)) problems.push(problem);
  };

  parser.on("field", (name, value) => rawFields.append(name, value));
  parser.on("filesLimit", () =>
    addProblem(
      `You can upload up to ${plural(limits.maxFiles, "file")} at once. Upload the rest in another go.`,
    ),
  );
  parser.on("partsLimit", () => addProblem(NOT_WHOLE));
  parser.on("fieldsLimit", () => addProblem(NOT_WHOLE));
  parser.on("file", (name, stream, info) => {
    // The stream's errors reach whoever reads it (put, through counted()); this listener only
    // stops an error raised before put has begun reading (a client gone while the store opens its
    // file) from being an unhandled 'error' event, which would end the process.
    stream.on("error", () => {});
    // An empty file box sends a part with no name and no bytes; after a store failure, nothing more is written.
    if (name !== fileField || !info.filename || storageError) {
      stream.resume();
      return;
    }
    const fileName = cleanFileName(info.filename);
    const slot = slots.push(null) - 1;
    const storageKey = newStorageKey();
    // Until it is recorded or removed, the running sweep leaves this file alone.
    holdStorageKey(storageKey);
    const hash = createHash("sha256");
    let sizeBytes = 0;
    let hasClientFailed = false;
    current = stream;
    async function* counted() {
      // Not destroyed when the store stops reading: it is then drained, so busboy reads on.
      try {
        for await (const chunk of stream.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
          sizeBytes += chunk.length;
          totalBytes += chunk.length;
          hash.update(chunk);
          yield chunk;
        }
      } catch (error) {
        hasClientFailed = true;
        throw error;
      }
    }
    pending.push(
      storage.put(storageKey, counted()).then(
        async () => {
          const problem = stream.truncated
            ? `${fileName} is larger than ${formatFileSize(limits.maxFileBytes)}, the most Clearpath keeps in one file.`
            : sizeBytes === 0
              ? `${fileName} is empty.`
              : totalBytes > limits.maxTotalBytes
                ? tooLargeInAll
                : null;
          if (problem) {
            addProblem(problem);
            await storage.remove(storageKey).finally(() => releaseStorageKeys([storageKey]));
          } else {
            slots[slot] = { fileName, storageKey, sizeBytes, sha256: hash.digest("hex") };
          }
        },
        (error: unknown) => {
          // put() left nothing under the key.
          releaseStorageKeys([storageKey]);
          if (hasClientFailed) return addProblem(NOT_WHOLE);
          storageError ??= error;
          stream.resume();
        },
      ),
    );
  });

  // Counts the raw request, so a client that sends without end is stopped at the cap.
  let requestBytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      requestBytes += chunk.length;
      if (requestBytes > maxRequestBytes) callback(new RangeError("request too large"));
      else callback(null, chunk);
    },
  });
  let parseError: Error | null = null;
  const parsed = new Promise<void>((resolve) => {
    parser.once("close", resolve);
    // on, not once: busboy can report more than one error, and an unheard one ends the process.
    parser.on("error", (error: Error) => {
      parseError ??= error;
      resolve();
    });
  });
  // A malformed part stops busboy, but the rest of the body is still read (and dropped): ending
  // the request stream early closes the connection with no answer at all.
  const feed = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (parseError) callback();
      else parser.write(chunk, () => callback());
    },
    final(callback) {
      if (!parseError) parser.end();
      callback();
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>),
      cap,
      feed,
    );
    await parsed;
    if (parseError) throw parseError;
  } catch (error) {
    // Whatever file was streaming stops here; its half-written copy is removed by put().
    (current as Readable | null)?.destroy(error as Error);
    addProblem(error instanceof RangeError ? tooLargeInAll : NOT_WHOLE);
  }
  await Promise.all(pending);
  const files = slots.filter((file): file is ReceivedFile => file !== null);
  if (storageError) {
    await discardUpload(storage, files);
    if (!isStorageFull(storageError)) throw storageError;
    log("error", "an upload was refused: the file store is full", { error: describeError(storageError) });
    fail("storage_full");
  }
  let fields: FormData;
  try {
    // The same boundary as every other form: refused names answer 400, control characters go.
    fields = cleanForm(rawFields);
  } catch (refusal) {
    await discardUpload(storage, files);
    throw refusal;
  }
  return { fields, files, problems };
}

/** Removes files that were received but will not be kept. */
export async function discardUpload(storage: Storage, files: ReceivedFile[]): Promise<void> {
  try {
    await Promise.all(files.map((file) => storage.remove(file.storageKey)));
  } finally {
    releaseStorageKeys(files.map((file) => file.storageKey));
  }
}
