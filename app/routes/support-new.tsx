// Start a new Assess–Plan–Do–Review cycle. The last cycle's plan is carried forward into it.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/support-new";
import { openCase } from "~/auth/case-route.server";
import { ErrorSummary } from "~/components/form";
import { cycleName } from "~/components/support/cycle-name";
import { CYCLE_DATE_FIELDS, CycleFields } from "~/components/support/cycle-fields";
import { cycleFormSchema } from "~/forms/support";
import { parseForm, readForm } from "~/forms/parse";
import { findLatestCycle, startCycle } from "~/data/cycles.server";
import { redirectWithFlash } from "~/services/flash.server";

export const handle: RouteHandle = { page: { name: "Support plans: one record", section: "school" } };

export const meta: Route.MetaFunction = () => [{ title: "Start a new cycle – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const latest = await findLatestCycle(access);
  return {
    caseId: access.caseId,
    latest: latest ? { name: cycleName(latest), kind: latest.kind } : null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const form = parseForm(await readForm(request), cycleFormSchema());
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const cycleId = await startCycle(access, { ...form.data, startDate: form.data.startDate! });
  return redirectWithFlash(`/cases/${access.caseId}/support/${cycleId}`, "Cycle started.");
}

export default function NewCycle({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors;
  return (
    <section className="narrow">
      <h1>Start a new cycle</h1>
      {loaderData.latest ? (
        <p className="panel">
          The targets and provision from {loaderData.latest.name} will be copied into this plan. You
          can then change them, and the plan will show which lines are the same as last time.
        </p>
      ) : (
        <p>This is the first cycle. You will add the targets and provision next.</p>
      )}
      <ErrorSummary errors={errors} labels={CYCLE_DATE_FIELDS} />
      <Form method="post" noValidate>
        <CycleFields
          errors={errors}
          values={actionData?.values}
          stored={loaderData.latest ? { ...EMPTY, kind: loaderData.latest.kind } : null}
        />
        <div className="actions">
          <button type="submit">Start cycle</button>
          <Link to={`/cases/${loaderData.caseId}/support`}>Cancel</Link>
        </div>
      </Form>
    </section>
  );
}

const EMPTY = {
  title: null,
  startDate: null,
  reviewDate: null,
  assessmentSummary: null,
  assessedBy: null,
  assessmentDate: null,
  assessmentFindings: null,
  schoolPlanNote: null,
};
