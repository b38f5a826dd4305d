import { describe, expect, it } from "vitest";
import { formOf, thrownBy, UNKNOWN_INTENT } from "../../tests/support/forms";
import { followUpActionSchema } from "./meetings";
import { parseIntentForm } from "./parse";

const TODAY = "2026-03-01";
const EMAIL = { to: "senco@example.com", subject: "After our meeting", body: "Thank you for meeting us." };

const parse = (fields: Record<string, string>) => parseIntentForm(formOf(fields), followUpActionSchema(TODAY));

describe("followUpActionSchema", () => {
  it("refuses an intent the page does not have, or none, with a 400", () => {
    for (const fields of [{ ...EMAIL, intent: "download-pdf" }, EMAIL]) {
      expect(thrownBy(() => parse(fields))).toMatchObject(UNKNOWN_INTENT);
    }
  });

  it("takes the same email whether it is logged as sent or downloaded", () => {
    for (const intent of ["sent", "download-txt", "download-eml"]) {
      expect(parse({ ...EMAIL, intent })).toMatchObject({ ok: true, data: { intent, ...EMAIL, draft: "summary", replyBy: null } });
    }
  });

  it("refuses a reply-by date in the past", () => {
    expect(parse({ ...EMAIL, intent: "sent", "replyBy.day": "28", "replyBy.month": "2", "replyBy.year": "2026" })).toMatchObject({
      ok: false,
      errors: { replyBy: "The date to reply by must be today or later" },
    });
  });
});
