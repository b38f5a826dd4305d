// Share one evidence pack by a link that needs no account: it expires, may need a passcode, and
// can be withdrawn. The link is shown once, when it is made. Every opening is in the activity log.
// The appeal bundle's sharing page works the same way (appeal-bundle-share.tsx, decision 149).
import type { RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/evidence-pack-share";
import { openCase } from "~/auth/case-route.server";
import { ShareLinks } from "~/components/share-links";
import { findEvidencePack } from "~/data/evidence-packs.server";
import { actOnShareLinks, listShareLinkRows } from "~/services/share-link-page.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Evidence packs: one record", section: "evidence" } };

export const meta: Route.MetaFunction = () => [{ title: "Share a pack by link – Clearpath" }];

async function ownPack(request: Request, context: Route.LoaderArgs["context"], params: Route.LoaderArgs["params"]) {
  const { access } = await openCase({ request, context, params }, "own");
  const pack = await findEvidencePack(access, params.packId);
  if (!pack) fail("not_found");
  return { access, pack };
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, pack } = await ownPack(request, context, params);
  return { title: pack.title, links: await listShareLinkRows(access, { kind: "pack", packId: pack.id }) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, pack } = await ownPack(request, context, params);
  return actOnShareLinks({ request, access, target: { kind: "pack", packId: pack.id }, page: `/cases/${access.caseId}/evidence-packs/${pack.id}/share` });
}

export default function EvidencePackShare({ loaderData, actionData, params }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <p>
        <Link to={`/cases/${params.caseId}/evidence-packs/${params.packId}`}>Back to the pack</Link>
      </p>
      <h1>Share &ldquo;{loaderData.title}&rdquo; by link</h1>
      <ShareLinks
        thing="pack"
        activityHref={`/cases/${params.caseId}/activity`}
        links={loaderData.links}
        newLink={actionData?.link ?? null}
        errors={actionData?.errors}
        values={actionData?.values}
      />
    </section>
  );
}
