// Reads the text (for search, and for reading recommendations out of reports) and the date in
// the file's own details out of an uploaded document: PDF with unpdf (pdf.js), Word with mammoth,
// saved emails with postal-mime (their attachments too), plain text as it is. Pictures give no
// text: there is no OCR, since nothing may be downloaded or sent away. Runs only inside a worker
// (extract.server.ts starts it), within the limits of limits.server.ts. Never throws.
import mammoth from "mammoth";
import PostalMime from "postal-mime";
import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { isCalendarDate, type CalendarDate } from "~/domain/calendar/calendar-date";
import { todayIn } from "~/services/clock.server";
import { MAX_DOCX_ENTRIES, MAX_EMAIL_ATTACHMENTS, MAX_PDF_PAGES } from "~/services/isolate/limits.server";
import { detectDocumentType, type DocumentMediaType } from "~/services/uploads/detect-type.server";
import { cleanText, htmlToText, TEXT_CUT_NOTE } from "./clean-text.server";
import { expandedSize, expandsAsDeclared, listZipEntries, readZipEntry } from "./zip.server";
import { formatNumber } from "~/domain/presentation";

export type Extraction = {
  /** The text found, tidied and capped; null when there is none. */
  text: string | null;
  /** Why no text (or only part of it) could be read, for the parent; null when all went well. */
  note: string | null;
  /** The date in the file's own details, as a UK calendar date; null when there is none. */
  metadataDate: CalendarDate | null;
};

/** A Word file whose parts expand to more than this is not opened (a "zip bomb" can expand a few MB to many GB). */
export const MAX_DOCX_EXPANDED_BYTES = 200 * 1024 * 1024;
/** Emails inside emails are read this deep, and no deeper. */
const MAX_EMAIL_DEPTH = 2;

export const NOTES = {
  image:
    "Clearpath cannot read the words in a picture, so search finds it by its title, author and tags only.",
  pdfEmpty:
    "No text could be found in this PDF: it may be a scan or a photo. Search finds it by its title, author and tags only.",
  pdfPassword:
    "This PDF is protected by a password, so its text could not be read. The file is kept as it was.",
  pdfTooLong: `This PDF has more than ${formatNumber(MAX_PDF_PAGES)} pages, so its text was not read. The file is kept as it was.`,
  pdfDamaged:
    "This PDF seems to be damaged, so its text could not be read. The file is kept as it was: check that it opens.",
  docxTooLarge:
    "This Word file expands to far more than its size, so it was not opened to read its text. The file is kept as it was.",
  docxTooManyParts:
    "This Word file is made of far more parts than a real one, so it was not opened to read its text. The file is kept as it was.",
  docxDamaged:
    "This Word file seems to be damaged, so its text could not be read. The file is kept as it was: check that it opens.",
  emailDamaged:
    "This email could not be read, so its text is not searchable. The file is kept as it was.",
  tooManyAttachments: `This email has more than ${MAX_EMAIL_ATTACHMENTS} attachments (counting those inside attached emails), so only the first ${MAX_EMAIL_ATTACHMENTS} were read. The file is kept as it was.`,
  empty: "This file has no text in it.",
  timeout:
    "Reading the text of this file took too long, so it was stopped. The file is kept as it was.",
  memory:
    "Reading the text of this file needed more memory than Clearpath allows, so it was stopped. The file is kept as it was.",
  failed: "The text of this file could not be read. The file is kept as it was.",
} as const;

type Found = { text: string | null; notes: string[]; metadataDate: CalendarDate | null };

function londonDate(value: unknown): CalendarDate | null {
  const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  const calendarDate = todayIn("Europe/London", date);
  return isCalendarDate(calendarDate) ? calendarDate : null;
}

async function readPdf(bytes: Uint8Array, signal: AbortSignal): Promise<Found> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // No eval of font programs (the hole behind CVE-2024-4367), no system fonts, no logging.
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
    });
  } catch (error) {
    const name = (error as Error).name;
    return {
      text: null,
      notes: [name === "PasswordException" ? NOTES.pdfPassword : NOTES.pdfDamaged],
      metadataDate: null,
    };
  }
  if (pdf.numPages > MAX_PDF_PAGES) {
    await pdf.destroy().catch(() => {});
    return { text: null, notes: [NOTES.pdfTooLong], metadataDate: null };
  }
  const stop = () => void pdf.destroy();
  signal.addEventListener("abort", stop);
  try {
    const meta = await getMeta(pdf, { parseDates: true }).catch(() => null);
    const metadataDate = londonDate(meta?.info?.CreationDate) ?? londonDate(meta?.info?.ModDate);
    const { text } = await extractText(pdf, { mergePages: true });
    const hasText = /\S/.test(text);
    return { text: hasText ? text : null, notes: hasText ? [] : [NOTES.pdfEmpty], metadataDate };
  } catch {
    return {
      text: null,
      notes: [signal.aborted ? NOTES.timeout : NOTES.pdfDamaged],
      metadataDate: null,
    };
  } finally {
    signal.removeEventListener("abort", stop);
    await pdf.destroy().catch(() => {});
  }
}

async function readDocx(bytes: Buffer): Promise<Found> {
  const entries = listZipEntries(bytes);
  if (!entries) return { text: null, notes: [NOTES.docxDamaged], metadataDate: null };
  if (entries.length > MAX_DOCX_ENTRIES)
    return { text: null, notes: [NOTES.docxTooManyParts], metadataDate: null };
  // The sizes in the zip's directory are checked, then proved by expanding each part no further
  // than it says: a file that lies about them never reaches mammoth.
  if (expandedSize(entries) > MAX_DOCX_EXPANDED_BYTES || !expandsAsDeclared(bytes, entries))
    return { text: null, notes: [NOTES.docxTooLarge], metadataDate: null };
  const core =
    readZipEntry(bytes, entries, "docProps/core.xml", 1024 * 1024)?.toString("utf8") ?? "";
  const created = /<dcterms:created\b[^>]*>([^<]+)<\/dcterms:created>/.exec(core)?.[1];
  const metadataDate = created ? londonDate(created.trim()) : null;
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return { text: value, notes: /\S/.test(value) ? [] : [NOTES.empty], metadataDate };
  } catch {
    return { text: null, notes: [NOTES.docxDamaged], metadataDate };
  }
}

function toBuffer(content: ArrayBuffer | Uint8Array | string): Buffer {
  return typeof content === "string"
    ? Buffer.from(content, "utf8")
    : Buffer.from(content instanceof Uint8Array ? content : new Uint8Array(content));
}

/** How deep in attached emails a read is, and how many more attachments it may read in all. */
type Nesting = { depth: number; budget: { attachmentsLeft: number } };

async function readEmail(bytes: Buffer, signal: AbortSignal, { depth, budget }: Nesting): Promise<Found> {
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: "arraybuffer" });
  } catch {
    return { text: null, notes: [NOTES.emailDamaged], metadataDate: null };
  }
  const people = (list: Array<{ name?: string; address?: string }> | undefined) =>
    (list ?? [])
      .map((p) => (p.name ? `${p.name} <${p.address ?? ""}>` : (p.address ?? "")))
      .join(", ");
  const lines = [
    email.subject ? `Subject: ${email.subject}` : null,
    email.from ? `From: ${people([email.from as { name?: string; address?: string }])}` : null,
    email.to?.length
      ? `To: ${people(email.to as Array<{ name?: string; address?: string }>)}`
      : null,
    email.cc?.length
      ? `Cc: ${people(email.cc as Array<{ name?: string; address?: string }>)}`
      : null,
    email.date ? `Date: ${email.date}` : null,
  ].filter((line): line is string => line !== null);
  const body = email.text ?? (email.html ? htmlToText(email.html) : "");
  const parts = [lines.join("\n"), body];
  const notes: string[] = [];
  const names = email.attachments.map((a, i) => a.filename ?? `attachment ${i + 1}`);
  if (names.length > 0) parts.push(`Attachments: ${names.join(", ")}`);
  for (const [index, attachment] of email.attachments.entries()) {
    if (signal.aborted) break;
    if (budget.attachmentsLeft <= 0) {
      if (!notes.includes(NOTES.tooManyAttachments)) notes.push(NOTES.tooManyAttachments);
      break;
    }
    budget.attachmentsLeft -= 1;
    const name = names[index]!;
    const content = toBuffer(attachment.content);
    const type = await detectDocumentType(content);
    if (
      !type ||
      type.startsWith("image/") ||
      (type === "message/rfc822" && depth >= MAX_EMAIL_DEPTH)
    )
      continue;
    const found = await read(content, type, signal, { depth: depth + 1, budget });
    if (found.text) parts.push(`Attachment: ${name}\n\n${found.text}`);
    else if (found.notes.length > 0)
      notes.push(`The text of the attachment ${name} could not be read.`);
    // The limit is said once, by the outermost email.
    if (found.notes.includes(NOTES.tooManyAttachments) && !notes.includes(NOTES.tooManyAttachments))
      notes.push(NOTES.tooManyAttachments);
  }
  return {
    text: parts.filter((p) => /\S/.test(p)).join("\n\n"),
    notes,
    metadataDate: londonDate(email.date),
  };
}

// Phones write the moment a photo was taken into its EXIF data as "YYYY:MM:DD HH:MM:SS".
const EXIF_DATE = /(\d{4}):(\d{2}):(\d{2}) \d{2}:\d{2}:\d{2}/;

function readImage(bytes: Buffer): Found {
  const match = EXIF_DATE.exec(bytes.subarray(0, 256 * 1024).toString("latin1"));
  const date = match ? `${match[1]}-${match[2]}-${match[3]}` : null;
  return {
    text: null,
    notes: [NOTES.image],
    metadataDate: date && isCalendarDate(date) ? date : null,
  };
}

async function read(
  bytes: Buffer,
  mediaType: DocumentMediaType,
  signal: AbortSignal,
  nesting: Nesting,
): Promise<Found> {
  switch (mediaType) {
    case "application/pdf":
      return readPdf(bytes, signal);
    case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
      return readDocx(bytes);
    case "message/rfc822":
      return readEmail(bytes, signal, nesting);
    case "text/plain": {
      const text = bytes.toString("utf8");
      return { text, notes: /\S/.test(text) ? [] : [NOTES.empty], metadataDate: null };
    }
    default:
      return readImage(bytes);
  }
}

/**
 * The text and metadata date of a file whose type was found from its content. Stops itself after
 * `timeoutMs` where it can; the worker around it is ended if it cannot.
 */
export async function readDocument({
  bytes,
  mediaType,
  timeoutMs,
}: {
  bytes: Uint8Array;
  mediaType: DocumentMediaType;
  timeoutMs: number;
}): Promise<Extraction> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve("timeout");
    }, timeoutMs);
  });
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nesting: Nesting = { depth: 0, budget: { attachmentsLeft: MAX_EMAIL_ATTACHMENTS } };
  try {
    const found = await Promise.race([read(buffer, mediaType, controller.signal, nesting), timedOut]);
    if (found === "timeout") return { text: null, note: NOTES.timeout, metadataDate: null };
    const { text, isCut } = cleanText(found.text ?? "");
    const notes = isCut ? [...found.notes, TEXT_CUT_NOTE] : found.notes;
    return {
      text,
      note: notes.length > 0 ? notes.join(" ") : null,
      metadataDate: found.metadataDate,
    };
  } catch {
    return { text: null, note: NOTES.failed, metadataDate: null };
  } finally {
    clearTimeout(timer);
  }
}
