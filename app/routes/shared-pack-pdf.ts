// The PDF of a shared evidence pack: checks the link and its passcode (requireSharedDownload), logs
// the opening in the case's activity log, and sends the file. A link to a bundle answers 404 here.
import type { Route } from "./+types/shared-pack-pdf";
import { recordShareLinkOpening } from "~/auth/access.server";
import { requireSharedDownload } from "~/auth/shared-download.server";
import { requestInfoContext, todayContext } from "~/context";
import { readForm } from "~/forms/parse";
import { buildEvidencePackPdf } from "~/services/evidence-pack/build-pack.server";
import { fail } from "~/errors";

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, link } = await requireSharedDownload({
    token: params.token,
    kind: "pack",
    clientAddress: context.get(requestInfoContext).clientAddress,
    readPasscode: async () => String((await readForm(request)).get("passcode") ?? ""),
  });
  const pdf = await buildEvidencePackPdf(access, link.opens.packId, context.get(todayContext));
  if (!pdf) fail("not_found");
  await recordShareLinkOpening(link);
  return new Response(Buffer.from(pdf.bytes), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${pdf.fileName}"`, "Cache-Control": "private, no-store" },
  });
}
