// Page numbers for the family's evidence bundle that stay put once it has been sent (decision 140):
// sections in order, date order within each; a document added later gets supplementary pages
// after the page it follows (45A, 45B …); a removed document leaves a gap the index notes. Also
// the index rows and the PDF bookmarks.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import { BUNDLE_SECTIONS, type BundleSection } from "./bundle-sections";

/** A page number: 45, or a supplementary page such as 45A (page 45, suffix "A"). */
export type PageLabel = { page: number; suffix: string };

/** A document to go in the bundle, as it is now. */
export type BundleDocument = {
  id: string;
  title: string;
  date: CalendarDate;
  section: BundleSection;
  /** Pages in the document; at least 1 is counted. */
  pages: number;
};

type Placed = {
  documentId: string;
  title: string;
  date: CalendarDate;
  section: BundleSection;
  pages: number;
  firstPage: PageLabel;
  lastPage: PageLabel;
};

/** A document and its pages. */
export type BundleEntry = Placed & {
  kind: "document";
  /** Its pages are supplementary pages (45A …) because it was added after the bundle was fixed. */
  isSupplementary: boolean;
  /** It sits out of date (or section) order because pages already fixed left no room where it belongs. */
  isOutOfDateOrder: boolean;
  /** Where it starts in the PDF, counting document pages only (1 = the first page after the index). */
  startsAtSheet: number;
};

/** Pages kept for a document taken out (or replaced by a different number of pages): they are not reused. */
export type BundleGap = Placed & { kind: "gap"; reason: "removed" | "replaced" };

export type BundleItem = BundleEntry | BundleGap;

export type IndexRow =
  | { kind: "document"; section: BundleSection; title: string; date: CalendarDate; firstPage: string; lastPage: string; pages: number; isSupplementary: boolean; isOutOfDateOrder: boolean }
  | { kind: "gap"; section: BundleSection; title: string; date: CalendarDate; firstPage: string; lastPage: string; reason: BundleGap["reason"] };

export type Bookmark = { level: 1; section: BundleSection; sheet: number; page: string } | { level: 2; section: BundleSection; title: string; sheet: number; page: string };

export type BundlePagination = {
  /** Every document and gap in page order. Store this when the bundle is sent; pass it back as `previous`. */
  items: BundleItem[];
  /** Physical pages of documents (gaps have none). */
  totalSheets: number;
  index: IndexRow[];
  bookmarks: Bookmark[];
};

const SECTION_ORDER: ReadonlyMap<BundleSection, number> = new Map(BUNDLE_SECTIONS.map((section, index) => [section, index]));
const START: PageLabel = { page: 0, suffix: "" };

/** "45", "45A", "45AA". */
export function pageLabelText(label: PageLabel): string {
  return `${label.page}${label.suffix}`;
}

/** Page order: 45 < 45A < 45Z < 45AA < 46. */
export function comparePageLabels(a: PageLabel, b: PageLabel): number {
  return a.page - b.page || a.suffix.length - b.suffix.length || (a.suffix < b.suffix ? -1 : a.suffix > b.suffix ? 1 : 0);
}

/** The next supplementary suffix: "" → "A", "Z" → "AA", "AZ" → "BA" (bijective base 26). */
export function nextSuffix(suffix: string): string {
  const letters = [...suffix];
  let index = letters.length - 1;
  while (index >= 0 && letters[index] === "Z") {
    letters[index] = "A";
    index -= 1;
  }
  if (index < 0) return `A${letters.join("")}`;
  letters[index] = String.fromCharCode(letters[index]!.charCodeAt(0) + 1);
  return letters.join("");
}

/** Every page label of an entry, in order, e.g. 45A–45C gives ["45A", "45B", "45C"]. */
export function listPageLabels(item: Pick<Placed, "firstPage" | "pages">): string[] {
  const labels: string[] = [];
  let label = item.firstPage;
  for (let count = 0; count < item.pages; count += 1) {
    labels.push(pageLabelText(label));
    label = label.suffix === "" ? { page: label.page + 1, suffix: "" } : { page: label.page, suffix: nextSuffix(label.suffix) };
  }
  return labels;
}

function pagesOf(document: BundleDocument): number {
  return Math.max(1, Math.floor(document.pages));
}

/** Section, then date: where a document belongs. */
function compareOrder(a: Pick<Placed, "section" | "date">, b: Pick<Placed, "section" | "date">): number {
  return SECTION_ORDER.get(a.section)! - SECTION_ORDER.get(b.section)! || compareDates(a.date, b.date);
}

/** Labels for `pages` pages after `after`: plain numbers at the end of the bundle, supplementary ones elsewhere. */
function labelsAfter(after: PageLabel, pages: number, isAtEnd: boolean): { firstPage: PageLabel; lastPage: PageLabel } {
  if (isAtEnd) {
    const page = after.page + 1;
    return { firstPage: { page, suffix: "" }, lastPage: { page: page + pages - 1, suffix: "" } };
  }
  let suffix = nextSuffix(after.suffix);
  const firstPage = { page: after.page, suffix };
  for (let count = 1; count < pages; count += 1) suffix = nextSuffix(suffix);
  return { firstPage, lastPage: { page: after.page, suffix } };
}

/**
 * Paginates the bundle. With no previous pagination, every document gets plain page numbers from 1:
 * sections in order (BUNDLE_SECTIONS), date order within each, and documents of the same day in
 * the order given. With the pagination that was sent (`previous`), every page already numbered
 * stays put: a document still there keeps its pages; one taken out, or now a different length or
 * in another section, leaves a gap the index notes (a changed one is then placed again as new); a new document goes
 * where it belongs, after the page before it, on supplementary pages (after 45: 45A, 45B …), or on
 * the next plain numbers when it goes at the very end. When supplementary pages already follow that
 * page, it goes after them and is marked out of date order.
 *
 * Example: documents of 3 (A), 2 (B) and 4 (C) pages give 1–3, 4–5 and 6–9; adding a 2-page
 * section B document dated after the first one then gives it 5A–5B and leaves the rest as they were.
 */
export function paginateBundle(options: {
  documents: readonly BundleDocument[];
  previous: Pick<BundlePagination, "items"> | null;
}): BundlePagination {
  const current = new Map<string, { document: BundleDocument; order: number }>();
  options.documents.forEach((document, order) => {
    if (current.has(document.id)) throw new Error(`Document ${document.id} is in the bundle twice`);
    current.set(document.id, { document, order });
  });

  const fixed: BundleItem[] = [];
  const kept = new Set<string>();
  for (const item of options.previous?.items ?? []) {
    const now = item.kind === "document" ? current.get(item.documentId) : undefined;
    if (item.kind === "gap") fixed.push(item);
    else if (!now) fixed.push({ ...placedOf(item), kind: "gap", reason: "removed" });
    else if (pagesOf(now.document) !== item.pages || now.document.section !== item.section) fixed.push({ ...placedOf(item), kind: "gap", reason: "replaced" });
    else {
      kept.add(item.documentId);
      fixed.push({ ...item, title: now.document.title, date: now.document.date });
    }
  }

  const added = [...current.values()]
    .filter(({ document }) => !kept.has(document.id))
    .sort((a, b) => compareOrder(a.document, b.document) || a.order - b.order)
    .map(({ document }) => document);

  // Each new document goes after the last fixed item that belongs before it (or at the start),
  // moved on past any supplementary pages of that page number, so no fixed label is ever re-used.
  const after = new Map<number, BundleDocument[]>();
  for (const document of added) {
    let position = -1;
    fixed.forEach((item, index) => {
      if (compareOrder(item, document) <= 0) position = index;
    });
    while (position + 1 < fixed.length && fixed[position + 1]!.firstPage.page === lastPageAt(fixed, position).page) position += 1;
    after.set(position, [...(after.get(position) ?? []), document]);
  }

  const items: BundleItem[] = [];
  const place = (position: number) => {
    let last = lastPageAt(fixed, position);
    for (const document of after.get(position) ?? []) {
      const pages = pagesOf(document);
      const labels = labelsAfter(last, pages, position === fixed.length - 1);
      items.push({ kind: "document", documentId: document.id, title: document.title, date: document.date, section: document.section, pages, ...labels, isSupplementary: labels.firstPage.suffix !== "", isOutOfDateOrder: false, startsAtSheet: 0 });
      last = labels.lastPage;
    }
  };
  place(-1);
  fixed.forEach((item, index) => {
    items.push(item);
    place(index);
  });

  return describeItems(items);
}

function placedOf(item: Placed): Placed {
  const { documentId, title, date, section, pages, firstPage, lastPage } = item;
  return { documentId, title, date, section, pages, firstPage, lastPage };
}

function lastPageAt(items: readonly BundleItem[], position: number): PageLabel {
  return position < 0 ? START : items[position]!.lastPage;
}

/** Sheets, order flags, the index and the bookmarks, from the items in page order. */
function describeItems(placed: readonly BundleItem[]): BundlePagination {
  let sheet = 1;
  let furthest: BundleEntry | null = null;
  const items = placed.map((item): BundleItem => {
    if (item.kind === "gap") return item;
    const isOutOfDateOrder = furthest !== null && compareOrder(item, furthest) < 0;
    const entry: BundleEntry = { ...item, isOutOfDateOrder, startsAtSheet: sheet };
    sheet += item.pages;
    if (!furthest || compareOrder(item, furthest) > 0) furthest = entry;
    return entry;
  });

  const index: IndexRow[] = items.map((item) => {
    const common = { section: item.section, title: item.title, date: item.date, firstPage: pageLabelText(item.firstPage), lastPage: pageLabelText(item.lastPage) };
    return item.kind === "gap"
      ? { kind: "gap", ...common, reason: item.reason }
      : { kind: "document", ...common, pages: item.pages, isSupplementary: item.isSupplementary, isOutOfDateOrder: item.isOutOfDateOrder };
  });

  const bookmarks: Bookmark[] = [];
  let section: BundleSection | null = null;
  for (const item of items) {
    if (item.kind === "gap") continue;
    const page = pageLabelText(item.firstPage);
    if (item.section !== section) {
      section = item.section;
      bookmarks.push({ level: 1, section, sheet: item.startsAtSheet, page });
    }
    bookmarks.push({ level: 2, section: item.section, title: item.title, sheet: item.startsAtSheet, page });
  }

  return { items, totalSheets: sheet - 1, index, bookmarks };
}
