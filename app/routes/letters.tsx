// Placeholder while this page is being built.
import type { Route } from "./+types/letters";
import { requireCaseAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  await requireCaseAccess(requireUser(request, context), params.caseId, "read");
  return null;
}

export default function Placeholder() {
  return <h1>Coming soon</h1>;
}
