import { describe, expect, it } from "vitest";
import { LAW_CATALOGUE } from "../law/catalogue";
import {
  buildWorkingDocument,
  checkWorkingDocumentLength,
  estimateWorkingDocumentPages,
  findWorkingDocumentPlan,
  footnoteText,
  MARKUP_KEY,
  WORKING_DOCUMENT_RULE,
  type PlanLineText,
  type WorkingProposal,
} from "./working-document";

const LINES: PlanLineText[] = [
  { id: "b1", section: "B", text: "Robin finds it hard to follow spoken instructions." },
  { id: "e1", section: "E", text: "Robin will follow two-step instructions." },
  { id: "f1", section: "F", text: "Speech therapy as needed." },
  { id: "f2", section: "F", text: "Access to a quiet space." },
  { id: "f3", section: "F", text: "Small group work." },
  { id: "i1", section: "I", text: "Mainstream school." },
];

function proposal(overrides: Partial<WorkingProposal> & Pick<WorkingProposal, "id" | "kind" | "section">): WorkingProposal {
  return { planLineId: null, originalText: null, proposedText: null, reason: null, evidencePages: null, ...overrides };
}

const marks = (bold: boolean, italic: boolean, underline: boolean, strike: boolean) => ({ bold, italic, underline, strike });

describe("the mark-up key", () => {
  it("gives each side's additions and deletions the marks R-TRIB-WORKING-DOC describes", () => {
    expect(Object.fromEntries(MARKUP_KEY.map((entry) => [entry.style, entry.marks]))).toEqual({
      original: marks(false, false, false, false),
      agreed: marks(false, false, true, false),
      agreed_deleted: marks(false, false, true, true),
      parent_added: marks(true, false, false, false),
      parent_deleted: marks(true, false, false, true),
      council_added: marks(false, true, false, false),
      council_deleted: marks(false, true, false, true),
    });
  });

  it("cites the rule with its status from the law catalogue, and says the practice direction's key is unchecked", () => {
    const rule = LAW_CATALOGUE.find((entry) => entry.id === "R-TRIB-WORKING-DOC")!;
    expect(WORKING_DOCUMENT_RULE.ruleStatus).toBe(rule.verification);
    expect(WORKING_DOCUMENT_RULE.ruleStatus).toBe("secondary");
    expect(WORKING_DOCUMENT_RULE.isKeyInPracticeDirectionUnverified).toBe(true);
  });
});

describe("buildWorkingDocument", () => {
  it("keeps the plan's Sections B, F and I in order, in normal type, when nothing is proposed", () => {
    const document = buildWorkingDocument({ planLines: LINES, proposals: [], sections: [] });
    expect(document.sections.map((s) => s.section)).toEqual(["B", "F", "I"]);
    expect(document.sections[1]!.lines.map((line) => line.runs.map((r) => r.text).join(""))).toEqual([
      "Speech therapy as needed.",
      "Access to a quiet space.",
      "Small group work.",
    ]);
    expect(document.sections.flatMap((s) => s.lines).every((line) => line.kind === "original" && line.runs[0]!.style === "original")).toBe(true);
    expect(document.footnotes).toEqual([]);
  });

  it("shows only the sections appealed, in the plan's order", () => {
    const document = buildWorkingDocument({ planLines: LINES, proposals: [], sections: ["I", "F"] });
    expect(document.sections.map((s) => s.section)).toEqual(["F", "I"]);
  });

  it("marks a family change as the old words bold and struck through, then the new words bold", () => {
    const document = buildWorkingDocument({
      planLines: LINES,
      proposals: [proposal({ id: "p1", kind: "parent_change", section: "F", planLineId: "f1", proposedText: "Speech and language therapy, 1 hour a week." })],
      sections: ["F"],
    });
    const [line] = document.sections[0]!.lines;
    expect(line!.kind).toBe("parent_change");
    expect(line!.runs).toEqual([
      { text: "Speech therapy as needed.", style: "parent_deleted", marks: marks(true, false, false, true) },
      { text: " Speech and language therapy, 1 hour a week.", style: "parent_added", marks: marks(true, false, false, false) },
    ]);
  });

  it("marks each kind of change by the key", () => {
    const document = buildWorkingDocument({
      planLines: LINES,
      proposals: [
        proposal({ id: "p1", kind: "agreed", section: "F", planLineId: "f1", proposedText: "Speech therapy weekly." }),
        proposal({ id: "p2", kind: "la_delete", section: "F", planLineId: "f2" }),
        proposal({ id: "p3", kind: "parent_delete", section: "F", planLineId: "f3" }),
        proposal({ id: "p4", kind: "la_add", section: "F", proposedText: "Reviewed termly." }),
        proposal({ id: "p5", kind: "parent_add", section: "F", proposedText: "A trained teaching assistant." }),
        proposal({ id: "p6", kind: "agreed", section: "B", planLineId: "b1", proposedText: null }),
      ],
      sections: [],
    });
    const styles = (section: number) => document.sections[section]!.lines.map((line) => line.runs.map((r) => r.style));
    expect(styles(0)).toEqual([["agreed_deleted"]]);
    expect(styles(1)).toEqual([["agreed_deleted", "agreed"], ["council_deleted"], ["parent_deleted"], ["council_added"], ["parent_added"]]);
    expect(document.sections[1]!.lines[3]!.runs[0]!.marks).toEqual(marks(false, true, false, false));
  });

  it("keeps the plan's words in normal type when a side proposes words added to a line", () => {
    const document = buildWorkingDocument({
      planLines: LINES,
      proposals: [proposal({ id: "p1", kind: "parent_add", section: "I", planLineId: "i1", proposedText: "With a resourced provision for speech and language." })],
      sections: ["I"],
    });
    expect(document.sections[0]!.lines[0]!.runs.map((r) => [r.style, r.text])).toEqual([
      ["original", "Mainstream school."],
      ["parent_added", " With a resourced provision for speech and language."],
    ]);
  });

  it("uses the words the change recorded when they differ from the plan's", () => {
    const document = buildWorkingDocument({
      planLines: LINES,
      proposals: [proposal({ id: "p1", kind: "la_delete", section: "F", planLineId: "f2", originalText: "a quiet space" })],
      sections: ["F"],
    });
    expect(document.sections[0]!.lines[1]!.runs).toEqual([expect.objectContaining({ text: "a quiet space", style: "council_deleted" })]);
  });

  it("numbers footnotes in the order they appear, with the reason and the evidence's bundle pages", () => {
    const document = buildWorkingDocument({
      planLines: LINES,
      proposals: [
        proposal({ id: "late", kind: "parent_add", section: "F", proposedText: "Weekly OT.", reason: "The OT report says weekly", evidencePages: "45–47" }),
        proposal({ id: "first", kind: "parent_change", section: "B", planLineId: "b1", proposedText: "Robin has a language disorder.", evidencePages: "12" }),
        proposal({ id: "none", kind: "la_delete", section: "F", planLineId: "f3" }),
      ],
      sections: [],
    });
    expect(document.footnotes).toEqual([
      { number: 1, text: "Evidence: bundle page 12." },
      { number: 2, text: "The OT report says weekly. Evidence: bundle pages 45–47." },
    ]);
    const byProposal = new Map(document.sections.flatMap((s) => s.lines).map((line) => [line.proposalId, line.footnote]));
    expect(byProposal.get("first")).toBe(1);
    expect(byProposal.get("late")).toBe(2);
    expect(byProposal.get("none")).toBeNull();
  });

  it("puts a change whose plan line has gone at the end of its section, marked detached, with the words it recorded", () => {
    const document = buildWorkingDocument({
      planLines: LINES,
      proposals: [proposal({ id: "p1", kind: "parent_delete", section: "F", planLineId: "gone", originalText: "Old words." })],
      sections: ["F"],
    });
    const lines = document.sections[0]!.lines;
    expect(lines.at(-1)).toMatchObject({ proposalId: "p1", isDetached: true, runs: [{ text: "Old words.", style: "parent_deleted" }] });
    expect(lines).toHaveLength(4);
  });

  it("shows each of several changes to one line, in the changes' order, in place of the line", () => {
    const document = buildWorkingDocument({
      planLines: LINES,
      proposals: [
        proposal({ id: "la", kind: "la_add", section: "F", planLineId: "f1", proposedText: "Termly." }),
        proposal({ id: "family", kind: "parent_change", section: "F", planLineId: "f1", proposedText: "Weekly." }),
      ],
      sections: ["F"],
    });
    expect(document.sections[0]!.lines.map((line) => line.proposalId)).toEqual(["la", "family", null, null]);
  });
});

describe("footnoteText", () => {
  it("ends the reason with a full stop and keeps words the parent wrote about pages", () => {
    expect(footnoteText({ reason: "See the report!", evidencePages: "pages 4 and 9" })).toBe("See the report! Evidence: bundle pages 4 and 9.");
    expect(footnoteText({ reason: "  ", evidencePages: null })).toBeNull();
  });
});

describe("findWorkingDocumentPlan", () => {
  it("takes the latest final or amended plan, never a draft", () => {
    const plans = [
      { id: "final", stage: "final" as const, issuedOn: "2025-03-01" },
      { id: "draft", stage: "draft" as const, issuedOn: "2026-09-01" },
      { id: "amended", stage: "amended" as const, issuedOn: "2026-05-04" },
      { id: "undated", stage: "final" as const, issuedOn: null },
    ];
    expect(findWorkingDocumentPlan(plans)?.id).toBe("amended");
    expect(findWorkingDocumentPlan([plans[3]!, plans[1]!])?.id).toBe("undated");
    expect(findWorkingDocumentPlan([plans[1]!])).toBeNull();
  });
});

describe("the working document's length", () => {
  it("estimates one page for a short document", () => {
    expect(estimateWorkingDocumentPages(buildWorkingDocument({ planLines: LINES, proposals: [], sections: [] }))).toBe(1);
  });

  it("grows with the words and warns before the 25-page limit, saying it is an estimate", () => {
    const long = (count: number) =>
      buildWorkingDocument({ planLines: Array.from({ length: count }, (_, i) => ({ id: `f${i}`, section: "F", text: "x".repeat(300) })), proposals: [], sections: ["F"] });
    const pages = (count: number) => estimateWorkingDocumentPages(long(count));
    expect(pages(100)).toBeLessThan(pages(200));
    const near = Array.from({ length: 400 }, (_, i) => i).find((count) => checkWorkingDocumentLength(long(count)).level === "near_limit")!;
    const check = checkWorkingDocumentLength(long(near));
    expect(check).toMatchObject({ isEstimate: true, workingLimit: 25, ruleId: "R-TRIB-BUNDLE-LIMITS", action: { form: "SEND7" } });
    expect(check.pagesUsed).toBeGreaterThanOrEqual(23);
    expect(check.pagesUsed).toBeLessThan(25);
    expect(checkWorkingDocumentLength(long(400)).level).toBe("over_limit");
  });
});
