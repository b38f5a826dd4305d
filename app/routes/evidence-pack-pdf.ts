// The evidence pack as one PDF, built when asked for, so it always has the latest documents.
import type { Route } from "./+types/evidence-pack-pdf";
import { requireCaseAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { buildEvidencePackPdf } from "~/services/evidence-pack/build-pack.server";
import { todayIn } from "~/services/clock.server";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const access = await requireCaseAccess(requireUser(request, context), params.caseId, "read");
  const pack = await buildEvidencePackPdf(access, params.packId, todayIn("Europe/London"));
  if (!pack) throw new Response("Not Found", { status: 404 });
  return new Response(Buffer.from(pack.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${pack.fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
