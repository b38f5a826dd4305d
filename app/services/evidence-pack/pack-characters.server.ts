// Which characters of an evidence pack (or the whole-case PDF) the PDF cannot print, for the
// notice on the pages that offer the download. Reads the same records the pack is drawn from:
// its details, the child's name, the chronology, the summary, and each document's title and,
// where the document is drawn as text rather than copied as pages or a picture, its text.
import type { CaseAccess } from "~/auth/access.server";
import { getCaseDocument } from "~/data/case-document.server";
import { listPackDocuments } from "~/data/evidence-packs.server";
import type { CalendarDate } from "~/domain/calendar/calendar-date";
import { buildTimeline } from "~/domain/chronology";
import { summariseSupport } from "~/domain/evidence-pack/summary";
import { listTexts, type UnprintableKind } from "~/domain/printing/printable-text";
import { findUnprintableInPdf } from "~/services/pdf/fonts.server";

type PackChoice = {
  title: string;
  purpose: string | null;
  documentIds: string[];
  includeChronology: boolean;
  includeSummary: boolean;
};

/** A PDF or a picture goes into the pack as itself, so only its title is drawn. */
const KEPT_AS_IS = new Set(["application/pdf", "image/png", "image/jpeg"]);

export async function findPackUnprintable(
  access: CaseAccess,
  pack: PackChoice,
  today: CalendarDate,
): Promise<UnprintableKind[]> {
  const document = await getCaseDocument(access);
  const documents = await listPackDocuments(access, pack.documentIds);
  return findUnprintableInPdf([
    pack.title,
    pack.purpose,
    document.child.name,
    ...(pack.includeChronology
      ? listTexts(buildTimeline(document).map((entry) => [entry.title, entry.detail]))
      : []),
    ...(pack.includeSummary ? listTexts(summariseSupport(document, today)) : []),
    ...documents.flatMap((row) => [row.title, KEPT_AS_IS.has(row.mediaType) ? null : row.text]),
  ]);
}

/** The same for the whole-case PDF: every document, the chronology and the summary. */
export async function findWholeCaseUnprintable(
  access: CaseAccess,
  today: CalendarDate,
): Promise<UnprintableKind[]> {
  const document = await getCaseDocument(access);
  return findPackUnprintable(
    access,
    {
      title: document.child.name,
      purpose: null,
      documentIds: document.documents.map((d) => d.id),
      includeChronology: true,
      includeSummary: true,
    },
    today,
  );
}
