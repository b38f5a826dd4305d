// What an uploaded file really is, read from its bytes: the name it came with never decides.
// Binary formats are recognised by file-type; plain text and saved emails, which have no magic
// bytes, are accepted only as valid UTF-8 without NULs that does not start like a web page,
// SVG or XML (the things a browser might run). See docs/decisions/052-upload-type-by-content.md.
import { isUtf8 } from "node:buffer";
import { fileTypeFromBuffer } from "file-type";

export const DOCUMENT_MEDIA_TYPES = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "image/heic",
  "image/heif",
  "text/plain",
  "message/rfc822",
] as const;

export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

const DETECTED = new Set<string>(
  DOCUMENT_MEDIA_TYPES.filter((type) => type !== "text/plain" && type !== "message/rfc822"),
);

// The starts of text a browser would take for HTML or XML (the WHATWG MIME sniffing list, plus
// SVG and a few tags that run scripts). Each is followed by a space, ">" or "/" to count.
const MARKUP_TAGS = [
  "!doctype",
  "html",
  "head",
  "body",
  "script",
  "iframe",
  "svg",
  "h1",
  "div",
  "font",
  "table",
  "a",
  "style",
  "title",
  "b",
  "br",
  "p",
  "object",
  "embed",
  "img",
  "form",
  "meta",
  "link",
  "math",
  "xml",
  "xsl",
];
const MARKUP_START = new RegExp(`^(?:<(?:${MARKUP_TAGS.join("|")})[\\s>/]|<!--|<\\?xml)`, "i");

/** Whether text starts (after a byte-order mark and white space) like HTML, SVG or XML. */
export function looksLikeMarkup(start: string): boolean {
  return MARKUP_START.test(start.replace(/^\uFEFF/, "").trimStart());
}

// An RFC 822 / 5322 header line ("Name: value"), or the folded continuation of one.
const HEADER_LINE = /^(?:[!-9;-~]+:.*|[ \t]+\S.*)$/;
const EMAIL_HEADERS =
  /^(?:to|subject|date|mime-version|message-id|cc|received|return-path|reply-to|sender|content-type):/im;

/**
 * Whether text is a saved email: it opens with a block of header lines, ended by a blank line,
 * that has a From: header and at least one other header every email has.
 */
export function looksLikeEmail(text: string): boolean {
  const end = text.search(/\r?\n\r?\n/);
  if (end <= 0) return false;
  const lines = text.slice(0, end).split(/\r?\n/);
  return (
    lines.every((line) => HEADER_LINE.test(line)) &&
    lines.some((line) => /^from:/i.test(line)) &&
    EMAIL_HEADERS.test(text.slice(0, end))
  );
}

/** What plain text bytes are: a saved email, plain text, or (null) not something we keep. */
function detectText(bytes: Uint8Array): DocumentMediaType | null {
  if (bytes.includes(0) || !isUtf8(bytes)) return null;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (looksLikeMarkup(text.slice(0, 1024))) return null;
  return looksLikeEmail(text.slice(0, 64 * 1024)) ? "message/rfc822" : "text/plain";
}

/**
 * The media type of a whole file from its content, or null when Clearpath does not keep that
 * kind of file (or it is empty).
 */
export async function detectDocumentType(bytes: Uint8Array): Promise<DocumentMediaType | null> {
  if (bytes.length === 0) return null;
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return DETECTED.has(detected.mime) ? (detected.mime as DocumentMediaType) : null;
  return detectText(bytes);
}

/** Kinds of file that may be shown in the browser itself: a PDF, and pictures browsers can draw. */
export const INLINE_MEDIA_TYPES: ReadonlySet<string> = new Set([
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
]);

/** The sentence for a file refused for its type. */
export function refusedTypeMessage(fileName: string): string {
  return `${fileName} is not a file type Clearpath keeps: use PDF, Word, an image, plain text or a saved email.`;
}
