import { describe, expect, it } from "vitest";
import {
  makeDocx,
  makeEmail,
  makeJpegHeader,
  makePdf,
  makeUndatedPdf,
  makeZip,
  PNG_1X1,
} from "../../../tests/fixtures/documents/make";
import { TEXT_LIMIT_CHARACTERS, cleanText, htmlToText } from "./clean-text.server";
import { docxBomb, manyPagesPdf, nestedEmail, pageBombPdf } from "../../../tests/support/hostile-files";
import { MAX_PDF_PAGES } from "~/services/isolate/limits.server";
import { extractDocument } from "./extract.server";
import { expandedSize, listZipEntries } from "./zip.server";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document" as const;

describe("extractDocument", () => {
  it("reads a PDF's text and the date in its details", async () => {
    const pdf = await makePdf({
      lines: ["Educational Psychology Service", "Recommendations", "1. Daily precision teaching."],
      creationDate: new Date("2026-03-12T10:00:00Z"),
    });
    const found = await extractDocument(pdf, "application/pdf");
    expect(found.text).toContain("Educational Psychology Service");
    expect(found.text).toContain("1. Daily precision teaching.");
    expect(found.metadataDate).toBe("2026-03-12");
    expect(found.note).toBeNull();
  });

  it("gives the date in UK time: a PDF made at 23:30 UTC in summer is dated the next day", async () => {
    const found = await extractDocument(
      await makePdf({ creationDate: new Date("2026-06-30T23:30:00Z") }),
      "application/pdf",
    );
    expect(found.metadataDate).toBe("2026-07-01");
  });

  it("finds no metadata date in a PDF without one", async () => {
    const found = await extractDocument(
      await makeUndatedPdf(["Letter of 4 May 2026"]),
      "application/pdf",
    );
    expect(found.metadataDate).toBeNull();
    expect(found.text).toContain("4 May 2026");
  });

  it("reads a 50-page PDF quickly", async () => {
    const pdf = await makePdf({ pages: 50 });
    await extractDocument(await makePdf(), "application/pdf"); // pdf.js loads once per process
    const started = performance.now();
    const found = await extractDocument(pdf, "application/pdf");
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found.text).toContain("Page 50 of 50");
  });

  it("keeps a truncated PDF, with a note instead of text", async () => {
    const found = await extractDocument((await makePdf()).subarray(0, 400), "application/pdf");
    expect(found.text).toBeNull();
    expect(found.note).toMatch(/damaged/);
  });

  it("keeps a PDF with garbage after its header, with a note", async () => {
    const found = await extractDocument(
      Buffer.from(`%PDF-1.7\n${"garbage ".repeat(500)}`),
      "application/pdf",
    );
    expect(found.text).toBeNull();
    expect(found.note).toMatch(/damaged/);
  });

  it("says when a PDF has no text (a scan)", async () => {
    const found = await extractDocument(await makePdf({ lines: [] }), "application/pdf");
    expect(found.text).toBeNull();
    expect(found.note).toMatch(/scan or a photo/);
  });

  it("stops reading after the time limit and says so", async () => {
    const found = await extractDocument(await makePdf({ pages: 50 }), "application/pdf", {
      timeoutMs: 1,
    });
    expect(found.text).toBeNull();
    expect(found.note).toMatch(/took too long/);
  });

  it("reads a Word file's text and its creation date", async () => {
    const docx = await makeDocx(["Support plan for Sam", "Target: read 40 words."], {
      created: new Date("2025-09-08T08:00:00Z"),
    });
    const found = await extractDocument(docx, DOCX);
    expect(found.text).toContain("Support plan for Sam");
    expect(found.text).toContain("Target: read 40 words.");
    expect(found.metadataDate).toBe("2025-09-08");
  });

  it("does not open a Word file that claims to expand enormously", async () => {
    const bomb = makeZip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      {
        name: "word/document.xml",
        data: Buffer.from("<w:document/>"),
        declaredSize: 4_000_000_000,
      },
    ]);
    const found = await extractDocument(bomb, DOCX);
    expect(found.text).toBeNull();
    expect(found.note).toMatch(/expands/);
  });

  it("keeps a damaged Word file with a note", async () => {
    const found = await extractDocument(
      makeZip([{ name: "word/document.xml", data: Buffer.from("not xml at all <<<") }]),
      DOCX,
    );
    expect(found.text).toBeNull();
    expect(found.note).toMatch(/damaged/);
  });

  it("reads an email's headers, body and date", async () => {
    const found = await extractDocument(Buffer.from(makeEmail()), "message/rfc822");
    expect(found.text).toContain("Subject: Sam's phonics group");
    expect(found.text).toContain("From: Mrs Priya Shah <senco@riverside.example>");
    expect(found.text).toContain("The phonics group starts again next week.");
    expect(found.metadataDate).toBe("2026-03-10");
  });

  it("turns an HTML-only email into text, without its scripts or styles", async () => {
    const html =
      "<html><head><style>p{color:red}</style></head><body><p>Dear Mr Morgan,</p><p>Sam&rsquo;s review is on <b>4 December</b>.</p><script>alert(1)</script></body></html>";
    const found = await extractDocument(Buffer.from(makeEmail({ html })), "message/rfc822");
    expect(found.text).toContain("Dear Mr Morgan,\nSam’s review is on 4 December.");
    expect(found.text).not.toContain("alert");
    expect(found.text).not.toContain("color:red");
  });

  it("lists an email's attachments and reads the text of PDF, Word and text ones", async () => {
    const eml = makeEmail({
      attachments: [
        {
          fileName: "report.pdf",
          contentType: "application/pdf",
          content: await makePdf({ lines: ["Speech and language report"] }),
        },
        {
          fileName: "plan.docx",
          contentType: DOCX,
          content: await makeDocx(["Plan for the spring term"]),
        },
        { fileName: "notes.txt", contentType: "text/plain", content: "Notes from the call" },
        { fileName: "photo.png", contentType: "image/png", content: PNG_1X1 },
      ],
    });
    const found = await extractDocument(Buffer.from(eml), "message/rfc822");
    expect(found.text).toContain("Attachments: report.pdf, plan.docx, notes.txt, photo.png");
    expect(found.text).toContain("Speech and language report");
    expect(found.text).toContain("Plan for the spring term");
    expect(found.text).toContain("Notes from the call");
    expect(found.note).toBeNull();
  });

  it("notes an attachment whose text could not be read, and keeps the rest", async () => {
    const eml = makeEmail({
      attachments: [
        {
          fileName: "broken.pdf",
          contentType: "application/pdf",
          content: Buffer.from("%PDF-1.4\nrubbish"),
        },
      ],
    });
    const found = await extractDocument(Buffer.from(eml), "message/rfc822");
    expect(found.text).toContain("The phonics group starts again next week.");
    expect(found.note).toBe("The text of the attachment broken.pdf could not be read.");
  });

  it("reads plain text as it is, without NULs or stray control characters", async () => {
    const found = await extractDocument(
      Buffer.from("Line one\r\nLine two\u0007\n\n\n\nEnd"),
      "text/plain",
    );
    expect(found.text).toBe("Line one\nLine two\n\nEnd");
  });

  it("gives no text for a picture, with a note, and the date a phone wrote in it", async () => {
    const photo = await extractDocument(makeJpegHeader("2026:03:14 10:22:05"), "image/jpeg");
    expect(photo).toEqual({
      text: null,
      note: expect.stringMatching(/cannot read the words in a picture/),
      metadataDate: "2026-03-14",
    });
    expect((await extractDocument(PNG_1X1, "image/png")).metadataDate).toBeNull();
  });

  it("keeps at most 300,000 characters of text and says it was cut", async () => {
    const found = await extractDocument(Buffer.from("word ".repeat(100_000)), "text/plain");
    expect(found.text!.length).toBeLessThanOrEqual(TEXT_LIMIT_CHARACTERS);
    expect(found.note).toMatch(/only its first 300,000 characters/);
  });
});

describe("cleanText", () => {
  it("removes NULs, which PostgreSQL cannot store", () => {
    expect(cleanText("a\u0000b").text).toBe("ab");
  });
  it("gives null for text that is only white space", () => {
    expect(cleanText(" \n\t ").text).toBeNull();
  });
  it("never cuts a character in half", () => {
    const text = `${"a".repeat(TEXT_LIMIT_CHARACTERS - 1)}😀😀`;
    const { text: kept, isCut } = cleanText(text);
    expect(isCut).toBe(true);
    expect(kept!.endsWith("a")).toBe(true);
  });
});

describe("htmlToText", () => {
  it("decodes entities and keeps list items apart", () => {
    expect(htmlToText("<ul><li>One &amp; two</li><li>&#163;5 &#x2013; trip</li></ul>").trim()).toBe(
      "• One & two\n• £5 – trip",
    );
  });
});

describe("the zip reader", () => {
  it("reads the sizes a Word file's parts expand to", async () => {
    const entries = listZipEntries(await makeDocx(["Hello"]));
    expect(entries?.some((e) => e.name === "word/document.xml")).toBe(true);
    expect(expandedSize(entries!)).toBeGreaterThan(0);
  });
  it("gives up on something that is not a zip", () => {
    expect(listZipEntries(Buffer.from("not a zip"))).toBeNull();
  });
});

describe("hostile files (issue 16)", () => {
  it("does not read a PDF whose page tree names one page 200,000 times, and says why", async () => {
    const started = performance.now();
    const found = await extractDocument(pageBombPdf(), "application/pdf");
    expect(found.text).toBeNull();
    expect(found.note).toMatch(/more than 2,000 pages/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("does not read a PDF of 5,000 real pages, and says why", async () => {
    const found = await extractDocument(manyPagesPdf(5_000), "application/pdf");
    expect(found.text).toBeNull();
    expect(found.note).toMatch(/more than 2,000 pages/);
  });

  it("reads a PDF at the page limit", async () => {
    const found = await extractDocument(manyPagesPdf(MAX_PDF_PAGES), "application/pdf");
    expect(found.text).toContain(`Page ${MAX_PDF_PAGES} of the report`);
  });

  it("does not open a Word file that says it expands to 1 GiB", async () => {
    const found = await extractDocument(docxBomb(), DOCX);
    expect(found.text).toBeNull();
    expect(found.note).toMatch(/expands to far more than its size/);
  });

  it("does not open a Word file that hides 1 GiB behind small sizes", async () => {
    const found = await extractDocument(docxBomb({ lie: true }), DOCX);
    expect(found.text).toBeNull();
    expect(found.note).toMatch(/expands to far more than its size/);
  });

  it("reads at most 50 attachments of an email with emails inside emails, and says so", async () => {
    const found = await extractDocument(Buffer.from(nestedEmail({ width: 12, depth: 3 })), "message/rfc822");
    expect(found.text).toContain("The body at level 0.");
    expect(found.note).toMatch(/more than 50 attachments/);
  });
});
