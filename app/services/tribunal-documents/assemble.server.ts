// Reads what the working document and the witness statement are made from, through the gate:
// the appeal's bundle pages (kept as sent, decision 140), the plan the working document starts
// from, and the case's chronology for the statement. Shared by the pages and their downloads.
import type { CaseAccess } from "~/auth/access.server";
import { rememberForCaseVersion } from "~/data/case-cache.server";
import { getCaseDocument } from "~/data/case-document.server";
import { getCase } from "~/data/cases.server";
import { listDocumentsByIds } from "~/data/documents.server";
import { findPlan, listPlans } from "~/data/plans.server";
import type { Appeal } from "~/domain/case/case-document";
import type { CalendarDate } from "~/domain/calendar/calendar-date";
import { buildTimeline } from "~/domain/chronology";
import { APPEAL_SECTIONS, APPEAL_TYPE_NAMES, type AppealSection } from "~/domain/codes/tribunal";
import { EHC_PLAN_STAGE_LABELS } from "~/domain/codes/ehc-plans";
import { formatDate } from "~/domain/presentation";
import {
  buildWitnessStatement,
  buildWorkingDocument,
  findWorkingDocumentPlan,
  listBundlePlaces,
  paginateAppealBundle,
  type BundlePlace,
} from "~/domain/tribunal";
import { statementContent, workingDocumentContent, type StatementContent, type WorkingDocumentContent } from "./content.server";
import { renderStatementPdf } from "./statement-pdf.server";

/** Each bundle document's place (section letter, first and last page), and the titles of the appeal's documents. */
export async function readBundlePlaces(access: CaseAccess, appeal: Appeal, alsoIds: readonly string[] = []): Promise<{ places: Map<string, BundlePlace>; titles: Map<string, string> }> {
  const ids = [...new Set([...appeal.bundleItems.map((item) => item.documentId), ...alsoIds])];
  const documents = new Map((await listDocumentsByIds(access, ids)).map((document) => [document.id, document]));
  // The same pages as the bundle page and its PDF print (decision 140).
  const pagination = paginateAppealBundle(appeal, [...documents.values()]);
  return { places: listBundlePlaces(pagination), titles: new Map([...documents.values()].map((document) => [document.id, document.title])) };
}

export type WorkingDocumentSource = {
  plan: { id: string; name: string } | null;
  /** The plan's lines in Sections B, F and I, in order. */
  lines: { id: string; section: AppealSection; text: string }[];
  content: WorkingDocumentContent;
};

const WORKING_SECTIONS: ReadonlySet<string> = new Set(APPEAL_SECTIONS);

/** The working document as it stands today, from the latest final or amended plan and the appeal's changes. */
export async function assembleWorkingDocument(access: CaseAccess, appeal: Appeal, today: CalendarDate): Promise<WorkingDocumentSource> {
  const [found, plans] = await Promise.all([getCase(access), listPlans(access)]);
  const chosen = findWorkingDocumentPlan(plans);
  const plan = chosen ? await findPlan(access, chosen.id) : null;
  const lines = (plan?.lines ?? []).flatMap((line) => (WORKING_SECTIONS.has(line.section) ? [{ id: line.id, section: line.section as AppealSection, text: line.text }] : []));
  const document = buildWorkingDocument({ planLines: lines, proposals: appeal.proposals, sections: appeal.sections });
  const title = `Working document: ${found.childName}'s appeal (${APPEAL_TYPE_NAMES[appeal.appealType]})`;
  return {
    plan: chosen ? { id: chosen.id, name: `${EHC_PLAN_STAGE_LABELS[chosen.stage]}${chosen.issuedOn ? ` of ${formatDate(chosen.issuedOn)}` : ""}` } : null,
    lines,
    content: workingDocumentContent(today, title, document),
  };
}

export type StatementSource = {
  content: StatementContent;
  places: Map<string, BundlePlace>;
  /** Pages of the statement as a PDF today: its real length. */
  pages: number;
};

/**
 * The statement as it stands today, by `witnessName` (the family member who signs it), and its
 * real length: the PDF is rendered to count its pages, kept until the case or the day changes.
 */
export async function assembleStatement(access: CaseAccess, appeal: Appeal, options: { today: CalendarDate; witnessName: string }): Promise<StatementSource> {
  const exhibitIds = appeal.statementParagraphs.flatMap((paragraph) => paragraph.exhibitDocumentIds);
  const [found, { places, titles }] = await Promise.all([getCase(access), readBundlePlaces(access, appeal, exhibitIds)]);
  const statement = buildWitnessStatement({
    paragraphs: appeal.statementParagraphs,
    places,
    documentTitles: titles,
    witnessName: options.witnessName,
    childName: found.childName,
    tribunalReference: appeal.tribunalReference,
  });
  const content = statementContent(options.today, statement);
  const pages = await rememberForCaseVersion(access, "statement-pages", `${appeal.id}\u0000${options.witnessName}\u0000${options.today}`, async () => (await renderStatementPdf(content)).pages);
  return { content, places, pages };
}

/** The case's chronology, kept until the case changes (the timeline page keeps the same). */
export function readTimeline(access: CaseAccess) {
  return rememberForCaseVersion(access, "timeline", "", async () => buildTimeline(await getCaseDocument(access)));
}
