// Start an appeal from a decision recorded on the statutory page (?decision=<eventId>): for a plan,
// which sections are appealed; whether to ask for health and social care recommendations; where
// the family is with mediation, with the certificate's date. Saving opens the appeal's workspace.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/appeals-new";
import { openCase } from "~/auth/case-route.server";
import { CheckboxGroup, DateField, ErrorSummary, RadioGroup, typedDate, typedList, typedOr } from "~/components/form";
import { startAppeal } from "~/data/appeals.server";
import { findStatutoryEvent, listStatutoryEvents } from "~/data/statutory.server";
import { APPEAL_SECTION_LABELS, APPEAL_SECTIONS, APPEAL_TYPE_LABELS, MEDIATION_STEP_LABELS, MEDIATION_STEPS } from "~/domain/codes/tribunal";
import { periodOf } from "~/domain/law/statements";
import { formatDate } from "~/domain/presentation";
import { describeDecision } from "~/domain/statutory/decisions";
import { appealTypeOf, canAskForRecommendations, decisionAppealOf } from "~/domain/tribunal/start-appeal";
import { startAppealFormSchema, YES_NO, YES_NO_LABELS } from "~/forms/appeals";
import { parseForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";
import type { CaseAccess } from "~/auth/access.server";

export const handle: RouteHandle = { page: { name: "Appeals: start an appeal", section: "council" } };

export const meta: Route.MetaFunction = () => [{ title: "Start an appeal – Clearpath" }];

const decisionIdSchema = z.uuid();

/** The decision named in the address: one of this case's appealable decisions, or not found. */
async function requireDecision(access: CaseAccess, request: Request) {
  const asked = new URL(request.url).searchParams.get("decision");
  if (asked === null) return null;
  const id = decisionIdSchema.safeParse(asked);
  const event = id.success ? await findStatutoryEvent(access, id.data) : null;
  if (!event || !decisionAppealOf(event.type)) fail("not_found");
  return event;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const decision = await requireDecision(access, request);
  const choices = decision
    ? []
    : (await listStatutoryEvents(access))
        .filter((event) => decisionAppealOf(event.type) !== null)
        .reverse()
        .map((event) => ({ id: event.id, title: `${describeDecision(event.type)}, ${formatDate(event.date)}` }));
  const appeal = decision ? decisionAppealOf(decision.type) : null;
  return {
    caseId: access.caseId,
    today,
    choices,
    decision: decision
      ? {
          id: decision.id,
          title: `${describeDecision(decision.type)}, ${formatDate(decision.date)}`,
          isPlan: appeal?.kind === "plan",
          fixedType: appeal?.kind === "fixed" ? APPEAL_TYPE_LABELS[appeal.appealType] : null,
          asksRecommendations: appeal?.kind === "plan" || canAskForRecommendations(appealTypeOf(decision.type, [])),
        }
      : null,
    mediationPeriod: periodOf("R-APP-MEDIATION"),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const decision = await requireDecision(access, request);
  if (!decision) fail("not_found");
  const form = parseForm(await readForm(request), startAppealFormSchema({ today, decisionType: decision.type }));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const appealId = await startAppeal(access, { ...form.data, decisionEventId: decision.id });
  return redirectWithFlash(`/cases/${access.caseId}/appeals/${appealId}`, "Appeal started. Here is what to do next.");
}

export default function NewAppeal({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, decision, choices, mediationPeriod } = loaderData;
  const base = `/cases/${caseId}`;
  if (!decision) {
    return (
      <section className="narrow">
        <p>
          <Link to={`${base}/appeals`}>Back to appeals</Link>
        </p>
        <h1>Which decision are you appealing?</h1>
        {choices.length === 0 ? (
          <p>
            No decision you can appeal is recorded yet. Record the council's decision on the{" "}
            <Link to={`${base}/statutory`}>assessment and plan page</Link> first, with the date on its letter.
          </p>
        ) : (
          <ul className="choice-links">
            {choices.map((choice) => (
              <li key={choice.id}>
                <Link to={`?decision=${choice.id}`}>{choice.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <section className="narrow">
      <p>
        <Link to={`${base}/appeals`}>Back to appeals</Link>
      </p>
      <h1>Start an appeal</h1>
      <p className="lead">Against: {decision.title}.</p>
      <ErrorSummary errors={errors} labels={{ mediationCertificateOn: "date" }} />
      <Form method="post" noValidate>
        {decision.isPlan ? (
          <CheckboxGroup
            name="sections"
            legend="What in the plan do you disagree with?"
            hint="Choose every section you want the tribunal to change."
            options={APPEAL_SECTIONS.map((section) => ({ value: section, label: APPEAL_SECTION_LABELS[section] }))}
            selected={typedList(values, "sections", [])}
            errors={errors}
          />
        ) : (
          <p>
            <strong>What you are appealing:</strong> {decision.fixedType}.
          </p>
        )}
        {decision.asksRecommendations ? (
          <RadioGroup
            name="wantsRecommendations"
            legend="Do you also want the tribunal to recommend changes to health and social care in the plan?"
            hint="The tribunal can only recommend these, not order them. The rule is R-APP-NATIONAL-TRIAL."
            options={YES_NO.map((value) => ({ value, label: YES_NO_LABELS[value] }))}
            selected={typedOr(values, "wantsRecommendations", "no")}
            errors={errors}
          />
        ) : null}
        <RadioGroup
          name="mediation"
          legend="Where are you with mediation?"
          hint={`Before most appeals you must contact a mediation adviser within ${mediationPeriod} of the decision letter and get a certificate. You do not have to go to mediation. An appeal only about the school (Section I) does not need one (R-APP-MEDIATION).`}
          options={MEDIATION_STEPS.filter((step) => decision.isPlan || step !== "not_needed_school_only").map((step) => ({ value: step, label: MEDIATION_STEP_LABELS[step] }))}
          selected={typedOr(values, "mediation", null)}
          errors={errors}
        />
        <DateField
          name="mediationCertificateOn"
          legend="If you have a certificate: what date is on it?"
          hint="For example 10 4 2026. The appeal date can run from it."
          errors={errors}
          value={typedDate(values, "mediationCertificateOn", { day: "", month: "", year: "" })}
        />
        <div className="actions">
          <button type="submit">Start the appeal</button>
          <Link to={`${base}/appeals`}>Cancel</Link>
        </div>
      </Form>
    </section>
  );
}
