import { describe, expect, it } from "vitest";
import { DEADLINE_KEYS, KNOWN_EVENT_TYPES } from "~/domain";
import {
  addStatutoryEventFormSchema,
  DEADLINE_LABELS,
  eventTypeLabel,
  removeStatutoryEventFormSchema,
  STATUTORY_EVENT_TYPES,
  updateStatutoryEventFormSchema,
} from "./statutory";

const TODAY = "2026-11-23";
const valid = {
  intent: "add",
  type: "ehcna_request_received",
  date: { day: "14", month: "9", year: "2026" },
  notes: "",
};

function errorsOf(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
}

describe("the statutory event form", () => {
  it("offers only event types the deadlines understand, and labels every known type and deadline", () => {
    expect(STATUTORY_EVENT_TYPES.filter((type) => !KNOWN_EVENT_TYPES.has(type))).toEqual([]);
    for (const type of KNOWN_EVENT_TYPES) expect(eventTypeLabel(type)).not.toBe(type);
    expect(DEADLINE_KEYS.every((key) => DEADLINE_LABELS[key].length > 0)).toBe(true);
  });

  it("reads a UK date and leaves blank notes as null", () => {
    expect(addStatutoryEventFormSchema(TODAY).parse(valid)).toEqual({
      intent: "add",
      type: "ehcna_request_received",
      date: "2026-09-14",
      transfer: null,
      key: null,
      notes: null,
    });
  });

  it("asks for what happened and a real, past date", () => {
    const result = addStatutoryEventFormSchema(TODAY).safeParse({ intent: "add", type: "", date: { day: "31", month: "2", year: "2026" } });
    expect(errorsOf(result)).toEqual({
      type: "Choose what happened from the list",
      date: "Date it happened must be a real date, for example 27 3 2017",
    });
    const future = addStatutoryEventFormSchema(TODAY).safeParse({ ...valid, date: { day: "24", month: "11", year: "2026" } });
    expect(errorsOf(future)).toEqual({ date: "The date it happened must be today or in the past" });
    expect(errorsOf(addStatutoryEventFormSchema(TODAY).safeParse({ ...valid, type: "made_up" }))).toEqual({
      type: "Choose what happened from the list",
    });
  });

  it("needs the kind of move for a phase transfer, whose date may be in the future", () => {
    const move = { ...valid, type: "phase_transfer", date: { day: "1", month: "9", year: "2027" } };
    expect(errorsOf(addStatutoryEventFormSchema(TODAY).safeParse(move))).toEqual({ transfer: "Choose which move it is" });
    expect(addStatutoryEventFormSchema(TODAY).parse({ ...move, transfer: "school" })).toMatchObject({ date: "2027-09-01", transfer: "school" });
  });

  it("keeps the move and the time limit only for the types that use them", () => {
    expect(addStatutoryEventFormSchema(TODAY).parse({ ...valid, transfer: "school", key: "ehcp_final" })).toMatchObject({ transfer: null, key: null });
    expect(addStatutoryEventFormSchema(TODAY).parse({ ...valid, type: "exception_claimed", key: "ehcp_final" })).toMatchObject({ key: "ehcp_final" });
  });

  it("needs an event id to update or remove", () => {
    expect(errorsOf(updateStatutoryEventFormSchema(TODAY).safeParse({ ...valid, intent: "update", id: "x" }))).toEqual({ id: "Choose an event to update" });
    expect(removeStatutoryEventFormSchema.safeParse({ intent: "remove", id: "x" }).success).toBe(false);
  });
});
