import { describe, expect, it } from "vitest";
import type { Appeal } from "../case/case-document";
import { bundleDocumentsOf, checkBundleItem, describeBundlePages, viewBundle, type BundleDocumentRow, type CaseDocumentChoice } from "./bundle-view";

type Item = Appeal["bundleItems"][number];
const TODAY = "2026-12-06";

const documents: CaseDocumentChoice[] = [
  { id: "d-letter", title: "Refusal letter", date: "2026-03-03" },
  { id: "d-ep", title: "Educational psychologist's report", date: "2026-05-01" },
  { id: "d-salt", title: "Speech and language report", date: "2026-06-10" },
  { id: "d-email", title: "Email from the SENCO", date: "2026-07-01" },
  { id: "d-undated", title: "Drawing", date: null },
];

function item(documentId: string, section: Item["section"], pages: number, extra: Partial<Item> = {}): Item {
  return { id: `i-${documentId}`, documentId, section, pages, kind: "document", summaryPages: null, reportDate: null, ...extra };
}

function appeal(bundleItems: Item[], extra: Partial<Appeal> = {}): Parameters<typeof viewBundle>[0]["appeal"] {
  return { appealType: "refusal_to_assess", wantsRecommendations: false, bundleItems, bundleFixed: null, bundleFixedOn: null, dates: [], ...extra };
}

const rowsOf = (view: ReturnType<typeof viewBundle>) => view.sections.flatMap((section) => section.rows.map((row) => ({ ...row, section: section.letter })));

describe("the bundle as it will print", () => {
  const items = [item("d-letter", "decision_and_plan", 20), item("d-ep", "reports", 40), item("d-salt", "reports", 30), item("d-email", "other_evidence", 2)];

  it("numbers the documents from 1 in section then date order, and puts each row in its section", () => {
    const view = viewBundle({ appeal: appeal(items), documents, today: TODAY });
    expect(rowsOf(view).map((row) => [row.section, row.title, row.pagesText])).toEqual([
      ["B", "Refusal letter", "1–20"],
      ["C", "Educational psychologist's report", "21–60"],
      ["C", "Speech and language report", "61–90"],
      ["D", "Email from the SENCO", "91–92"],
    ]);
    expect(view.totalPages).toBe(92);
  });

  it("counts only the family's evidence (sections C, D and E) against the limit for the appeal type, and warns with what to do", () => {
    const view = viewBundle({ appeal: appeal(items), documents, today: TODAY });
    expect(view.notCountedPages).toBe(20);
    expect(view.budget).toMatchObject({ limit: 75, pagesUsed: 72, pagesLeft: 3, level: "near_limit", ruleId: "R-TRIB-BUNDLE-LIMITS", ruleStatus: "unverified" });
    expect(view.budget.action).toMatchObject({ form: "SEND7", ruleId: "R-TRIB-MORE-PAGES" });
    expect(view.sections.map((section) => [section.letter, section.isCounted])).toEqual([
      ["A", false],
      ["B", false],
      ["C", true],
      ["D", true],
      ["E", true],
    ]);
  });

  it("uses the limit of the appeal type: 100 pages for a refusal to make a plan", () => {
    const view = viewBundle({ appeal: appeal(items, { appealType: "refusal_to_issue" }), documents, today: TODAY });
    expect(view.budget).toMatchObject({ limit: 100, level: "within", action: null });
  });

  it("names the further limit for health and social care evidence in an extended appeal", () => {
    expect(viewBundle({ appeal: appeal(items), documents, today: TODAY }).extendedEvidenceLimit).toBeNull();
    expect(viewBundle({ appeal: appeal(items, { wantsRecommendations: true }), documents, today: TODAY }).extendedEvidenceLimit).toBe(75);
  });

  it("offers the documents not yet in the bundle, and keeps out those with no date", () => {
    const view = viewBundle({ appeal: appeal(items.slice(0, 2)), documents, today: TODAY });
    expect(view.choices.map((choice) => choice.id)).toEqual(["d-salt", "d-email"]);
    expect(view.undated.map((choice) => choice.id)).toEqual(["d-undated"]);
  });

  it("states its four rules, each with how far it was checked", () => {
    const view = viewBundle({ appeal: appeal(items), documents, today: TODAY });
    expect(view.rules.map((rule) => rule.id)).toEqual(["R-TRIB-BUNDLE-WHO", "R-TRIB-BUNDLE-LIMITS", "R-TRIB-MORE-PAGES", "R-TRIB-EXPERTS"]);
    for (const rule of view.rules) expect(rule.status).toBe("Not yet checked against the law's own text.");
  });
});

describe("after the bundle was sent", () => {
  const sent = [item("d-letter", "decision_and_plan", 20), item("d-ep", "reports", 40), item("d-email", "other_evidence", 2)];
  const fixed = viewBundle({ appeal: appeal(sent), documents, today: TODAY }).pagination.items;

  it("puts a late report on supplementary pages after the page before it, and keeps every sent page where it was", () => {
    const view = viewBundle({
      appeal: appeal([...sent, item("d-salt", "reports", 3)], { bundleFixed: fixed, bundleFixedOn: "2026-11-01" }),
      documents,
      today: TODAY,
    });
    expect(rowsOf(view).map((row) => [row.title, row.pagesText, row.kind === "document" && row.isSupplementary])).toEqual([
      ["Refusal letter", "1–20", false],
      ["Educational psychologist's report", "21–60", false],
      ["Speech and language report", "60A–60C", true],
      ["Email from the SENCO", "61–62", false],
    ]);
    expect(view).toMatchObject({ fixedOn: "2026-11-01", addedSinceFixed: 1, gaps: 0, outOfDateOrder: 0 });
  });

  it("leaves a gap where a document was taken out, and does not count its pages", () => {
    const view = viewBundle({ appeal: appeal([sent[0]!, sent[2]!], { bundleFixed: fixed, bundleFixedOn: "2026-11-01" }), documents, today: TODAY });
    expect(rowsOf(view).find((row) => row.kind === "gap")).toMatchObject({ section: "C", title: "Educational psychologist's report", pagesText: "21–60", reason: "removed" });
    expect(view).toMatchObject({ gaps: 1, totalPages: 22 });
    expect(view.budget.pagesUsed).toBe(2);
  });
});

describe("the checks on expert reports and witness statements (R-TRIB-EXPERTS)", () => {
  it("passes a 14-page report with a 1-page summary, dated within 3 years of the hearing", () => {
    const checks = checkBundleItem({ kind: "expert_report", pages: 14, summaryPages: 1, reportDate: "2025-01-10" }, "2027-02-01", TODAY);
    expect(checks.map((check) => check.isMet)).toEqual([true, true, true]);
    expect(checks[2]!.text).toBe("Dated 10 January 2025: no more than 3 years old at the hearing on 1 February 2027.");
    for (const check of checks) expect(check).toMatchObject({ ruleId: "R-TRIB-EXPERTS", status: "Not yet checked against the law's own text." });
  });

  it("says a report is too long, has no summary, or will be too old at the hearing, and from when", () => {
    const [summary, length, age] = checkBundleItem({ kind: "expert_report", pages: 18, summaryPages: 0, reportDate: "2024-01-10" }, "2027-02-01", TODAY);
    expect(summary).toMatchObject({ isMet: false, text: expect.stringContaining("No summary at the start") });
    expect(length).toMatchObject({ isMet: false, text: expect.stringContaining("18 pages in all: 3 pages more than the limit of 15 pages") });
    expect(age).toMatchObject({ isMet: false, text: expect.stringContaining("(from 11 January 2027)") });
  });

  it("measures the age today until there is a hearing date, and asks for a missing date or summary length", () => {
    const [, , age] = checkBundleItem({ kind: "expert_report", pages: 10, summaryPages: 2, reportDate: "2025-01-10" }, null, TODAY);
    expect(age!.text).toContain("no more than 3 years old today. It will be too old from 11 January 2028");
    const unknown = checkBundleItem({ kind: "expert_report", pages: 10, summaryPages: null, reportDate: null }, null, TODAY);
    expect(unknown.map((check) => [check.check, check.isMet])).toEqual([
      ["report_summary", null],
      ["report_length", true],
      ["report_date_missing", null],
    ]);
  });

  it("checks a witness statement's 10 pages, and nothing on an ordinary document", () => {
    expect(checkBundleItem({ kind: "witness_statement", pages: 12, summaryPages: null, reportDate: null }, null, TODAY)[0]).toMatchObject({ isMet: false });
    expect(checkBundleItem({ kind: "witness_statement", pages: 10, summaryPages: null, reportDate: null }, null, TODAY)[0]).toMatchObject({ isMet: true });
    expect(checkBundleItem({ kind: "document", pages: 80, summaryPages: null, reportDate: null }, null, TODAY)).toEqual([]);
  });

  it("shows the checks on each row, measured on the latest hearing date in the directions", () => {
    const view = viewBundle({
      appeal: appeal([item("d-ep", "reports", 14, { kind: "expert_report", summaryPages: 1, reportDate: "2024-01-10" })], {
        dates: [
          { id: "h1", kind: "hearing", date: "2026-12-20", label: null, notes: null },
          { id: "h2", kind: "hearing", date: "2027-02-01", label: null, notes: null },
        ],
      }),
      documents,
      today: TODAY,
    });
    expect(view.hearingDate).toBe("2027-02-01");
    const row = view.sections[2]!.rows[0] as BundleDocumentRow;
    expect(row.checks.map((check) => check.isMet)).toEqual([true, true, false]);
  });
});

describe("helpers", () => {
  it("writes a page range, or a single page", () => {
    expect(describeBundlePages({ page: 45, suffix: "" }, { page: 47, suffix: "" })).toBe("45–47");
    expect(describeBundlePages({ page: 45, suffix: "A" }, { page: 45, suffix: "C" })).toBe("45A–45C");
    expect(describeBundlePages({ page: 12, suffix: "" }, { page: 12, suffix: "" })).toBe("12");
  });

  it("leaves out an item whose document was removed from the case or has lost its date", () => {
    const documentsNow = documents.map((document) => (document.id === "d-ep" ? { ...document, date: null } : document));
    expect(bundleDocumentsOf({ bundleItems: [item("d-ep", "reports", 3), item("d-gone", "reports", 3), item("d-salt", "reports", 2)] }, documentsNow).map((d) => d.id)).toEqual(["d-salt"]);
  });
});
