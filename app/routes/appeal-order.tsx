// Record how the appeal ended for the council: the tribunal's order (what it ordered, and the date
// on it) or the council's concession (the day it said it would not oppose). The workspace then
// shows what the council must do and by when (R-TRIB-COMPLY, R-TRIB-UNOPPOSED).
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/appeal-order";
import { openCase } from "~/auth/case-route.server";
import { AdviceNote } from "~/components/appeals/advice-note";
import { DateField, ErrorSummary, RadioGroup, TextArea, typedDate, typedOr } from "~/components/form";
import { getAppeal, recordOrder, removeOrder, updateAppeal } from "~/data/appeals.server";
import { APPEAL_TYPE_NAMES, ORDER_KIND_LABELS, ORDER_KINDS } from "~/domain/codes/tribunal";
import { APPEAL_LIMITS, OUTCOME_LABELS, OUTCOMES, orderActionSchema } from "~/forms/appeals";
import { dateParts } from "~/forms/fields";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Appeal: the order", section: "council" } };

export const meta: Route.MetaFunction = () => [{ title: "Record the order – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const appeal = await getAppeal(access, params.appealId);
  if (!appeal) fail("not_found");
  return {
    caseId: access.caseId,
    today,
    appeal: { id: appeal.id, title: `Appeal: ${APPEAL_TYPE_NAMES[appeal.appealType]}` },
    order: appeal.order,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const appeal = await getAppeal(access, params.appealId);
  if (!appeal) fail("not_found");
  const workspace = `/cases/${access.caseId}/appeals/${appeal.id}`;
  const form = parseIntentForm(await readForm(request), orderActionSchema({ today, appealType: appeal.appealType }));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  if (form.data.intent === "remove") {
    if (!(await removeOrder(access, appeal.id))) fail("not_found");
    return redirectWithFlash(workspace, "Order removed.");
  }
  const { intent: _intent, status, ...order } = form.data;
  await recordOrder(access, appeal.id, order);
  await updateAppeal(access, appeal.id, { status });
  return redirectWithFlash(`${workspace}#order`, status === "conceded" ? "Concession recorded. Here is what the council must do." : "Order recorded. Here is what the council must do.");
}

export default function AppealOrder({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, appeal, order } = loaderData;
  const workspace = `/cases/${caseId}/appeals/${appeal.id}`;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const stored = {
    outcome: order ? (order.notOpposedOn ? "conceded" : "order") : null,
    kind: order && !order.notOpposedOn ? order.kind : null,
    madeOn: order && !order.notOpposedOn ? order.madeOn : null,
    notOpposedOn: order?.notOpposedOn ?? null,
  };
  return (
    <section className="narrow">
      <p>
        <Link to={workspace}>Back to the appeal</Link>
      </p>
      <h1>Record the order</h1>
      <p className="lead">{appeal.title}. Record what the tribunal decided, or that the council said it would not oppose the appeal.</p>
      <ErrorSummary errors={errors} labels={{ madeOn: "date", notOpposedOn: "date" }} />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="record" />
        <RadioGroup
          name="outcome"
          legend="What happened?"
          options={OUTCOMES.map((outcome) => ({ value: outcome, label: OUTCOME_LABELS[outcome] }))}
          selected={typedOr(values, "outcome", stored.outcome)}
          errors={errors}
        />
        <fieldset className="field">
          <legend>If the tribunal made an order</legend>
          <RadioGroup
            name="kind"
            legend="What did the tribunal order?"
            hint="It is in the decision the tribunal sent you."
            options={ORDER_KINDS.map((kind) => ({ value: kind, label: ORDER_KIND_LABELS[kind] }))}
            selected={typedOr(values, "kind", stored.kind)}
            errors={errors}
          />
          <DateField
            name="madeOn"
            legend="What date is on the order?"
            hint="For example 15 1 2027. The council's time runs from this date."
            errors={errors}
            value={typedDate(values, "madeOn", dateParts(stored.madeOn))}
          />
        </fieldset>
        <DateField
          name="notOpposedOn"
          legend="If the council conceded: on what date did it say it would not oppose?"
          hint="For example 1 3 2027. The council's time runs from this date."
          errors={errors}
          value={typedDate(values, "notOpposedOn", dateParts(stored.notOpposedOn))}
        />
        <TextArea name="notes" label="Notes (optional)" rows={2} maxLength={APPEAL_LIMITS.notes} errors={errors} defaultValue={typedOr(values, "notes", order?.notes)} />
        <div className="actions">
          <button type="submit">Save</button>
          <Link to={workspace}>Cancel</Link>
        </div>
      </Form>
      {order ? (
        <Form method="post">
          <input type="hidden" name="intent" value="remove" />
          <button type="submit" className="secondary">
            Remove the order
          </button>
        </Form>
      ) : null}
      <AdviceNote />
    </section>
  );
}
