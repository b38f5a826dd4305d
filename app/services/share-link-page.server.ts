// What a sharing page does, for an evidence pack's and an appeal bundle's alike (decision 149): list
// the links, make one (its address is shown once: Clearpath keeps only its hash), withdraw one.
// The page has opened the case as its owner and found the pack or the appeal first.
import { data } from "react-router";
import type { CaseAccess } from "~/auth/access.server";
import { siteOrigin } from "~/auth/accounts.server";
import { createShareLink, listShareLinks, revokeShareLink, type ShareTarget } from "~/data/share-links.server";
import { formatDateTime } from "~/domain/presentation";
import { shareLinkActionSchema } from "~/forms/evidence-packs";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "./flash.server";

/** The links of one pack or bundle, newest first, each with its end written for people. */
export async function listShareLinkRows(access: CaseAccess, target: ShareTarget) {
  const links = await listShareLinks(access, target);
  return links.map((link) => ({ ...link, until: formatDateTime(link.expiresAt) }));
}

/**
 * A sharing page's action: makes a link (answering with its address) or withdraws one (a redirect
 * back to `page` with a confirmation). An invalid form answers 400 with its errors and writes nothing.
 */
export async function actOnShareLinks({ request, access, target, page }: { request: Request; access: CaseAccess; target: ShareTarget; page: string }) {
  const form = parseIntentForm(await readForm(request), shareLinkActionSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values, link: null }, { status: 400 });
  if (form.data.intent === "revoke") {
    const done = await revokeShareLink(access, target, form.data.linkId);
    return redirectWithFlash(page, done ? `Link withdrawn. It no longer opens the ${target.kind}.` : "That link was already withdrawn.");
  }
  const { intent: _intent, ...link } = form.data;
  const token = await createShareLink(access, target, link);
  return { errors: undefined, values: undefined, link: `${siteOrigin()}/shared/${token}` };
}
