import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import {
  embedPdfFonts,
  findUnprintableInPdf,
  measureText,
  printableCharacters,
  toPdfText,
  wrapText,
} from "./fonts.server";

// A sample of each European alphabet's own letters (and Welsh, Irish, Turkish, Baltic, Greek, Cyrillic).
const EUROPEAN =
  "ąćęłńóśźż čďěňřšťůž őű ăâîșț ş çğıİöü ŵŷ áéíóú āēīūļņķģ ėįųū õäöü æøå ß ñ ΑΒΓΔαβγδάέήίόύώ АБВГДабвгдЁёЇїІіЄєЎўЂђЋћЏџ €–—“”‘’…•";

describe("the PDF fonts", () => {
  it("hold every letter of the European alphabets in both weights", () => {
    const printable = printableCharacters();
    const missing = [...EUROPEAN].filter(
      (char) => char !== " " && !printable.has(char.codePointAt(0)!),
    );
    expect(missing).toEqual([]);
  });

  it("do not claim emoji or scripts a PDF here cannot lay out", () => {
    expect(
      findUnprintableInPdf(["😀", "سلام", "שלום", "नमस्ते", "你好"]).map((kind) => kind.label),
    ).toEqual([
      "emoji",
      "Arabic script",
      "Hebrew script",
      "Devanagari script",
      "Chinese, Japanese or Korean characters",
    ]);
    expect(findUnprintableInPdf([EUROPEAN])).toEqual([]);
  });

  it("are embedded as subsets, so a short PDF stays small", async () => {
    const doc = await PDFDocument.create();
    const fonts = await embedPdfFonts(doc);
    doc
      .addPage()
      .drawText(toPdfText("Zoë Łukasiewicz-Ó Briain", fonts.bold), {
        x: 50,
        y: 700,
        size: 12,
        font: fonts.bold,
      });
    expect((await doc.save()).length).toBeLessThan(40_000);
  });

  it("measure text as pdf-lib would draw it", async () => {
    const fonts = await embedPdfFonts(await PDFDocument.create());
    for (const text of ["Sam read with his teaching assistant", "office fifty", EUROPEAN]) {
      for (const font of [fonts.regular, fonts.bold])
        expect(measureText(text, font, 11)).toBeCloseTo(font.widthOfTextAtSize(text, 11), 3);
    }
  });
});

describe("wrapText", () => {
  it("keeps every line inside the width and splits a word longer than the line", async () => {
    const { regular } = await embedPdfFonts(await PDFDocument.create());
    const text = `see https://example.com/${"a".repeat(200)} now Ştefan Dvořák`;
    const lines = wrapText(text, regular, 11, 200);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(regular.widthOfTextAtSize(line, 11)).toBeLessThanOrEqual(200);
    expect(lines.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
  });
});
