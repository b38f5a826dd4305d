import { describe, expect, it } from "vitest";
import { formOf, thrownBy, UNKNOWN_INTENT } from "../../tests/support/forms";
import { correspondenceActionSchema } from "./correspondence";
import { parseIntentForm } from "./parse";

const TODAY = "2026-03-01";
const ID = "8d0c5a0e-4a8e-4c39-9d7b-1f1c2a3b4c5d";
const LETTER = {
  direction: "sent",
  "date.day": "2",
  "date.month": "2",
  "date.year": "2026",
  subject: "Request for the provision map",
  "replyBy.day": "16",
  "replyBy.month": "2",
  "replyBy.year": "2026",
};

const parse = (fields: Record<string, string>) => parseIntentForm(formOf(fields), correspondenceActionSchema(TODAY));

describe("correspondenceActionSchema", () => {
  it("refuses an intent the page does not have, or none, with a 400", () => {
    for (const fields of [{ ...LETTER, intent: "archive" }, LETTER]) {
      expect(thrownBy(() => parse(fields))).toMatchObject(UNKNOWN_INTENT);
    }
  });

  it("adds an item with its date and the date a reply is asked for", () => {
    expect(parse({ ...LETTER, intent: "add" })).toMatchObject({
      ok: true,
      data: { intent: "add", date: "2026-02-02", replyBy: "2026-02-16", subject: "Request for the provision map", channel: "email" },
    });
  });

  it("drops the reply dates from something received: only what the parent sent waits for a reply", () => {
    expect(parse({ ...LETTER, intent: "add", direction: "received" })).toMatchObject({ ok: true, data: { replyBy: null, repliedOn: null } });
  });

  it("refuses a reply-by date before the date it was sent", () => {
    expect(parse({ ...LETTER, intent: "add", "replyBy.day": "1" })).toMatchObject({
      ok: false,
      errors: { replyBy: "The date to reply by must be on or after the date it was sent" },
    });
  });

  it("changes an item only when it names the item", () => {
    expect(parse({ ...LETTER, intent: "update", id: ID })).toMatchObject({ ok: true, data: { intent: "update", id: ID } });
    expect(parse({ ...LETTER, intent: "update", id: "7" })).toMatchObject({ ok: false, errors: { id: "Choose an item to change" } });
  });

  it("removes the item it names", () => {
    expect(parse({ intent: "remove", id: ID })).toEqual({ ok: true, data: { intent: "remove", id: ID } });
    expect(parse({ intent: "remove" })).toMatchObject({ ok: false, errors: { id: "Choose an item to remove" } });
  });
});
