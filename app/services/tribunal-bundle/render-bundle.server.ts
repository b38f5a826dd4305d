// Draws the family's evidence bundle for the tribunal with pdf-lib, in the worker (stored PDFs are
// untrusted): a cover and the index (not numbered, so their length never moves a page; decision
// 140), then each section's divider page and its documents, every document page stamped at the
// foot with its bundle page ("Page 45", "Page 45A"), and bookmarks for each section and document.
// Documents go in through the evidence pack's own `addSource` (a PDF's pages, a picture on a page,
// anything else as its text), which also counts a document's pages when it is added to the bundle.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { BUNDLE_SECTION_LETTERS, BUNDLE_SECTION_TITLES, type BundleSection } from "~/domain/codes/tribunal";
import { formatDate, plural } from "~/domain/presentation";
import { describeBundlePages } from "~/domain/tribunal/bundle-view";
import { listPageLabels, type BundlePagination } from "~/domain/tribunal/paginate-bundle";
import { A4, addSource, FOOTER, INK, MARGIN, MUTED, type PackSource } from "~/services/evidence-pack/render-pack.server";
import { embedPdfFonts, measureText, toPdfText, wrapText, type PdfFonts } from "~/services/pdf/fonts.server";
import { writeOutline, type OutlineEntry } from "./outline.server";

export type TribunalBundleContent = {
  /** "Evidence bundle: appeal against a refusal to assess". */
  title: string;
  childName: string;
  /** The tribunal's reference, when the appeal is registered. */
  reference: string | null;
  preparedOn: string;
  /** The same day as a date, "2026-11-23", for the file's details. */
  preparedOnDate: string;
  /** When the page numbers were fixed by sending the bundle ("1 November 2026"), or null. */
  fixedOn: string | null;
  /** The pagination from `paginateAppealBundle`: pages, index and bookmarks. */
  pagination: BundlePagination;
  /** Each document's file and text, by document id. */
  sources: Record<string, PackSource>;
};

/** What the bundle stamps at the foot of a document page. */
export function footLabel(label: string): string {
  return `Page ${label}`;
}

/**
 * How many pages a document takes in the bundle, found by adding it as the bundle does (a PDF's own
 * pages, a picture on one page, other kinds as their text laid out on A4). Runs in the worker.
 */
export async function countBundlePages(source: PackSource): Promise<{ pages: number; note: string | null }> {
  const scratch = await PDFDocument.create();
  // Fonts are needed when the file is laid out as text; nothing here is saved, so they cost little.
  return addSource(scratch, await embedPdfFonts(scratch), source);
}

/** Writes lines down A4 pages, adding a page when one is full (the index). */
class Lines {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: PdfFonts,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }

  private room(height: number) {
    if (this.y - height < MARGIN + FOOTER) this.newPage();
  }

  /** One row: text on the left (wrapped), and optionally a page range on the right. */
  row(text: string, { size = 10, bold = false, color = INK, right = null as string | null, indent = 0, gapAfter = 3 } = {}) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const rightWidth = right ? measureText(right, font, size) + 16 : 0;
    const lines = wrapText(toPdfText(text, font), font, size, A4[0] - 2 * MARGIN - indent - rightWidth);
    lines.forEach((line, index) => {
      this.room(size * 1.4);
      this.page.drawText(line, { x: MARGIN + indent, y: this.y - size, size, font, color });
      if (index === 0 && right) this.page.drawText(right, { x: A4[0] - MARGIN - measureText(right, font, size), y: this.y - size, size, font, color });
      this.y -= size * 1.4;
    });
    this.y -= gapAfter;
  }
}

function drawCover(page: PDFPage, fonts: PdfFonts, content: TribunalBundleContent) {
  let y = A4[1] - 160;
  const line = (text: string, size: number, font: PDFFont, color = INK) => {
    for (const part of wrapText(toPdfText(text, font), font, size, A4[0] - 2 * MARGIN)) {
      page.drawText(part, { x: MARGIN, y, size, font, color });
      y -= size * 1.4;
    }
    y -= size * 0.6;
  };
  const { totalSheets } = content.pagination;
  line(content.title, 22, fonts.bold);
  line(content.childName, 15, fonts.regular);
  if (content.reference) line(`Tribunal reference: ${content.reference}`, 12, fonts.regular);
  line(
    `Prepared on ${content.preparedOn}. ${plural(totalSheets, "page")} of documents, numbered at the foot of each page; the index gives each document's date and first page.`,
    10,
    fonts.regular,
    MUTED,
  );
  if (content.fixedOn)
    line(
      `The page numbers were fixed when the bundle was sent on ${content.fixedOn}. Documents added since are on extra pages (such as 45A, after page 45), so no page number has changed.`,
      10,
      fonts.regular,
      MUTED,
    );
  line("Made with Clearpath from the family's own records.", 10, fonts.regular, MUTED);
}

function sectionName(section: BundleSection): string {
  return `Section ${BUNDLE_SECTION_LETTERS[section]}: ${BUNDLE_SECTION_TITLES[section]}`;
}

function drawIndex(doc: PDFDocument, fonts: PdfFonts, content: TribunalBundleContent) {
  const lines = new Lines(doc, fonts);
  lines.row("Index", { size: 16, bold: true, gapAfter: 10 });
  const { items } = content.pagination;
  if (items.length === 0) lines.row("This bundle has no documents yet.");
  let section: BundleSection | null = null;
  for (const item of items) {
    if (item.section !== section) {
      section = item.section;
      lines.row(sectionName(section), { size: 12, bold: true, gapAfter: 4 });
    }
    const pages = describeBundlePages(item.firstPage, item.lastPage);
    if (item.kind === "gap") {
      const why = item.reason === "removed" ? "taken out" : "replaced by a new copy";
      lines.row(`Pages ${pages}: not used (${item.title}, ${why})`, { size: 9, color: MUTED, indent: 14, gapAfter: 4 });
      continue;
    }
    lines.row(`${formatDate(item.date)}  ${item.title}`, { right: pages, indent: 14, gapAfter: 0 });
    const notes = [
      item.isSupplementary ? "added after the bundle was sent" : null,
      item.isOutOfDateOrder ? "out of date order: the pages where it belongs were already numbered" : null,
    ].filter((note) => note !== null);
    if (notes.length > 0) lines.row(notes.join("; "), { size: 8, color: MUTED, indent: 28 });
    else lines.row("", { size: 2, gapAfter: 2 });
  }
  return lines.pages.length;
}

function drawDivider(page: PDFPage, fonts: PdfFonts, section: BundleSection) {
  const font = fonts.bold;
  const title = toPdfText(sectionName(section), font);
  page.drawText(title, { x: MARGIN, y: A4[1] / 2, size: 22, font, color: INK });
}

/** Stamps a bundle page label at the foot of a page, on a white band so it reads over any content. */
function stamp(page: PDFPage, font: PDFFont, text: string) {
  const { width } = page.getSize();
  const size = 10;
  const textWidth = measureText(text, font, size);
  const x = width - MARGIN - textWidth;
  page.drawRectangle({ x: x - 6, y: 12, width: textWidth + 12, height: size + 8, color: rgb(1, 1, 1) });
  page.drawText(text, { x, y: 16, size, font, color: INK });
}

/** A page kept so the page numbers stay put when a document's file now has fewer pages than it had. */
function addBlank(doc: PDFDocument, fonts: PdfFonts): PDFPage {
  const page = doc.addPage(A4);
  const note = "This page is left blank: the document now has fewer pages than when it was added to the bundle.";
  for (const [index, line] of wrapText(note, fonts.regular, 10, A4[0] - 2 * MARGIN).entries())
    page.drawText(line, { x: MARGIN, y: A4[1] - MARGIN - 10 - index * 14, size: 10, font: fonts.regular, color: MUTED });
  return page;
}

/** Says at the foot of a document's last page that its file now has more pages than were numbered. */
function noteCut(page: PDFPage, font: PDFFont, extra: number) {
  const text = `${plural(extra, "more page")} of this file ${extra === 1 ? "is" : "are"} left out: it has more pages than when it was added to the bundle.`;
  const size = 8;
  const width = measureText(text, font, size);
  page.drawRectangle({ x: MARGIN - 4, y: 12, width: width + 8, height: size + 8, color: rgb(1, 1, 1) });
  page.drawText(text, { x: MARGIN, y: 16, size, font, color: MUTED });
}

/**
 * Draws the bundle. Each document takes exactly the pages the pagination gave it: a file that now
 * has fewer pages is made up with blank pages, one with more is cut, and the last page says so.
 */
export async function renderTribunalBundle(content: TribunalBundleContent): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  // Dated by the day, not the moment: the same bundle on the same day is the same file.
  out.setTitle(content.title);
  out.setCreator("Clearpath");
  out.setProducer("Clearpath");
  out.setCreationDate(new Date(`${content.preparedOnDate}T00:00:00Z`));
  out.setModificationDate(new Date(`${content.preparedOnDate}T00:00:00Z`));
  const fonts = await embedPdfFonts(out);

  const cover = out.addPage(A4);
  drawCover(cover, fonts, content);
  drawIndex(out, fonts, content);

  const outline: OutlineEntry[] = [];
  let section: BundleSection | null = null;
  for (const item of content.pagination.items) {
    if (item.kind === "gap") continue;
    if (item.section !== section) {
      section = item.section;
      const divider = out.addPage(A4);
      drawDivider(divider, fonts, section);
      outline.push({ title: sectionName(section), page: divider, children: [] });
    }
    const source = content.sources[item.documentId] ?? { title: item.title, dateText: formatDate(item.date), mediaType: "text/plain", bytes: null, text: null };
    const before = out.getPageCount();
    await addSource(out, fonts, source);
    const extra = out.getPageCount() - before - item.pages;
    for (let count = 0; count < extra; count += 1) out.removePage(out.getPageCount() - 1);
    const pages = out.getPages().slice(before);
    while (pages.length < item.pages) pages.push(addBlank(out, fonts));
    const labels = listPageLabels(item);
    pages.forEach((page, index) => stamp(page, fonts.bold, footLabel(labels[index]!)));
    if (extra > 0) noteCut(pages.at(-1)!, fonts.regular, extra);
    outline.at(-1)!.children!.push({ title: `${describeBundlePages(item.firstPage, item.lastPage)}  ${item.title}`, page: pages[0]! });
  }
  writeOutline(out, outline);
  return out.save({ useObjectStreams: true });
}
