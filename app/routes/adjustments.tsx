// The register of reasonable adjustments: a record, separate from SEN support, of what was asked
// for under the Equality Act, the school's answer, and whether it works. The duty is explained
// from the law catalogue, each rule with its citation.
import type { RouteHandle } from "~/route-meta";
import { data, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/adjustments";
import { openCase } from "~/auth/case-route.server";
import {
  AddForm,
  DateField,
  ErrorSummary,
  RadioGroup,
  SubmitButton,
  TextArea,
  TextField,
  typedDate,
  typedOr,
} from "~/components/form";
import { AdjustmentCard } from "~/components/progress/adjustment-card";
import {
  ADJUSTMENT_LIMITS,
  ADJUSTMENT_STATUS_LABELS,
  ADJUSTMENT_STATUSES,
  adjustmentsActionSchema,
} from "~/forms/adjustments";
import { dateParts } from "~/forms/fields";
import { readForm, parseIntentForm } from "~/forms/parse";
import {
  addAdjustment,
  findAdjustment,
  listAdjustments,
  removeAdjustment,
  updateAdjustment,
} from "~/data/adjustments.server";
import { getRule } from "~/domain/law/get-rule";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Adjustments", section: "school", menu: { label: "Adjustments", group: "case", order: 80 } } };

export const meta: Route.MetaFunction = () => [{ title: "Reasonable adjustments – Clearpath" }];

/** The rules that make up the duty, in the order a parent needs them. */
const DUTY_RULES = ["R-EQ-ADJ", "R-EQ-SCHOOL-DUTY", "R-EQ-SCH13", "R-EQ-AUX-AIDS"] as const;

const editIdSchema = z.uuid();

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const canWrite = can.write;
  const editId = new URL(request.url).searchParams.get("edit");
  let editing = null;
  if (editId !== null) {
    // An id that is not this case's (or not an id at all) is a page that does not exist.
    const parsed = editIdSchema.safeParse(editId);
    editing = canWrite && parsed.success ? await findAdjustment(access, parsed.data) : null;
    if (!editing) fail("not_found");
  }
  const duty = DUTY_RULES.map((id) => {
    const rule = getRule(id, today);
    return { id: rule.id, title: rule.title, summary: rule.summary, citations: rule.citations, verification: rule.verification, kind: rule.kind };
  });
  return { adjustments: await listAdjustments(access), editing, duty, canWrite };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const formData = await readForm(request);
  const here = `/cases/${access.caseId}/adjustments`;
  const form = parseIntentForm(formData, adjustmentsActionSchema(today));
  if (!form.ok) {
    if (form.values.intent === "remove") fail("not_found");
    return data({ errors: form.errors, values: form.values }, { status: 400 });
  }
  if (form.data.intent === "remove") {
    if (!(await removeAdjustment(access, form.data.id))) fail("not_found");
    return redirectWithFlash(here, "Adjustment removed.");
  }
  if (form.data.intent === "update") {
    const { intent: _intent, id, ...adjustment } = form.data;
    if (!(await updateAdjustment(access, id, adjustment)))
      fail("not_found");
    return redirectWithFlash(here, "Adjustment updated.");
  }
  const { intent: _intent, ...adjustment } = form.data;
  await addAdjustment(access, adjustment);
  return redirectWithFlash(here, "Adjustment added.");
}

export default function Adjustments({ loaderData, actionData }: Route.ComponentProps) {
  const { adjustments, editing, duty, canWrite } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <section>
      <h1>Reasonable adjustments</h1>
      <p className="lead narrow">
        Keep a record of the changes you have asked the school to make so your child is not at a
        disadvantage, what the school said, and whether each one works. This is separate from SEN
        support, and comes from a different law: the Equality Act 2010.
      </p>

      <section className="narrow" aria-labelledby="the-duty">
        <h2 id="the-duty">What the law says</h2>
        <ul className="card-list law-rules">
          {duty.map((rule) => (
            <li key={rule.id} className="card">
              <h3 className="card__title">{rule.title}</h3>
              <p>{rule.summary}</p>
              <p className="citation">
                Source:{" "}
                {rule.citations.map((citation, index) => (
                  <span key={citation.url + citation.provision}>
                    {index > 0 ? "; " : null}
                    <a href={citation.url}>
                      {citation.instrument}, {citation.provision}
                    </a>
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="register">
        <h2 id="register">Your register</h2>
        {adjustments.length === 0 ? <p>Nothing recorded yet.</p> : null}
        <ul className="card-list">
          {adjustments.map((adjustment) => (
            <AdjustmentCard key={adjustment.id} adjustment={adjustment} canWrite={canWrite} />
          ))}
        </ul>
      </section>

      {canWrite ? (
        <section className="narrow" aria-labelledby="adjustment-form">
          <h2 id="adjustment-form" tabIndex={-1}>
            {editing ? `Update: ${editing.description}` : "Add an adjustment"}
          </h2>
          <ErrorSummary errors={errors} labels={{ requestedOn: "date", respondedOn: "date" }} />
          <AddForm method="post" noValidate key={editing?.id ?? "new"}>
            <input type="hidden" name="intent" value={editing ? "update" : "add"} />
            {editing ? <input type="hidden" name="id" value={editing.id} /> : null}
            <TextArea
              name="description"
              label="What was asked for"
              hint="For example: ear defenders in assembly, a quiet place to go at lunchtime, or instructions written down as well as said."
              rows={2}
              maxLength={ADJUSTMENT_LIMITS.description}
              errors={errors}
              defaultValue={typedOr(values, "description", editing?.description)}
            />
            <DateField
              name="requestedOn"
              legend="When was it asked for? (optional)"
              hint="For example 10 9 2025."
              errors={errors}
              value={typedDate(values, "requestedOn", dateParts(editing?.requestedOn))}
            />
            <TextField
              name="requestedBy"
              label="Who asked for it (optional)"
              hint="For example: me, the class teacher, or the occupational therapist's report."
              maxLength={ADJUSTMENT_LIMITS.requestedBy}
              errors={errors}
              defaultValue={typedOr(values, "requestedBy", editing?.requestedBy)}
            />
            <RadioGroup
              name="status"
              legend="The school's answer"
              options={ADJUSTMENT_STATUSES.map((status) => ({
                value: status,
                label: ADJUSTMENT_STATUS_LABELS[status],
              }))}
              selected={typedOr(values, "status", editing?.status ?? "requested")}
              errors={errors}
            />
            <DateField
              name="respondedOn"
              legend="Date of the answer (optional)"
              errors={errors}
              value={typedDate(values, "respondedOn", dateParts(editing?.respondedOn))}
            />
            <TextArea
              name="reason"
              label="Reason given (optional)"
              hint="Especially if it was refused: write down the school's words."
              rows={2}
              maxLength={ADJUSTMENT_LIMITS.reason}
              errors={errors}
              defaultValue={typedOr(values, "reason", editing?.reason)}
            />
            <TextArea
              name="reviewNote"
              label="Does it work? (optional)"
              hint="Once it is in place: is it used every time, and does it help your child?"
              rows={2}
              maxLength={ADJUSTMENT_LIMITS.reviewNote}
              errors={errors}
              defaultValue={typedOr(values, "reviewNote", editing?.reviewNote)}
            />
            <div className="actions">
              <SubmitButton>{editing ? "Save changes" : "Add adjustment"}</SubmitButton>
              {editing ? <Link to=".">Cancel</Link> : null}
            </div>
          </AddForm>
        </section>
      ) : null}
    </section>
  );
}
