import { strFromU8, unzipSync } from "fflate";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type { Appeal } from "~/domain/case/case-document";
import { buildWitnessStatement, buildWorkingDocument, listBundlePlaces, paginateAppealBundle } from "~/domain/tribunal";
import { readStatementContent, readWorkingDocumentContent, statementContent, workingDocumentContent } from "./content.server";
import { renderStatementDocx, renderWorkingDocumentDocx } from "./docx.server";
import { renderStatementPdf } from "./statement-pdf.server";

const WORKING = workingDocumentContent(
  "2026-12-06",
  "Working document: Robin Hale's appeal",
  buildWorkingDocument({
    planLines: [
      { id: "b1", section: "B", text: "Robin finds spoken instructions hard." },
      { id: "f1", section: "F", text: "Speech therapy as needed." },
      { id: "f2", section: "F", text: "Access to a quiet space." },
    ],
    proposals: [
      { id: "p1", section: "F", planLineId: "f1", originalText: null, proposedText: "One hour of speech and language therapy a week.", kind: "parent_change", reason: "The therapist recommends it", evidencePages: "45–47" },
      { id: "p2", section: "F", planLineId: "f2", originalText: null, proposedText: null, kind: "la_delete", reason: null, evidencePages: null },
      { id: "p3", section: "F", planLineId: null, originalText: null, proposedText: "Reviewed each term.", kind: "la_add", reason: null, evidencePages: "12" },
      { id: "p4", section: "B", planLineId: "b1", originalText: null, proposedText: "Robin has a language disorder.", kind: "agreed", reason: null, evidencePages: null },
    ],
    sections: ["B", "F"],
  }),
);

function wordFiles(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** Each run of document.xml: its properties and text. */
function runsOf(xml: string): { props: string; text: string }[] {
  return [...xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?(.*?)<\/w:r>/g)].map((match) => ({ props: match[1] ?? "", text: [...(match[2] ?? "").matchAll(/<w:t[^>]*>(.*?)<\/w:t>/g)].map((t) => t[1]).join("") }));
}

describe("renderWorkingDocumentDocx", () => {
  it("marks each change with real bold, italic, underline and strike runs", async () => {
    const runs = runsOf(wordFiles(await renderWorkingDocumentDocx(WORKING))["word/document.xml"]!);
    const run = (text: string) => runs.find((r) => r.text.trim() === text)!;
    expect(run("Speech therapy as needed.").props).toMatch(/<w:b\/>.*<w:strike\/>/);
    expect(run("One hour of speech and language therapy a week.").props).toContain("<w:b/>");
    expect(run("One hour of speech and language therapy a week.").props).not.toContain("<w:strike/>");
    expect(run("Access to a quiet space.").props).toMatch(/<w:i\/>.*<w:strike\/>/);
    expect(run("Reviewed each term.").props).toContain("<w:i/>");
    expect(run("Robin finds spoken instructions hard.").props).toMatch(/<w:strike\/>.*<w:u w:val="single"\/>|<w:u w:val="single"\/>.*<w:strike\/>/);
    expect(run("Robin has a language disorder.").props).toContain('<w:u w:val="single"/>');
  });

  it("puts the evidence in real footnotes, referred to from the changed lines, with no tracked changes or comments", async () => {
    const files = wordFiles(await renderWorkingDocumentDocx(WORKING));
    const footnotes = files["word/footnotes.xml"]!;
    expect(footnotes).toContain("The therapist recommends it. Evidence: bundle pages 45–47.");
    expect(footnotes).toContain("Evidence: bundle page 12.");
    const xml = files["word/document.xml"]!;
    expect(xml.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(2);
    expect(xml).not.toMatch(/<w:ins |<w:del |<w:commentReference/);
    expect(files["word/comments.xml"] ?? "").not.toContain("<w:comment ");
  });

  it("sets the text in 12-point and prints the key", async () => {
    const files = wordFiles(await renderWorkingDocumentDocx(WORKING));
    expect(files["word/styles.xml"]).toMatch(/<w:sz w:val="24"\/>/);
    expect(files["word/document.xml"]).toContain("Bold and crossed out: words the family wants taken out.");
    expect(files["docProps/core.xml"]).toContain("2026-12-06T00:00:00Z");
  });
});

const places = listBundlePlaces(
  paginateAppealBundle(
    { bundleItems: [{ documentId: "letter", section: "decision_and_plan", pages: 3 }] as unknown as Appeal["bundleItems"], bundleFixed: null },
    [{ id: "letter", title: "Refusal letter", date: "2026-03-03" }],
  ),
);
const statementOf = (count: number) =>
  statementContent(
    "2026-12-06",
    buildWitnessStatement({
      paragraphs: Array.from({ length: count }, (_, i) => ({
        id: `p${i}`,
        date: null,
        text: i === 0 ? "The council refused to assess Robin." : "Robin came home upset again and would not talk about school. ".repeat(4),
        exhibitDocumentIds: i === 0 ? ["letter"] : [],
      })),
      places,
      documentTitles: new Map(),
      witnessName: "Jo Hale",
      childName: "Robin Hale",
      tribunalReference: "EH123/26/00001",
    }),
  );

describe("renderStatementDocx", () => {
  it("numbers the paragraphs with Word's numbering, in 12-point, with the statement of truth", async () => {
    const files = wordFiles(await renderStatementDocx(statementOf(3)));
    expect(files["word/numbering.xml"]).toContain('<w:lvlText w:val="%1."/>');
    expect(files["word/document.xml"]!.match(/<w:numPr>/g)).toHaveLength(3);
    expect(files["word/document.xml"]).toContain("The council refused to assess Robin. (See pages 1–3.)");
    expect(files["word/document.xml"]).toContain("I believe that the facts in this statement are true.");
  });
});

describe("renderStatementPdf", () => {
  it("prints the heading, numbered paragraphs with bundle pages, and the place to sign", async () => {
    const { bytes, pages } = await renderStatementPdf(statementOf(2));
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(pages).toBe(1);
    expect(flat).toContain("Appeal reference: EH123/26/00001");
    expect(flat).toContain("Witness statement of Jo Hale");
    expect(flat).toContain("1. The council refused to assess Robin. (See pages 1–3.)");
    expect(flat).toMatch(/2\. Robin came home upset/);
    expect(flat).toContain("Statement of truth");
    expect(flat).toContain("Name: Jo Hale");
  });

  it("counts its real pages, which grow with the paragraphs", async () => {
    const { bytes, pages } = await renderStatementPdf(statementOf(60));
    const proxy = await getDocumentProxy(new Uint8Array(bytes));
    expect(proxy.numPages).toBe(pages);
    expect(pages).toBeGreaterThan(3);
  });
});

describe("kept content", () => {
  it("reads back what was kept, and nothing else", () => {
    expect(readWorkingDocumentContent(JSON.parse(JSON.stringify(WORKING)))).toEqual(WORKING);
    expect(readStatementContent(JSON.parse(JSON.stringify(statementOf(1))))?.statement.title).toBe("Witness statement of Jo Hale");
    expect(readWorkingDocumentContent(statementOf(1))).toBeNull();
    expect(readStatementContent({ format: 2 })).toBeNull();
  });
});
