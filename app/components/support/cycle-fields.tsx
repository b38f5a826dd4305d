// The fields of a cycle, shared by "start a new cycle" and "change the cycle".
import { DateField, RadioGroup, TextArea, TextField, typedDate, typedOr } from "~/components/form";
import { dateParts } from "~/forms/fields";
import { LINE_LIMIT, TEXT_LIMIT } from "~/forms/support";
import type { FieldErrors, FormValues } from "~/forms/parse";
import { CYCLE_KINDS, CYCLE_KIND_LABELS } from "~/domain/support/review-options";

export const CYCLE_DATE_FIELDS = {
  startDate: "date",
  reviewDate: "date",
  assessmentDate: "date",
} as const;

type StoredCycle = {
  kind: string;
  title: string | null;
  startDate: string | null;
  reviewDate: string | null;
  assessmentSummary: string | null;
  assessedBy: string | null;
  assessmentDate: string | null;
  assessmentFindings: string | null;
  schoolPlanNote: string | null;
};

export function CycleFields({
  errors,
  values,
  stored,
}: {
  errors?: FieldErrors;
  values?: FormValues;
  stored: StoredCycle | null;
}) {
  return (
    <>
      <RadioGroup
        name="kind"
        legend="What kind of cycle is this?"
        options={CYCLE_KINDS.map((kind) => ({ value: kind, label: CYCLE_KIND_LABELS[kind] }))}
        selected={typedOr(values, "kind", stored?.kind ?? "sen_support")}
        errors={errors}
      />
      <TextField
        name="title"
        label="Name of the plan (optional)"
        hint="For example, Autumn term reading plan."
        maxLength={200}
        errors={errors}
        defaultValue={typedOr(values, "title", stored?.title)}
      />
      <DateField
        name="startDate"
        legend="Start date"
        hint="For example, 7 9 2026."
        errors={errors}
        value={typedDate(values, "startDate", dateParts(stored?.startDate))}
      />
      <DateField
        name="reviewDate"
        legend="Review date (optional)"
        hint="When the school agreed to look at whether the support is working."
        errors={errors}
        value={typedDate(values, "reviewDate", dateParts(stored?.reviewDate))}
      />
      <h2>Assess</h2>
      <TextArea
        name="assessmentSummary"
        label="What was assessed (optional)"
        hint="For example, reading, spelling and attention in class."
        maxLength={TEXT_LIMIT}
        errors={errors}
        defaultValue={typedOr(values, "assessmentSummary", stored?.assessmentSummary)}
      />
      <TextField
        name="assessedBy"
        label="Who assessed (optional)"
        hint="For example, the SENCO or an educational psychologist."
        maxLength={200}
        errors={errors}
        defaultValue={typedOr(values, "assessedBy", stored?.assessedBy)}
      />
      <DateField
        name="assessmentDate"
        legend="Date of the assessment (optional)"
        errors={errors}
        value={typedDate(values, "assessmentDate", dateParts(stored?.assessmentDate))}
      />
      <TextArea
        name="assessmentFindings"
        label="What the assessment found (optional)"
        maxLength={TEXT_LIMIT}
        errors={errors}
        defaultValue={typedOr(values, "assessmentFindings", stored?.assessmentFindings)}
      />
      <TextField
        name="schoolPlanNote"
        label="The school's own plan (optional)"
        hint="The name of the school's document, for example 'SEN support plan, September 2026'. You can attach the document itself below, when you change the plan's details."
        maxLength={LINE_LIMIT}
        errors={errors}
        defaultValue={typedOr(values, "schoolPlanNote", stored?.schoolPlanNote)}
      />
    </>
  );
}
