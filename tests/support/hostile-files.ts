// Hostile files, made by the tests (never committed as binaries): the PDFs, zips, archives and
// emails that took the server down in issue 16. Each is built by hand in well under a second.
import { crc32, deflateRawSync } from "node:zlib";
import { writeZip, type RawZipEntry } from "../fixtures/documents/zip";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const MEDIA_TYPES = { docx: DOCX, pdf: "application/pdf", email: "message/rfc822", zip: "application/zip" };

/** A PDF written object by object, with a correct cross-reference table. */
function writePdf(objects: string[]): Buffer {
  const parts: string[] = ["%PDF-1.4\n"];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const object = `${index + 1} 0 obj\n${body}\nendobj\n`;
    parts.push(object);
    offset += Buffer.byteLength(object, "latin1");
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, "0000000000 65535 f \n", ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  parts.push(xref, `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`);
  return Buffer.from(parts.join(""), "latin1");
}

const FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
const stream = (content: string) => `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;

/** The "page bomb": one page object named `times` times in the page tree (about 1.2 MB at 200,000). */
export function pageBombPdf(times = 200_000): Buffer {
  const kids = "3 0 R ".repeat(times);
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Count ${times} /Kids [${kids}] >>`,
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    stream("BT /F1 12 Tf 72 770 Td (The same page again) Tj ET"),
    FONT,
  ]);
}

/** A real PDF of `pages` distinct pages with a line of text on each (about 460 KB at 5,000). */
export function manyPagesPdf(pages = 5_000): Buffer {
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", "", FONT];
  const kids: string[] = [];
  for (let page = 1; page <= pages; page++) {
    const pageNumber = objects.length + 1;
    kids.push(`${pageNumber} 0 R`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${pageNumber + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    objects.push(stream(`BT /F1 12 Tf 72 770 Td (Page ${page} of the report) Tj ET`));
  }
  objects[1] = `<< /Type /Pages /Count ${pages} /Kids [${kids.join(" ")}] >>`;
  return writePdf(objects);
}

/** Raw deflate of `mib` MiB of zeros, built from one compressed MiB repeated (no need to deflate a GiB). */
function deflatedZeros(mib: number): { data: Buffer; size: number; crc: number } {
  const chunk = Buffer.alloc(1024 * 1024);
  // A full flush ends each copy on a byte boundary with no reference to what came before.
  const block = deflateRawSync(chunk, { finishFlush: 3 /* Z_FULL_FLUSH */ });
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = crc32(chunk, crc);
  const last = deflateRawSync(Buffer.alloc(0));
  return { data: Buffer.concat([...Array.from({ length: mib }, () => block), last]), size: mib * 1024 * 1024, crc };
}

const entry = (name: string, content: Buffer | string, method: 0 | 8 = 8): RawZipEntry => {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, data: method === 8 ? deflateRawSync(bytes) : bytes, method, size: bytes.length, crc: crc32(bytes) };
};

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A Word file whose document part is `mib` MiB of zeros in about a thousandth of that. With
 * `lie`, the zip's directory says the part is small, so only inflating it shows the truth.
 */
export function docxBomb({ mib = 1024, lie = false } = {}): Buffer {
  const zeros = deflatedZeros(mib);
  return writeZip([
    entry("[Content_Types].xml", CONTENT_TYPES),
    entry("_rels/.rels", RELS),
    { name: "word/document.xml", data: zeros.data, method: 8, size: zeros.size, crc: zeros.crc, declaredSize: lie ? 4096 : undefined },
  ]);
}

/** A case archive whose clearpath-case.json is `mib` MiB of zeros (optionally lying about it). */
export function archiveBomb({ mib = 1024, lie = false } = {}): Buffer {
  const zeros = deflatedZeros(mib);
  return writeZip([{ name: "clearpath-case.json", data: zeros.data, method: 8, size: zeros.size, crc: zeros.crc, declaredSize: lie ? 4096 : undefined }]);
}

/** A well-formed case archive with `count` diary entries (about 60 MB of JSON in 1.9 MB at 250,000). */
export function hugeJsonArchive(count = 250_000): Buffer {
  const caseId = "7d0c6a44-1a8e-4c55-9a43-3f1d2b6c0001";
  const diary = Array.from({ length: count }, (_, i) => ({
    id: `7d0c6a44-1a8e-4c55-9a43-${(i + 2).toString(16).padStart(12, "0")}`,
    caseId,
    date: "2026-03-14",
    text: `Sam was tired after school today and did not want to read (entry ${i}).`,
    areas: ["cognition_learning"],
    createdAt: "2026-03-14T16:00:00.000Z",
  }));
  const manifest = {
    format: "clearpath-case",
    schemaVersion: 1,
    exportedAt: "2026-03-15T10:00:00.000Z",
    document: {},
    records: { cases: [{ id: caseId, childName: "Sam Morgan", version: 1, createdAt: "2026-01-01T00:00:00.000Z" }], diary_entries: diary },
  };
  return writeZip([entry("clearpath-case.json", JSON.stringify(manifest))]);
}

/**
 * A saved email with `width` attached emails, each with `width` attached emails, and so on
 * `depth` levels down, with a small text file at the bottom of each branch.
 */
export function nestedEmail({ width = 12, depth = 3 } = {}): string {
  let counter = 0;
  const build = (level: number): string => {
    const boundary = `----clearpath-nested-${level}-${counter++}`;
    const headers = ["From: someone@example.com", "To: alex@example.com", `Subject: Level ${level}`, "Date: Tue, 10 Mar 2026 09:30:00 +0000", "MIME-Version: 1.0"];
    const children =
      level >= depth
        ? [["Content-Type: text/plain; name=\"note.txt\"", 'Content-Disposition: attachment; filename="note.txt"', "", `A note at level ${level}.`].join("\r\n")]
        : Array.from({ length: width }, (_, i) =>
            [`Content-Type: message/rfc822; name="part-${i}.eml"`, `Content-Disposition: attachment; filename="part-${i}.eml"`, "", build(level + 1)].join("\r\n"),
          );
    return [
      ...headers,
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      "",
      `--${boundary}`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      `The body at level ${level}.`,
      ...children.map((child) => `--${boundary}\r\n${child}`),
      `--${boundary}--`,
      "",
    ].join("\r\n");
  };
  return build(0);
}
