// The family's witness statement for the tribunal (R-TRIB-EXPERTS: numbered paragraphs, 12-point,
// no more than 10 pages not counting exhibits): paragraphs in date order, exhibits named by their
// bundle pages, a statement of truth and a place to sign; the case's chronology offered as
// paragraphs to add; and the length against the limit, with a warning before it.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { TimelineEntry } from "../chronology/timeline-entry";
import { BUNDLE_SECTION_LETTERS } from "../codes/tribunal";
import { formatDate } from "../presentation";
import { checkWitnessStatement, type LengthCheck } from "./page-budget";
import { EXPERT_EVIDENCE_LIMITS, NEAR_LIMIT_SHARE } from "./page-limits";
import { listPageLabels, pageLabelText, type BundlePagination } from "./paginate-bundle";

/** A paragraph as recorded for the appeal (the case document's `AppealStatementParagraph`). */
export type StatementParagraph = { id: string; date: CalendarDate | null; text: string; exhibitDocumentIds: readonly string[] };

/**
 * The statement's order: paragraphs with a date in date order, each undated one where the parent
 * put it. The places the dated paragraphs hold in the parent's order are filled with them sorted
 * by date (the same day keeps the parent's order).
 *
 * Example: [undated U, 5 May D2, 1 May D1] gives [U, D1, D2].
 */
export function orderStatementParagraphs<T extends Pick<StatementParagraph, "date">>(paragraphs: readonly T[]): T[] {
  const dated = paragraphs
    .map((paragraph, index) => ({ paragraph, index }))
    .filter(({ paragraph }) => paragraph.date !== null)
    .sort((a, b) => compareDates(a.paragraph.date!, b.paragraph.date!) || a.index - b.index)
    .map(({ paragraph }) => paragraph);
  let next = 0;
  return paragraphs.map((paragraph) => (paragraph.date === null ? paragraph : dated[next++]!));
}

/**
 * How to move a paragraph one place up or down in the statement, as one move in the parent's stored
 * order (the data layer swaps neighbours there): the paragraph itself, or its neighbour in the
 * statement the other way. Null when no single move does it: a dated paragraph cannot pass one of
 * another date, because date order wins.
 *
 * Example: statement [D1 (1 May), U (undated)], stored as [U, D1]: moving D1 down is moving U up.
 */
export function planParagraphMove(
  paragraphs: readonly Pick<StatementParagraph, "id" | "date">[],
  paragraphId: string,
  direction: "up" | "down",
): { paragraphId: string; direction: "up" | "down" } | null {
  const shown = orderStatementParagraphs(paragraphs).map((p) => p.id);
  const at = shown.indexOf(paragraphId);
  const to = direction === "up" ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= shown.length) return null;
  const wanted = [...shown];
  [wanted[at], wanted[to]] = [wanted[to]!, wanted[at]!];
  const opposite = direction === "up" ? "down" : "up";
  for (const candidate of [
    { paragraphId, direction },
    { paragraphId: shown[to]!, direction: opposite },
  ] as const) {
    const stored = [...paragraphs];
    const from = stored.findIndex((p) => p.id === candidate.paragraphId);
    const swapWith = candidate.direction === "up" ? from - 1 : from + 1;
    if (swapWith < 0 || swapWith >= stored.length) continue;
    [stored[from], stored[swapWith]] = [stored[swapWith]!, stored[from]!];
    const result = orderStatementParagraphs(stored).map((p) => p.id);
    if (result.every((id, index) => id === wanted[index])) return candidate;
  }
  return null;
}

// ── Bundle pages ───────────────────────────────────────────────────────────────────────────

/** Where a document is in the bundle: its section's letter and its first and last page labels. */
export type BundlePlace = { documentId: string; title: string; sectionLetter: string; firstPage: string; lastPage: string; pageCount: number };

/** Each document's place in the bundle, by document id. */
export function listBundlePlaces(pagination: BundlePagination): Map<string, BundlePlace> {
  const places = new Map<string, BundlePlace>();
  for (const item of pagination.items) {
    if (item.kind !== "document") continue;
    places.set(item.documentId, {
      documentId: item.documentId,
      title: item.title,
      sectionLetter: BUNDLE_SECTION_LETTERS[item.section],
      firstPage: pageLabelText(item.firstPage),
      lastPage: pageLabelText(item.lastPage),
      pageCount: listPageLabels(item).length,
    });
  }
  return places;
}

/** "page 45" or "pages 45–47". */
export function describeBundlePlace(place: Pick<BundlePlace, "firstPage" | "lastPage">): string {
  return place.firstPage === place.lastPage ? `page ${place.firstPage}` : `pages ${place.firstPage}–${place.lastPage}`;
}

// ── The statement ──────────────────────────────────────────────────────────────────────────

export type StatementExhibit = { documentId: string; title: string; pages: string | null };

export type NumberedParagraph = {
  number: number;
  id: string;
  date: CalendarDate | null;
  text: string;
  exhibits: StatementExhibit[];
  /** "See page 45 and pages 50–52." for the exhibits in the bundle; null when there are none. */
  reference: string | null;
  /** Exhibits that are not in the bundle yet, so have no page to point to. */
  exhibitsNotInBundle: string[];
};

export type WitnessStatement = {
  heading: string[];
  title: string;
  paragraphs: NumberedParagraph[];
  /** Our own words: the reference does not give the tribunal's wording. */
  statementOfTruth: string;
  signature: { name: string; lines: string[] };
};

/** The heading the statement's first page carries. */
export const TRIBUNAL_NAME = "First-tier Tribunal (Special Educational Needs and Disability)";

/**
 * The witness statement: a heading (the tribunal, the appeal's reference, the child), numbered
 * paragraphs in statement order, each ending with the bundle pages of the documents it refers to,
 * then a statement of truth and a block to sign and date by hand.
 *
 * Example: a paragraph "The council refused to assess Robin." with the refusal letter on pages 4–5
 * becomes "1. The council refused to assess Robin. (See pages 4–5.)".
 */
export function buildWitnessStatement(options: {
  paragraphs: readonly StatementParagraph[];
  places: ReadonlyMap<string, BundlePlace>;
  documentTitles: ReadonlyMap<string, string>;
  witnessName: string;
  childName: string;
  tribunalReference: string | null;
}): WitnessStatement {
  const paragraphs = orderStatementParagraphs(options.paragraphs).map((paragraph, index): NumberedParagraph => {
    const exhibits = paragraph.exhibitDocumentIds.map((documentId): StatementExhibit => {
      const place = options.places.get(documentId);
      return { documentId, title: place?.title ?? options.documentTitles.get(documentId) ?? "A document", pages: place ? describeBundlePlace(place) : null };
    });
    const pages = exhibits.flatMap((exhibit) => (exhibit.pages ? [exhibit.pages] : []));
    return {
      number: index + 1,
      id: paragraph.id,
      date: paragraph.date,
      text: paragraph.text.trim(),
      exhibits,
      reference: pages.length > 0 ? `See ${joinAnd(pages)}.` : null,
      exhibitsNotInBundle: exhibits.filter((exhibit) => exhibit.pages === null).map((exhibit) => exhibit.title),
    };
  });
  return {
    heading: [TRIBUNAL_NAME, `Appeal reference: ${options.tribunalReference?.trim() || "not given yet"}`, `About: ${options.childName}`],
    title: `Witness statement of ${options.witnessName}`,
    paragraphs,
    statementOfTruth: "I believe that the facts in this statement are true.",
    signature: { name: options.witnessName, lines: ["Signed:", `Name: ${options.witnessName}`, "Date:"] },
  };
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** A paragraph's text as printed: its words, then the pages it refers to in brackets. */
export function paragraphText(paragraph: Pick<NumberedParagraph, "text" | "reference">): string {
  return paragraph.reference ? `${paragraph.text} (${paragraph.reference})` : paragraph.text;
}

// ── From the chronology ────────────────────────────────────────────────────────────────────

export type ParagraphSuggestion = { key: string; date: CalendarDate; text: string; exhibitDocumentIds: string[] };

/** A timeline entry as a first draft of a paragraph: "On 3 March 2026: Refusal to assess. Letter from the council." */
export function paragraphFromTimeline(entry: Pick<TimelineEntry, "date" | "title" | "detail">): string {
  const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
  return [`On ${formatDate(entry.date)}: ${sentence(entry.title)}`, entry.detail ? sentence(entry.detail) : ""].filter(Boolean).join(" ");
}

/**
 * The case's chronology as paragraphs the parent can add with one click, newest first, leaving
 * out those already in the statement (the same day and words). A document's entry carries the
 * document as an exhibit.
 */
export function suggestStatementParagraphs(options: {
  timeline: readonly TimelineEntry[];
  paragraphs: readonly Pick<StatementParagraph, "date" | "text">[];
  limit: number;
}): ParagraphSuggestion[] {
  const used = new Set(options.paragraphs.map((p) => `${p.date ?? ""}|${p.text.trim()}`));
  const suggestions: ParagraphSuggestion[] = [];
  for (const entry of [...options.timeline].sort((a, b) => compareDates(b.date, a.date))) {
    const text = paragraphFromTimeline(entry);
    if (used.has(`${entry.date}|${text}`)) continue;
    suggestions.push({ key: entry.key, date: entry.date, text, exhibitDocumentIds: entry.record.kind === "document" ? [entry.record.id] : [] });
    if (suggestions.length >= options.limit) break;
  }
  return suggestions;
}

// ── Length ─────────────────────────────────────────────────────────────────────────────────

export type StatementLength = LengthCheck & {
  /** Near the limit: NEAR_LIMIT_SHARE of it (9 of 10 pages), so there is time to cut before it. */
  isNearLimit: boolean;
  warnFrom: number;
};

/**
 * The statement's length against its 10-page limit (R-TRIB-EXPERTS), counted on the rendered PDF,
 * with a warning from 9 pages. Example: 9 pages gives isMet true and isNearLimit true.
 */
export function checkStatementLength(pages: number, hasNoteOnLength = false): StatementLength {
  const check = checkWitnessStatement({ pages, hasNoteOnLength });
  const warnFrom = Math.ceil(EXPERT_EVIDENCE_LIMITS.witnessStatementPages * NEAR_LIMIT_SHARE);
  return { ...check, warnFrom, isNearLimit: pages >= warnFrom && pages <= EXPERT_EVIDENCE_LIMITS.witnessStatementPages };
}
