import { describe, expect, it } from "vitest";
import { formOf, thrownBy, UNKNOWN_INTENT } from "../../tests/support/forms";
import { documentActionSchema } from "./documents";
import { parseIntentForm } from "./parse";

const parse = (fields: Record<string, string>) => parseIntentForm(formOf(fields), documentActionSchema);

describe("documentActionSchema", () => {
  it("refuses an intent the page does not have, or none, with a 400", () => {
    const attempts: Array<Record<string, string>> = [{ intent: "remove" }, { title: "Letter" }];
    for (const fields of attempts) {
      expect(thrownBy(() => parse(fields))).toMatchObject(UNKNOWN_INTENT);
    }
  });

  it("saves the details, with tags read from what was typed", () => {
    expect(parse({ intent: "update", title: "Letter from the council", tags: "EHC, council, ehc" })).toMatchObject({
      ok: true,
      data: { intent: "update", title: "Letter from the council", source: "other", tags: ["EHC", "council"], date: null },
    });
    expect(parse({ intent: "update", title: "" })).toMatchObject({ ok: false, errors: { title: "Enter a title for the document" } });
  });

  it("deletes with nothing else to say: the document is the page's own", () => {
    expect(parse({ intent: "delete" })).toEqual({ ok: true, data: { intent: "delete" } });
  });
});
