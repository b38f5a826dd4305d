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
      sentBy: null,
      sentOn: null,
      sentAfter5pm: null,
    });
  });

  it("works out the day a request was received from how and when it was sent, when no date is given (decision 032)", () => {
    const sent = { intent: "add", type: "ehcna_request_received", sentBy: "email", sentOn: { day: "20", month: "11", year: "2026" }, sentTime: "after_5pm" };
    // Friday 20 November 2026 after 5 pm: received Monday 23 November.
    expect(addStatutoryEventFormSchema(TODAY).parse(sent)).toMatchObject({ date: "2026-11-23", sentBy: "email", sentOn: "2026-11-20", sentAfter5pm: true });
    // The parent's own date wins: it is editable.
    expect(addStatutoryEventFormSchema(TODAY).parse({ ...sent, date: { day: "21", month: "11", year: "2026" } })).toMatchObject({ date: "2026-11-21" });
    // Post ignores the time of day.
    expect(addStatutoryEventFormSchema(TODAY).parse({ ...sent, sentBy: "first_class" })).toMatchObject({ date: "2026-11-23", sentAfter5pm: null });
  });

  it("asks for a date or the sending, never a receipt before the day sent, and keeps the sending only for a request", () => {
    expect(errorsOf(addStatutoryEventFormSchema(TODAY).safeParse({ intent: "add", type: "ehcna_request_received" }))).toEqual({
      date: "Enter the date the council received it, or how and when you sent it",
    });
    expect(errorsOf(addStatutoryEventFormSchema(TODAY).safeParse({ intent: "add", type: "ehcna_refused" }))).toEqual({
      date: "Enter the date it happened, for example 27 3 2017",
    });
    const early = { ...valid, sentBy: "first_class", sentOn: { day: "15", month: "9", year: "2026" } };
    expect(errorsOf(addStatutoryEventFormSchema(TODAY).safeParse(early))).toEqual({
      date: "The day the council received it cannot be before the day you sent it",
    });
    const refusal = { ...valid, type: "ehcna_refused", sentBy: "email", sentOn: { day: "10", month: "9", year: "2026" } };
    expect(addStatutoryEventFormSchema(TODAY).parse(refusal)).toMatchObject({ sentBy: null, sentOn: null, sentAfter5pm: null });
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
