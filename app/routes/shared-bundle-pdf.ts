// The PDF of a shared appeal bundle: the same file as the bundle page's bundle.pdf (the same
// service, so the same page numbers), behind the link's checks and passcode (requireSharedDownload).
// Each download is logged in the case's activity log. A link to a pack answers 404 here.
import type { Route } from "./+types/shared-bundle-pdf";
import { recordShareLinkOpening } from "~/auth/access.server";
import { requireSharedDownload } from "~/auth/shared-download.server";
import { requestInfoContext, todayContext } from "~/context";
import { readForm } from "~/forms/parse";
import { buildTribunalBundlePdf } from "~/services/tribunal-bundle/build-bundle.server";
import { fail } from "~/errors";

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, link } = await requireSharedDownload({
    token: params.token,
    kind: "bundle",
    clientAddress: context.get(requestInfoContext).clientAddress,
    readPasscode: async () => String((await readForm(request)).get("passcode") ?? ""),
  });
  const bundle = await buildTribunalBundlePdf(access, link.opens.appealId, context.get(todayContext));
  if (!bundle) fail("not_found");
  await recordShareLinkOpening(link);
  return new Response(Buffer.from(bundle.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${bundle.fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
