import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import { describeRange, indexPageCount, INDEX_ROWS_PER_PAGE, layoutPack, packFileName, pageLabel } from "./layout";
import { summariseSupport } from "./summary";

describe("laying out a pack", () => {
  it("numbers the parts after the cover and the index", () => {
    const layout = layoutPack([
      { title: "Chronology", pages: 3, note: null },
      { title: "Summary", pages: 2, note: null },
      { title: "EP report", pages: 10, note: null },
    ]);
    expect(layout.indexPages).toBe(1);
    expect(layout.rows.map((row) => [row.firstPage, row.lastPage])).toEqual([
      [3, 5],
      [6, 7],
      [8, 17],
    ]);
    expect(layout.totalPages).toBe(17);
    expect(describeRange(layout.rows[0]!)).toBe("pages 3–5");
  });

  it("gives a part with no pages one page, for the note that says why", () => {
    const layout = layoutPack([{ title: "Broken", pages: 0, note: "Could not be read" }]);
    expect(layout.rows[0]).toMatchObject({ firstPage: 3, lastPage: 3 });
    expect(describeRange(layout.rows[0]!)).toBe("page 3");
  });

  it("makes room for a longer index", () => {
    expect(indexPageCount(0)).toBe(1);
    expect(indexPageCount(INDEX_ROWS_PER_PAGE)).toBe(1);
    expect(indexPageCount(INDEX_ROWS_PER_PAGE + 1)).toBe(2);
  });

  it("always covers every page exactly once, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 80 }), (counts) => {
        const layout = layoutPack(counts.map((pages, i) => ({ title: `Part ${i}`, pages, note: null })));
        let expected = 1 + layout.indexPages + 1;
        for (const row of layout.rows) {
          expect(row.firstPage).toBe(expected);
          expected = row.lastPage + 1;
        }
        expect(layout.totalPages).toBe(expected - 1);
      }),
    );
  });

  it("labels pages and names the file safely", () => {
    expect(pageLabel(12, 300)).toBe("Page 12 of 300");
    expect(packFileName("Robin's pack: for the tribunal!", "2026-11-23")).toBe("robin-s-pack-for-the-tribunal-2026-11-23.pdf");
    expect(packFileName("???", "2026-11-23")).toBe("evidence-pack-2026-11-23.pdf");
  });
});

describe("summarising the support", () => {
  it("gives the needs, plans, delivery, reviews and latest measures from the records", () => {
    const document = buildCaseDocument({
      child: { name: "Robin" },
      needs: [{ id: "n", area: "cognition_learning", impact: "a_great_deal" }],
      cycles: [
        {
          id: "c",
          title: "Autumn plan",
          startDate: "2026-09-01",
          provision: [{ id: "p", what: "Phonics group" }],
          sessions: [
            { id: "s1", provisionId: "p", date: "2026-09-02", status: "held" },
            { id: "s2", provisionId: "p", date: "2026-09-09", status: "cancelled" },
          ],
          review: { id: "r", date: "2026-10-20", overallProgress: "limited" },
        },
      ],
      measurements: [
        { id: "m1", kind: "reading_age", label: "Reading age", date: "2026-09-01", value: 80, unit: "months" },
        { id: "m2", kind: "reading_age", label: "Reading age", date: "2026-10-01", value: 82, unit: "months" },
      ],
      schoolDay: [
        { id: "sd1", kind: "informal_exclusion", date: "2026-09-21" },
        { id: "sd2", kind: "suspension", date: "2026-10-05", sessions: 6 },
        { id: "sd3", kind: "informal_exclusion", date: "2026-10-12" },
        { id: "sd4", kind: "absence", date: "2026-11-20" },
      ],
    });
    const text = summariseSupport(document, "2026-11-01")
      .map((section) => `${section.heading}: ${section.lines.join(" ")}`)
      .join("\n");
    expect(text).toContain("Cognition and learning: effect on daily life");
    expect(text).toContain("Autumn plan from 1 September 2026: Phonics group.");
    expect(text).toContain("Of 2 sessions recorded as held or cancelled, 1 took place");
    expect(text).toContain("20 October 2026: progress");
    expect(text).toContain("Reading age: 82 months on 1 October 2026.");
    // Counted up to the day the pack is made: the later absence is not in it yet.
    expect(text).toContain("The school day: Sent home without a formal exclusion: 2 records. Suspension: 1 record.");
    expect(text).not.toContain("Absence");
  });

  it("says so when nothing is recorded", () => {
    const sections = summariseSupport(buildCaseDocument({ child: { name: "Ava" } }), "2026-11-01");
    expect(sections.every((section) => section.lines.length === 1 && section.lines[0] === "Nothing recorded.")).toBe(true);
  });
});
