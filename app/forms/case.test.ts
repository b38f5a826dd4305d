import { describe, expect, it } from "vitest";
import { formOf, thrownBy, UNKNOWN_INTENT } from "../../tests/support/forms";
import { needActionSchema } from "./case";
import { parseIntentForm } from "./parse";

const TODAY = "2026-03-01";

const parse = (fields: Record<string, string | string[]>) =>
  parseIntentForm(formOf(fields), needActionSchema("communication_interaction", TODAY));

describe("needActionSchema", () => {
  it("refuses an intent the page does not have, or none, with a 400", () => {
    const attempts: Array<Record<string, string | string[]>> = [{ intent: "delete", "signs[]": ["ci_explaining_needs"] }, { "signs[]": ["ci_explaining_needs"] }];
    for (const fields of attempts) {
      expect(thrownBy(() => parse(fields))).toMatchObject(UNKNOWN_INTENT);
    }
  });

  it("saves the signs ticked in this area", () => {
    expect(parse({ intent: "save", "signs[]": ["ci_explaining_needs"], impact: "" })).toMatchObject({
      ok: true,
      data: { intent: "save", signs: ["ci_explaining_needs"], otherSigns: null },
    });
  });

  it("asks for a sign, or the parent's own words, before saving", () => {
    expect(parse({ intent: "save" })).toMatchObject({
      ok: false,
      errors: { signs: "Tick at least one sign, or describe what you notice in your own words" },
    });
  });

  it("removes the need with nothing else to say: the area is the page's own", () => {
    expect(parse({ intent: "remove" })).toEqual({ ok: true, data: { intent: "remove" } });
  });
});
