// Parses a submitted form with its Zod schema: field names with dots ("dateOfBirth.day") become
// nested objects, repeated names become lists. Returns the data, or the errors and what was typed.
import type { z } from "zod";

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: FormValues };

export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return values;
}

function nest(values: FormValues): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [rawKey, value] of Object.entries(values)) {
    const key = rawKey.endsWith("[]") ? rawKey.slice(0, -2) : rawKey;
    const parts = key.split(".");
    let target = result;
    for (const part of parts.slice(0, -1)) {
      target[part] ??= {};
      target = target[part] as Record<string, unknown>;
    }
    target[parts.at(-1)!] = value;
  }
  return result;
}

export function parseForm<S extends z.ZodType>(formData: FormData, schema: S): FormResult<z.infer<S>> {
  const values = formValues(formData);
  const parsed = schema.safeParse(nest(values));
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join(".");
    // A date's parts report under the date's own name, so the summary links to the field.
    const field = path.replace(/\.(day|month|year)$/, "");
    errors[field] ??= issue.message;
  }
  // Never echo a password back into the page.
  for (const key of Object.keys(values)) if (/password/i.test(key)) delete values[key];
  return { ok: false, errors, values };
}
