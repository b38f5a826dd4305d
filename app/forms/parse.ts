// Reads and parses a submitted form: the one boundary every form passes. `readForm` turns a
// request into form data or a 4xx, `parseForm` checks it with its Zod schema. Field names with
// dots ("dateOfBirth.day") become nested objects, repeated names become lists. Returns the data,
// or the errors and what was typed.
//
// Security: field names are chosen by whoever sends the request. Turning them into object keys
// could reach Object.prototype ("constructor.prototype.x", "__proto__.x") and change the server
// for everyone (issue 16), so names naming a prototype are refused with a 400, and every object
// built from names has no prototype. Control characters are removed from every text value here
// (PostgreSQL refuses NUL), so no route needs to think about them.
import { data } from "react-router";
import type { z } from "zod";

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

export type FormResult<T> =
  { ok: true; data: T } | { ok: false; errors: FieldErrors; values: FormValues };

/** What a refused request is told; the error page shows `problem` (app/errors.ts). */
export type RequestProblem = { problem: string };

export const FORM_PROBLEMS = {
  wrongType:
    "This form could not be read. Send it from its page on Clearpath: go back, reload the page and try again.",
  unreadable: "This form did not arrive whole. Go back, reload the page and try again.",
  refusedName:
    "This form has a field Clearpath does not accept, so nothing was saved. Go back, reload the page and try again.",
  unknownIntent:
    "This form asked Clearpath to do something this page does not do, so nothing was saved. Go back, reload the page and try again.",
} as const;

/** Parts of a name that lead to an object's prototype rather than to a field. */
const PROTOTYPE_NAMES = new Set(["__proto__", "prototype", "constructor"]);

/** True when no part of `name` ("a.b", "a[]", "a[b]") names a prototype. */
export function isSafeFieldName(name: string): boolean {
  return name.split(/[.[\]]/).every((part) => !PROTOTYPE_NAMES.has(part));
}

/** Throws a 400 for a name that could reach a prototype; every key taken from a request passes here. */
export function requireSafeFieldName(name: string): void {
  if (!isSafeFieldName(name))
    throw data<RequestProblem>({ problem: FORM_PROBLEMS.refusedName }, { status: 400 });
}

/** Control characters other than tab, line feed and carriage return: NUL, escape, C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Removes control characters nobody types, keeping the tabs and line breaks of multi-line text.
 * Example: removeControlCharacters("Sam\u0000 Lee\n") === "Sam Lee\n".
 */
export function removeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}

/**
 * A query string with control characters removed from every name and value, or null when it has
 * none: loaders read `?q=` and the like straight from the address, so they are cleaned before any
 * route sees them (server/app.ts). Example: cleanQueryString("q=a%00b") === "q=ab".
 */
export function cleanQueryString(query: string): string | null {
  const cleaned = new URLSearchParams();
  let changed = false;
  for (const [name, value] of new URLSearchParams(query)) {
    const cleanName = removeControlCharacters(name);
    const cleanValue = removeControlCharacters(value);
    changed ||= cleanName !== name || cleanValue !== value;
    cleaned.append(cleanName, cleanValue);
  }
  return changed ? cleaned.toString() : null;
}

/** Form bodies a page of the site sends; anything else (JSON, plain text, bytes) is refused with 415. */
export function isFormContentType(contentType: string | null): boolean {
  return /^\s*(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i.test(
    contentType ?? "",
  );
}

/** The same form with refused names answered by a 400 and control characters removed from text. */
export function cleanForm(raw: FormData): FormData {
  const form = new FormData();
  for (const [name, value] of raw) {
    requireSafeFieldName(name);
    form.append(name, typeof value === "string" ? removeControlCharacters(value) : value);
  }
  return form;
}

/**
 * The one way an action reads its form. A body that is not a form answers 415, a form that
 * cannot be parsed answers 400, each with a sentence; neither reaches the action's code.
 */
export async function readForm(request: Request): Promise<FormData> {
  if (!isFormContentType(request.headers.get("Content-Type"))) {
    throw data<RequestProblem>({ problem: FORM_PROBLEMS.wrongType }, { status: 415 });
  }
  let raw: FormData;
  try {
    raw = await request.formData();
  } catch {
    throw data<RequestProblem>({ problem: FORM_PROBLEMS.unreadable }, { status: 400 });
  }
  return cleanForm(raw);
}

/** The form's text fields by name, as typed (a list for repeated names), for echoing back. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = Object.create(null) as FormValues;
  for (const key of new Set(formData.keys())) {
    requireSafeFieldName(key);
    const all = formData
      .getAll(key)
      .filter((v): v is string => typeof v === "string")
      .map(removeControlCharacters);
    values[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return values;
}

type Nested = Record<string, unknown>;

function nest(values: FormValues): Nested {
  const result = Object.create(null) as Nested;
  for (const [rawKey, value] of Object.entries(values)) {
    const key = rawKey.endsWith("[]") ? rawKey.slice(0, -2) : rawKey;
    const parts = key.split(".");
    let target = result;
    for (const part of parts.slice(0, -1)) {
      const next = target[part];
      // A name used both alone and with dots ("a" and "a.b") keeps the group; the schema then
      // reports what is missing instead of the server failing.
      if (typeof next !== "object" || next === null || Array.isArray(next))
        target[part] = Object.create(null) as Nested;
      target = target[part] as Nested;
    }
    const last = parts.at(-1)!;
    if (typeof target[last] !== "object" || target[last] === null) target[last] = value;
  }
  return result;
}

export function parseForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
): FormResult<z.infer<S>> {
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

/**
 * Parses a form whose button says what to do (its `intent` field) with the action's one
 * `z.discriminatedUnion("intent", …)`: the data of that intent, or its field errors. An intent the
 * union does not know (or none) is refused with a 400 and a plain sentence; it never falls
 * through to a default.
 */
export function parseIntentForm<S extends z.ZodDiscriminatedUnion>(formData: FormData, schema: S): FormResult<z.infer<S>> {
  const intent = formData.get("intent");
  const known = schema.safeParse({ intent: typeof intent === "string" ? intent : undefined });
  if (!known.success && known.error.issues.some((issue) => issue.code === "invalid_union" && issue.path.join(".") === "intent"))
    throw data<RequestProblem>({ problem: FORM_PROBLEMS.unknownIntent }, { status: 400 });
  return parseForm(formData, schema);
}
