// Draws an evidence pack with pdf-lib: the cover, the index (drawn last, on pages kept for it),
// the chronology, the summary, then each document — a PDF's own pages, a picture on a page of its
// own, anything else as its text with a note — and "Page N of M" at the foot of every page.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { describeRange, INDEX_ROWS_PER_PAGE, layoutPack, pageLabel, type PackPart } from "~/domain/evidence-pack/layout";
import type { SummarySection } from "~/domain/evidence-pack/summary";
import { MAX_PDF_PAGES } from "~/services/isolate/limits.server";
import { embedPdfFonts, measureText, toPdfText, wrapText, type PdfFonts } from "~/services/pdf/fonts.server";
import { formatNumber } from "~/domain/presentation";

// The page and its colours, shared with the tribunal bundle (app/services/tribunal-bundle/).
export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
export const FOOTER = 30;
export const INK = rgb(0.11, 0.14, 0.2);
export const MUTED = rgb(0.35, 0.38, 0.45);

export type PackSource = {
  title: string;
  /** "12 March 2026", or null when the document has no date. */
  dateText: string | null;
  mediaType: string;
  /** The original file, or null when it could not be read from storage. */
  bytes: Uint8Array | null;
  /** The text found in the file at upload, if any. */
  text: string | null;
};

export type PackContent = {
  title: string;
  purpose: string | null;
  childName: string;
  preparedOn: string;
  /** The same day as a date, "2026-11-23", for the file's details. */
  preparedOnDate: string;
  chronology: Array<{ dateText: string; title: string; detail: string | null }> | null;
  summary: SummarySection[] | null;
  sources: PackSource[];
};


/** Writes flowing text onto new A4 pages of `doc`, adding pages as it fills them. */
export class TextPages {
  private page: PDFPage | null = null;
  private y = 0;
  count = 0;
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: PdfFonts,
  ) {}

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.count += 1;
    this.y = A4[1] - MARGIN;
  }

  write(text: string, { size = 10, bold = false, color = INK, gapAfter = 2 } = {}) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    for (const paragraph of text.split(/\r?\n/)) {
      for (const line of wrapText(toPdfText(paragraph, font), font, size, A4[0] - 2 * MARGIN)) {
        if (!this.page || this.y - size * 1.35 < MARGIN + FOOTER) this.newPage();
        this.page!.drawText(line, { x: MARGIN, y: this.y - size, size, font, color });
        this.y -= size * 1.35;
      }
    }
    this.y -= gapAfter;
  }

  /** Makes sure at least one page exists, e.g. for an empty part. */
  finish() {
    if (!this.page) this.newPage();
    return this.count;
  }
}

/** A stored PDF too long to copy: a "page bomb" names one page 200,000 times. */
class TooManyPages extends Error {}

async function addPdfPages(out: PDFDocument, bytes: Uint8Array): Promise<number> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  if (source.getPageCount() > MAX_PDF_PAGES) throw new TooManyPages();
  if (source.isEncrypted || source.getPageCount() === 0) throw new Error("cannot copy");
  const pages = await out.copyPages(source, source.getPageIndices());
  for (const page of pages) out.addPage(page);
  return pages.length;
}

async function addPicture(out: PDFDocument, fonts: PdfFonts, source: PackSource): Promise<number> {
  const image = source.mediaType === "image/png" ? await out.embedPng(source.bytes!) : await out.embedJpg(source.bytes!);
  const page = out.addPage(A4);
  const title = toPdfText(source.title, fonts.bold);
  page.drawText(wrapText(title, fonts.bold, 11, A4[0] - 2 * MARGIN)[0] ?? "", { x: MARGIN, y: A4[1] - MARGIN - 11, size: 11, font: fonts.bold, color: INK });
  const box = { width: A4[0] - 2 * MARGIN, height: A4[1] - 2 * MARGIN - FOOTER - 24 };
  const scale = Math.min(1, box.width / image.width, box.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  page.drawImage(image, { x: (A4[0] - width) / 2, y: MARGIN + FOOTER + (box.height - height), width, height });
  return 1;
}

function addTextDocument(out: PDFDocument, fonts: PdfFonts, source: PackSource, note: string): number {
  const pages = new TextPages(out, fonts);
  pages.write(source.title, { size: 13, bold: true, gapAfter: 4 });
  pages.write(note, { size: 9, color: MUTED, gapAfter: 10 });
  if (source.text?.trim()) pages.write(source.text.trim());
  return pages.finish();
}

const KIND_NAMES: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
  "message/rfc822": "saved email",
  "text/plain": "text file",
  "image/gif": "GIF picture",
  "image/webp": "WebP picture",
};

/**
 * Adds one document's pages; returns how many, and a note for the index when it is not the original.
 * The tribunal bundle adds its documents, and counts their pages, through this same function.
 */
export async function addSource(out: PDFDocument, fonts: PdfFonts, source: PackSource): Promise<{ pages: number; note: string | null }> {
  const kind = KIND_NAMES[source.mediaType] ?? "file";
  if (!source.bytes) {
    const note = "The stored file could not be found, so only its text (if any) is shown.";
    return { pages: addTextDocument(out, fonts, source, note), note };
  }
  if (source.mediaType === "application/pdf") {
    try {
      return { pages: await addPdfPages(out, source.bytes), note: null };
    } catch (error) {
      const note =
        error instanceof TooManyPages
          ? `This PDF has more than ${formatNumber(MAX_PDF_PAGES)} pages, so it is not copied into the pack. Send it on its own.`
          : "This PDF could not be copied (it may be protected or damaged), so its text is shown instead.";
      return { pages: addTextDocument(out, fonts, source, note), note };
    }
  }
  if (source.mediaType === "image/png" || source.mediaType === "image/jpeg") {
    try {
      return { pages: await addPicture(out, fonts, source), note: null };
    } catch {
      const note = "This picture could not be placed on a page.";
      return { pages: addTextDocument(out, fonts, source, note), note };
    }
  }
  const note = `The original is a ${kind}; its text is shown here. Send the original too if its layout matters.`;
  return { pages: addTextDocument(out, fonts, source, note), note };
}

function drawCover(page: PDFPage, fonts: PdfFonts, content: PackContent, totalPages: number) {
  let y = A4[1] - 160;
  const line = (text: string, size: number, font: PDFFont, color = INK) => {
    for (const part of wrapText(toPdfText(text, font), font, size, A4[0] - 2 * MARGIN)) {
      page.drawText(part, { x: MARGIN, y, size, font, color });
      y -= size * 1.4;
    }
    y -= size * 0.6;
  };
  line(content.title, 22, fonts.bold);
  line(content.childName, 15, fonts.regular);
  if (content.purpose) line(content.purpose, 12, fonts.regular);
  line(`Prepared on ${content.preparedOn}. ${totalPages} pages, numbered at the foot of each page.`, 10, fonts.regular, MUTED);
  line("Made with Clearpath from the family's own records.", 10, fonts.regular, MUTED);
}

function drawIndex(pages: PDFPage[], fonts: PdfFonts, rows: ReturnType<typeof layoutPack>["rows"]) {
  let pageIndex = 0;
  let y = A4[1] - MARGIN;
  const size = 10;
  pages[0]!.drawText("Index", { x: MARGIN, y: y - 16, size: 16, font: fonts.bold, color: INK });
  y -= 40;
  if (rows.length === 0) pages[0]!.drawText("This pack has no documents yet.", { x: MARGIN, y, size, font: fonts.regular, color: INK });
  rows.forEach((row, index) => {
    // Break where the layout counted, so the reserved pages are the pages used.
    if (index > 0 && index % INDEX_ROWS_PER_PAGE === 0) {
      pageIndex += 1;
      y = A4[1] - MARGIN - 16;
    }
    const page = pages[pageIndex]!;
    const range = describeRange(row);
    const rangeWidth = measureText(range, fonts.regular, size);
    const [title] = wrapText(toPdfText(`${row.number}. ${row.title}`, fonts.regular), fonts.regular, size, A4[0] - 2 * MARGIN - rangeWidth - 16);
    page.drawText(title ?? "", { x: MARGIN, y, size, font: fonts.regular, color: INK });
    page.drawText(range, { x: A4[0] - MARGIN - rangeWidth, y, size, font: fonts.regular, color: INK });
    y -= size * 1.5;
    if (row.note) {
      const [note] = wrapText(toPdfText(row.note, fonts.regular), fonts.regular, 8, A4[0] - 2 * MARGIN - 16);
      page.drawText(note ?? "", { x: MARGIN + 14, y, size: 8, font: fonts.regular, color: MUTED });
      y -= 8 * 1.5;
    }
  });
}

/** Stamps "Page N of M" at the foot of every page, on a white band so it reads over any content. */
function stampPageNumbers(out: PDFDocument, font: PDFFont) {
  const pages = out.getPages();
  pages.forEach((page, index) => {
    const { width } = page.getSize();
    const label = pageLabel(index + 1, pages.length);
    const size = 9;
    const textWidth = measureText(label, font, size);
    const x = (width - textWidth) / 2;
    page.drawRectangle({ x: x - 6, y: 12, width: textWidth + 12, height: size + 8, color: rgb(1, 1, 1) });
    page.drawText(label, { x, y: 16, size, font, color: INK });
  });
}

export async function renderEvidencePack(content: PackContent): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  // Dated by the day, not the moment: the same pack on the same day is the same file.
  out.setTitle(content.title);
  out.setCreator("Clearpath");
  out.setProducer("Clearpath");
  out.setCreationDate(new Date(`${content.preparedOnDate}T00:00:00Z`));
  out.setModificationDate(new Date(`${content.preparedOnDate}T00:00:00Z`));
  const fonts = await embedPdfFonts(out);

  const cover = out.addPage(A4);
  const partCount = (content.chronology ? 1 : 0) + (content.summary ? 1 : 0) + content.sources.length;
  const indexPages = Array.from({ length: layoutPack(Array.from({ length: partCount }, () => ({ title: "", pages: 1, note: null }))).indexPages }, () =>
    out.addPage(A4),
  );

  const parts: PackPart[] = [];
  if (content.chronology) {
    const pages = new TextPages(out, fonts);
    pages.write("Chronology", { size: 16, bold: true, gapAfter: 8 });
    if (content.chronology.length === 0) pages.write("Nothing dated is recorded yet.");
    for (const entry of content.chronology) {
      pages.write(`${entry.dateText}: ${entry.title}`, { bold: true, gapAfter: entry.detail ? 0 : 4 });
      if (entry.detail) pages.write(entry.detail, { size: 9, color: MUTED, gapAfter: 4 });
    }
    parts.push({ title: "Chronology", pages: pages.finish(), note: null });
  }
  if (content.summary) {
    const pages = new TextPages(out, fonts);
    pages.write("Summary of the support and its impact", { size: 16, bold: true, gapAfter: 8 });
    for (const section of content.summary) {
      pages.write(section.heading, { size: 12, bold: true, gapAfter: 2 });
      for (const line of section.lines) pages.write(`• ${line}`, { gapAfter: 2 });
      pages.write("", { gapAfter: 6 });
    }
    parts.push({ title: "Summary of the support and its impact", pages: pages.finish(), note: null });
  }
  for (const source of content.sources) {
    const { pages, note } = await addSource(out, fonts, source);
    parts.push({ title: source.dateText ? `${source.title} (${source.dateText})` : source.title, pages, note });
  }

  const layout = layoutPack(parts);
  drawCover(cover, fonts, content, layout.totalPages);
  drawIndex(indexPages, fonts, layout.rows);
  stampPageNumbers(out, fonts.regular);
  return out.save({ useObjectStreams: true });
}
