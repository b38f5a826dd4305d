// Renders a letter as a Word document with the `docx` package: the sender's name and address
// and the date at the top right, the recipient on the left, the greeting, the subject in bold,
// the paragraphs and the sign-off, in a plain A4 layout.
import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { formatDate } from "~/domain/presentation";
import { composeLetter } from "~/domain";
import { cleanLetter, type PrintableLetter } from "./letter-file";

const FONT = "Arial";
/** Half-points: 11 pt, a comfortable size for a printed letter. */
const BODY_SIZE = 22;
/** Twentieths of a point: 2 cm margins and 8 pt after each paragraph. */
const MARGIN = 1134;
const AFTER = 160;

function lines(
  texts: string[],
  options: { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; bold?: boolean } = {},
) {
  return new Paragraph({
    alignment: options.alignment,
    spacing: { after: AFTER },
    children: texts.map(
      (text, index) => new TextRun({ text, bold: options.bold, break: index > 0 ? 1 : undefined }),
    ),
  });
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

// docx stamps the file with the time it was made (in docProps/core.xml and on each entry of the
// zip). The letter's own date is used instead, so the same letter on the same day is the same
// file: a download can be checked, cached and compared.
export function coreProperties(title: string, date: string): string {
  const stamp = `${date}T00:00:00Z`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>Clearpath</dc:creator><cp:lastModifiedBy>Clearpath</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
}

/**
 * Sets the modified date and time of every entry of a zip file (in the local headers and the
 * central directory) to midnight on `date`. Only those four bytes per header change, and no
 * checksum covers them.
 */
export function stampZipEntries(zip: Uint8Array, date: string): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const dosDate = ((year - 1980) << 9) | (month << 5) | day;
  let end = out.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error("Not a zip file");
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let entry = 0; entry < count; entry += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50) throw new Error("Unexpected zip layout");
    view.setUint16(offset + 12, 0, true);
    view.setUint16(offset + 14, dosDate, true);
    const local = view.getUint32(offset + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error("Unexpected zip layout");
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return out;
}

/** The letter as the bytes of a .docx file. */
export async function renderLetterDocx(original: PrintableLetter): Promise<Uint8Array> {
  const letter = cleanLetter(original);
  const composed = composeLetter(letter);
  const { from: sender, to: recipient } = composed;
  const children = [
    ...(sender.length > 0 ? [lines(sender, { alignment: AlignmentType.RIGHT })] : []),
    lines([formatDate(letter.date)], { alignment: AlignmentType.RIGHT }),
    ...(recipient.length > 0 ? [lines(recipient)] : []),
    lines([composed.greeting]),
    lines([composed.subject], { bold: true }),
    ...composed.paragraphs.map((paragraph) => lines(paragraph)),
    lines([composed.signOff]),
    // Room for a handwritten signature above the typed name.
    ...(composed.signature
      ? [new Paragraph({ spacing: { before: 480 }, children: [new TextRun(composed.signature)] })]
      : []),
  ];
  const document = new Document({
    creator: "Clearpath",
    title: composed.subject,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children,
      },
    ],
  });
  const packed = await Packer.toBuffer(document, false, [
    { path: "docProps/core.xml", data: coreProperties(composed.subject, letter.date) },
  ]);
  return stampZipEntries(new Uint8Array(packed), letter.date);
}
