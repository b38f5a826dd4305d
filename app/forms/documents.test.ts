import { describe, expect, it } from "vitest";
import { documentActionSchema } from "./documents";
import { FORM_PROBLEMS, parseIntentForm } from "./parse";

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

const parse = (fields: Record<string, string>) => parseIntentForm(formOf(fields), documentActionSchema);

describe("documentActionSchema", () => {
  it("refuses an intent the page does not have, or none, with a 400", () => {
    const attempts: Array<Record<string, string>> = [{ intent: "remove" }, { title: "Letter" }];
    for (const fields of attempts) {
      let thrown: unknown;
      try {
        parse(fields);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ init: { status: 400 }, data: { problem: FORM_PROBLEMS.unknownIntent } });
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
