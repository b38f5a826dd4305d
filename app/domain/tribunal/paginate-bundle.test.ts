import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/calendar-date";
import { BUNDLE_SECTIONS, type BundleSection } from "./bundle-sections";
import {
  comparePageLabels,
  listPageLabels,
  nextSuffix,
  pageLabelText,
  paginateBundle,
  type BundleDocument,
  type BundlePagination,
} from "./paginate-bundle";

function doc(id: string, section: BundleSection, date: string, pages: number, title = `Document ${id}`): BundleDocument {
  return { id, title, date, section, pages };
}

/** Each item as "id first–last" (gaps as "gap:id first–last"), in page order. */
function pagesOf(pagination: BundlePagination): string[] {
  return pagination.items.map((item) => {
    const range = `${pageLabelText(item.firstPage)}–${pageLabelText(item.lastPage)}`;
    return item.kind === "gap" ? `gap:${item.documentId} ${range}` : `${item.documentId} ${range}`;
  });
}

const FIRST = [
  doc("form", "appeal", "2027-02-01", 3, "Appeal form"),
  doc("decision", "decision_and_plan", "2026-12-10", 2, "Decision letter"),
  doc("plan", "decision_and_plan", "2026-12-01", 10, "EHC plan"),
  doc("ep", "reports", "2026-11-20", 15, "Educational psychologist's report"),
  doc("salt", "reports", "2026-10-05", 12, "Speech and language report"),
  doc("emails", "other_evidence", "2026-09-01", 5, "Emails with school"),
];

describe("a first pagination", () => {
  const bundle = paginateBundle({ documents: FIRST, previous: null });

  it("numbers from 1, sections in order, date order within each section", () => {
    expect(pagesOf(bundle)).toEqual(["form 1–3", "plan 4–13", "decision 14–15", "salt 16–27", "ep 28–42", "emails 43–47"]);
    expect(bundle.totalSheets).toBe(47);
  });

  it("has an index row for each document with its date, section and first page", () => {
    expect(bundle.index[1]).toEqual({
      kind: "document",
      section: "decision_and_plan",
      title: "EHC plan",
      date: "2026-12-01",
      firstPage: "4",
      lastPage: "13",
      pages: 10,
      isSupplementary: false,
      isOutOfDateOrder: false,
    });
  });

  it("has a bookmark for each section and, beneath it, each document, pointing at its sheet", () => {
    expect(bundle.bookmarks.slice(0, 4)).toEqual([
      { level: 1, section: "appeal", sheet: 1, page: "1" },
      { level: 2, section: "appeal", title: "Appeal form", sheet: 1, page: "1" },
      { level: 1, section: "decision_and_plan", sheet: 4, page: "4" },
      { level: 2, section: "decision_and_plan", title: "EHC plan", sheet: 4, page: "4" },
    ]);
    expect(bundle.bookmarks.filter((bookmark) => bookmark.level === 1).map((bookmark) => bookmark.section)).toEqual(["appeal", "decision_and_plan", "reports", "other_evidence"]);
  });

  it("keeps documents of the same day in the order given", () => {
    const sameDay = [doc("b", "reports", "2027-01-05", 1), doc("a", "reports", "2027-01-05", 1), doc("c", "reports", "2027-01-05", 1)];
    expect(pagesOf(paginateBundle({ documents: sameDay, previous: null }))).toEqual(["b 1–1", "a 2–2", "c 3–3"]);
  });

  it("counts a document with no pages recorded as one page", () => {
    expect(pagesOf(paginateBundle({ documents: [doc("x", "appeal", "2027-01-01", 0)], previous: null }))).toEqual(["x 1–1"]);
  });

  it("refuses a document listed twice", () => {
    expect(() => paginateBundle({ documents: [FIRST[0]!, FIRST[0]!], previous: null })).toThrow(/twice/);
  });

  it("gives an empty bundle no pages, rows or bookmarks", () => {
    expect(paginateBundle({ documents: [], previous: null })).toEqual({ items: [], totalSheets: 0, index: [], bookmarks: [] });
  });
});

describe("after the bundle was sent: pages stay put", () => {
  const sent = paginateBundle({ documents: FIRST, previous: null });

  it("changes nothing when nothing changed", () => {
    expect(paginateBundle({ documents: FIRST, previous: sent })).toEqual(sent);
  });

  it("gives a late document supplementary pages after the page it follows (15A …), and moves nothing else", () => {
    const late = doc("ot", "reports", "2026-10-20", 3, "Occupational therapy report");
    const next = paginateBundle({ documents: [...FIRST, late], previous: sent });
    expect(pagesOf(next)).toEqual(["form 1–3", "plan 4–13", "decision 14–15", "salt 16–27", "ot 27A–27C", "ep 28–42", "emails 43–47"]);
    expect(next.items[4]).toMatchObject({ isSupplementary: true, isOutOfDateOrder: false, startsAtSheet: 28 });
    expect(next.items[5]).toMatchObject({ startsAtSheet: 31 });
    expect(next.totalSheets).toBe(50);
    expect(listPageLabels(next.items[4]!)).toEqual(["27A", "27B", "27C"]);
  });

  it("gives a late document that goes at the very end the next plain page numbers", () => {
    const next = paginateBundle({ documents: [...FIRST, doc("diary", "other_evidence", "2027-01-10", 4)], previous: sent });
    expect(pagesOf(next).at(-1)).toBe("diary 48–51");
    expect(next.items.at(-1)).toMatchObject({ isSupplementary: false });
  });

  it("puts a late document in a section that had none between the sections around it", () => {
    const withWitness = [...FIRST.filter((item) => item.id !== "emails"), doc("witness", "witness_statements", "2027-01-02", 6)];
    const first = paginateBundle({ documents: withWitness, previous: null });
    expect(pagesOf(first).slice(-2)).toEqual(["ep 28–42", "witness 43–48"]);
    const next = paginateBundle({ documents: [...withWitness, FIRST.find((item) => item.id === "emails")!], previous: first });
    expect(pagesOf(next).slice(-3)).toEqual(["ep 28–42", "emails 42A–42E", "witness 43–48"]);
    expect(next.bookmarks.filter((bookmark) => bookmark.level === 1).map((bookmark) => bookmark.section)).toEqual(["appeal", "decision_and_plan", "reports", "other_evidence", "witness_statements"]);
  });

  it("puts a late document after the last section on the next plain pages", () => {
    const next = paginateBundle({ documents: [...FIRST, doc("witness", "witness_statements", "2027-01-02", 6)], previous: sent });
    expect(pagesOf(next).at(-1)).toBe("witness 48–53");
  });

  it("gives a late document dated before everything pages before page 1 (0A …)", () => {
    const next = paginateBundle({ documents: [...FIRST, doc("request", "appeal", "2026-06-01", 2)], previous: sent });
    expect(pagesOf(next).slice(0, 2)).toEqual(["request 0A–0B", "form 1–3"]);
    expect(next.bookmarks[0]).toEqual({ level: 1, section: "appeal", sheet: 1, page: "0A" });
  });

  it("leaves a gap, noted in the index, where a document was taken out, and does not reuse its pages", () => {
    const withoutPlan = FIRST.filter((item) => item.id !== "plan");
    const next = paginateBundle({ documents: withoutPlan, previous: sent });
    expect(pagesOf(next)).toEqual(["form 1–3", "gap:plan 4–13", "decision 14–15", "salt 16–27", "ep 28–42", "emails 43–47"]);
    expect(next.index[1]).toEqual({ kind: "gap", section: "decision_and_plan", title: "EHC plan", date: "2026-12-01", firstPage: "4", lastPage: "13", reason: "removed" });
    expect(next.totalSheets).toBe(37);
    expect(next.items[2]).toMatchObject({ startsAtSheet: 4 });
    expect(next.bookmarks.some((bookmark) => bookmark.level === 2 && bookmark.title === "EHC plan")).toBe(false);
    // The gap stays when the bundle is paginated again, and a new document goes after it, not into it.
    const again = paginateBundle({ documents: [...withoutPlan, doc("letter", "decision_and_plan", "2026-12-05", 1)], previous: next });
    expect(pagesOf(again).slice(1, 4)).toEqual(["gap:plan 4–13", "letter 13A–13A", "decision 14–15"]);
  });

  it("treats a document now a different length as taken out and added again", () => {
    const longer = FIRST.map((item) => (item.id === "decision" ? { ...item, pages: 4 } : item));
    const next = paginateBundle({ documents: longer, previous: sent });
    expect(pagesOf(next).slice(2, 4)).toEqual(["gap:decision 14–15", "decision 15A–15D"]);
    expect(next.index[2]).toMatchObject({ kind: "gap", reason: "replaced" });
  });

  it("treats a document moved to another section as taken out and added again in its new section", () => {
    const moved = FIRST.map((item) => (item.id === "emails" ? { ...item, section: "appeal" as const } : item));
    const next = paginateBundle({ documents: moved, previous: sent });
    expect(pagesOf(next)).toEqual(["emails 0A–0E", "form 1–3", "plan 4–13", "decision 14–15", "salt 16–27", "ep 28–42", "gap:emails 43–47"]);
  });

  it("keeps a document's pages when only its title or date was corrected, and shows the new words", () => {
    const renamed = FIRST.map((item) => (item.id === "salt" ? { ...item, title: "Speech and language therapy report", date: "2026-10-06" } : item));
    const next = paginateBundle({ documents: renamed, previous: sent });
    expect(pagesOf(next)).toEqual(pagesOf(sent));
    expect(next.index[3]).toMatchObject({ title: "Speech and language therapy report", date: "2026-10-06", firstPage: "16" });
  });

  it("places several late documents for the same gap in date order, one after the other", () => {
    const next = paginateBundle({
      documents: [...FIRST, doc("late2", "reports", "2026-10-25", 2), doc("late1", "reports", "2026-10-06", 1)],
      previous: sent,
    });
    expect(pagesOf(next).slice(3, 6)).toEqual(["salt 16–27", "late1 27A–27A", "late2 27B–27C"]);
  });

  it("runs past Z: a 30-page late document takes 27A to 27AD", () => {
    const next = paginateBundle({ documents: [...FIRST, doc("big", "reports", "2026-10-20", 30)], previous: sent });
    const big = next.items.find((item) => item.documentId === "big")!;
    expect([pageLabelText(big.firstPage), pageLabelText(big.lastPage)]).toEqual(["27A", "27AD"]);
    expect(listPageLabels(big).slice(24, 28)).toEqual(["27Y", "27Z", "27AA", "27AB"]);
  });

  it("keeps supplementary pages put when sent again, and puts the next late document after them", () => {
    const second = paginateBundle({ documents: [...FIRST, doc("ot", "reports", "2026-10-20", 3)], previous: sent });
    const third = paginateBundle({ documents: [...FIRST, doc("ot", "reports", "2026-10-20", 3), doc("physio", "reports", "2026-11-01", 2)], previous: second });
    expect(pagesOf(third).slice(3, 7)).toEqual(["salt 16–27", "ot 27A–27C", "physio 27D–27E", "ep 28–42"]);
    expect(third.items[5]).toMatchObject({ isOutOfDateOrder: false });
  });

  it("puts a late document that belongs before fixed supplementary pages after them, marked out of date order", () => {
    const second = paginateBundle({ documents: [...FIRST, doc("ot", "reports", "2026-10-20", 3)], previous: sent });
    const third = paginateBundle({ documents: [...FIRST, doc("ot", "reports", "2026-10-20", 3), doc("early", "reports", "2026-10-10", 1)], previous: second });
    expect(pagesOf(third).slice(3, 6)).toEqual(["salt 16–27", "ot 27A–27C", "early 27D–27D"]);
    expect(third.items[5]).toMatchObject({ isOutOfDateOrder: true });
    expect(third.index[5]).toMatchObject({ isOutOfDateOrder: true });
  });

  it("keeps same-day documents in a stable order: a late one goes after those already fixed that day", () => {
    const first = paginateBundle({ documents: [doc("a", "reports", "2027-01-05", 1), doc("b", "reports", "2027-01-05", 1), doc("z", "reports", "2027-02-01", 1)], previous: null });
    const next = paginateBundle({ documents: [doc("c", "reports", "2027-01-05", 1), doc("b", "reports", "2027-01-05", 1), doc("a", "reports", "2027-01-05", 1), doc("z", "reports", "2027-02-01", 1)], previous: first });
    expect(pagesOf(next)).toEqual(["a 1–1", "b 2–2", "c 2A–2A", "z 3–3"]);
  });
});

describe("page labels", () => {
  it("counts suffixes A to Z, then AA, AB … AZ, BA", () => {
    expect(nextSuffix("")).toBe("A");
    expect(nextSuffix("A")).toBe("B");
    expect(nextSuffix("Z")).toBe("AA");
    expect(nextSuffix("AZ")).toBe("BA");
    expect(nextSuffix("ZZ")).toBe("AAA");
  });

  it("orders 45 < 45A < 45Z < 45AA < 46", () => {
    const labels = [{ page: 46, suffix: "" }, { page: 45, suffix: "AA" }, { page: 45, suffix: "Z" }, { page: 45, suffix: "" }, { page: 45, suffix: "A" }];
    expect([...labels].sort(comparePageLabels).map(pageLabelText)).toEqual(["45", "45A", "45Z", "45AA", "46"]);
  });
});

describe("invariants over many rounds of changes (property)", () => {
  const documentArb = fc.record({
    section: fc.constantFrom(...BUNDLE_SECTIONS),
    offset: fc.integer({ min: 0, max: 60 }),
    pages: fc.integer({ min: 1, max: 40 }),
  });
  const roundsArb = fc.array(fc.record({ add: fc.array(documentArb, { maxLength: 6 }), removeEvery: fc.integer({ min: 0, max: 5 }) }), { minLength: 1, maxLength: 5 });

  it("never moves or reuses a page, keeps every page label unique and in order, and counts every sheet", () => {
    fc.assert(
      fc.property(roundsArb, (rounds) => {
        let documents: BundleDocument[] = [];
        let previous: BundlePagination | null = null;
        let next = 0;
        for (const round of rounds) {
          documents = documents.filter((_, index) => round.removeEvery === 0 || index % (round.removeEvery + 1) !== 0);
          documents.push(...round.add.map((item) => doc(`d${(next += 1)}`, item.section, addDays("2026-09-01", item.offset), item.pages)));
          const pagination = paginateBundle({ documents, previous });

          const labels = pagination.items.flatMap((item) => listPageLabels(item));
          expect(new Set(labels).size).toBe(labels.length);
          for (let index = 1; index < pagination.items.length; index += 1) {
            expect(comparePageLabels(pagination.items[index - 1]!.lastPage, pagination.items[index]!.firstPage)).toBeLessThan(0);
          }
          for (const item of previous?.items ?? []) {
            const now = pagination.items.find((candidate) => candidate.documentId === item.documentId && pageLabelText(candidate.firstPage) === pageLabelText(item.firstPage));
            expect(now, `${item.documentId} kept its pages`).toBeDefined();
            expect(pageLabelText(now!.lastPage)).toBe(pageLabelText(item.lastPage));
          }
          const entries = pagination.items.filter((item) => item.kind === "document");
          expect(entries.map((item) => item.documentId).sort()).toEqual(documents.map((item) => item.id).sort());
          expect(pagination.totalSheets).toBe(documents.reduce((sum, item) => sum + item.pages, 0));
          previous = pagination;
        }
      }),
      { numRuns: 200 },
    );
  });

  it("without a previous pagination, numbers 1 to N in section and date order with no supplementary pages", () => {
    fc.assert(
      fc.property(fc.array(documentArb, { maxLength: 12 }), (items) => {
        const documents = items.map((item, index) => doc(`d${index}`, item.section, addDays("2026-09-01", item.offset), item.pages));
        const pagination = paginateBundle({ documents, previous: null });
        expect(pagination.items.flatMap((item) => listPageLabels(item))).toEqual(Array.from({ length: pagination.totalSheets }, (_, index) => String(index + 1)));
        expect(pagination.items.every((item) => item.kind === "document" && !item.isOutOfDateOrder)).toBe(true);
      }),
    );
  });
});
