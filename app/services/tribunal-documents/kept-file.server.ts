// The answer to a download of a kept version of the working document or the witness statement:
// the version named by ?version=N (or the latest when the address names none), rendered again from what was
// kept when it was exported, so it is the same document whatever changed since; not found when
// there is no such version. Every download route of the two documents answers through here.
import type { CaseAccess } from "~/auth/access.server";
import { getAppealDocumentVersion, latestAppealDocumentVersion } from "~/data/appeals.server";
import type { AppealDocumentKind } from "~/domain/codes/tribunal";
import { readVersion } from "~/forms/appeal-writing";
import { fail } from "~/errors";
import { readStatementContent, readWorkingDocumentContent, tribunalDocumentFileName } from "./content.server";
import { renderStatementDocx, renderWorkingDocumentDocx } from "./docx.server";
import { renderStatementPdf } from "./statement-pdf.server";

const TYPES = { docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", pdf: "application/pdf" } as const;

/** Which document and format a route gives: the working document is only ever a Word file. */
export type KeptFile = { kind: "working_document"; format: "docx" } | { kind: "witness_statement"; format: "docx" | "pdf" };

/**
 * The kept version ?version=N names, or the latest when the address names none, with its content as
 * stored; fails as not found when there is none (or N is not a version number).
 */
async function requireKeptVersion(access: CaseAccess, appealId: string, kind: AppealDocumentKind, url: URL) {
  const version = url.searchParams.has("version") ? readVersion(url) : await latestAppealDocumentVersion(access, appealId, kind);
  const kept = version ? await getAppealDocumentVersion(access, appealId, kind, version) : null;
  if (!kept) fail("not_found");
  return kept;
}

/** The kept content rendered as the file asked for, with the date it carries; null when this version cannot read it. */
async function renderKept(content: unknown, file: KeptFile): Promise<{ bytes: Uint8Array; date: string } | null> {
  if (file.kind === "working_document") {
    const document = readWorkingDocumentContent(content);
    return document ? { bytes: await renderWorkingDocumentDocx(document), date: document.date } : null;
  }
  const statement = readStatementContent(content);
  if (!statement) return null;
  const bytes = file.format === "pdf" ? (await renderStatementPdf(statement)).bytes : await renderStatementDocx(statement);
  return { bytes, date: statement.date };
}

export async function keptFileResponse(access: CaseAccess, appealId: string, url: URL, file: KeptFile): Promise<Response> {
  const kept = await requireKeptVersion(access, appealId, file.kind, url);
  const rendered = await renderKept(kept.content, file);
  if (!rendered) fail("not_found");
  const name = file.kind === "working_document" ? "working-document" : "witness-statement";
  return new Response(Buffer.from(rendered.bytes), {
    headers: {
      "Content-Type": TYPES[file.format],
      "Content-Disposition": `attachment; filename="${tribunalDocumentFileName(name, kept.version, rendered.date, file.format)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
