import { describe, expect, it } from "vitest";
import type { Appeal } from "../case/case-document";
import type { TimelineEntry } from "../chronology/timeline-entry";
import { paginateAppealBundle as paginateBundleOfAppeal } from "./bundle-view";
import type { BundleItem } from "./paginate-bundle";
import {
  buildWitnessStatement,
  checkStatementLength,
  describeBundlePlace,
  listBundlePlaces,
  orderStatementParagraphs,
  paragraphFromTimeline,
  paragraphText,
  planParagraphMove,
  suggestStatementParagraphs,
  type StatementParagraph,
} from "./witness-statement";

const p = (id: string, date: string | null, exhibitDocumentIds: string[] = []): StatementParagraph => ({ id, date, text: `Paragraph ${id}.`, exhibitDocumentIds });

describe("orderStatementParagraphs", () => {
  it("puts dated paragraphs in date order and leaves each undated one where the parent put it", () => {
    const ordered = orderStatementParagraphs([p("intro", null), p("may", "2026-05-05"), p("march", "2026-03-01"), p("middle", null), p("april", "2026-04-10")]);
    expect(ordered.map((x) => x.id)).toEqual(["intro", "march", "april", "middle", "may"]);
  });

  it("keeps the parent's order for paragraphs of the same day", () => {
    expect(orderStatementParagraphs([p("b", "2026-03-01"), p("a", "2026-03-01")]).map((x) => x.id)).toEqual(["b", "a"]);
  });
});

describe("planParagraphMove", () => {
  const stored = [p("u", null), p("d2", "2026-05-01"), p("d1", "2026-04-01")];
  // Statement order: u, d1, d2.

  it("moves an undated paragraph itself", () => {
    expect(planParagraphMove(stored, "u", "down")).toEqual({ paragraphId: "u", direction: "down" });
  });

  it("moves the undated neighbour the other way when the dated paragraph cannot move itself", () => {
    // Stored [d2, u, d1]; statement [d1, u, d2]. d1 is last in the stored order, so u moves up instead.
    const storedOther = [p("d2", "2026-05-01"), p("u", null), p("d1", "2026-04-01")];
    expect(planParagraphMove(storedOther, "d1", "down")).toEqual({ paragraphId: "u", direction: "up" });
  });

  it("refuses to move a dated paragraph past one of another date, and past either end", () => {
    expect(planParagraphMove(stored, "d2", "up")).toBeNull();
    expect(planParagraphMove(stored, "u", "up")).toBeNull();
    expect(planParagraphMove(stored, "d2", "down")).toBeNull();
    expect(planParagraphMove(stored, "missing", "up")).toBeNull();
  });

  it("swaps two paragraphs of the same day", () => {
    const sameDay = [p("a", "2026-03-01"), p("b", "2026-03-01")];
    expect(planParagraphMove(sameDay, "b", "up")).toEqual({ paragraphId: "b", direction: "up" });
  });

  it("always gives a move that swaps the two paragraphs in the statement", () => {
    const random = (seed: number) => () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 1; round <= 200; round += 1) {
      const next = random(round);
      const paragraphs = Array.from({ length: 2 + Math.floor(next() * 5) }, (_, i) => p(`p${i}`, next() < 0.5 ? null : `2026-0${1 + Math.floor(next() * 3)}-01`));
      const shown = orderStatementParagraphs(paragraphs).map((x) => x.id);
      const at = Math.floor(next() * shown.length);
      const direction = next() < 0.5 ? "up" : "down";
      const move = planParagraphMove(paragraphs, shown[at]!, direction);
      if (!move) continue;
      const store = [...paragraphs];
      const from = store.findIndex((x) => x.id === move.paragraphId);
      const to = move.direction === "up" ? from - 1 : from + 1;
      [store[from], store[to]] = [store[to]!, store[from]!];
      const after = orderStatementParagraphs(store).map((x) => x.id);
      const other = direction === "up" ? at - 1 : at + 1;
      expect(after[other]).toBe(shown[at]);
      expect(after[at]).toBe(shown[other]);
    }
  });
});

const BUNDLE = [
  { documentId: "letter", section: "decision_and_plan" as const, pages: 2, title: "Refusal letter", date: "2026-03-03" },
  { documentId: "ep", section: "reports" as const, pages: 12, title: "Educational psychologist's report", date: "2026-02-01" },
  { documentId: "note", section: "other_evidence" as const, pages: 1, title: "Note from school", date: "2026-06-01" },
];

type TestBundleDocument = { documentId: string; section: Appeal["bundleItems"][number]["section"]; pages: number; title: string; date: string };

/** The bundle's pages as the bundle page prints them, for these documents. */
function paginateAppealBundle({ documents, bundleFixed }: { documents: readonly TestBundleDocument[]; bundleFixed: BundleItem[] | null }) {
  const bundleItems = documents.map((d) => ({ documentId: d.documentId, section: d.section, pages: d.pages })) as unknown as Appeal["bundleItems"];
  return paginateBundleOfAppeal({ bundleItems, bundleFixed }, documents.map((d) => ({ id: d.documentId, title: d.title, date: d.date })));
}

describe("bundle places", () => {
  it("gives each document its first and last page and its section's letter", () => {
    const places = listBundlePlaces(paginateAppealBundle({ documents: BUNDLE, bundleFixed: null }));
    expect(places.get("letter")).toMatchObject({ sectionLetter: "B", firstPage: "1", lastPage: "2", pageCount: 2 });
    expect(places.get("ep")).toMatchObject({ sectionLetter: "C", firstPage: "3", lastPage: "14" });
    expect(describeBundlePlace(places.get("note")!)).toBe("page 15");
    expect(describeBundlePlace(places.get("ep")!)).toBe("pages 3–14");
  });

  it("keeps the pages already sent and gives a late document supplementary pages", () => {
    const sent = paginateAppealBundle({ documents: BUNDLE, bundleFixed: null });
    const late = { documentId: "late", section: "decision_and_plan" as const, pages: 2, title: "Late letter", date: "2026-03-10" };
    const places = listBundlePlaces(paginateAppealBundle({ documents: [...BUNDLE, late], bundleFixed: sent.items }));
    expect(places.get("ep")).toMatchObject({ firstPage: "3", lastPage: "14" });
    expect(describeBundlePlace(places.get("late")!)).toBe("pages 2A–2B");
  });
});

describe("buildWitnessStatement", () => {
  const places = listBundlePlaces(paginateAppealBundle({ documents: BUNDLE, bundleFixed: null }));
  const statement = buildWitnessStatement({
    paragraphs: [
      { id: "later", date: "2026-03-03", text: "The council refused to assess Robin.", exhibitDocumentIds: ["letter", "ep"] },
      { id: "intro", date: null, text: "I am Robin's mother.", exhibitDocumentIds: [] },
      { id: "earlier", date: "2026-02-01", text: "The psychologist saw Robin.", exhibitDocumentIds: ["missing"] },
    ],
    places,
    documentTitles: new Map([["missing", "Speech therapy notes"]]),
    witnessName: "Jo Hale",
    childName: "Robin Hale",
    tribunalReference: null,
  });

  it("numbers the paragraphs from 1 in statement order", () => {
    expect(statement.paragraphs.map((x) => [x.number, x.id])).toEqual([
      [1, "earlier"],
      [2, "intro"],
      [3, "later"],
    ]);
  });

  it("refers to exhibits by bundle page, and lists those not in the bundle yet", () => {
    expect(paragraphText(statement.paragraphs[2]!)).toBe("The council refused to assess Robin. (See pages 1–2 and pages 3–14.)");
    expect(statement.paragraphs[0]!.reference).toBeNull();
    expect(statement.paragraphs[0]!.exhibitsNotInBundle).toEqual(["Speech therapy notes"]);
    expect(paragraphText(statement.paragraphs[1]!)).toBe("I am Robin's mother.");
  });

  it("has a heading, a statement of truth and a block to sign and date", () => {
    expect(statement.heading).toEqual(["First-tier Tribunal (Special Educational Needs and Disability)", "Appeal reference: not given yet", "About: Robin Hale"]);
    expect(statement.title).toBe("Witness statement of Jo Hale");
    expect(statement.statementOfTruth).toMatch(/true\.$/);
    expect(statement.signature.lines).toEqual(["Signed:", "Name: Jo Hale", "Date:"]);
  });
});

describe("suggestions from the chronology", () => {
  const entry = (key: string, date: string, title: string, detail: string | null, record: TimelineEntry["record"]): TimelineEntry => ({ key, date, type: "document", title, detail, areas: [], record });
  const timeline = [
    entry("a", "2026-01-05", "Meeting with the SENCo", "Agreed a plan", { kind: "meeting", id: "m1" }),
    entry("b", "2026-03-03", "Refusal to assess", null, { kind: "statutory_event", id: "s1" }),
    entry("c", "2026-02-01", "Document: EP report", null, { kind: "document", id: "doc1" }),
  ];

  it("writes an entry as a first draft of a paragraph", () => {
    expect(paragraphFromTimeline(timeline[0]!)).toBe("On 5 January 2026: Meeting with the SENCo. Agreed a plan.");
  });

  it("offers entries newest first, leaves out those already added and carries a document as an exhibit", () => {
    const suggestions = suggestStatementParagraphs({ timeline, paragraphs: [{ date: "2026-03-03", text: "On 3 March 2026: Refusal to assess." }], limit: 10 });
    expect(suggestions.map((s) => s.key)).toEqual(["c", "a"]);
    expect(suggestions[0]!.exhibitDocumentIds).toEqual(["doc1"]);
    expect(suggestStatementParagraphs({ timeline, paragraphs: [], limit: 1 })).toHaveLength(1);
  });
});

describe("checkStatementLength", () => {
  it("warns from 9 pages, keeps to 10, and fails past 10 without a note (R-TRIB-EXPERTS)", () => {
    expect(checkStatementLength(8)).toMatchObject({ isMet: true, isNearLimit: false, limit: 10, ruleId: "R-TRIB-EXPERTS" });
    expect(checkStatementLength(9)).toMatchObject({ isMet: true, isNearLimit: true });
    expect(checkStatementLength(10)).toMatchObject({ isMet: true, isNearLimit: true });
    expect(checkStatementLength(11)).toMatchObject({ isMet: false, isNearLimit: false });
  });
});
