// Builds the evidence bundle of one appeal as a PDF, and counts a document's pages when it is put
// in the bundle. Both read stored files, which are untrusted, so both run in the worker within its
// limits (decision 014), as the evidence pack does; the files are read by the pack's own reader.
import type { CaseAccess } from "~/auth/access.server";
import { getAppeal } from "~/data/appeals.server";
import { getCase } from "~/data/cases.server";
import { listDocumentChoices } from "~/data/documents.server";
import type { CalendarDate } from "~/domain/calendar/calendar-date";
import type { Appeal } from "~/domain/case/case-document";
import { APPEAL_TYPE_NAMES } from "~/domain/codes/tribunal";
import { packFileName } from "~/domain/evidence-pack/layout";
import { formatDate } from "~/domain/presentation";
import { paginateAppealBundle, type CaseDocumentChoice } from "~/domain/tribunal/bundle-view";
import { readPackSources } from "~/services/evidence-pack/build-pack.server";
import { IsolateError, runIsolated } from "~/services/isolate/isolate.server";
import { PACK_TIMEOUT_MS, PACK_WORKER_HEAP_MB, WORKER_HEAP_MB } from "~/services/isolate/limits.server";
import { log } from "~/services/log.server";
import type { TribunalBundleContent } from "./render-bundle.server";

/** The answer when a bundle cannot be made within the limits. */
const BUNDLE_TOO_LARGE =
  "This bundle is too large to make as one PDF: its files need more time or memory than Clearpath allows. Take some documents out, or download them one by one.";

/** Counting one document's pages stops after this long. */
export const COUNT_TIMEOUT_MS = 20_000;

/** "Evidence bundle for the appeal: refusal to assess". */
export function bundleTitle(appeal: Pick<Appeal, "appealType">): string {
  return `Evidence bundle for the appeal: ${APPEAL_TYPE_NAMES[appeal.appealType]}`;
}

/** The appeal, the case's documents (for titles and dates) and the bundle paginated as it will print; null when the appeal is not in this case. */
export async function readAppealBundle(access: CaseAccess, appealId: string) {
  const [appeal, documents] = await Promise.all([getAppeal(access, appealId), listDocumentChoices(access)]);
  if (!appeal) return null;
  const choices: CaseDocumentChoice[] = documents.map(({ id, title, date }) => ({ id, title, date }));
  return { appeal, documents: choices, pagination: paginateAppealBundle(appeal, choices) };
}

export async function buildTribunalBundlePdf(access: CaseAccess, appealId: string, today: CalendarDate): Promise<{ fileName: string; bytes: Uint8Array } | null> {
  const found = await readAppealBundle(access, appealId);
  if (!found) return null;
  const { appeal, pagination } = found;
  const ids = pagination.items.flatMap((item) => (item.kind === "document" ? [item.documentId] : []));
  const sources = await readPackSources(access, ids, true);
  const title = bundleTitle(appeal);
  const content: TribunalBundleContent = {
    title,
    childName: (await getCase(access)).childName,
    reference: appeal.tribunalReference,
    preparedOn: formatDate(today),
    preparedOnDate: today,
    fixedOn: appeal.bundleFixed && appeal.bundleFixedOn ? formatDate(appeal.bundleFixedOn) : null,
    pagination,
    sources: Object.fromEntries(sources.map(({ id, ...source }) => [id, source])),
  };
  try {
    const bytes = await runIsolated("renderTribunalBundle", content, { timeoutMs: PACK_TIMEOUT_MS, heapMb: PACK_WORKER_HEAP_MB });
    return { fileName: packFileName(title, today), bytes };
  } catch (error) {
    if (!(error instanceof IsolateError)) throw error;
    log("warn", "a tribunal bundle could not be made", { reason: error.reason });
    throw new Response(BUNDLE_TOO_LARGE, { status: 422, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}

/** A document's pages counted, or why not: it is not a document of this case, or its file could not be read in the limits. */
export type PageCount = { ok: true; pages: number; note: string | null } | { ok: false; reason: "not_found" | "unreadable" };

/**
 * The pages a document of this case takes in the bundle, read from its file as the bundle lays it
 * out: a PDF's page count, a picture as one page, other kinds as their text on A4.
 */
export async function countDocumentPages(access: CaseAccess, documentId: string): Promise<PageCount> {
  const [source] = await readPackSources(access, [documentId], true);
  if (!source) return { ok: false, reason: "not_found" };
  const { id: _id, ...rest } = source;
  try {
    return { ok: true, ...(await runIsolated("countBundlePages", rest, { timeoutMs: COUNT_TIMEOUT_MS, heapMb: WORKER_HEAP_MB })) };
  } catch (error) {
    if (!(error instanceof IsolateError)) throw error;
    log("warn", "a document's pages could not be counted for a bundle", { reason: error.reason });
    return { ok: false, reason: "unreadable" };
  }
}
