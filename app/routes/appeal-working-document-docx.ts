// One exported version of an appeal's working document as a Word file (?version=N, or the latest),
// rendered again from what was kept when it was exported, so it is the same document whatever changed since.
import type { RouteHandle } from "~/route-meta";
import type { Route } from "./+types/appeal-working-document-docx";
import { openCase } from "~/auth/case-route.server";
import { keptFileResponse } from "~/services/tribunal-documents/kept-file.server";

export const handle: RouteHandle = { page: { name: "Appeal: working document", section: "council" } };

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access } = await openCase({ request, context, params }, "read");
  return keptFileResponse(access, params.appealId, new URL(request.url), { kind: "working_document", format: "docx" });
}
