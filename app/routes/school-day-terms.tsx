// The school's calendar: its terms, and the days inside a term with no school (half-term, training
// days). School days are counted on it; without it every weekday but bank holidays counts, and
// every school-day figure says it is an estimate.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/school-day-terms";
import { openCase } from "~/auth/case-route.server";
import { AddForm, DateField, ErrorSummary, RadioGroup, SubmitButton, TextField, typedDate, typedOr } from "~/components/form";
import { addSchoolTerm, listSchoolTerms, removeSchoolTerm } from "~/data/school-day.server";
import { SCHOOL_TERM_KIND_LABELS, SCHOOL_TERM_KINDS } from "~/domain/codes/school-day";
import { formatDate } from "~/domain/presentation";
import { dateParts } from "~/forms/fields";
import { SCHOOL_DAY_LIMITS, schoolTermsActionSchema } from "~/forms/school-day";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "School day: term dates", section: "school" } };

export const meta: Route.MetaFunction = () => [{ title: "The school's term dates – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  return { caseId: access.caseId, canWrite: can.write, terms: await listSchoolTerms(access) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const here = `/cases/${access.caseId}/school-day/terms`;
  const existing = await listSchoolTerms(access);
  const form = parseIntentForm(await readForm(request), schoolTermsActionSchema(existing));
  if (!form.ok) {
    if (form.values.intent === "remove") fail("not_found");
    return data({ errors: form.errors, values: form.values }, { status: 400 });
  }
  if (form.data.intent === "remove") {
    if (!(await removeSchoolTerm(access, form.data.id))) fail("not_found");
    return redirectWithFlash(here, "Removed from the school's calendar.");
  }
  const { intent: _intent, ...term } = form.data;
  await addSchoolTerm(access, term);
  return redirectWithFlash(here, term.kind === "term" ? "Term added." : "Closure added.");
}

export default function SchoolTerms({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, canWrite, terms } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const hasTerms = terms.some((term) => term.kind === "term");
  return (
    <section>
      <p>
        <Link to={`/cases/${caseId}/school-day`}>Back to the school day</Link>
      </p>
      <h1>The school's term dates</h1>
      <p className="lead narrow">
        The law counts most exclusion time limits in school days: days the school is open for pupils. Add the school's terms
        from its website or newsletter, and any days inside a term with no school, such as half-term or training days.
      </p>
      {!hasTerms ? (
        <p className="panel narrow">
          No terms yet. Until you add them, Clearpath counts every weekday except bank holidays, and says every school-day
          figure and date is an estimate.
        </p>
      ) : null}

      <section aria-labelledby="calendar">
        <h2 id="calendar">The calendar</h2>
        {terms.length === 0 ? (
          <p>Nothing recorded yet.</p>
        ) : (
          <ul className="card-list school-terms">
            {terms.map((term) => (
              <li key={term.id} className="card">
                <h3 className="card__title">{term.label}</h3>
                <p className="meta">{term.kind === "term" ? "A term" : "No school inside a term"}</p>
                <p>
                  {formatDate(term.start)} to {formatDate(term.end)}
                </p>
                {canWrite ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="id" value={term.id} />
                    <button type="submit" className="link-button">
                      Remove<span className="visually-hidden"> {term.label}</span>
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {canWrite ? (
        <section className="narrow" aria-labelledby="add-term">
          <h2 id="add-term">Add a term or a closure</h2>
          <ErrorSummary errors={errors} labels={{ start: "date", end: "date" }} />
          <AddForm method="post" noValidate>
            <input type="hidden" name="intent" value="add" />
            <RadioGroup
              name="kind"
              legend="What is it?"
              options={SCHOOL_TERM_KINDS.map((kind) => ({ value: kind, label: SCHOOL_TERM_KIND_LABELS[kind] }))}
              selected={typedOr(values, "kind", "term")}
              errors={errors}
            />
            <TextField
              name="label"
              label="Name"
              hint="For example: Autumn term 2026, Half-term, Training day."
              maxLength={SCHOOL_DAY_LIMITS.label}
              errors={errors}
              defaultValue={typedOr(values, "label", "")}
            />
            <DateField name="start" legend="First day" hint="For example 3 9 2026." errors={errors} value={typedDate(values, "start", dateParts(null))} />
            <DateField name="end" legend="Last day" hint="For example 18 12 2026." errors={errors} value={typedDate(values, "end", dateParts(null))} />
            <SubmitButton>Add to the calendar</SubmitButton>
          </AddForm>
        </section>
      ) : null}
    </section>
  );
}
