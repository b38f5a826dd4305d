// The limits on reading files and archives that people upload: each is read in a worker thread
// (see isolate.server.ts and docs/decisions/014) that stops at these, so one hostile file cannot
// take the server's memory or time from everyone else.

/** How much JavaScript memory one worker may use before it is stopped (a PDF or Word file, or an archive). */
export const WORKER_HEAP_MB = 384;
/** Packs copy many stored PDFs into one, so their worker may use more. */
export const PACK_WORKER_HEAP_MB = 1024;
/** At most this many files are read at once, whatever the number of uploads (the server has few cores). */
export const MAX_PARALLEL_WORKERS = 2;

/**
 * A PDF with more pages than this is not read for text and not copied into a pack. Real reports
 * and plans run to tens or hundreds of pages; a "page bomb" names one page 200,000 times.
 */
export const MAX_PDF_PAGES = 2_000;
/** A Word file (a zip) with more parts than this is not opened; a real one has a few dozen. */
export const MAX_DOCX_ENTRIES = 2_000;
/** An email's attachments (and their attachments) are read up to this many in all. */
export const MAX_EMAIL_ATTACHMENTS = 50;

/** Making one evidence pack stops after this long and the download is refused, saying why. */
export const PACK_TIMEOUT_MS = 120_000;
/** Reading one case archive stops after this long. */
export const ARCHIVE_TIMEOUT_MS = 60_000;
