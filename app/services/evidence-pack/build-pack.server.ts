// Builds the PDF of one evidence pack of a case: reads the pack, the case (for the chronology and
// the summary) and each chosen file, one at a time, and hands them to the renderer. The one entry
// point for every way a pack is downloaded. The PDF is drawn in a worker (stored PDFs are untrusted
// input), within time and memory limits; past them the download is refused, saying why.
import type { CaseAccess } from "~/auth/access.server";
import { getCaseDocument } from "~/data/case-document.server";
import { findEvidencePack, listPackDocuments } from "~/data/evidence-packs.server";
import { type CalendarDate } from "~/domain/calendar/calendar-date";
import { formatDate } from "~/domain/presentation";
import { buildTimeline, sortTimeline } from "~/domain/chronology";
import { packFileName } from "~/domain/evidence-pack/layout";
import { summariseSupport } from "~/domain/evidence-pack/summary";
import { listTexts, type UnprintableKind } from "~/domain/printing/printable-text";
import { IsolateError, runIsolated } from "~/services/isolate/isolate.server";
import { PACK_TIMEOUT_MS, PACK_WORKER_HEAP_MB } from "~/services/isolate/limits.server";
import { readDocumentBytes } from "~/data/documents.server";
import { log } from "~/services/log.server";
import { findUnprintableInPdf } from "~/services/pdf/fonts.server";
import type { PackContent, PackSource } from "./render-pack.server";

/** The answer when a pack cannot be made within the limits. */
const PACK_TOO_LARGE =
  "This pack is too large to make as one PDF: its files need more time or memory than Clearpath allows. Take some documents out of the pack, or download them one by one.";

async function renderInWorker(content: PackContent): Promise<Uint8Array> {
  try {
    return await runIsolated("renderEvidencePack", content, { timeoutMs: PACK_TIMEOUT_MS, heapMb: PACK_WORKER_HEAP_MB });
  } catch (error) {
    if (!(error instanceof IsolateError)) throw error;
    log("warn", "an evidence pack could not be made", { reason: error.reason });
    throw new Response(PACK_TOO_LARGE, { status: 422, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}

export async function buildEvidencePackPdf(
  access: CaseAccess,
  packId: string,
  today: CalendarDate,
): Promise<{ fileName: string; bytes: Uint8Array } | null> {
  const pack = await findEvidencePack(access, packId);
  if (!pack) return null;
  return buildBundlePdf(access, pack, today);
}

/** What goes into a pack: an evidence pack's own choices, or the whole case. */
type BundleSpec = { title: string; purpose: string | null; documentIds: string[]; includeChronology: boolean; includeSummary: boolean };

/** The whole case as one readable PDF: the chronology, the support summary and every document, oldest first. */
function wholeCaseSpec(document: Awaited<ReturnType<typeof getCaseDocument>>): BundleSpec {
  const documentIds = [...document.documents].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "")).map((d) => d.id);
  return { title: `${document.child.name}: the whole case`, purpose: "Everything recorded in Clearpath, for the family to keep", documentIds, includeChronology: true, includeSummary: true };
}

export async function buildWholeCasePdf(access: CaseAccess, today: CalendarDate) {
  return buildBundlePdf(access, wholeCaseSpec(await getCaseDocument(access)), today);
}

/**
 * The case's documents with these ids, in that order, as the renderer draws them (also for the
 * tribunal bundle). With `withFiles` false the stored files are not read.
 */
export async function readPackSources(access: CaseAccess, documentIds: readonly string[], withFiles: boolean): Promise<Array<PackSource & { id: string }>> {
  const sources: Array<PackSource & { id: string }> = [];
  for (const row of await listPackDocuments(access, documentIds)) {
    // Each file is checked whole as it is read; one that fails stops the pack (decision 126).
    const bytes = withFiles ? await readDocumentBytes(row) : null;
    sources.push({
      id: row.id,
      title: row.title,
      dateText: row.date ? formatDate(row.date) : null,
      mediaType: row.mediaType,
      bytes: bytes ? new Uint8Array(bytes) : null,
      text: row.text,
    });
  }
  return sources;
}

/**
 * Everything the renderer draws, read from the case. With `withFiles` false the stored files are
 * not read (for the notice before a download, which needs only the text drawn).
 */
async function gatherPack(access: CaseAccess, pack: BundleSpec, today: CalendarDate, withFiles: boolean): Promise<PackContent> {
  const document = await getCaseDocument(access);
  const sources = await readPackSources(access, pack.documentIds, withFiles);
  return {
    title: pack.title,
    purpose: pack.purpose,
    childName: document.child.name,
    preparedOn: formatDate(today),
    preparedOnDate: today,
    chronology: pack.includeChronology
      ? sortTimeline(buildTimeline(document), "oldest").map((entry) => ({
          dateText: formatDate(entry.date),
          title: entry.title,
          detail: entry.detail,
        }))
      : null,
    summary: pack.includeSummary ? summariseSupport(document, today) : null,
    sources,
  };
}

async function buildBundlePdf(access: CaseAccess, pack: BundleSpec, today: CalendarDate): Promise<{ fileName: string; bytes: Uint8Array }> {
  const bytes = await renderInWorker(await gatherPack(access, pack, today, true));
  return { fileName: packFileName(pack.title, today), bytes };
}

/** A PDF or a picture goes into the pack as itself, so only its title is drawn. */
const KEPT_AS_IS = new Set(["application/pdf", "image/png", "image/jpeg"]);

/** The kinds of character in a pack that its PDF cannot print, for the notice before the download. */
export async function findPackUnprintable(access: CaseAccess, pack: BundleSpec, today: CalendarDate): Promise<UnprintableKind[]> {
  const content = await gatherPack(access, pack, today, false);
  return findUnprintableInPdf([
    content.title,
    content.purpose,
    content.childName,
    ...listTexts(content.chronology),
    ...listTexts(content.summary),
    ...content.sources.flatMap((source) => [source.title, KEPT_AS_IS.has(source.mediaType) ? null : source.text]),
  ]);
}

/** The same for the whole-case PDF. */
export async function findWholeCaseUnprintable(access: CaseAccess, today: CalendarDate): Promise<UnprintableKind[]> {
  return findPackUnprintable(access, wholeCaseSpec(await getCaseDocument(access)), today);
}
