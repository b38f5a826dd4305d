// Progress over time: record measurements, and see each series as a chart with its numbers in a
// table and, where there is an age-expected value, the gap to other children of the same age.
import type { RouteHandle } from "~/route-meta";
import { data, Form } from "react-router";
import type { Route } from "./+types/progress";
import { openCase } from "~/auth/case-route.server";
import {
  DateField,
  ErrorSummary,
  RadioGroup,
  TextArea,
  TextField,
  typedDate,
  typedOr,
} from "~/components/form";
import { SeriesPanel } from "~/components/progress/series-panel";
import {
  MEASUREMENT_LIMITS,
  progressActionSchema,
} from "~/forms/progress";
import { dateParts } from "~/forms/fields";
import { parseIntentForm, readForm } from "~/forms/parse";
import { getCase } from "~/data/cases.server";
import {
  addMeasurement,
  findLastAddedMeasurement,
  listMeasurements,
  removeMeasurement,
} from "~/data/progress.server";
import {
  expectedValueFor,
  MEASURE_KIND_INFO,
  MEASURE_KINDS,
} from "~/domain/progress/measure-kinds";
import { groupSeries } from "~/domain/progress/series";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Progress", section: "school", menu: { label: "Progress", group: "case", order: 60 }, kept: true } };

export const meta: Route.MetaFunction = () => [{ title: "Progress – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const [measurements, last] = await Promise.all([
    listMeasurements(access),
    findLastAddedMeasurement(access),
  ]);
  return {
    measurements,
    // The form starts from the last measurement added, so a run of results is quick to type in.
    last: last && {
      kind: last.kind,
      label: last.label,
      unit: last.unit,
      scaleMin: last.scaleMin,
      scaleMax: last.scaleMax,
      higherIsBetter: last.higherIsBetter,
      source: last.source,
    },
    canWrite: can.write,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const formData = await readForm(request);
  const here = `/cases/${access.caseId}/progress`;
  const form = parseIntentForm(formData, progressActionSchema(today));
  if (!form.ok) {
    // A result to remove that is not an id names nothing there.
    if (form.values.intent === "remove") fail("not_found");
    return data({ errors: form.errors, values: form.values }, { status: 400 });
  }
  if (form.data.intent === "remove") {
    if (!(await removeMeasurement(access, form.data.id))) fail("not_found");
    return redirectWithFlash(here, "Result removed.");
  }
  const { intent: _intent, higherIsBetter, ...measurement } = form.data;
  const kind = MEASURE_KIND_INFO[measurement.kind];
  const { dateOfBirth } = await getCase(access);
  await addMeasurement(access, {
    ...measurement,
    value: measurement.value!,
    date: measurement.date!,
    unit: measurement.unit ?? kind.unit,
    higherIsBetter: higherIsBetter === null ? kind.isHigherBetter : higherIsBetter === "yes",
    expectedValue:
      measurement.expectedValue ??
      expectedValueFor({ kind: measurement.kind, date: measurement.date!, dateOfBirth }),
  });
  return redirectWithFlash(here, `Result added to ${measurement.label}.`);
}

export default function Progress({ loaderData, actionData }: Route.ComponentProps) {
  const { canWrite, last } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const series = groupSeries(loaderData.measurements);
  const labels = [...new Set(series.map((s) => s.label))];
  const number = (stored: number | null | undefined) =>
    stored === null || stored === undefined ? "" : String(stored);
  return (
    <section>
      <h1>Progress</h1>
      <p className="lead narrow">
        Keep your child&apos;s results over time: test scores, reading and spelling ages,
        attendance, behaviour and how your child feels. Each set of results is shown as a chart with
        the numbers in a table, so you can see whether the support is working.
      </p>
      {canWrite && series.length > 0 ? (
        <p>
          <a href="#add-result">Add a result</a>
        </p>
      ) : null}
      {series.length === 0 ? (
        <p>
          No results yet. Add the first one below: you can copy them from school reports or
          assessment letters.
        </p>
      ) : null}
      {series.map((one, index) => (
        <SeriesPanel key={one.label} series={one} index={index} canWrite={canWrite} />
      ))}
      {canWrite ? (
        <section className="narrow" aria-labelledby="add-result">
          <h2 id="add-result" tabIndex={-1}>
            Add a result
          </h2>
          <ErrorSummary errors={errors} labels={{ date: "date" }} />
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="add" />
            <RadioGroup
              name="kind"
              legend="What kind of result is it?"
              options={MEASURE_KINDS.map((kind) => ({
                value: kind,
                label: MEASURE_KIND_INFO[kind].label,
              }))}
              selected={typedOr(values, "kind", last?.kind)}
              errors={errors}
            />
            <TextField
              name="label"
              label="What was measured"
              hint="Results with the same name are shown together, for example Single word reading, or Attendance."
              required
              maxLength={MEASUREMENT_LIMITS.label}
              errors={errors}
              defaultValue={typedOr(values, "label", last?.label)}
            />
            {labels.length > 0 ? (
              <p className="hint">Names used so far: {labels.join(", ")}.</p>
            ) : null}
            <DateField
              name="date"
              legend="When was it measured?"
              hint="For example 15 9 2025."
              errors={errors}
              value={typedDate(values, "date", dateParts(null))}
            />
            <TextField
              name="value"
              label="Result"
              hint="A number. Enter a reading or spelling age in months, for example 90 for 7 years 6 months. Enter attendance as a percentage, for example 91."
              inputMode="text"
              width="short"
              required
              errors={errors}
              defaultValue={typedOr(values, "value", "")}
            />
            <TextField
              name="unit"
              label="Unit (optional)"
              hint="For example points or minutes. Reading ages, attendance and incidents get theirs without you typing it."
              maxLength={MEASUREMENT_LIMITS.unit}
              width="medium"
              errors={errors}
              defaultValue={typedOr(values, "unit", last?.unit)}
            />
            <TextField
              name="expectedValue"
              label="Expected for your child's age (optional)"
              hint="What most children of the same age would get. Leave it blank for a standardised score (we use 100) or a reading or spelling age (we use your child's age in months, from the profile)."
              width="short"
              errors={errors}
              defaultValue={typedOr(values, "expectedValue", "")}
            />
            <fieldset className="field">
              <legend>For a rating, the ends of the scale (optional)</legend>
              <p className="hint">For example 1 to 5, or 0 to 10.</p>
              <TextField
                name="scaleMin"
                label="Lowest"
                width="short"
                errors={errors}
                defaultValue={typedOr(values, "scaleMin", number(last?.scaleMin))}
              />
              <TextField
                name="scaleMax"
                label="Highest"
                width="short"
                errors={errors}
                defaultValue={typedOr(values, "scaleMax", number(last?.scaleMax))}
              />
            </fieldset>
            <RadioGroup
              name="higherIsBetter"
              legend="Is a higher number better?"
              hint="If you leave this, we choose: higher is better for everything except behaviour incidents."
              options={[
                { value: "yes", label: "Yes, higher is better" },
                { value: "no", label: "No, lower is better" },
              ]}
              selected={typedOr(
                values,
                "higherIsBetter",
                last ? (last.higherIsBetter ? "yes" : "no") : "",
              )}
              errors={errors}
            />
            <TextField
              name="source"
              label="Where it came from (optional)"
              hint="For example, school report, or educational psychologist's report."
              maxLength={MEASUREMENT_LIMITS.source}
              errors={errors}
              defaultValue={typedOr(values, "source", last?.source)}
            />
            <TextArea
              name="notes"
              label="Notes (optional)"
              rows={2}
              maxLength={MEASUREMENT_LIMITS.notes}
              errors={errors}
              defaultValue={typedOr(values, "notes", "")}
            />
            <button type="submit">Add result</button>
          </Form>
        </section>
      ) : null}
    </section>
  );
}
