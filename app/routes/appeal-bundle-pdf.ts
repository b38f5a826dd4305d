// An appeal's evidence bundle as one PDF, built when asked for, so it always has the latest documents.
import type { RouteHandle } from "~/route-meta";
import type { Route } from "./+types/appeal-bundle-pdf";
import { openCase } from "~/auth/case-route.server";
import { buildTribunalBundlePdf } from "~/services/tribunal-bundle/build-bundle.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Appeals: evidence bundle", section: "council" } };

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "read");
  const bundle = await buildTribunalBundlePdf(access, params.appealId, today);
  if (!bundle) fail("not_found");
  return new Response(Buffer.from(bundle.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${bundle.fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
