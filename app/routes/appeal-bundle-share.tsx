// Share an appeal's evidence bundle by a link that needs no account, for a representative (issue 23,
// decision 149): the same links as an evidence pack's (an end date, an optional passcode, withdrawn
// at any time, each download in the activity log). The visitor downloads the same PDF as the bundle page's.
import type { RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/appeal-bundle-share";
import { openCase } from "~/auth/case-route.server";
import { ShareLinks } from "~/components/share-links";
import { getAppeal } from "~/data/appeals.server";
import { actOnShareLinks, listShareLinkRows } from "~/services/share-link-page.server";
import { bundleTitle } from "~/services/tribunal-bundle/build-bundle.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Appeals: evidence bundle", section: "council" } };

export const meta: Route.MetaFunction = () => [{ title: "Share the bundle by link – Clearpath" }];

async function ownAppeal(request: Request, context: Route.LoaderArgs["context"], params: Route.LoaderArgs["params"]) {
  const { access } = await openCase({ request, context, params }, "own");
  const appeal = await getAppeal(access, params.appealId);
  if (!appeal) fail("not_found");
  return { access, appeal };
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, appeal } = await ownAppeal(request, context, params);
  return { title: bundleTitle(appeal), links: await listShareLinkRows(access, { kind: "bundle", appealId: appeal.id }) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, appeal } = await ownAppeal(request, context, params);
  return actOnShareLinks({ request, access, target: { kind: "bundle", appealId: appeal.id }, page: `/cases/${access.caseId}/appeals/${appeal.id}/bundle/share` });
}

export default function AppealBundleShare({ loaderData, actionData, params }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <p>
        <Link to={`/cases/${params.caseId}/appeals/${params.appealId}/bundle`}>Back to the bundle</Link>
      </p>
      <h1>Share the bundle by link</h1>
      <p className="lead">
        {loaderData.title}. Your representative, or anyone helping you at the tribunal, can download it with the same page numbers as yours.
      </p>
      <ShareLinks
        thing="bundle"
        activityHref={`/cases/${params.caseId}/activity`}
        links={loaderData.links}
        newLink={actionData?.link ?? null}
        errors={actionData?.errors}
        values={actionData?.values}
      />
    </section>
  );
}
