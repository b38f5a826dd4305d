// Share one evidence pack by a link that needs no account: it expires, may need a passcode, and
// can be withdrawn. The link is shown once, when it is made. Every opening is in the activity log.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/evidence-pack-share";
import { openCase } from "~/auth/case-route.server";
import { siteOrigin } from "~/auth/accounts.server";
import { ErrorSummary, TextField, typedOr } from "~/components/form";
import { findEvidencePack } from "~/data/evidence-packs.server";
import { createShareLink, listShareLinks, revokeShareLink } from "~/data/share-links.server";
import { packShareActionSchema } from "~/forms/evidence-packs";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Evidence packs: one record", section: "evidence" } };
import { formatDateTime } from "~/domain/presentation";

export const meta: Route.MetaFunction = () => [{ title: "Share a pack by link – Clearpath" }];

async function ownPack(request: Request, context: Route.LoaderArgs["context"], params: Route.LoaderArgs["params"]) {
  const { access } = await openCase({ request, context, params }, "own");
  const pack = await findEvidencePack(access, params.packId);
  if (!pack) fail("not_found");
  return { access, pack };
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, pack } = await ownPack(request, context, params);
  const links = await listShareLinks(access, pack.id);
  return { title: pack.title, links: links.map((l) => ({ ...l, until: formatDateTime(l.expiresAt) })) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, pack } = await ownPack(request, context, params);
  const formData = await readForm(request);
  const back = `/cases/${access.caseId}/evidence-packs/${pack.id}/share`;
  const form = parseIntentForm(formData, packShareActionSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values, link: null }, { status: 400 });
  if (form.data.intent === "revoke") {
    const done = await revokeShareLink(access, form.data.linkId);
    return redirectWithFlash(back, done ? "Link withdrawn. It no longer opens the pack." : "That link was already withdrawn.");
  }
  const { intent: _intent, ...link } = form.data;
  const token = await createShareLink(access, pack.id, link);
  // Shown on this page only: Clearpath keeps just its hash.
  return { errors: undefined, values: undefined, link: `${siteOrigin()}/shared/${token}` };
}

export default function EvidencePackShare({ loaderData, actionData, params }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <p>
        <Link to={`/cases/${params.caseId}/evidence-packs/${params.packId}`}>Back to the pack</Link>
      </p>
      <h1>Share &ldquo;{loaderData.title}&rdquo; by link</h1>
      <p>
        Anyone with the link can download this pack as a PDF until it expires, without an account. Add a passcode and send it separately (by text
        message, say) for more safety. Each download is listed in the case&rsquo;s <Link to={`/cases/${params.caseId}/activity`}>activity log</Link>.
      </p>
      {actionData?.link ? (
        <div className="panel" role="status">
          <p>
            <strong>Your new link.</strong> Copy it now: Clearpath does not show it again.
          </p>
          <p>
            <code className="break-all">{actionData.link}</code>
          </p>
        </div>
      ) : null}
      {loaderData.links.length > 0 ? (
        <>
          <h2>Links to this pack</h2>
          <ul className="card-list">
            {loaderData.links.map((link) => (
              <li key={link.id} className="card">
                <p>
                  <strong>{link.label}</strong>
                  {link.hasPasscode ? ", with a passcode" : ""}.{" "}
                  {link.isLive ? `Works until ${link.until}.` : link.revokedAt ? "Withdrawn." : "Expired."}
                </p>
                {link.isLive ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="linkId" value={link.id} />
                    <button type="submit" className="danger">
                      Withdraw the link for {link.label}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 id="new-link">Make a link</h2>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate aria-labelledby="new-link">
        <input type="hidden" name="intent" value="create" />
        <TextField name="label" label="Who is it for?" hint="Only you see this, in the list above and in the activity log." errors={actionData?.errors} defaultValue={typedOr(actionData?.values, "label", "")} />
        <TextField name="days" label="How many days should it work?" hint="From 1 to 30." width="short" errors={actionData?.errors} defaultValue={typedOr(actionData?.values, "days", "14")} />
        <TextField name="passcode" label="Passcode (optional)" hint="At least 6 characters. Leave empty for none." type="password" autoComplete="new-password" errors={actionData?.errors} />
        <button type="submit">Make the link</button>
      </Form>
    </section>
  );
}
