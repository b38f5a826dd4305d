// One exported version of an appeal's working document as a Word file (?version=N), rendered again
// from what was kept when it was exported, so it is the same document whatever changed since.
import type { RouteHandle } from "~/route-meta";
import type { Route } from "./+types/appeal-working-document-docx";
import { openCase } from "~/auth/case-route.server";
import { getAppealDocumentVersion } from "~/data/appeals.server";
import { readVersion } from "~/forms/appeal-writing";
import { readWorkingDocumentContent, tribunalDocumentFileName } from "~/services/tribunal-documents/content.server";
import { renderWorkingDocumentDocx } from "~/services/tribunal-documents/docx.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Appeal: working document", section: "council" } };

const WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access } = await openCase({ request, context, params }, "read");
  const version = readVersion(new URL(request.url));
  const kept = version === null ? null : await getAppealDocumentVersion(access, params.appealId, "working_document", version);
  const content = kept ? readWorkingDocumentContent(kept.content) : null;
  if (!kept || !content) fail("not_found");
  const bytes = await renderWorkingDocumentDocx(content);
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": WORD_TYPE,
      "Content-Disposition": `attachment; filename="${tribunalDocumentFileName("working-document", kept.version, content.date, "docx")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
