// The evidence bundle as the bundle page and its PDF show it (issue 23): the appeal's documents
// paginated with the pages already sent kept where they are (decision 140), in sections with
// their rows and gaps, the page budget of the family's evidence for the appeal type
// (R-TRIB-BUNDLE-LIMITS), and the checks on expert reports and witness statements (R-TRIB-EXPERTS),
// each in words with its rule's status. Which pages the budget counts: decision 143.

import type { CalendarDate } from "../calendar/calendar-date";
import type { Appeal } from "../case/case-document";
import { BUNDLE_SECTIONS, BUNDLE_SECTION_HINTS, BUNDLE_SECTION_LETTERS, BUNDLE_SECTION_TITLES, type BundleItemKind, type BundleSection } from "../codes/tribunal";
import { LAW_AS_AT } from "../law/catalogue";
import { getRule } from "../law/get-rule";
import { describeVerification } from "../law/statements";
import { formatDate, plural } from "../presentation";
import { checkExpertReport, checkPageBudget, checkWitnessStatement, type LengthCheck, type PageBudget, type ReportAgeCheck } from "./page-budget";
import { EXPERT_EVIDENCE_LIMITS, OTHER_PAGE_LIMITS } from "./page-limits";
import { paginateBundle, pageLabelText, type BundleDocument, type BundlePagination, type PageLabel } from "./paginate-bundle";

/**
 * The sections whose pages count towards "each party's evidence" (decision 143): reports, other
 * evidence and witness statements. The appeal papers and the decision and plan (sections A and B)
 * are listed and numbered but not counted, because the reference gives the plan and the core
 * bundle limits of their own.
 */
export const EVIDENCE_SECTIONS: readonly BundleSection[] = ["reports", "other_evidence", "witness_statements"];

/** The rules the bundle page states, in the order it states them. */
export const BUNDLE_RULE_IDS = ["R-TRIB-BUNDLE-WHO", "R-TRIB-BUNDLE-LIMITS", "R-TRIB-MORE-PAGES", "R-TRIB-EXPERTS"] as const;

/** A document of the case, as the bundle needs it. */
export type CaseDocumentChoice = { id: string; title: string; date: CalendarDate | null };

/** A check on one document, in words, with its rule and how far that rule was checked. */
export type BundleCheck = {
  check: LengthCheck["check"] | ReportAgeCheck["check"] | "report_date_missing";
  /** True kept, false broken, null not known yet (a length or date not entered). */
  isMet: boolean | null;
  text: string;
  ruleId: typeof EXPERT_EVIDENCE_LIMITS.ruleId;
  /** "Not yet checked against the law's own text." */
  status: string;
};

export type BundleDocumentRow = {
  kind: "document";
  itemId: string;
  documentId: string;
  section: BundleSection;
  title: string;
  date: CalendarDate;
  pages: number;
  /** "45–47", "45A–45C", or "12" for one page. */
  pagesText: string;
  isSupplementary: boolean;
  isOutOfDateOrder: boolean;
  itemKind: BundleItemKind;
  summaryPages: number | null;
  reportDate: CalendarDate | null;
  checks: BundleCheck[];
};

export type BundleGapRow = { kind: "gap"; title: string; date: CalendarDate; pagesText: string; reason: "removed" | "replaced" };

export type BundleSectionView = {
  section: BundleSection;
  letter: string;
  title: string;
  hint: string;
  rows: Array<BundleDocumentRow | BundleGapRow>;
  /** Pages of its documents (gaps have none). */
  pages: number;
  isCounted: boolean;
};

export type BundleView = {
  pagination: BundlePagination;
  sections: BundleSectionView[];
  /** The family's evidence against its limit for the appeal type. */
  budget: PageBudget;
  /** Pages of sections A and B, numbered but not counted in the budget. */
  notCountedPages: number;
  /** An extended appeal: its health and social care evidence has a limit of its own. */
  extendedEvidenceLimit: number | null;
  totalPages: number;
  fixedOn: CalendarDate | null;
  /** Documents added since the bundle was sent (on supplementary or new pages). */
  addedSinceFixed: number;
  gaps: number;
  outOfDateOrder: number;
  /** The hearing date from the directions, which the age of a report is measured on. */
  hearingDate: CalendarDate | null;
  /** Documents of the case not yet in the bundle that can go in (they have a date). */
  choices: Array<CaseDocumentChoice & { date: CalendarDate }>;
  /** Documents with no date: they cannot be put in date order until they have one. */
  undated: CaseDocumentChoice[];
  rules: Array<{ id: string; title: string; summary: string; status: string; citations: ReadonlyArray<{ instrument: string; provision: string; url: string }> }>;
};

/** A page range in the bundle: "45–47", "45A–45C", or "12" for a single page. */
export function describeBundlePages(first: PageLabel, last: PageLabel): string {
  const [from, to] = [pageLabelText(first), pageLabelText(last)];
  return from === to ? from : `${from}–${to}`;
}

/** The documents of the bundle as `paginateBundle` takes them; items whose document has gone (or has no date) are left out. */
export function bundleDocumentsOf(appeal: Pick<Appeal, "bundleItems">, documents: readonly CaseDocumentChoice[]): BundleDocument[] {
  const byId = new Map(documents.map((document) => [document.id, document]));
  return appeal.bundleItems.flatMap((item) => {
    const document = byId.get(item.documentId);
    if (!document?.date) return [];
    return [{ id: document.id, title: document.title, date: document.date, section: item.section, pages: item.pages }];
  });
}

/**
 * The appeal's bundle paginated as it will print: the pages already sent (`bundleFixed`) stay
 * where they are and later documents get supplementary pages (decision 140). Shared by the bundle
 * page, its PDF and the pages that refer to bundle pages (working document, statement).
 */
export function paginateAppealBundle(appeal: Pick<Appeal, "bundleItems" | "bundleFixed">, documents: readonly CaseDocumentChoice[]): BundlePagination {
  return paginateBundle({ documents: bundleDocumentsOf(appeal, documents), previous: appeal.bundleFixed ? { items: appeal.bundleFixed } : null });
}

function statusOf(ruleId: string): string {
  return describeVerification(getRule(ruleId, LAW_AS_AT));
}

function describeLength(check: LengthCheck): string {
  const { limit, pages } = check;
  switch (check.check) {
    case "report_summary":
      if (check.isMissing) return `No summary at the start. A report needs a summary of no more than ${plural(limit, "page")} at the start.`;
      if (pages === null) return `Enter the length of the summary at the start to check it: no more than ${plural(limit, "page")}.`;
      return check.isMet
        ? `A summary of ${plural(pages, "page")} at the start: within the limit of ${plural(limit, "page")}.`
        : `A summary of ${plural(pages, "page")} at the start: ${plural(pages - limit, "page")} more than the limit of ${plural(limit, "page")}.`;
    case "report_length":
      if (pages === null) return `No more than ${plural(limit, "page")} in all, summary included.`;
      return check.isMet
        ? `${plural(pages, "page")} in all: within the limit of ${plural(limit, "page")}.`
        : `${plural(pages, "page")} in all: ${plural(pages - limit, "page")} more than the limit of ${plural(limit, "page")}. Ask the professional for a shorter report, or ask the tribunal on form SEND7.`;
    case "witness_statement_length":
      if (pages === null) return `No more than ${plural(limit, "page")}, not counting what is attached.`;
      return check.isMet
        ? `${plural(pages, "page")}: within the limit of ${plural(limit, "page")}.`
        : `${plural(pages, "page")}: more than the limit of ${plural(limit, "page")}. Clearpath counts every page of the file; what is attached (exhibits) does not count. A longer statement needs a separate note saying why.`;
  }
}

function describeAge(check: ReportAgeCheck): string {
  const dated = `Dated ${formatDate(check.reportDate)}`;
  const years = plural(check.limitYears, "year");
  if (check.measuredAt === "hearing") {
    return check.isMet
      ? `${dated}: no more than ${years} old at the hearing on ${formatDate(check.measuredOn)}.`
      : `${dated}: more than ${years} old at the hearing on ${formatDate(check.measuredOn)} (from ${formatDate(check.tooOldFrom)}). A report this old is used only in exceptional circumstances: ask the professional for an update.`;
  }
  return check.isMet
    ? `${dated}: no more than ${years} old today. It will be too old from ${formatDate(check.tooOldFrom)}; add the hearing date to check it on that day.`
    : `${dated}: more than ${years} old already (since ${formatDate(check.tooOldFrom)}). A report this old is used only in exceptional circumstances: ask the professional for an update.`;
}

/** The checks on one document in words (R-TRIB-EXPERTS): none for an ordinary document. */
export function checkBundleItem(
  item: { kind: BundleItemKind; pages: number; summaryPages: number | null; reportDate: CalendarDate | null },
  hearingDate: CalendarDate | null,
  today: CalendarDate,
): BundleCheck[] {
  const common = { ruleId: EXPERT_EVIDENCE_LIMITS.ruleId, status: statusOf(EXPERT_EVIDENCE_LIMITS.ruleId) };
  if (item.kind === "witness_statement") {
    const check = checkWitnessStatement({ pages: item.pages, hasNoteOnLength: false });
    return [{ ...common, check: check.check, isMet: check.isMet, text: describeLength(check) }];
  }
  if (item.kind !== "expert_report") return [];
  if (!item.reportDate) {
    const [summary, length] = checkExpertReport({ summaryPages: item.summaryPages, totalPages: item.pages, reportDate: today, hearingDate, today });
    return [
      { ...common, check: summary.check, isMet: summary.isMet, text: describeLength(summary) },
      { ...common, check: length.check, isMet: length.isMet, text: describeLength(length) },
      { ...common, check: "report_date_missing", isMet: null, text: `Enter the date of the report to check its age: normally no more than ${plural(EXPERT_EVIDENCE_LIMITS.reportAgeYears, "year")} old at the hearing.` },
    ];
  }
  const [summary, length, age] = checkExpertReport({ summaryPages: item.summaryPages, totalPages: item.pages, reportDate: item.reportDate, hearingDate, today });
  return [
    { ...common, check: summary.check, isMet: summary.isMet, text: describeLength(summary) },
    { ...common, check: length.check, isMet: length.isMet, text: describeLength(length) },
    { ...common, check: age.check, isMet: age.isMet, text: describeAge(age) },
  ];
}

/** The hearing: the latest hearing date in the directions, if any. */
function hearingOf(appeal: Pick<Appeal, "dates">): CalendarDate | null {
  const hearings = appeal.dates.filter((date) => date.kind === "hearing").map((date) => date.date);
  return hearings.length === 0 ? null : hearings.sort().at(-1)!;
}

/**
 * The bundle page's view of an appeal: its documents in sections as they will print, the budget of
 * the family's evidence, the checks, and the documents that can still go in.
 *
 * Example: a refusal to assess with a 20-page decision letter in section B and 70 pages of reports
 * in section C counts 70 pages against the limit of 75 ("near_limit", with the SEND7 action) and
 * lists the 20 pages as numbered but not counted.
 */
export function viewBundle(options: {
  appeal: Pick<Appeal, "appealType" | "wantsRecommendations" | "bundleItems" | "bundleFixed" | "bundleFixedOn" | "dates">;
  documents: readonly CaseDocumentChoice[];
  today: CalendarDate;
}): BundleView {
  const { appeal, documents, today } = options;
  const pagination = paginateAppealBundle(appeal, documents);
  const hearingDate = hearingOf(appeal);
  const itemByDocument = new Map(appeal.bundleItems.map((item) => [item.documentId, item]));
  const fixedIds = new Set((appeal.bundleFixed ?? []).filter((item) => item.kind === "document").map((item) => item.documentId));

  const sections: BundleSectionView[] = BUNDLE_SECTIONS.map((section) => ({
    section,
    letter: BUNDLE_SECTION_LETTERS[section],
    title: BUNDLE_SECTION_TITLES[section],
    hint: BUNDLE_SECTION_HINTS[section],
    rows: [],
    pages: 0,
    isCounted: EVIDENCE_SECTIONS.includes(section),
  }));
  const sectionOf = new Map(sections.map((view) => [view.section, view]));
  for (const item of pagination.items) {
    const view = sectionOf.get(item.section)!;
    const pagesText = describeBundlePages(item.firstPage, item.lastPage);
    if (item.kind === "gap") {
      view.rows.push({ kind: "gap", title: item.title, date: item.date, pagesText, reason: item.reason });
      continue;
    }
    const stored = itemByDocument.get(item.documentId)!;
    view.pages += item.pages;
    view.rows.push({
      kind: "document",
      itemId: stored.id,
      documentId: item.documentId,
      section: item.section,
      title: item.title,
      date: item.date,
      pages: item.pages,
      pagesText,
      isSupplementary: item.isSupplementary,
      isOutOfDateOrder: item.isOutOfDateOrder,
      itemKind: stored.kind,
      summaryPages: stored.summaryPages,
      reportDate: stored.reportDate,
      checks: checkBundleItem({ kind: stored.kind, pages: item.pages, summaryPages: stored.summaryPages, reportDate: stored.reportDate }, hearingDate, today),
    });
  }

  const inBundle = new Set(appeal.bundleItems.map((item) => item.documentId));
  const free = documents.filter((document) => !inBundle.has(document.id));
  const counted = sections.filter((view) => view.isCounted).reduce((sum, view) => sum + view.pages, 0);
  const entries = pagination.items.filter((item) => item.kind === "document");
  return {
    pagination,
    sections,
    budget: checkPageBudget({ part: { kind: "evidence", appealType: appeal.appealType }, pagesUsed: counted }),
    notCountedPages: sections.filter((view) => !view.isCounted).reduce((sum, view) => sum + view.pages, 0),
    extendedEvidenceLimit: appeal.wantsRecommendations ? OTHER_PAGE_LIMITS.extended_evidence : null,
    totalPages: pagination.totalSheets,
    fixedOn: appeal.bundleFixed ? appeal.bundleFixedOn : null,
    addedSinceFixed: appeal.bundleFixed ? entries.filter((item) => !fixedIds.has(item.documentId)).length : 0,
    gaps: pagination.items.filter((item) => item.kind === "gap").length,
    outOfDateOrder: entries.filter((item) => item.isOutOfDateOrder).length,
    hearingDate,
    choices: free.filter((document): document is CaseDocumentChoice & { date: CalendarDate } => document.date !== null),
    undated: free.filter((document) => document.date === null),
    rules: BUNDLE_RULE_IDS.map((id) => {
      const rule = getRule(id, LAW_AS_AT);
      return { id, title: rule.title, summary: rule.summary, status: describeVerification(rule), citations: rule.citations };
    }),
  };
}
