// Delete a case and everything in it. Owner only.
import type { RouteHandle } from "~/route-meta";
import { Form, Link } from "react-router";
import type { Route } from "./+types/case-delete";
import { openCase } from "~/auth/case-route.server";
import { deleteCase, getCase } from "~/data/cases.server";
import { redirectWithFlash } from "~/services/flash.server";

export const handle: RouteHandle = { page: { name: "Delete the case", section: "overview", comments: false } };

export const meta: Route.MetaFunction = () => [{ title: "Delete case – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access } = await openCase({ request, context, params }, "own");
  const found = await getCase(access);
  return { caseId: found.id, childName: found.childName };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access } = await openCase({ request, context, params }, "own");
  const found = await getCase(access);
  await deleteCase(access);
  return redirectWithFlash("/cases", `The case for ${found.childName} has been deleted.`);
}

export default function DeleteCase({ loaderData }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <h1>Delete the case for {loaderData.childName}</h1>
      <p>This deletes the case and everything recorded in it. It cannot be undone.</p>
      <Form method="post" className="actions">
        <button type="submit" className="danger">
          Delete this case
        </button>
        <Link to={`/cases/${loaderData.caseId}`}>Cancel</Link>
      </Form>
    </section>
  );
}
