// The evidence pack as one PDF, built when asked for, so it always has the latest documents.
import type { RouteHandle } from "~/route-meta";
import type { Route } from "./+types/evidence-pack-pdf";
import { openCase } from "~/auth/case-route.server";
import { buildEvidencePackPdf } from "~/services/evidence-pack/build-pack.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Evidence packs: one record", section: "evidence" } };

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "read");
  const pack = await buildEvidencePackPdf(access, params.packId, today);
  if (!pack) fail("not_found");
  return new Response(Buffer.from(pack.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${pack.fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
