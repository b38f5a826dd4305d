import { describe, expect, it } from "vitest";
import { formOf, thrownBy, UNKNOWN_INTENT } from "../../tests/support/forms";
import { parseIntentForm } from "./parse";
import { reportsActionSchema } from "./reports";

const TODAY = "2026-03-01";
const ID = "8d0c5a0e-4a8e-4c39-9d7b-1f1c2a3b4c5d";

const parse = (fields: Record<string, string>) => parseIntentForm(formOf(fields), reportsActionSchema(TODAY));

describe("reportsActionSchema", () => {
  it("refuses an intent the page does not have, or none, with a 400", () => {
    const attempts: Array<Record<string, string>> = [{ intent: "add-recommendation", title: "EP report" }, { title: "EP report" }];
    for (const fields of attempts) {
      expect(thrownBy(() => parse(fields))).toMatchObject(UNKNOWN_INTENT);
    }
  });

  it("adds a report from a document or from pasted text", () => {
    expect(parse({ intent: "add-report", title: "EP report", documentId: ID })).toMatchObject({
      ok: true,
      data: { intent: "add-report", title: "EP report", documentId: ID, text: null, professionalId: null },
    });
    expect(parse({ intent: "add-report", title: "EP report", text: "Recommendations" })).toMatchObject({
      ok: true,
      data: { documentId: null, text: "Recommendations" },
    });
  });

  it("asks for a document or pasted text, not both", () => {
    expect(parse({ intent: "add-report", title: "EP report", documentId: ID, text: "Recommendations" })).toMatchObject({
      ok: false,
      errors: { text: "Choose a document or paste the report's text, not both" },
    });
  });
});
