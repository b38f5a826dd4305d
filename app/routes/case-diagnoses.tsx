// Diagnoses: optional, and kept apart from needs. Support follows needs, not labels.
import type { RouteHandle } from "~/route-meta";
import { data, Form } from "react-router";
import type { Route } from "./+types/case-diagnoses";
import { openCase } from "~/auth/case-route.server";
import { AddForm, DateField, ErrorSummary, SubmitButton, TextField, typedDate, typedOr } from "~/components/form";
import { diagnosesActionSchema } from "~/forms/case";
import { dateParts } from "~/forms/fields";
import { readForm, parseIntentForm } from "~/forms/parse";
import { addDiagnosis, listDiagnoses, removeDiagnosis } from "~/data/cases.server";
import { redirectWithFlash } from "~/services/flash.server";
import { formatDate } from "~/domain/presentation";

export const handle: RouteHandle = { page: { name: "Diagnoses", section: "overview", menu: { label: "Diagnoses", group: "case", order: 35 } } };

export const meta: Route.MetaFunction = () => [{ title: "Diagnoses – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  return { diagnoses: await listDiagnoses(access), canWrite: can.write };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const formData = await readForm(request);
  const here = `/cases/${access.caseId}/diagnoses`;
  const form = parseIntentForm(formData, diagnosesActionSchema(today));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  if (form.data.intent === "remove") {
    await removeDiagnosis(access, form.data.id);
    return redirectWithFlash(here, "Diagnosis removed.");
  }
  const { intent: _intent, ...diagnosis } = form.data;
  await addDiagnosis(access, diagnosis);
  return redirectWithFlash(here, "Diagnosis added.");
}

export default function Diagnoses({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <section className="narrow">
      <h1>Diagnoses</h1>
      <p>
        A diagnosis is optional. Your child can get SEN support, and you can ask for an assessment, without one: support
        should follow what your child needs.
      </p>
      {loaderData.diagnoses.length === 0 ? <p>No diagnoses recorded.</p> : null}
      <ul className="card-list">
        {loaderData.diagnoses.map((d) => (
          <li key={d.id} className="card">
            <h2 className="card__title">{d.name}</h2>
            <p className="meta">{[d.date ? formatDate(d.date) : null, d.madeBy].filter(Boolean).join(", ") || "No date or author recorded"}</p>
            {loaderData.canWrite ? (
              <Form method="post">
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="id" value={d.id} />
                <button type="submit" className="secondary">
                  Remove<span className="visually-hidden"> {d.name}</span>
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {loaderData.canWrite ? (
        <>
          <h2>Add a diagnosis</h2>
          <ErrorSummary errors={errors} labels={{ date: "date" }} />
          <AddForm method="post" noValidate>
            <input type="hidden" name="intent" value="add" />
            <TextField name="name" label="Diagnosis" required maxLength={200} errors={errors} defaultValue={typedOr(values, "name", "")} />
            <DateField name="date" legend="Date given (optional)" errors={errors} value={typedDate(values, "date", dateParts(null))} />
            <TextField name="madeBy" label="Who gave it (optional)" hint="For example, the community paediatrician." maxLength={200} errors={errors} defaultValue={typedOr(values, "madeBy", "")} />
            <SubmitButton>Add diagnosis</SubmitButton>
          </AddForm>
        </>
      ) : null}
    </section>
  );
}
