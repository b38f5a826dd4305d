// Renders a letter as an A4 PDF with pdf-lib and its built-in Helvetica (no font files): the
// sender and date at the top right, the recipient, the greeting, the subject in bold, the
// paragraphs wrapped to the page, and the sign-off; new pages as needed, each numbered.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { formatDate } from "~/components/format";
import { composeLetter } from "~/domain";
import { cleanLetter, type PrintableLetter } from "./letter-file";

const A4: [number, number] = [595.28, 841.89];
/** 2 cm, as in the Word version. */
const MARGIN = 56.7;
const SIZE = 11;
const LEADING = SIZE * 1.35;
const PARAGRAPH_GAP = SIZE * 0.8;
const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.35, 0.35, 0.35);

const characterSets = new WeakMap<PDFFont, Set<number>>();

function drawableCharacters(font: PDFFont): Set<number> {
  let set = characterSets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    characterSets.set(font, set);
  }
  return set;
}

/**
 * Text the font can draw. The standard fonts speak WinAnsi only: curly quotes, dashes, "é" and
 * "€" are in it, but an emoji or a Polish "ł" would make pdf-lib throw. Such a character is
 * written as its plain letter when it has one ("ł" has none, "ő" becomes "o"), else "?".
 */
export function toDrawable(text: string, font: PDFFont): string {
  const drawable = drawableCharacters(font);
  let out = "";
  for (const char of text.replace(/\t/g, "    ")) {
    if (drawable.has(char.codePointAt(0)!)) out += char;
    else {
      const plain = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      out += [...plain].every((c) => drawable.has(c.codePointAt(0)!)) && plain !== "" ? plain : "?";
    }
  }
  return out;
}

/** Breaks text into lines no wider than `width`; a word too long for a line is split. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (value: string) => font.widthOfTextAtSize(value, size) <= width;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  lines.push(line);
  return lines;
}

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
    const wrapped = texts.flatMap((text) => wrapText(toDrawable(text, font), font, SIZE, width));
    this.y -= options.gapBefore ?? 0;
    if (this.y - LEADING * Math.min(wrapped.length, options.keep ?? 2) < MARGIN) this.newPage();
    for (const line of wrapped) {
      if (this.y - LEADING < MARGIN) this.newPage();
      const x =
        options.align === "right" ? A4[0] - MARGIN - font.widthOfTextAtSize(line, SIZE) : MARGIN;
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
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  doc.setTitle(toDrawable(composed.subject, font));
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
        x: A4[0] - MARGIN - font.widthOfTextAtSize(label, 9),
        y: MARGIN / 2,
        size: 9,
        font,
        color: MUTED,
      });
    });
  }
  return doc.save();
}
