import { describe, expect, it } from "vitest";
import { formOf, thrownBy, UNKNOWN_INTENT } from "../../tests/support/forms";
import { parseIntentForm } from "./parse";
import { planActionSchema, plansActionSchema } from "./plans";

const TODAY = "2026-03-01";
const ID = "8d0c5a0e-4a8e-4c39-9d7b-1f1c2a3b4c5d";

describe("plansActionSchema", () => {
  const parse = (fields: Record<string, string>) => parseIntentForm(formOf(fields), plansActionSchema(TODAY));

  it("refuses an intent the page does not have, or none, with a 400", () => {
    expect(thrownBy(() => parse({ intent: "delete", id: ID }))).toMatchObject(UNKNOWN_INTENT);
    expect(thrownBy(() => parse({ priority: "Friends at school" }))).toMatchObject(UNKNOWN_INTENT);
  });

  it("adds a plan from pasted text, and asks for the text or a document when neither is given", () => {
    expect(parse({ intent: "create", stage: "draft", title: "Draft plan", text: "Section F" })).toMatchObject({
      ok: true,
      data: { intent: "create", stage: "draft", documentId: null, text: "Section F" },
    });
    expect(parse({ intent: "create", stage: "draft", title: "Draft plan" })).toMatchObject({
      ok: false,
      errors: { text: "Paste the plan's text, or choose the uploaded plan from your documents" },
    });
  });

  it("adds and removes the family's priorities", () => {
    expect(parse({ intent: "add-priority", priority: "Friends at school" })).toMatchObject({
      ok: true,
      data: { intent: "add-priority", priority: "Friends at school", priorityArea: null },
    });
    expect(parse({ intent: "remove-priority", id: ID })).toEqual({ ok: true, data: { intent: "remove-priority", id: ID } });
    expect(parse({ intent: "remove-priority", id: "7" })).toMatchObject({ ok: false });
  });
});

describe("planActionSchema", () => {
  const parse = (fields: Record<string, string>) => parseIntentForm(formOf(fields), planActionSchema);

  it("refuses an intent the page does not have, or none, with a 400", () => {
    expect(thrownBy(() => parse({ intent: "create" }))).toMatchObject(UNKNOWN_INTENT);
    expect(thrownBy(() => parse({ lineId: ID }))).toMatchObject(UNKNOWN_INTENT);
  });

  it("changes a line, removes one, or deletes the plan", () => {
    expect(parse({ intent: "update-line", lineId: ID, text: "Speech therapy weekly", section: "F" })).toMatchObject({
      ok: true,
      data: { intent: "update-line", lineId: ID, section: "F", area: null },
    });
    expect(parse({ intent: "update-line", lineId: ID, text: "", section: "F" })).toMatchObject({
      ok: false,
      errors: { text: "Enter the line's words" },
    });
    expect(parse({ intent: "remove-line", lineId: ID })).toEqual({ ok: true, data: { intent: "remove-line", lineId: ID } });
    expect(parse({ intent: "delete" })).toEqual({ ok: true, data: { intent: "delete" } });
  });
});
