// The PDF of a shared evidence pack: checks the link and its passcode (attempts are limited), logs
// the opening in the case's activity log, and sends the file. A wrong passcode goes back to the page.
import { redirect } from "react-router";
import type { Route } from "./+types/shared-pack-pdf";
import { todayContext } from "~/context";
import { findShareLinkAccess, recordShareLinkOpening } from "~/auth/access.server";
import { verifyPassword } from "~/auth/password.server";
import { noteSignInFailure, noteSignInSuccess, signInKeys, waitBeforeAttempt } from "~/auth/rate-limit.server";
import { requestInfoContext } from "~/context";
import { buildEvidencePackPdf } from "~/services/evidence-pack/build-pack.server";
import { readForm } from "~/forms/parse";
import { fail } from "~/errors";

export async function action({ request, context, params }: Route.ActionArgs) {
  const found = await findShareLinkAccess(params.token);
  if (!found) fail("not_found");
  const { access, link } = found;
  const page = `/shared/${params.token}`;
  if (link.passcodeHash) {
    const keys = signInKeys(`share-link:${link.id}`, context.get(requestInfoContext).clientAddress);
    const seconds = await waitBeforeAttempt(keys);
    if (seconds > 0) throw redirect(`${page}?problem=wait&seconds=${seconds}`);
    const passcode = String((await readForm(request)).get("passcode") ?? "");
    if (!passcode || !(await verifyPassword(link.passcodeHash, passcode))) {
      await noteSignInFailure(keys);
      throw redirect(`${page}?problem=passcode`);
    }
    await noteSignInSuccess(keys);
  }
  const pdf = await buildEvidencePackPdf(access, link.packId, context.get(todayContext));
  if (!pdf) fail("not_found");
  await recordShareLinkOpening(link);
  return new Response(Buffer.from(pdf.bytes), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${pdf.fileName}"`, "Cache-Control": "private, no-store" },
  });
}
