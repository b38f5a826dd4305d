// The targets of one cycle: add, change and remove them, each with the target check.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/support-targets";
import { openCase } from "~/auth/case-route.server";
import { AddForm, ErrorSummary, RadioGroup, SubmitButton, TextArea, typedOr } from "~/components/form";
import { LineStatusTag, TargetCheckResult } from "~/components/support/checks";
import { cycleName } from "~/components/support/cycle-name";
import { LiveTargetCheck } from "~/components/support/live-target-check";
import { TARGET_LIMIT, targetsActionSchema } from "~/forms/support";
import { readForm, parseIntentForm } from "~/forms/parse";
import { addTarget, getPlan, removeTarget, updateTarget } from "~/data/cycles.server";
import { AREA_INFO, AREAS_OF_NEED, checkTarget } from "~/domain";
import { comparePlans } from "~/domain/support/compare-plans";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Support plans: one record", section: "school" } };

export const meta: Route.MetaFunction = () => [{ title: "Targets – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const plan = await getPlan(access, params.cycleId);
  const comparison = plan.previous ? comparePlans(plan.previous, plan) : null;
  const canWrite = can.write;
  const editId = new URL(request.url).searchParams.get("edit");
  return {
    caseId: access.caseId,
    cycleId: plan.cycle.id,
    name: cycleName(plan.cycle),
    canWrite,
    editing: canWrite ? (plan.targets.find((t) => t.id === editId) ?? null) : null,
    targets: plan.targets.map((target) => ({
      ...target,
      areaLabel: target.area ? AREA_INFO[target.area].label : null,
      check: checkTarget(target.text),
      status: comparison?.targets[target.id],
    })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const plan = await getPlan(access, params.cycleId);
  const here = `/cases/${access.caseId}/support/${plan.cycle.id}/targets`;
  const formData = await readForm(request);
  const form = parseIntentForm(formData, targetsActionSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  if (form.data.intent === "remove") {
    await removeTarget(access, plan.cycle, form.data.id);
    return redirectWithFlash(here, "Target removed.");
  }
  if (form.data.intent === "edit") {
    const { id, text, area } = form.data;
    if (!(await updateTarget(access, plan.cycle, id, { text, area })))
      fail("not_found");
    return redirectWithFlash(here, "Target saved.");
  }
  await addTarget(access, plan.cycle, { text: form.data.text, area: form.data.area });
  return redirectWithFlash(here, "Target added.");
}

export default function Targets({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors;
  const values = actionData?.values;
  const base = `/cases/${loaderData.caseId}/support/${loaderData.cycleId}`;
  const { editing } = loaderData;
  return (
    <section className="narrow">
      <p>
        <Link to={base}>Back to {loaderData.name}</Link>
      </p>
      <h1>Targets</h1>
      <p>
        A good target says exactly what your child will do, how progress will be measured, and by
        when. Each target below is checked for these three things.
      </p>
      {loaderData.targets.length === 0 ? <p>No targets yet.</p> : null}
      <ol className="plan-list">
        {loaderData.targets.map((target, index) => (
          <li key={target.id} className="card">
            <p className="plan-list__text">{target.text}</p>
            {target.areaLabel ? <p className="meta">{target.areaLabel}</p> : null}
            <LineStatusTag status={target.status} />
            <TargetCheckResult check={target.check} />
            {loaderData.canWrite ? (
              <div className="actions">
                <Link to={`?edit=${target.id}`}>
                  Change<span className="visually-hidden"> target {index + 1}</span>
                </Link>
                <Form method="post">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="id" value={target.id} />
                  <button type="submit" className="secondary">
                    Remove<span className="visually-hidden"> target {index + 1}</span>
                  </button>
                </Form>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {loaderData.canWrite ? (
        <>
          <h2>{editing ? "Change a target" : "Add a target"}</h2>
          <ErrorSummary errors={errors} />
          <AddForm method="post" noValidate key={editing?.id ?? "add"}>
            <input type="hidden" name="intent" value={editing ? "edit" : "add"} />
            {editing ? <input type="hidden" name="id" value={editing.id} /> : null}
            <LiveTargetCheck initialText={typedOr(values, "text", editing?.text)}>
              <TextArea
                name="text"
                label="Target"
                hint="For example: By the end of the spring term, your child will read 40 of the first 100 common words without help."
                maxLength={TARGET_LIMIT}
                rows={3}
                errors={errors}
                defaultValue={typedOr(values, "text", editing?.text)}
              />
            </LiveTargetCheck>
            <RadioGroup
              name="area"
              legend="Area of need (optional)"
              options={[
                ...AREAS_OF_NEED.map((area) => ({ value: area, label: AREA_INFO[area].label })),
                { value: "", label: "Not sure" },
              ]}
              selected={typedOr(values, "area", editing ? (editing.area ?? "") : null)}
              errors={errors}
            />
            <div className="actions">
              <SubmitButton>{editing ? "Save target" : "Add target"}</SubmitButton>
              {editing ? <Link to={`${base}/targets`}>Cancel</Link> : null}
            </div>
          </AddForm>
        </>
      ) : null}
    </section>
  );
}
