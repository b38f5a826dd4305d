// The answer to a download of the witness statement: one exported version (?version=N, or the
// latest) rendered again from what was kept, as Word or PDF.
import type { CaseAccess } from "~/auth/access.server";
import { getAppealDocumentVersion, latestAppealDocumentVersion } from "~/data/appeals.server";
import { readVersion } from "~/forms/appeal-writing";
import { fail } from "~/errors";
import { readStatementContent, tribunalDocumentFileName } from "./content.server";
import { renderStatementDocx } from "./docx.server";
import { renderStatementPdf } from "./statement-pdf.server";

const TYPES = { docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", pdf: "application/pdf" } as const;

export async function statementFileResponse(access: CaseAccess, appealId: string, url: URL, format: keyof typeof TYPES): Promise<Response> {
  const version = readVersion(url) ?? (await latestAppealDocumentVersion(access, appealId, "witness_statement"));
  const kept = version > 0 ? await getAppealDocumentVersion(access, appealId, "witness_statement", version) : null;
  const content = kept ? readStatementContent(kept.content) : null;
  if (!kept || !content) fail("not_found");
  const bytes = format === "pdf" ? (await renderStatementPdf(content)).bytes : await renderStatementDocx(content);
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${tribunalDocumentFileName("witness-statement", kept.version, content.date, format)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
