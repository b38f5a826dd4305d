import { describe, expect, it } from "vitest";
import { thrownBy, UNKNOWN_INTENT } from "../../tests/support/forms";
import { isCasePagePath, notesActionSchema } from "./comments";
import { parseIntentForm } from "./parse";

describe("isCasePagePath", () => {
  it("accepts the pages comments sit under", () => {
    for (const page of [
      "",
      "needs",
      "needs/communication_interaction",
      "support/8d0c5a0e-4a8e-4c39-9d7b-1f1c2a3b4c5d",
      "audit.csv",
    ]) {
      expect(isCasePagePath(page), page).toBe(true);
    }
  });

  it("refuses what could not go safely into a redirect", () => {
    for (const page of [
      "needs😀",
      "needs\r\nSet-Cookie: x=1",
      "/evil.example",
      "needs//x",
      "../../evil",
      "needs/./x",
      "a".repeat(301),
      "needs?x=1",
      "needs#x",
      "needs\\x",
    ]) {
      expect(isCasePagePath(page), page).toBe(false);
    }
  });
});

describe("notesActionSchema", () => {
  const NOTE = { "heldOn.day": "1", "heldOn.month": "11", "heldOn.year": "2026", title: "Phone call", noteBody: "We talked about the draft plan." };
  const formOf = (fields: Record<string, string | string[]>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) form.append(name, one);
    return form;
  };
  const parse = (fields: Record<string, string | string[]>) => parseIntentForm(formOf(fields), notesActionSchema);

  it("refuses an intent the page does not have, or none, with a 400", () => {
    for (const fields of [{ ...NOTE, intent: "remove" }, NOTE]) {
      expect(thrownBy(() => parse(fields))).toMatchObject(UNKNOWN_INTENT);
    }
  });

  it("adds a note, shared with the family only when the box is ticked", () => {
    expect(parse({ ...NOTE, intent: "add" })).toEqual({
      ok: true,
      data: { intent: "add", heldOn: "2026-11-01", title: "Phone call", noteBody: "We talked about the draft plan.", share: false },
    });
    expect(parse({ ...NOTE, intent: "add", "share[]": ["on"] })).toMatchObject({ ok: true, data: { share: true } });
  });

  it("shares the note it names; one that is not an id is simply not found later", () => {
    expect(parse({ intent: "share", noteId: "8d0c5a0e-4a8e-4c39-9d7b-1f1c2a3b4c5d" })).toEqual({
      ok: true,
      data: { intent: "share", noteId: "8d0c5a0e-4a8e-4c39-9d7b-1f1c2a3b4c5d" },
    });
    expect(parse({ intent: "share" })).toEqual({ ok: true, data: { intent: "share", noteId: "" } });
  });
});
