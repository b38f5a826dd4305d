// Placeholder while this download is being built.
import type { Route } from "./+types/letter-pdf";
import { requireCaseAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  await requireCaseAccess(requireUser(request, context), params.caseId, "read");
  return new Response("", { headers: { "Content-Type": "text/plain" } });
}
