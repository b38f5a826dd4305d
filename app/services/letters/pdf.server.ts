// Renders a letter as an A4 PDF with pdf-lib and the shared PDF fonts (fonts.server.ts): the
// sender and date at the top right, the recipient, the greeting, the subject in bold, the
// paragraphs wrapped to the page, and the sign-off; new pages as needed, each numbered.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { formatDate } from "~/domain/presentation";
import { composeLetter } from "~/domain";
import { embedPdfFonts, measureText, toPdfText, wrapText } from "~/services/pdf/fonts.server";
import { cleanLetter, type PrintableLetter } from "./letter-file";

const A4: [number, number] = [595.28, 841.89];
/** 2 cm, as in the Word version. */
const MARGIN = 56.7;
const SIZE = 11;
const LEADING = SIZE * 1.35;
const PARAGRAPH_GAP = SIZE * 0.8;
const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.35, 0.35, 0.35);

/** Writes lines down the page, starting a new page when one is full. */
class PageWriter {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }

  /** One paragraph: its lines wrapped, then a gap. `keep` lines stay together on one page. */
  paragraph(
    texts: string[],
    options: { bold?: boolean; align?: "left" | "right"; gapBefore?: number; keep?: number } = {},
  ) {
    const font = options.bold ? this.bold : this.font;
    const width = A4[0] - 2 * MARGIN;
    const wrapped = texts.flatMap((text) => wrapText(toPdfText(text, font), font, SIZE, width));
    this.y -= options.gapBefore ?? 0;
    if (this.y - LEADING * Math.min(wrapped.length, options.keep ?? 2) < MARGIN) this.newPage();
    for (const line of wrapped) {
      if (this.y - LEADING < MARGIN) this.newPage();
      const x =
        options.align === "right" ? A4[0] - MARGIN - measureText(line, font, SIZE) : MARGIN;
      this.page.drawText(line, { x, y: this.y - SIZE, size: SIZE, font, color: INK });
      this.y -= LEADING;
    }
    this.y -= PARAGRAPH_GAP;
  }
}

/** The letter as the bytes of a PDF file. */
export async function renderLetterPdf(original: PrintableLetter): Promise<Uint8Array> {
  const letter = cleanLetter(original);
  const composed = composeLetter(letter);
  const doc = await PDFDocument.create();
  const { regular: font, bold } = await embedPdfFonts(doc);
  // The title is kept as Unicode in the file's details, so it needs no font.
  doc.setTitle(composed.subject);
  doc.setCreator("Clearpath");
  doc.setProducer("Clearpath");
  // Dated by the letter, not the second: the same letter on the same day is the same file.
  doc.setCreationDate(new Date(`${letter.date}T00:00:00Z`));
  doc.setModificationDate(new Date(`${letter.date}T00:00:00Z`));

  const out = new PageWriter(doc, font, bold);
  const { from: sender, to: recipient } = composed;
  if (sender.length > 0) out.paragraph(sender, { align: "right", keep: sender.length });
  out.paragraph([formatDate(letter.date)], { align: "right" });
  if (recipient.length > 0) out.paragraph(recipient, { keep: recipient.length });
  out.paragraph([composed.greeting]);
  out.paragraph([composed.subject], { bold: true });
  for (const paragraph of composed.paragraphs) out.paragraph(paragraph);
  // The sign-off and the name stay together, with room for a handwritten signature between.
  out.paragraph([composed.signOff, "", "", ...(composed.signature ? [composed.signature] : [])], {
    keep: 4,
  });

  if (out.pages.length > 1) {
    out.pages.forEach((page, index) => {
      const label = `Page ${index + 1} of ${out.pages.length}`;
      page.drawText(label, {
        x: A4[0] - MARGIN - measureText(label, font, 9),
        y: MARGIN / 2,
        size: 9,
        font,
        color: MUTED,
      });
    });
  }
  return doc.save();
}
