// Change a cycle's kind, name, dates and assessment.
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/support-cycle-edit";
import { ErrorSummary } from "~/components/form";
import { cycleName } from "~/components/support/cycle-name";
import { CYCLE_DATE_FIELDS, CycleFields } from "~/components/support/cycle-fields";
import { cycleFormSchema } from "~/forms/support";
import { parseForm } from "~/forms/parse";
import { requireCaseAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { getCycle, updateCycle } from "~/data/cycles.server";
import { redirectWithFlash } from "~/services/flash.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `Change ${data?.name ?? "the cycle"} – Clearpath` },
];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const access = await requireCaseAccess(requireUser(request, context), params.caseId, "write");
  const cycle = await getCycle(access, params.cycleId);
  return { caseId: access.caseId, cycle, name: cycleName(cycle) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const access = await requireCaseAccess(requireUser(request, context), params.caseId, "write");
  const cycle = await getCycle(access, params.cycleId);
  const form = parseForm(await request.formData(), cycleFormSchema());
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  await updateCycle(access, cycle, { ...form.data, startDate: form.data.startDate! });
  return redirectWithFlash(`/cases/${access.caseId}/support/${cycle.id}`, "Cycle saved.");
}

export default function EditCycle({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors;
  const back = `/cases/${loaderData.caseId}/support/${loaderData.cycle.id}`;
  return (
    <section className="narrow">
      <h1>Change {loaderData.name}</h1>
      <ErrorSummary errors={errors} labels={CYCLE_DATE_FIELDS} />
      <Form method="post" noValidate>
        <CycleFields errors={errors} values={actionData?.values} stored={loaderData.cycle} />
        <div className="actions">
          <button type="submit">Save cycle</button>
          <Link to={back}>Cancel</Link>
        </div>
      </Form>
    </section>
  );
}
