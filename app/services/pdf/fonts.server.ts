// The one place a PDF gets its fonts and its text is made printable: Noto Sans regular and bold
// (from the @embedpdf/fonts-latin package, so nothing is fetched at run time), embedded as
// subsets; text measured quickly from the fonts' own widths and wrapped to a width; and any
// character the fonts cannot print replaced by a bracketed note ("[emoji]") instead of a "?".
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import fontkit, { type Glyph, type GlyphRun } from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";
import {
  findUnprintable,
  toPrintableText,
  type PrintableCharacters,
  type UnprintableKind,
} from "~/domain/printing/printable-text";

export type PdfFonts = { regular: PDFFont; bold: PDFFont };

type Weight = "regular" | "bold";

const FILES: Record<Weight, string> = {
  regular: "NotoSans-Regular.ttf",
  bold: "NotoSans-Bold.ttf",
};

// Ligatures off: a PDF reader then copies and searches "fi" as the two letters typed, and a
// line's width is the sum of its letters' widths, which lets measureText skip the shaper.
const FEATURES = { liga: false, clig: false, dlig: false, calt: false };

type FaceData = {
  bytes: Uint8Array;
  /** Advance width of each character, as a fraction of the font size. */
  widths: Map<number, number>;
  missingWidth: number;
};

let faces: Record<Weight, FaceData> | null = null;
let printable: PrintableCharacters | null = null;

function fontDirectory(): string {
  // The package exports no paths to its font files, so find them beside its entry point.
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("@embedpdf/fonts-latin")), "..", "fonts");
}

/** Reads both fonts once per process (about 1.3 MB) and notes each character's width. */
function loadFaces(): Record<Weight, FaceData> {
  if (faces) return faces;
  const directory = fontDirectory();
  const load = (weight: Weight): FaceData => {
    const bytes = new Uint8Array(readFileSync(path.join(directory, FILES[weight])));
    const font = fontkit.create(bytes);
    const widths = new Map<number, number>();
    for (const codePoint of font.characterSet)
      widths.set(codePoint, font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm);
    return { bytes, widths, missingWidth: font.getGlyph(0).advanceWidth / font.unitsPerEm };
  };
  faces = { regular: load("regular"), bold: load("bold") };
  return faces;
}

/** The characters both fonts can print: a line drawn in either weight never lacks a letter. */
export function printableCharacters(): PrintableCharacters {
  if (printable) return printable;
  const { regular, bold } = loadFaces();
  printable = new Set([...regular.widths.keys()].filter((codePoint) => bold.widths.has(codePoint)));
  return printable;
}

const faceOfFont = new WeakMap<PDFFont, FaceData>();

/**
 * fontkit with a plain layout: one glyph per character, looked up once. pdf-lib asks fontkit to
 * shape every line it draws, which takes over a millisecond a line and, for a pack of 300 pages,
 * seconds; yet it then ignores the shaper's positions. Our text is already made printable
 * (Latin, Greek and Cyrillic letters, which need no shaping; scripts that do are noted instead),
 * and ligatures are off, so the glyphs are the same.
 */
const plainFontkit: Parameters<PDFDocument["registerFontkit"]>[0] = {
  create(bytes: Uint8Array, postscriptName?: string) {
    const font = fontkit.create(bytes, postscriptName);
    const glyphs = new Map<number, Glyph>();
    const glyphFor = (codePoint: number) => {
      let glyph = glyphs.get(codePoint);
      if (!glyph) {
        glyph = font.glyphForCodePoint(codePoint);
        glyphs.set(codePoint, glyph);
      }
      return glyph;
    };
    font.layout = (text: string) => {
      const run = [...text].map((char) => glyphFor(char.codePointAt(0)!));
      return { glyphs: run, positions: [] } as unknown as GlyphRun;
    };
    return font;
  },
};

/** Embeds the regular and bold fonts in the document; only the letters used are kept in the file. */
export async function embedPdfFonts(doc: PDFDocument): Promise<PdfFonts> {
  const loaded = loadFaces();
  doc.registerFontkit(plainFontkit);
  const embed = async (weight: Weight) => {
    // A fixed subset name (six capitals, "+", the font) instead of pdf-lib's random one: the same
    // letter on the same day stays the same file.
    const font = await doc.embedFont(loaded[weight].bytes, {
      subset: true,
      features: FEATURES,
      customName: `CLRPTH+${FILES[weight].replace(".ttf", "")}`,
    });
    faceOfFont.set(font, loaded[weight]);
    return font;
  };
  return { regular: await embed("regular"), bold: await embed("bold") };
}

const standardPrintable = new WeakMap<PDFFont, PrintableCharacters>();

/** What this font prints: for ours, what both weights hold; for a standard font, its WinAnsi set. */
function printableIn(font: PDFFont): PrintableCharacters {
  if (faceOfFont.has(font)) return printableCharacters();
  let set = standardPrintable.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    standardPrintable.set(font, set);
  }
  return set;
}

/**
 * Text ready to draw in this font: characters it lacks become their plain letter where there is
 * one, else a bracketed note such as "[emoji]" (never a "?", never an error from pdf-lib).
 */
export function toPdfText(text: string, font: PDFFont): string {
  return toPrintableText(text, printableIn(font));
}

/** The kinds of character in these texts that a PDF will show as a note, for the notice before a download. */
export function findUnprintableInPdf(
  texts: Iterable<string | null | undefined>,
): UnprintableKind[] {
  return findUnprintable(texts, printableCharacters());
}

/**
 * The width of drawn text, in points. Adds the characters' widths, as pdf-lib does once
 * ligatures are off, without running the shaper (hundreds of times faster on long documents).
 */
export function measureText(text: string, font: PDFFont, size: number): number {
  const face = faceOfFont.get(font);
  if (!face) return font.widthOfTextAtSize(text, size);
  let width = 0;
  for (const char of text) width += face.widths.get(char.codePointAt(0)!) ?? face.missingWidth;
  return width * size;
}

/** Breaks printable text into lines no wider than `width`; a word too long for a line is split. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (value: string) => measureText(value, font, size) <= width;
  const space = measureText(" ", font, size);
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  for (const word of text.split(/ +/)) {
    const wordWidth = measureText(word, font, size);
    if (line && lineWidth + space + wordWidth <= width) {
      line = `${line} ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (!line && wordWidth <= width) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
      // Never cut between the two halves of a character outside the basic plane.
      if (cut > 1 && /[\ud800-\udbff]/.test(line[cut - 1] ?? "")) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
    lineWidth = measureText(line, font, size);
  }
  lines.push(line);
  return lines;
}
