// The whole case as one readable PDF, for the owner only.
import type { Route } from "./+types/case-export-pdf";
import { requireCaseAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { buildWholeCasePdf } from "~/services/evidence-pack/build-pack.server";
import { todayIn } from "~/services/clock.server";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const access = await requireCaseAccess(requireUser(request, context), params.caseId, "own");
  const { fileName, bytes } = await buildWholeCasePdf(access, todayIn("Europe/London"));
  return new Response(Buffer.from(bytes), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "private, no-store" },
  });
}
