// One exported version of an appeal's witness statement as a PDF (?version=N, or the latest).
import type { RouteHandle } from "~/route-meta";
import type { Route } from "./+types/appeal-statement-pdf";
import { openCase } from "~/auth/case-route.server";
import { keptFileResponse } from "~/services/tribunal-documents/kept-file.server";

export const handle: RouteHandle = { page: { name: "Appeal: witness statement", section: "council" } };

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access } = await openCase({ request, context, params }, "read");
  return keptFileResponse(access, params.appealId, new URL(request.url), { kind: "witness_statement", format: "pdf" });
}
