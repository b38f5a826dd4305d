import { describe, expect, it } from "vitest";
import { formOf, thrownBy, UNKNOWN_INTENT } from "../../tests/support/forms";
import { auditActionSchema, deliveryActionSchema } from "./delivery";
import { parseIntentForm } from "./parse";

const ID = "8d0c5a0e-4a8e-4c39-9d7b-1f1c2a3b4c5d";

describe("deliveryActionSchema", () => {
  const parse = (fields: Record<string, string>) => parseIntentForm(formOf(fields), deliveryActionSchema);

  it("refuses an intent the page does not have, or none, with a 400", () => {
    expect(thrownBy(() => parse({ intent: "map", provisionId: ID }))).toMatchObject(UNKNOWN_INTENT);
    expect(thrownBy(() => parse({ provisionId: ID, text: "all held" }))).toMatchObject(UNKNOWN_INTENT);
  });

  it("marks sessions by date, with a reason for a cancelled one", () => {
    expect(
      parse({ intent: "mark", provisionId: ID, "status.2026-02-02": "cancelled", "reason.2026-02-02": "trip" }),
    ).toEqual({ ok: true, data: { intent: "mark", provisionId: ID, status: { "2026-02-02": "cancelled" }, reason: { "2026-02-02": "trip" } } });
  });

  it("reads a bulk entry, and asks for the records' words when there are none", () => {
    expect(parse({ intent: "bulk", provisionId: ID, text: "all held" })).toEqual({
      ok: true,
      data: { intent: "bulk", provisionId: ID, text: "all held", answer: {} },
    });
    expect(parse({ intent: "bulk", provisionId: ID, text: "" })).toMatchObject({
      ok: false,
      errors: { text: "Write what the school's records say, for example: all held except 3 and 17 October" },
    });
  });

  it("imports for the support it names; the file itself is the action's to check", () => {
    expect(parse({ intent: "import", importFor: ID })).toEqual({ ok: true, data: { intent: "import", importFor: ID } });
    expect(parse({ intent: "import" })).toMatchObject({ ok: false, errors: { importFor: "Choose which support the spreadsheet is for" } });
  });
});

describe("auditActionSchema", () => {
  const parse = (fields: Record<string, string>) => parseIntentForm(formOf(fields), auditActionSchema);

  it("refuses an intent the page does not have, or none, with a 400", () => {
    expect(thrownBy(() => parse({ intent: "mark", provisionId: ID }))).toMatchObject(UNKNOWN_INTENT);
    expect(thrownBy(() => parse({ provisionId: ID, mapNote: "Weekly" }))).toMatchObject(UNKNOWN_INTENT);
  });

  it("saves what the provision map says", () => {
    expect(parse({ intent: "map", provisionId: ID, mapNote: "Weekly group", mapSessions: "24" })).toEqual({
      ok: true,
      data: { intent: "map", provisionId: ID, mapNote: "Weekly group", mapSessions: 24 },
    });
  });
});
