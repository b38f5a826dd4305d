import { PDFDocument, StandardFonts } from "pdf-lib";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { paginateBundle, type BundleDocument } from "~/domain/tribunal/paginate-bundle";
import type { PackSource } from "~/services/evidence-pack/render-pack.server";
import { countBundlePages, renderTribunalBundle, type TribunalBundleContent } from "./render-bundle.server";

async function pdfOf(pages: number, label: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([400, 600]).drawText(`${label} sheet ${i}`, { x: 40, y: 500, size: 12, font });
  return doc.save();
}

async function read(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  const outline = (await pdf.getOutline()) ?? [];
  const pageOf = async (dest: unknown) => (await pdf.getPageIndex((Array.isArray(dest) ? dest : await pdf.getDestination(String(dest)))![0])) + 1;
  const bookmarks = await Promise.all(
    outline.map(async (entry) => ({
      title: entry.title,
      page: await pageOf(entry.dest),
      children: await Promise.all(entry.items.map(async (child) => ({ title: child.title, page: await pageOf(child.dest) }))),
    })),
  );
  return { pages: (text as string[]).map((page) => page.replace(/\s+/g, " ")), bookmarks };
}

const documents: BundleDocument[] = [
  { id: "letter", title: "Refusal letter", date: "2026-03-03", section: "decision_and_plan", pages: 2 },
  { id: "ep", title: "Educational psychologist's report", date: "2026-05-01", section: "reports", pages: 3 },
  { id: "email", title: "Email from the SENCO", date: "2026-07-01", section: "other_evidence", pages: 1 },
];

async function sources(): Promise<Record<string, PackSource>> {
  return {
    letter: { title: "Refusal letter", dateText: "3 March 2026", mediaType: "application/pdf", bytes: await pdfOf(2, "Letter"), text: null },
    ep: { title: "Educational psychologist's report", dateText: "1 May 2026", mediaType: "application/pdf", bytes: await pdfOf(3, "EP"), text: null },
    email: { title: "Email from the SENCO", dateText: "1 July 2026", mediaType: "message/rfc822", bytes: new Uint8Array([1]), text: "Dear parent, we will review the support." },
    salt: { title: "Speech and language report", dateText: "10 June 2026", mediaType: "application/pdf", bytes: await pdfOf(2, "SALT"), text: null },
  };
}

function content(pagination: TribunalBundleContent["pagination"], files: Record<string, PackSource>, extra: Partial<TribunalBundleContent> = {}): TribunalBundleContent {
  return {
    title: "Evidence bundle: appeal against a refusal to assess",
    childName: "Robin Hale",
    reference: "EH123/26/00001",
    preparedOn: "6 December 2026",
    preparedOnDate: "2026-12-06",
    fixedOn: null,
    pagination,
    sources: files,
    ...extra,
  };
}

describe("the tribunal bundle PDF", () => {
  it("has a cover, an index with each document's date and first page, a divider per section, and every document page stamped with its bundle page", async () => {
    const pagination = paginateBundle({ documents, previous: null });
    const { pages, bookmarks } = await read(await renderTribunalBundle(content(pagination, await sources())));
    // cover, index, then B divider + 2, C divider + 3, D divider + 1
    expect(pages).toHaveLength(2 + 3 + 6);
    expect(pages[0]).toContain("Evidence bundle: appeal against a refusal to assess");
    expect(pages[0]).toContain("EH123/26/00001");
    expect(pages[0]).toContain("6 pages of documents");
    expect(pages[1]).toContain("Index");
    expect(pages[1]).toContain("Section B: The decision and the plan");
    expect(pages[1]).toMatch(/3 March 2026 Refusal letter 1–2/);
    expect(pages[1]).toMatch(/1 May 2026 Educational psychologist's report 3–5/);
    expect(pages[1]).toMatch(/1 July 2026 Email from the SENCO 6/);
    expect(pages[2]).toContain("Section B: The decision and the plan");
    expect(pages[3]).toContain("Letter sheet 1");
    expect(pages[3]).toContain("Page 1");
    expect(pages[4]).toContain("Page 2");
    expect(pages[6]).toContain("EP sheet 1");
    expect(pages[6]).toContain("Page 3");
    expect(pages[8]).toContain("Page 5");
    expect(pages[10]).toContain("Dear parent");
    expect(pages[10]).toContain("Page 6");
    // The cover, the index and the dividers carry no page number.
    for (const index of [0, 1, 2, 5, 9]) expect(pages[index]).not.toMatch(/Page \d/);

    expect(bookmarks).toEqual([
      { title: "Section B: The decision and the plan", page: 3, children: [{ title: "1–2  Refusal letter", page: 4 }] },
      { title: "Section C: Reports from professionals", page: 6, children: [{ title: "3–5  Educational psychologist's report", page: 7 }] },
      { title: "Section D: Other evidence", page: 10, children: [{ title: "6  Email from the SENCO", page: 11 }] },
    ]);
  });

  it("puts a late document on supplementary pages (5A, 5B), says so in the index, and bookmarks the sheet it starts on", async () => {
    const sent = paginateBundle({ documents, previous: null });
    const late = paginateBundle({
      documents: [...documents, { id: "salt", title: "Speech and language report", date: "2026-06-10", section: "reports", pages: 2 }],
      previous: { items: sent.items },
    });
    const { pages, bookmarks } = await read(await renderTribunalBundle(content(late, await sources(), { fixedOn: "1 November 2026" })));
    expect(pages).toHaveLength(2 + 3 + 8);
    expect(pages[0]).toContain("fixed when the bundle was sent on 1 November 2026");
    expect(pages[1]).toMatch(/10 June 2026 Speech and language report 5A–5B added after the bundle was sent/);
    expect(pages[9]).toContain("SALT sheet 1");
    expect(pages[9]).toContain("Page 5A");
    expect(pages[10]).toContain("Page 5B");
    expect(pages[12]).toContain("Page 6");
    expect(bookmarks[1]!.children).toEqual([
      { title: "3–5  Educational psychologist's report", page: 7 },
      { title: "5A–5B  Speech and language report", page: 10 },
    ]);
  });

  it("notes a removed document's pages in the index as not used, and keeps the numbers after it", async () => {
    const sent = paginateBundle({ documents, previous: null });
    const removed = paginateBundle({ documents: [documents[0]!, documents[2]!], previous: { items: sent.items } });
    const { pages } = await read(await renderTribunalBundle(content(removed, await sources())));
    expect(pages[1]).toContain("Pages 3–5: not used (Educational psychologist's report, taken out)");
    expect(pages.at(-1)).toContain("Page 6");
  });

  it("keeps each document to the pages it was given: a shorter file is made up with blank pages, a longer one is cut and says so", async () => {
    const pagination = paginateBundle({
      documents: [
        { ...documents[1]!, pages: 5 },
        { id: "salt", title: "Speech and language report", date: "2026-06-10", section: "reports", pages: 1 },
      ],
      previous: null,
    });
    const { pages } = await read(await renderTribunalBundle(content(pagination, await sources())));
    // cover, index, divider, EP 3 sheets + 2 blank, SALT 1 of its 2 sheets
    expect(pages).toHaveLength(3 + 5 + 1);
    expect(pages[6]).toContain("This page is left blank");
    expect(pages[7]).toContain("Page 5");
    expect(pages[8]).toContain("SALT sheet 1");
    expect(pages[8]).toContain("Page 6");
    expect(pages[8]).toContain("1 more page of this file is left out");
  });

  it("says so when the bundle has no documents", async () => {
    const { pages, bookmarks } = await read(await renderTribunalBundle(content(paginateBundle({ documents: [], previous: null }), {})));
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain("This bundle has no documents yet.");
    expect(bookmarks).toEqual([]);
  });
});

describe("counting a document's pages as the bundle lays it out", () => {
  it("counts a PDF's own pages, a picture as one page, and other files as their text on A4", async () => {
    const files = await sources();
    expect(await countBundlePages(files.ep!)).toEqual({ pages: 3, note: null });
    expect((await countBundlePages(files.email!)).pages).toBe(1);
    const long = { ...files.email!, text: "A long note about the day.\n".repeat(300) };
    expect((await countBundlePages(long)).pages).toBeGreaterThan(3);
  });

  it("counts a damaged PDF by its text, as the bundle will show it", async () => {
    const found = await countBundlePages({ title: "Broken", dateText: null, mediaType: "application/pdf", bytes: new Uint8Array([37, 80, 68, 70, 1, 2]), text: "Some words" });
    expect(found.pages).toBe(1);
    expect(found.note).toMatch(/could not be copied/);
  });
});
