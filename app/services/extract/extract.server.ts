// The text and the date in the file's own details of an uploaded document, read in a worker
// (read-document.server.ts does the reading) so a hostile file cannot stop the server: past the
// worker's time or memory limit the file is kept without its text, and the note says why.
// Never throws for a file's content.
import { IsolateError, runIsolated } from "~/services/isolate/isolate.server";
import { WORKER_HEAP_MB } from "~/services/isolate/limits.server";
import { describeError, log } from "~/services/log.server";
import type { DocumentMediaType } from "~/services/uploads/detect-type.server";
import { NOTES, type Extraction } from "./read-document.server";

export type { Extraction } from "./read-document.server";

/** Reading one file's text stops after this long; the file is kept all the same. */
export const EXTRACTION_TIMEOUT_MS = 15_000;
/** The worker is ended this long after the reading was asked to stop, if it has not stopped by itself. */
const GRACE_MS = 2_000;

/** The text and metadata date of a file whose type was found from its content. */
export async function extractDocument(
  bytes: Uint8Array,
  mediaType: DocumentMediaType,
  { timeoutMs = EXTRACTION_TIMEOUT_MS } = {},
): Promise<Extraction> {
  try {
    return await runIsolated("readDocument", { bytes, mediaType, timeoutMs }, { timeoutMs: timeoutMs + GRACE_MS, heapMb: WORKER_HEAP_MB });
  } catch (error) {
    if (!(error instanceof IsolateError)) throw error;
    log("warn", "text extraction stopped", { mediaType, error: describeError(error) });
    const note = error.reason === "timeout" ? NOTES.timeout : error.reason === "memory" ? NOTES.memory : NOTES.failed;
    return { text: null, note, metadataDate: null };
  }
}
