// The witness statement as an A4 PDF (pdf-lib with the shared fonts, fonts.server.ts): 12-point
// (R-TRIB-EXPERTS), the heading centred, numbered paragraphs with a hanging indent, the statement
// of truth and a block to sign; each page numbered. Its page count is the statement's real length.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { paragraphText } from "~/domain/tribunal";
import { embedPdfFonts, measureText, toPdfText, wrapText } from "~/services/pdf/fonts.server";
import type { StatementContent } from "./content.server";

const A4: [number, number] = [595.28, 841.89];
/** 2.54 cm, as in the Word version. */
const MARGIN = 72;
const SIZE = 12;
const LEADING = SIZE * 1.35;
const GAP = SIZE * 0.7;
/** Where a paragraph's words start, after its number: 1 cm, as in the Word version. */
const INDENT = 28.35;
const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.35, 0.35, 0.35);

class PageWriter {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }

  /** One paragraph, wrapped; `number` hangs in the margin of the indent. */
  paragraph(text: string, options: { bold?: boolean; centre?: boolean; number?: string; gapBefore?: number; keep?: number } = {}) {
    const font = options.bold ? this.bold : this.font;
    const left = MARGIN + (options.number ? INDENT : 0);
    const width = A4[0] - MARGIN - left;
    const lines = text.split("\n").flatMap((part) => wrapText(toPdfText(part, font), font, SIZE, width));
    this.y -= options.gapBefore ?? 0;
    if (this.y - LEADING * Math.min(lines.length, options.keep ?? 2) < MARGIN) this.newPage();
    lines.forEach((line, index) => {
      if (this.y - LEADING < MARGIN) this.newPage();
      const x = options.centre ? (A4[0] - measureText(line, font, SIZE)) / 2 : left;
      if (index === 0 && options.number) this.page.drawText(options.number, { x: MARGIN, y: this.y - SIZE, size: SIZE, font, color: INK });
      this.page.drawText(line, { x, y: this.y - SIZE, size: SIZE, font, color: INK });
      this.y -= LEADING;
    });
    this.y -= GAP;
  }
}

/** The statement as the bytes of a PDF file, and its number of pages. */
export async function renderStatementPdf(content: StatementContent): Promise<{ bytes: Uint8Array; pages: number }> {
  const { statement } = content;
  const doc = await PDFDocument.create();
  const { regular, bold } = await embedPdfFonts(doc);
  doc.setTitle(statement.title);
  doc.setCreator("Clearpath");
  doc.setProducer("Clearpath");
  // Dated by the day it was exported: the same version is the same file.
  doc.setCreationDate(new Date(`${content.date}T00:00:00Z`));
  doc.setModificationDate(new Date(`${content.date}T00:00:00Z`));

  const out = new PageWriter(doc, regular, bold);
  statement.heading.forEach((line, index) => out.paragraph(line, { centre: true, bold: index === 0 }));
  out.paragraph(statement.title, { centre: true, bold: true, gapBefore: SIZE });
  for (const paragraph of statement.paragraphs) out.paragraph(paragraphText(paragraph), { number: `${paragraph.number}.` });
  out.paragraph("Statement of truth", { bold: true, gapBefore: SIZE, keep: 3 });
  out.paragraph(statement.statementOfTruth, { keep: 2 });
  for (const line of statement.signature.lines) out.paragraph(line, { gapBefore: SIZE * 1.5, keep: 1 });

  out.pages.forEach((page, index) => {
    const label = `Page ${index + 1} of ${out.pages.length}`;
    page.drawText(label, { x: A4[0] - MARGIN - measureText(label, regular, 9), y: MARGIN / 2, size: 9, font: regular, color: MUTED });
  });
  return { bytes: await doc.save(), pages: out.pages.length };
}
