// The working document for an appeal about what a plan says (R-TRIB-WORKING-DOC): the plan's
// Sections B, F and I line by line, merged with the changes each side proposes, each marked in the
// tribunal's usual key, with the reason and the evidence's bundle pages as footnotes; and an
// estimate of its length against the 25-page limit (R-TRIB-BUNDLE-LIMITS).

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import { APPEAL_SECTIONS, APPEAL_SECTION_LABELS, type AppealSection, type ProposalKind } from "../codes/tribunal";
import type { EhcPlanStage } from "../codes/ehc-plans";
import type { Verification } from "../law/law-rule";
import { checkPageBudget, type PageBudget } from "./page-budget";
import { TRIBUNAL_RULE_STATUS } from "./tribunal-rules";

/** How a run of words is marked. Real runs in the Word file, and the same marks on the page. */
export type Marks = { bold: boolean; italic: boolean; underline: boolean; strike: boolean };

/** Who a run of words stands for, in the key's terms. */
export type MarkStyle = "original" | "agreed" | "agreed_deleted" | "parent_added" | "parent_deleted" | "council_added" | "council_deleted";

/**
 * The mark-up key (R-TRIB-WORKING-DOC, status "secondary": IPSEA and two SENDIASS services give
 * the same key; whether the practice direction itself restates it has not been checked, open
 * question 2). Our own words for each.
 */
export const MARKUP_KEY: readonly { style: MarkStyle; marks: Marks; meaning: string }[] = [
  { style: "original", marks: marks(), meaning: "Normal type: the plan as it is now." },
  { style: "agreed", marks: marks({ underline: true }), meaning: "Underlined: words both sides agree to add." },
  { style: "agreed_deleted", marks: marks({ underline: true, strike: true }), meaning: "Underlined and crossed out: words both sides agree to take out." },
  { style: "parent_added", marks: marks({ bold: true }), meaning: "Bold: words the family wants added." },
  { style: "parent_deleted", marks: marks({ bold: true, strike: true }), meaning: "Bold and crossed out: words the family wants taken out." },
  { style: "council_added", marks: marks({ italic: true }), meaning: "Italic: words the council wants added." },
  { style: "council_deleted", marks: marks({ italic: true, strike: true }), meaning: "Italic and crossed out: words the council wants taken out." },
];

/** What the key rests on, for the page and the document. */
export const WORKING_DOCUMENT_RULE: { ruleId: "R-TRIB-WORKING-DOC"; ruleStatus: Verification; isKeyInPracticeDirectionUnverified: true } = {
  ruleId: "R-TRIB-WORKING-DOC",
  ruleStatus: TRIBUNAL_RULE_STATUS["R-TRIB-WORKING-DOC"],
  isKeyInPracticeDirectionUnverified: true,
};

const MARKS_OF: ReadonlyMap<MarkStyle, Marks> = new Map(MARKUP_KEY.map((entry) => [entry.style, entry.marks]));

function marks(set: Partial<Marks> = {}): Marks {
  return { bold: false, italic: false, underline: false, strike: false, ...set };
}

/** The marks for a style, e.g. marksOf("parent_deleted") gives bold and strike. */
export function marksOf(style: MarkStyle): Marks {
  return MARKS_OF.get(style)!;
}

/** A line of a plan section as the app holds it. */
export type PlanLineText = { id: string; section: string; text: string };

/** A proposed change, as recorded for the appeal (the case document's `AppealProposal`). */
export type WorkingProposal = {
  id: string;
  section: AppealSection;
  planLineId: string | null;
  originalText: string | null;
  proposedText: string | null;
  kind: ProposalKind;
  reason: string | null;
  evidencePages: string | null;
};

export type Run = { text: string; style: MarkStyle; marks: Marks };

export type WorkingLine = {
  /** The plan line it shows, or null for a new line. */
  planLineId: string | null;
  /** The change it shows, or null for a line nobody proposes to change. */
  proposalId: string | null;
  kind: ProposalKind | "original";
  runs: Run[];
  /** The footnote's number, or null when the change gives no reason or evidence. */
  footnote: number | null;
  /** The change names a plan line that is no longer in the plan: it is shown with the words it recorded. */
  isDetached: boolean;
};

export type WorkingSection = { section: AppealSection; title: string; lines: WorkingLine[] };

export type Footnote = { number: number; text: string };

export type WorkingDocument = { sections: WorkingSection[]; footnotes: Footnote[] };

function run(text: string, style: MarkStyle): Run {
  return { text, style, marks: marksOf(style) };
}

/** The words of a line, marked for a change of this kind; `original` is the plan's words, if any. */
function runsFor(kind: ProposalKind, original: string | null, proposed: string | null): Run[] {
  const runs: Run[] = [];
  const add = (text: string | null, style: MarkStyle) => {
    if (text && text.trim() !== "") runs.push(run(runs.length > 0 ? ` ${text}` : text, style));
  };
  switch (kind) {
    case "agreed":
      // An agreed change: the old words underlined and crossed out, the new ones underlined.
      if (proposed === null) add(original, "agreed_deleted");
      else if (original !== null && original !== proposed) {
        add(original, "agreed_deleted");
        add(proposed, "agreed");
      } else add(proposed, "agreed");
      break;
    case "parent_add":
      add(original, "original");
      add(proposed, "parent_added");
      break;
    case "parent_delete":
      add(original, "parent_deleted");
      break;
    case "parent_change":
      add(original, "parent_deleted");
      add(proposed, "parent_added");
      break;
    case "la_add":
      add(original, "original");
      add(proposed, "council_added");
      break;
    case "la_delete":
      add(original, "council_deleted");
      break;
  }
  return runs;
}

/** The footnote for a change: its reason, then the bundle pages of its evidence. */
export function footnoteText(proposal: Pick<WorkingProposal, "reason" | "evidencePages">): string | null {
  const reason = proposal.reason?.trim() ?? "";
  const pages = proposal.evidencePages?.trim() ?? "";
  // "45" is one page; "45–47", "45, 50" or "45 and 50" are several; "pages 4 and 9" is kept as written.
  const word = /[–\-,&]|\band\b/.test(pages) ? "pages" : "page";
  const parts = [reason ? (/[.!?]$/.test(reason) ? reason : `${reason}.`) : "", pages ? `Evidence: bundle ${/^pages?\b/i.test(pages) ? pages : `${word} ${pages}`}.` : ""];
  const text = parts.filter(Boolean).join(" ");
  return text === "" ? null : text;
}

/**
 * The working document: for each section (the appealed ones, or B, F and I when none is named),
 * the plan's lines in order, each either as it is (normal type) or as the changes proposed to it
 * mark it (one line per change, in the changes' order); then the new lines proposed for the
 * section. Footnotes are numbered in the order they appear.
 *
 * Example: a Section F line "Speech therapy as needed" with a family change to "Speech and language
 * therapy, 1 hour a week, by a therapist" (reason "The therapist's report", evidence "45–47") gives
 * the line's old words bold and crossed out, the new words bold, and footnote 1: "The therapist's
 * report. Evidence: bundle pages 45–47."
 */
export function buildWorkingDocument(options: {
  planLines: readonly PlanLineText[];
  proposals: readonly WorkingProposal[];
  sections: readonly AppealSection[];
}): WorkingDocument {
  const wanted = options.sections.length > 0 ? APPEAL_SECTIONS.filter((section) => options.sections.includes(section)) : [...APPEAL_SECTIONS];
  const lineIds = new Set(options.planLines.map((line) => line.id));
  const footnotes: Footnote[] = [];
  const lineFor = (proposal: WorkingProposal, planText: string | null, isDetached: boolean): WorkingLine => {
    const text = footnoteText(proposal);
    if (text !== null) footnotes.push({ number: footnotes.length + 1, text });
    const original = proposal.originalText ?? planText;
    return {
      planLineId: proposal.planLineId,
      proposalId: proposal.id,
      kind: proposal.kind,
      runs: runsFor(proposal.kind, original, proposal.proposedText),
      footnote: text === null ? null : footnotes.length,
      isDetached,
    };
  };
  const sections = wanted.map((section): WorkingSection => {
    const lines: WorkingLine[] = [];
    for (const planLine of options.planLines.filter((line) => line.section === section)) {
      const changes = options.proposals.filter((proposal) => proposal.planLineId === planLine.id);
      if (changes.length === 0) lines.push({ planLineId: planLine.id, proposalId: null, kind: "original", runs: [run(planLine.text, "original")], footnote: null, isDetached: false });
      else for (const proposal of changes) lines.push(lineFor(proposal, planLine.text, false));
    }
    for (const proposal of options.proposals.filter((p) => p.section === section && (p.planLineId === null || !lineIds.has(p.planLineId)))) {
      lines.push(lineFor(proposal, null, proposal.planLineId !== null));
    }
    return { section, title: APPEAL_SECTION_LABELS[section], lines: lines.filter((line) => line.runs.length > 0) };
  });
  return { sections, footnotes };
}

/** A plan as the appeal can start from it. */
export type PlanChoice = { id: string; stage: EhcPlanStage; issuedOn: CalendarDate | null };

/**
 * The plan a working document starts from: the latest final or amended plan (by the date it was
 * issued; an undated one only when none is dated), or null when the case has none. A draft is
 * never used: the appeal is about the plan the council issued.
 *
 * Example: a final plan of 1 March 2025 and an amended one of 4 May 2026 give the amended one.
 */
export function findWorkingDocumentPlan<T extends PlanChoice>(plans: readonly T[]): T | null {
  const issued = plans.filter((plan) => plan.stage !== "draft");
  const dated = issued.filter((plan) => plan.issuedOn !== null).sort((a, b) => compareDates(b.issuedOn!, a.issuedOn!));
  return dated[0] ?? issued[0] ?? null;
}

// ── Length ─────────────────────────────────────────────────────────────────────────────────

/**
 * Characters on a line and lines on a page of A4 with 2.54 cm margins in 12-point Arial at single
 * spacing: the 16 cm line holds about 80 characters of ordinary text (an average character is
 * about half the type's size wide) and the page about 50 lines. We count a little less of each, and
 * the gap after each paragraph as half a line, so the estimate errs long. Not measured on Word.
 */
const CHARACTERS_PER_LINE = 75;
const LINES_PER_PAGE = 44;
/** Footnotes are 10-point: more words fit on a line. */
const FOOTNOTE_CHARACTERS_PER_LINE = 90;

function linesOf(text: string, perLine: number): number {
  return Math.max(1, Math.ceil(text.length / perLine)) + 0.5;
}

/** The estimated length of the working document in A4 pages, from its words (never less than 1). */
export function estimateWorkingDocumentPages(document: WorkingDocument): number {
  // The title, the key (heading and 7 entries) and the section headings.
  let lines = 2 + 8 * 1.5;
  for (const section of document.sections) {
    lines += 2;
    for (const line of section.lines) lines += linesOf(line.runs.map((r) => r.text).join(""), CHARACTERS_PER_LINE);
  }
  for (const footnote of document.footnotes) lines += linesOf(footnote.text, FOOTNOTE_CHARACTERS_PER_LINE) * (10 / 12);
  return Math.max(1, Math.ceil(lines / LINES_PER_PAGE));
}

/** The working document's length against its 25-page limit (R-TRIB-BUNDLE-LIMITS), as an estimate. */
export function checkWorkingDocumentLength(document: WorkingDocument): PageBudget & { isEstimate: true } {
  return { ...checkPageBudget({ part: { kind: "working_document" }, pagesUsed: estimateWorkingDocumentPages(document) }), isEstimate: true };
}
