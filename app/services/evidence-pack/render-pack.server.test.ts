import { PDFDocument, StandardFonts } from "pdf-lib";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderEvidencePack, type PackContent } from "./render-pack.server";

async function pdfOf(pages: number, label: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([400, 600]).drawText(`${label} page ${i}`, { x: 40, y: 500, size: 12, font });
  return doc.save();
}

/** A 1×1 red PNG. */
const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64"),
);

async function pagesOf(bytes: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  return (text as string[]).map((page) => page.replace(/\s+/g, " "));
}

function content(sources: PackContent["sources"], extra: Partial<PackContent> = {}): PackContent {
  return {
    title: "Evidence for the assessment request",
    purpose: "Sent with our request",
    childName: "Robin Hale",
    preparedOn: "23 November 2026",
    preparedOnDate: "2026-11-23",
    chronology: [{ dateText: "1 September 2026", title: "Plan started", detail: null }],
    summary: [{ heading: "Needs", lines: ["Cognition and learning."] }],
    sources,
    ...extra,
  };
}

describe("rendering an evidence pack", () => {
  it("puts a cover, an index, the chronology, the summary and each document in order, numbered throughout", async () => {
    const pages = await pagesOf(
      await renderEvidencePack(
        content([
          { title: "EP report", dateText: "1 October 2026", mediaType: "application/pdf", bytes: await pdfOf(3, "EP report"), text: null },
          { title: "Drawing", dateText: null, mediaType: "image/png", bytes: PNG, text: null },
          { title: "Email from school", dateText: "2 October 2026", mediaType: "message/rfc822", bytes: new Uint8Array([1]), text: "Dear parent, we will review." },
        ]),
      ),
    );
    // cover, index, chronology, summary, 3 + 1 + 1 document pages
    expect(pages).toHaveLength(9);
    pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of 9`));
    expect(pages[0]).toContain("Evidence for the assessment request");
    expect(pages[0]).toContain("Robin Hale");
    expect(pages[1]).toContain("Index");
    expect(pages[1]).toContain("1. Chronology");
    expect(pages[1]).toContain("page 3");
    expect(pages[1]).toContain("3. EP report (1 October 2026)");
    expect(pages[1]).toContain("pages 5–7");
    expect(pages[1]).toContain("4. Drawing");
    expect(pages[1]).toContain("page 8");
    expect(pages[1]).toContain("its text is shown here");
    expect(pages[4]).toContain("EP report page 1");
    expect(pages[6]).toContain("EP report page 3");
    expect(pages[8]).toContain("Dear parent, we will review.");
  });

  it("still builds when a PDF is damaged or a file is missing, saying so in the index", async () => {
    const pages = await pagesOf(
      await renderEvidencePack(
        content(
          [
            { title: "Broken", dateText: null, mediaType: "application/pdf", bytes: new TextEncoder().encode("%PDF-1.7 garbage"), text: "What we could read" },
            { title: "Gone", dateText: null, mediaType: "image/jpeg", bytes: null, text: null },
          ],
          { chronology: null, summary: null },
        ),
      ),
    );
    expect(pages).toHaveLength(4);
    expect(pages[1]).toContain("could not be copied");
    expect(pages[1]).toContain("could not be found");
    expect(pages[2]).toContain("What we could read");
  });

  it("makes the same file from the same pack on the same day", async () => {
    const make = async () => Buffer.from(await renderEvidencePack(content([{ title: "Notes", dateText: null, mediaType: "text/plain", bytes: new Uint8Array([1]), text: "Hello" }])));
    expect((await make()).equals(await make())).toBe(true);
  });

  it("prints names in European languages as typed and other scripts as a bracketed note, never a question mark", async () => {
    const pages = await pagesOf(
      await renderEvidencePack(
        content([{ title: "Notes from Ştefan Dvořák", dateText: null, mediaType: "text/plain", bytes: new TextEncoder().encode("x"), text: "Gwenllïan ap Dafydd ŵŷ said 👍 and أحمد agreed." }], {
          childName: "Zoë Łukasiewicz-Ó Briain",
          chronology: [{ dateText: "1 September 2026", title: "Meeting with Αλέξανδρος", detail: "Дмитрий came 😀" }],
          summary: [{ heading: "Needs", lines: ["שלום Robin"] }],
        }),
      ),
    );
    const text = pages.join(" ");
    for (const typed of ["Zoë Łukasiewicz-Ó Briain", "Notes from Ştefan Dvořák", "Meeting with Αλέξανδρος", "Дмитрий came [emoji]", "[Hebrew script] Robin", "Gwenllïan ap Dafydd ŵŷ said [emoji] and [Arabic script] agreed."])
      expect(text).toContain(typed);
    expect(text).not.toContain("?");
  });

  it("gives a long index as many pages as it needs", async () => {
    const sources = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => ({ title: `Document ${i + 1}`, dateText: null, mediaType: "application/pdf", bytes: await pdfOf(1, `Doc ${i + 1}`), text: null })),
    );
    const pages = await pagesOf(await renderEvidencePack(content(sources)));
    expect(pages).toHaveLength(1 + 2 + 2 + 40);
    expect(pages[1]).toContain("22. Document 20");
    expect(pages[2]).toContain("42. Document 40");
    expect(pages.at(-1)).toContain("Doc 40 page 1");
    expect(pages.at(-1)).toContain("Page 45 of 45");
  });
});
