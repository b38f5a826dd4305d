// Builds the PDF of one evidence pack of a case: reads the pack, the case (for the chronology and
// the summary) and each chosen file, one at a time, and hands them to the renderer. The one entry
// point for every way a pack is downloaded. The PDF is drawn in a worker (stored PDFs are untrusted
// input), within time and memory limits; past them the download is refused, saying why.
import type { CaseAccess } from "~/auth/access.server";
import { getCaseDocument } from "~/data/case-document.server";
import { findEvidencePack, listPackDocuments } from "~/data/evidence-packs.server";
import { formatDayMonthYear, type CalendarDate } from "~/domain/calendar/calendar-date";
import { buildTimeline, sortTimeline } from "~/domain/chronology";
import { packFileName } from "~/domain/evidence-pack/layout";
import { summariseSupport } from "~/domain/evidence-pack/summary";
import { IsolateError, runIsolated } from "~/services/isolate/isolate.server";
import { PACK_TIMEOUT_MS, PACK_WORKER_HEAP_MB } from "~/services/isolate/limits.server";
import { getStorage } from "~/services/storage/get-storage.server";
import { readAll } from "~/services/storage/storage.server";
import { log } from "~/services/log.server";
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

type BundleSpec = { title: string; purpose: string | null; documentIds: string[]; includeChronology: boolean; includeSummary: boolean };

/** The whole case as one readable PDF: the chronology, the support summary and every document, oldest first. */
export async function buildWholeCasePdf(access: CaseAccess, today: CalendarDate) {
  const document = await getCaseDocument(access);
  const documentIds = [...document.documents].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "")).map((d) => d.id);
  return buildBundlePdf(
    access,
    { title: `${document.child.name}: the whole case`, purpose: "Everything recorded in Clearpath, for the family to keep", documentIds, includeChronology: true, includeSummary: true },
    today,
  );
}

async function buildBundlePdf(access: CaseAccess, pack: BundleSpec, today: CalendarDate): Promise<{ fileName: string; bytes: Uint8Array }> {
  const document = await getCaseDocument(access);
  const sources: PackSource[] = [];
  for (const row of await listPackDocuments(access, pack.documentIds)) {
    const stream = await getStorage().get(row.storageKey);
    if (!stream) log("warn", "a document's stored file is missing", { documentId: row.id });
    sources.push({
      title: row.title,
      dateText: row.date ? formatDayMonthYear(row.date) : null,
      mediaType: row.mediaType,
      bytes: stream ? new Uint8Array(await readAll(stream)) : null,
      text: row.text,
    });
  }
  const bytes = await renderInWorker({
    title: pack.title,
    purpose: pack.purpose,
    childName: document.child.name,
    preparedOn: formatDayMonthYear(today),
    preparedOnDate: today,
    chronology: pack.includeChronology
      ? sortTimeline(buildTimeline(document), "oldest").map((entry) => ({
          dateText: formatDayMonthYear(entry.date),
          title: entry.title,
          detail: entry.detail,
        }))
      : null,
    summary: pack.includeSummary ? summariseSupport(document, today) : null,
    sources,
  });
  return { fileName: packFileName(pack.title, today), bytes };
}
