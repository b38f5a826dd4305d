// EHC plans: each version the council sent (draft, final, amended), how its Section F reads at a
// glance, a form to add a plan by pasting it or choosing the uploaded file, a comparison of two
// versions, and the family's own priorities to look for in every version.
import type { RouteHandle } from "~/route-meta";
import { CompareChooser } from "~/components/plans/compare-chooser";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/plans";
import { openCase } from "~/auth/case-route.server";
import { AddForm, DateField, ErrorSummary, RadioGroup, SelectField, SubmitButton, TextArea, TextField, typedDate, typedOr } from "~/components/form";
import { formatDate, plural } from "~/domain/presentation";
import { getCaseDocument } from "~/data/case-document.server";
import { getDocumentText, listDocumentChoices } from "~/data/documents.server";
import { addFamilyPriority, createPlan, listFamilyPriorities, listPlans, removeFamilyPriority } from "~/data/plans.server";
import { AREA_INFO, AREAS_OF_NEED } from "~/domain/areas-of-need";
import { planLinesOf, reviewPlan } from "~/domain/plans/review-plan";
import { splitPlan } from "~/domain/plans/split-plan";
import { formValues, parseIntentForm, readForm } from "~/forms/parse";
import { EHC_PLAN_STAGE_LABELS, EHC_PLAN_STAGES, PLAN_LIMITS, plansActionSchema } from "~/forms/plans";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "EHC plans", section: "council", menu: { label: "EHC plans", group: "case", order: 170 } } };

export const meta: Route.MetaFunction = () => [{ title: "EHC plans – Clearpath" }];

/** Files whose text can hold a plan. */
const TEXT_TYPES = new Set([
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "text/plain",
]);

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const [plans, document, choices, priorities] = await Promise.all([listPlans(access), getCaseDocument(access), listDocumentChoices(access), listFamilyPriorities(access)]);
  const reviewed = new Map(document.ehcPlans.map((plan) => [plan.id, reviewPlan(planLinesOf(plan), document.reports)]));
  return {
    base: `/cases/${access.caseId}`,
    canWrite: can.write,
    plans: plans.map((plan) => {
      const review = reviewed.get(plan.id);
      return {
        id: plan.id,
        title: plan.title,
        stage: EHC_PLAN_STAGE_LABELS[plan.stage],
        issuedOn: plan.issuedOn,
        provisionLines: review?.provision.length ?? 0,
        vague: review?.vagueCount ?? 0,
        missingRecommendations: review?.recommendations.missing.length ?? 0,
      };
    }),
    documents: choices
      .filter((choice) => TEXT_TYPES.has(choice.mediaType))
      .map((choice) => ({ value: choice.id, label: choice.date ? `${choice.title} (${formatDate(choice.date)})` : choice.title })),
    priorities: priorities.map((priority) => ({ id: priority.id, text: priority.text, area: priority.area ? AREA_INFO[priority.area].label : null })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const here = `/cases/${access.caseId}/plans`;
  const formData = await readForm(request);
  const form = parseIntentForm(formData, plansActionSchema(today));
  if (!form.ok) {
    // A priority to remove that is not an id names nothing there.
    if (form.values.intent === "remove-priority") fail("not_found");
    // Each form shows its own errors: the priority's under the priorities, the plan's under the plan.
    return data({ form: form.values.intent === "add-priority" ? "priority" : "plan", errors: form.errors, values: form.values }, { status: 400 });
  }
  if (form.data.intent === "add-priority") {
    await addFamilyPriority(access, { text: form.data.priority, area: form.data.priorityArea });
    return redirectWithFlash(`${here}#priorities`, "Priority added.");
  }
  if (form.data.intent === "remove-priority") {
    if (!(await removeFamilyPriority(access, form.data.id))) fail("not_found");
    return redirectWithFlash(`${here}#priorities`, "Priority removed.");
  }
  const fromDocument = form.data.text ? null : await getDocumentText(access, form.data.documentId!);
  if (!form.data.text && !fromDocument) return data({ form: "plan", errors: { documentId: "Choose a document from the list" }, values: formValues(formData) }, { status: 400 });
  const split = splitPlan(form.data.text ?? fromDocument?.text ?? "");
  if (split.lines.length === 0) {
    const field = form.data.text ? "text" : "documentId";
    const message = "Clearpath could not find the plan's sections. Check the text includes headings such as \"Section B\" and \"Section F\", or paste the sections yourself";
    return data({ form: "plan", errors: { [field]: message }, values: formValues(formData) }, { status: 400 });
  }
  const id = await createPlan(access, { stage: form.data.stage, title: form.data.title, issuedOn: form.data.issuedOn, documentId: form.data.documentId }, split.lines);
  return redirectWithFlash(`${here}/${id}`, `Plan added: ${plural(split.lines.length, "line")} in ${plural(split.sectionsFound.length, "section")}. Check them below.`);
}

export default function Plans({ loaderData, actionData }: Route.ComponentProps) {
  const { base, canWrite, plans, documents, priorities } = loaderData;
  const planErrors = actionData?.form === "plan" ? actionData.errors : undefined;
  const planValues = actionData?.form === "plan" ? actionData.values : undefined;
  const priorityErrors = actionData?.form === "priority" ? actionData.errors : undefined;
  const priorityValues = actionData?.form === "priority" ? actionData.values : undefined;
  return (
    <section>
      <h1>EHC plans</h1>
      <p className="lead narrow">
        Add each version of the EHC plan the council sends. Clearpath checks that Section F says exactly what support your child
        will get, that every need has an outcome and support, and that professionals&rsquo; recommendations are in the plan.
      </p>

      <section aria-labelledby="plans">
        <h2 id="plans">Plans</h2>
        {plans.length === 0 ? (
          <p>No plans added yet.</p>
        ) : (
          <ul className="card-list">
            {plans.map((plan) => (
              <li key={plan.id} className="card">
                <h3 className="card__title">
                  <Link to={`${base}/plans/${plan.id}`}>{plan.title}</Link>
                </h3>
                <p className="meta">
                  {plan.stage}
                  {plan.issuedOn ? `, dated ${formatDate(plan.issuedOn)}` : ""}.
                </p>
                <p>
                  {plan.vague === 0
                    ? `All ${plan.provisionLines} Section F lines are specific.`
                    : `${plan.vague} of ${plan.provisionLines} Section F lines are not specific enough.`}
                  {plan.missingRecommendations > 0
                    ? ` ${plan.missingRecommendations} ${plan.missingRecommendations === 1 ? "recommendation is" : "recommendations are"} missing.`
                    : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
        {plans.length >= 2 ? (
          <CompareChooser base={base} plans={plans} heading="Compare two versions" />
        ) : null}
      </section>

      {canWrite ? (
        <section className="narrow" aria-labelledby="add-plan">
          <h2 id="add-plan">Add a plan</h2>
          <ErrorSummary errors={planErrors} labels={{ issuedOn: "date" }} />
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="create" />
            <RadioGroup name="stage" legend="Which version is it?" options={EHC_PLAN_STAGES.map((value) => ({ value, label: EHC_PLAN_STAGE_LABELS[value] }))} selected={typedOr(planValues, "stage", "draft")} errors={planErrors} />
            <TextField name="title" label="Name" hint="For example: Draft plan, October 2026" maxLength={PLAN_LIMITS.title} errors={planErrors} defaultValue={typedOr(planValues, "title", null)} />
            <DateField name="issuedOn" legend="Date on the plan (optional)" hint="For example 5 10 2026" errors={planErrors} value={typedDate(planValues, "issuedOn", { day: "", month: "", year: "" })} />
            <SelectField
              name="documentId"
              label="The plan from your documents"
              hint={documents.length === 0 ? "Upload the plan under Documents first, or paste it below." : "Choose the plan if you have uploaded it (PDF, Word or text)."}
              options={documents}
              selected={typedOr(planValues, "documentId", null)}
              emptyLabel="None: I will paste it"
              errors={planErrors}
            />
            <TextArea
              name="text"
              label="Or paste the plan's text"
              hint="Include the section headings, such as Section B, Section E and Section F."
              rows={10}
              maxLength={PLAN_LIMITS.text}
              errors={planErrors}
              defaultValue={typedOr(planValues, "text", null)}
            />
            <div className="actions">
              <button type="submit">Add the plan</button>
            </div>
          </Form>
        </section>
      ) : null}

      <section className="narrow" aria-labelledby="priorities">
        <h2 id="priorities" tabIndex={-1}>
          What matters most to your family
        </h2>
        <p>Write the outcomes you want for your child. Clearpath looks for each one in every version of the plan.</p>
        {priorities.length === 0 ? (
          <p>No priorities written yet.</p>
        ) : (
          <ul className="link-list">
            {priorities.map((priority) => (
              <li key={priority.id}>
                {priority.text}
                {priority.area ? ` (${priority.area})` : ""}
                {canWrite ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="remove-priority" />
                    <input type="hidden" name="id" value={priority.id} />{" "}
                    <button type="submit" className="link-button" aria-label={`Remove: ${priority.text}`}>
                      Remove
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {canWrite ? (
          <AddForm method="post" noValidate>
            <ErrorSummary errors={priorityErrors} />
            <input type="hidden" name="intent" value="add-priority" />
            <TextField name="priority" label="A priority" hint="For example: to make and keep a friend" maxLength={PLAN_LIMITS.priority} errors={priorityErrors} defaultValue={typedOr(priorityValues, "priority", null)} />
            <SelectField name="priorityArea" label="Area of need (optional)" options={AREAS_OF_NEED.map((area) => ({ value: area, label: AREA_INFO[area].label }))} selected={typedOr(priorityValues, "priorityArea", null)} errors={priorityErrors} />
            <div className="actions">
              <SubmitButton className="secondary">
                Add the priority
              </SubmitButton>
            </div>
          </AddForm>
        ) : null}
      </section>
    </section>
  );
}
