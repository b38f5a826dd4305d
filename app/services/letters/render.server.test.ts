import { inflateRawSync } from "node:zlib";
import mammoth from "mammoth";
import { PDFDocument } from "pdf-lib";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderLetterDocx, stampZipEntries } from "./docx.server";
import { letterFileName, withoutControlCharacters, type PrintableLetter } from "./letter-file";
import { renderLetterPdf } from "./pdf.server";
import { buildLetter, LETTER_TEMPLATES, type LetterOptionField } from "~/domain";
import { robin, SCHOOL_DAY_TODAY } from "~/domain/letters/school-day-letters.fixture";
import { findUnprintableInPdf } from "~/services/pdf/fonts.server";

const LETTER: PrintableLetter = {
  senderName: "Jo Hale",
  senderAddress: "12 Oak Road\nLeeds\nLS1 1AA",
  recipientName: "Mr Dev Patel",
  recipientAddress: "Hill Top Primary\nHill Top Lane, Leeds",
  date: "2026-03-12",
  subject: "Request for Robin Hale’s provision map",
  body: "I am writing about my child, Robin Hale.\n\nAs I understand it, the plan includes:\n• Phonics catch-up group; three times a week\n• Lego therapy; once a week\n\nThank you for your help.",
};

/** The files in a zip, read the long way round: by its central directory, inflated with zlib. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const buffer = Buffer.from(bytes);
  let end = buffer.length - 22;
  while (buffer.readUInt32LE(end) !== 0x06054b50) end -= 1;
  const files = new Map<string, string>();
  let offset = buffer.readUInt32LE(end + 16);
  for (let entry = 0; entry < buffer.readUInt16LE(end + 10); entry += 1) {
    const method = buffer.readUInt16LE(offset + 10);
    const size = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const name = buffer.toString("utf8", offset + 46, offset + 46 + nameLength);
    const local = buffer.readUInt32LE(offset + 42);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    offset += 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  return files;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), {
    mergePages: true,
  });
  return text.replace(/\s+/g, " ");
}

describe("renderLetterDocx", () => {
  it("sets out the sender, date, recipient, greeting, subject, paragraphs and sign-off in order", async () => {
    const { value: html } = await mammoth.convertToHtml({
      buffer: Buffer.from(await renderLetterDocx(LETTER)),
    });
    expect(html).toBe(
      [
        "<p>Jo Hale<br />12 Oak Road<br />Leeds<br />LS1 1AA</p>",
        "<p>12 March 2026</p>",
        "<p>Mr Dev Patel<br />Hill Top Primary<br />Hill Top Lane, Leeds</p>",
        "<p>Dear Mr Patel,</p>",
        "<p><strong>Request for Robin Hale’s provision map</strong></p>",
        "<p>I am writing about my child, Robin Hale.</p>",
        "<p>As I understand it, the plan includes:<br />• Phonics catch-up group; three times a week<br />• Lego therapy; once a week</p>",
        "<p>Thank you for your help.</p>",
        "<p>Yours sincerely,</p>",
        "<p>Jo Hale</p>",
      ].join(""),
    );
  });

  it("puts the sender at the top right and the subject in bold", async () => {
    const files = unzip(await renderLetterDocx(LETTER));
    const xml = files.get("word/document.xml")!;
    const firstParagraph = xml.slice(xml.indexOf("<w:p>"), xml.indexOf("</w:p>"));
    expect(firstParagraph).toContain('<w:jc w:val="right"/>');
    expect(firstParagraph).toContain("12 Oak Road");
    expect(xml).toMatch(/<w:b\/>.*Request for Robin Hale’s provision map/);
    expect(files.get("docProps/core.xml")).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-12T00:00:00Z</dcterms:created>',
    );
  });

  it("makes the same bytes for the same letter, whenever it is made", async () => {
    const first = Buffer.from(await renderLetterDocx(LETTER));
    // A zip entry's time has a resolution of two seconds.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = Buffer.from(await renderLetterDocx(LETTER));
    expect(first.equals(second)).toBe(true);
  });

  it("keeps characters Word can show, drops control characters, and escapes the title", async () => {
    const bytes = await renderLetterDocx({
      ...LETTER,
      subject: "Zoë & Łukasz <req> 😀\u0007",
      senderAddress: null,
      recipientName: null,
      recipientAddress: null,
    });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain("Zoë & Łukasz <req> 😀");
    expect(value).toContain("Dear Sir or Madam,");
    expect(value).toContain("Yours faithfully,");
    expect(unzip(bytes).get("docProps/core.xml")).toContain(
      "<dc:title>Zoë &amp; Łukasz &lt;req&gt; 😀</dc:title>",
    );
  });
});

describe("stampZipEntries", () => {
  it("refuses something that is not a zip file", () => {
    expect(() => stampZipEntries(new Uint8Array(40), "2026-03-12")).toThrow(/Not a zip/);
  });
});

describe("renderLetterPdf", () => {
  it("contains the whole letter as text", async () => {
    const text = await pdfText(await renderLetterPdf(LETTER));
    for (const part of [
      "Jo Hale",
      "12 Oak Road",
      "LS1 1AA",
      "12 March 2026",
      "Hill Top Lane, Leeds",
      "Dear Mr Patel,",
      "Request for Robin Hale’s provision map",
      "• Phonics catch-up group; three times a week",
      "Thank you for your help.",
      "Yours sincerely,",
    ]) {
      expect(text).toContain(part);
    }
    expect(text.indexOf("Dear Mr Patel,")).toBeLessThan(text.indexOf("Request for Robin"));
    expect(text.indexOf("Request for Robin")).toBeLessThan(text.indexOf("Yours sincerely"));
  });

  it("runs a long letter onto numbered pages, wrapping every line inside the margins", async () => {
    const sentence =
      "The support set out in the plan has not been delivered as agreed, and I would like to understand why. ";
    const body = Array.from(
      { length: 30 },
      (_, i) => `Paragraph ${i + 1}. ${sentence.repeat(3)}`,
    ).join("\n\n");
    const bytes = await renderLetterPdf({ ...LETTER, body });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThan(2);
    const text = await pdfText(bytes);
    expect(text).toContain(`Page 1 of ${pdf.getPageCount()}`);
    expect(text).toContain("Paragraph 30.");
    expect(text).toContain("Yours sincerely");
  });

  it("prints names in any European language as typed", async () => {
    const names = ["Zoë Łukasiewicz-Ó Briain", "Ştefan Dvořák", "Αλέξανδρος", "Дмитрий", "Gwenllïan ap Dafydd ŵŷ", "Őrsi Kovács, Jūratė, Ağca"];
    const text = await pdfText(
      await renderLetterPdf({ ...LETTER, senderName: names[0]!, recipientName: names[1]!, subject: `About ${names[2]}`, body: names.slice(3).join("\n\n") }),
    );
    for (const name of names) expect(text).toContain(name);
    expect(text).not.toContain("?");
  });

  it("prints emoji and Arabic as a bracketed note, never a question mark, keeping curly quotes", async () => {
    const bytes = await renderLetterPdf({
      ...LETTER,
      subject: "“Zoë” – Łukasz 😀\u0007",
      body: "Tab\there. His name is أحمد in Arabic.",
    });
    const text = await pdfText(bytes);
    expect(text).toContain("“Zoë” – Łukasz [emoji]");
    expect(text).toContain("Tab here. His name is [Arabic script] in Arabic.");
    expect(text).not.toContain("?");
  });

  it("makes the same bytes for the same letter", async () => {
    const first = Buffer.from(await renderLetterPdf(LETTER));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(first.equals(Buffer.from(await renderLetterPdf(LETTER)))).toBe(true);
  });
});

describe("every kind of letter, written from a case with school-day records", () => {
  const document = robin();
  const drafts = LETTER_TEMPLATES.map((template) => {
    const answers: Record<string, string | string[] | null> = {};
    for (const field of template.options(document, SCHOOL_DAY_TODAY) as LetterOptionField[]) {
      if (field.kind === "choice") answers[field.name] = field.defaultValue || field.choices[0]!.value;
      if (field.kind === "checkboxes") answers[field.name] = field.defaultValue.length > 0 ? field.defaultValue : field.choices.slice(0, 1).map((choice) => choice.value);
      if (field.kind === "text") answers[field.name] = field.required ? "Typed by the parent." : null;
      if (field.kind === "choice_or_text") answers[field.name] = field.choices[0]?.label ?? "Typed by the parent.";
    }
    return { kind: template.kind, draft: buildLetter(template.kind, document, answers, SCHOOL_DAY_TODAY) };
  });

  it("has nothing a PDF would print as a note", () => {
    for (const { kind, draft } of drafts) expect(findUnprintableInPdf([draft.subject, draft.body]), kind).toEqual([]);
  });

  it("prints a school-day letter's quotes, bullets and figures in Word and in a PDF", async () => {
    const { draft } = drafts.find((entry) => entry.kind === "informal_exclusion_concern")!;
    const letter = { ...LETTER, subject: draft.subject, body: draft.body };
    const line = "• 15 September 2026 at 12:30: 1 session (half a school day); the register shows O: other unauthorised absence. The school said: “He was too unsettled to stay”.";
    expect(await pdfText(await renderLetterPdf(letter))).toContain(line);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await renderLetterDocx(letter)) });
    expect(value).toContain(line);
  });
});

describe("letterFileName and withoutControlCharacters", () => {
  it("names the file after the subject and date, with only safe characters", () => {
    expect(letterFileName("Request for Robin Hale’s provision map", "2026-03-12", "docx")).toBe(
      "request-for-robin-hale-s-provision-map-2026-03-12.docx",
    );
    expect(letterFileName("😀", "2026-03-12", "pdf")).toBe("letter-2026-03-12.pdf");
    expect(letterFileName("x".repeat(200), "2026-03-12", "pdf")).toBe(
      `${"x".repeat(80)}-2026-03-12.pdf`,
    );
  });

  it("drops control characters and mends broken surrogate pairs", () => {
    expect(withoutControlCharacters("a\u0000b\nc\td\u007f\ud800e😀")).toBe("ab\nc\td\ufffde😀");
  });
});
