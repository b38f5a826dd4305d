// The whole case as one readable PDF, for the owner only.
import type { RouteHandle } from "~/route-meta";
import type { Route } from "./+types/case-export-pdf";
import { openCase } from "~/auth/case-route.server";
import { buildWholeCasePdf } from "~/services/evidence-pack/build-pack.server";

export const handle: RouteHandle = { page: { name: "Download the case", section: "overview", comments: false } };

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "own");
  const { fileName, bytes } = await buildWholeCasePdf(access, today);
  return new Response(Buffer.from(bytes), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "private, no-store" },
  });
}
