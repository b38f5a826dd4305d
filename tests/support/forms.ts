// For tests of the forms (app/forms/*.test.ts): a posted form built from plain fields, what an
// attempt threw, and the 400 that parseIntentForm throws for an intent the page does not do.
import { FORM_PROBLEMS } from "~/forms/parse";

/** A posted form: a field given a list is sent once for each of its values. */
export function formOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const one of [value].flat()) form.append(name, one);
  return form;
}

/** What the attempt threw, or undefined when it threw nothing. */
export function thrownBy(attempt: () => unknown): unknown {
  try {
    attempt();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** What parseIntentForm throws for an intent the page does not do (match with toMatchObject). */
export const UNKNOWN_INTENT = {
  init: { status: 400 },
  data: { problem: FORM_PROBLEMS.unknownIntent },
};
