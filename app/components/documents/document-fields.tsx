// The details of a document: title and date (for one document), and where it came from, who
// wrote it, the areas of need and tags (for one document, or once for every file of an upload).
import {
  CheckboxGroup,
  DateField,
  RadioGroup,
  TextField,
  typedDate,
  typedOr,
} from "~/components/form";
import { AREA_INFO, AREAS_OF_NEED } from "~/domain/areas-of-need";
import { DOCUMENT_LIMITS, DOCUMENT_SOURCE_LABELS, DOCUMENT_SOURCES } from "~/forms/documents";
import { dateParts } from "~/forms/fields";
import type { FieldErrors, FormValues } from "~/forms/parse";

export type StoredDetails = {
  title: string;
  date: string | null;
  source: string;
  author: string | null;
  areas: string[];
  tags: string[];
};

function typedList(values: FormValues | undefined, name: string, stored: string[]): string[] {
  if (!values) return stored;
  const typed = values[`${name}[]`];
  return Array.isArray(typed) ? typed : typeof typed === "string" && typed !== "" ? [typed] : [];
}

/** Title and date: only for a single document (an upload takes them from each file). */
export function TitleAndDateFields({
  errors,
  values,
  stored,
}: {
  errors?: FieldErrors;
  values?: FormValues;
  stored: StoredDetails;
}) {
  return (
    <>
      <TextField
        name="title"
        label="Title"
        maxLength={DOCUMENT_LIMITS.title}
        errors={errors}
        defaultValue={typedOr(values, "title", stored.title)}
      />
      <DateField
        name="date"
        legend="Date of the document (optional)"
        hint="The date written on it, or when you received it. For example 12 3 2026."
        errors={errors}
        value={typedDate(values, "date", dateParts(stored.date))}
      />
    </>
  );
}

export function SourceAndTagFields({
  errors,
  values,
  stored,
}: {
  errors?: FieldErrors;
  values?: FormValues;
  stored: Pick<StoredDetails, "source" | "author" | "areas" | "tags">;
}) {
  return (
    <>
      <RadioGroup
        name="source"
        legend="Where did it come from?"
        options={DOCUMENT_SOURCES.map((source) => ({
          value: source,
          label: DOCUMENT_SOURCE_LABELS[source],
        }))}
        selected={typedOr(values, "source", stored.source)}
        errors={errors}
      />
      <TextField
        name="author"
        label="Who wrote it (optional)"
        hint="For example: Mrs Shah, SENCO, or Dr Lowe, educational psychologist."
        maxLength={DOCUMENT_LIMITS.author}
        errors={errors}
        defaultValue={typedOr(values, "author", stored.author)}
      />
      <CheckboxGroup
        name="areas"
        legend="Areas of need it is about (optional)"
        options={AREAS_OF_NEED.map((area) => ({ value: area, label: AREA_INFO[area].label }))}
        selected={typedList(values, "areas", stored.areas)}
        errors={errors}
      />
      <TextField
        name="tags"
        label="Tags (optional)"
        hint="Words to find it by, separated by commas. For example: reading, annual review."
        maxLength={DOCUMENT_LIMITS.tags}
        errors={errors}
        defaultValue={typedOr(values, "tags", stored.tags.join(", "))}
      />
    </>
  );
}
