// The form to write a recommendation by hand or to change one: the report's words, the area of
// need, and what the help is, who gives it, how often and for how long.
import { Form, Link } from "react-router";
import { ErrorSummary, RadioGroup, TextArea, TextField, typedOr } from "~/components/form";
import { AREA_INFO, AREAS_OF_NEED } from "~/domain/areas-of-need";
import { REPORT_LIMITS } from "~/forms/reports";
import type { FieldErrors, FormValues } from "~/forms/parse";
import type { RecommendationView } from "./recommendation-details";

const AREA_OPTIONS = [
  ...AREAS_OF_NEED.map((area) => ({ value: area, label: AREA_INFO[area].label })),
  { value: "", label: "Not sure" },
];

export function RecommendationForm({
  editing,
  errors,
  values,
}: {
  editing: RecommendationView | null;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const heading = editing
    ? editing.status === "suggested"
      ? "Check and change a suggestion"
      : "Change a recommendation"
    : "Add a recommendation by hand";
  return (
    <section className="narrow" aria-labelledby="recommendation-form">
      <h2 id="recommendation-form" tabIndex={-1}>
        {heading}
      </h2>
      {editing ? null : (
        <p>
          If the report recommends something Clearpath did not find, write it here in the report's
          words.
        </p>
      )}
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate key={editing?.id ?? "new"}>
        <input
          type="hidden"
          name="intent"
          value={editing ? "update-recommendation" : "add-recommendation"}
        />
        {editing ? <input type="hidden" name="id" value={editing.id} /> : null}
        <TextArea
          name="text"
          label="The recommendation"
          hint="Copy the report's own words if you can."
          rows={3}
          maxLength={REPORT_LIMITS.recommendation}
          errors={errors}
          defaultValue={typedOr(values, "text", editing?.text)}
        />
        <RadioGroup
          name="area"
          legend="Area of need"
          options={AREA_OPTIONS}
          selected={typedOr(values, "area", editing?.area)}
          errors={errors}
        />
        <TextField
          name="what"
          label="What the help is (optional)"
          hint="For example: speech and language therapy, or a visual timetable."
          maxLength={REPORT_LIMITS.what}
          errors={errors}
          defaultValue={typedOr(values, "what", editing?.what)}
        />
        <TextField
          name="who"
          label="Who gives it (optional)"
          hint="For example: a speech and language therapist, or the class teacher."
          maxLength={REPORT_LIMITS.detail}
          errors={errors}
          defaultValue={typedOr(values, "who", editing?.who)}
        />
        <TextField
          name="frequency"
          label="How often (optional)"
          hint="For example: weekly, or every day."
          maxLength={REPORT_LIMITS.detail}
          errors={errors}
          defaultValue={typedOr(values, "frequency", editing?.frequency)}
        />
        <TextField
          name="duration"
          label="How long (optional)"
          hint="For example: 30 minutes a session, or for 10 weeks."
          maxLength={REPORT_LIMITS.detail}
          errors={errors}
          defaultValue={typedOr(values, "duration", editing?.duration)}
        />
        <div className="actions">
          <button type="submit">
            {editing
              ? editing.status === "suggested"
                ? "Save and confirm"
                : "Save changes"
              : "Add recommendation"}
          </button>
          {editing ? <Link to=".">Cancel</Link> : null}
        </div>
      </Form>
    </section>
  );
}
