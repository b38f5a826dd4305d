import { describe, expect, it } from "vitest";
import { formOf, thrownBy, UNKNOWN_INTENT } from "../../tests/support/forms";
import { diaryActionSchema, measurementFormSchema, progressActionSchema } from "./progress";
import { parseIntentForm } from "./parse";
import { addAdjustmentFormSchema } from "./adjustments";

const TODAY = "2026-03-01";
const valid = {
  intent: "add",
  kind: "wellbeing",
  label: "How school felt",
  date: { day: "1", month: "2", year: "2026" },
  value: "3",
};

function errorsOf(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]),
  );
}

describe("measurementFormSchema", () => {
  it("turns typed numbers into numbers and leaves blanks as null", () => {
    const parsed = measurementFormSchema(TODAY).parse({
      ...valid,
      value: "7.5",
      expectedValue: "",
      scaleMin: "1",
      scaleMax: "10",
    });
    expect(parsed).toMatchObject({
      value: 7.5,
      expectedValue: null,
      scaleMin: 1,
      scaleMax: 10,
      date: "2026-02-01",
      higherIsBetter: null,
    });
  });

  it("asks for a number when the result is words", () => {
    expect(
      errorsOf(measurementFormSchema(TODAY).safeParse({ ...valid, value: "three" })).value,
    ).toBe("Enter the result as a number, for example 85 or 7.5");
  });

  it("refuses a scale upside down and a result outside the scale, all at once", () => {
    const errors = errorsOf(
      measurementFormSchema(TODAY).safeParse({
        ...valid,
        value: "7",
        scaleMin: "1",
        scaleMax: "5",
        label: "",
      }),
    );
    expect(errors.value).toBe("The result must be within the scale you gave");
    expect(errors.label).toMatch(/Enter what was measured/);
    expect(
      errorsOf(measurementFormSchema(TODAY).safeParse({ ...valid, scaleMin: "5", scaleMax: "1" }))
        .scaleMax,
    ).toMatch(/more than the lowest/);
  });

  it("keeps attendance between 0 and 100, and dates out of the future", () => {
    expect(
      errorsOf(
        measurementFormSchema(TODAY).safeParse({ ...valid, kind: "attendance", value: "120" }),
      ).value,
    ).toMatch(/between 0 and 100/);
    expect(
      errorsOf(
        measurementFormSchema(TODAY).safeParse({
          ...valid,
          date: { day: "2", month: "3", year: "2026" },
        }),
      ).date,
    ).toMatch(/today or in the past/);
  });

  it("asks for the kind when none is chosen", () => {
    expect(errorsOf(measurementFormSchema(TODAY).safeParse({ ...valid, kind: "" })).kind).toBe(
      "Choose what kind of measurement this is",
    );
  });
});

describe("addAdjustmentFormSchema", () => {
  it("starts an adjustment as asked for, waiting for an answer", () => {
    expect(
      addAdjustmentFormSchema(TODAY).parse({ intent: "add", description: "A quiet room" }),
    ).toMatchObject({ status: "requested", requestedOn: null });
  });

  it("refuses an answer dated before the request", () => {
    const result = addAdjustmentFormSchema(TODAY).safeParse({
      intent: "add",
      description: "A quiet room",
      requestedOn: { day: "10", month: "2", year: "2026" },
      respondedOn: { day: "1", month: "2", year: "2026" },
    });
    expect(errorsOf(result).respondedOn).toMatch(/on or after the date it was asked for/);
  });
});

const ID = "8d0c5a0e-4a8e-4c39-9d7b-1f1c2a3b4c5d";

describe("progressActionSchema", () => {
  const parse = (fields: Record<string, string>) => parseIntentForm(formOf(fields), progressActionSchema(TODAY));
  const result = { kind: "wellbeing", label: "How school felt", "date.day": "1", "date.month": "2", "date.year": "2026", value: "3" };

  it("refuses an intent the page does not have, or none, with a 400", () => {
    expect(thrownBy(() => parse({ ...result, intent: "tags" }))).toMatchObject(UNKNOWN_INTENT);
    expect(thrownBy(() => parse(result))).toMatchObject(UNKNOWN_INTENT);
  });

  it("adds a result, or removes the one it names", () => {
    expect(parse({ ...result, intent: "add" })).toMatchObject({ ok: true, data: { intent: "add", kind: "wellbeing", value: 3, date: "2026-02-01" } });
    expect(parse({ intent: "remove", id: ID })).toEqual({ ok: true, data: { intent: "remove", id: ID } });
    expect(parse({ intent: "remove", id: "7" })).toMatchObject({ ok: false, errors: { id: "Choose a measurement to remove" } });
  });
});

describe("diaryActionSchema", () => {
  const parse = (fields: Record<string, string | string[]>) => parseIntentForm(formOf(fields), diaryActionSchema(TODAY));

  it("refuses an intent the page does not have, or none, with a 400", () => {
    expect(thrownBy(() => parse({ intent: "share", id: ID }))).toMatchObject(UNKNOWN_INTENT);
    expect(thrownBy(() => parse({ text: "A good week" }))).toMatchObject(UNKNOWN_INTENT);
  });

  it("adds an entry, and asks for what was seen when it is empty", () => {
    expect(parse({ intent: "add", "date.day": "6", "date.month": "2", "date.year": "2026", text: "A good week" })).toEqual({
      ok: true,
      data: { intent: "add", date: "2026-02-06", text: "A good week" },
    });
    expect(parse({ intent: "add", "date.day": "6", "date.month": "2", "date.year": "2026", text: "" })).toMatchObject({
      ok: false,
      errors: { text: "Write what you saw" },
    });
  });

  it("changes an entry's tags, or removes the entry it names", () => {
    expect(parse({ intent: "tags", id: ID, "areas[]": ["sensory_physical"] })).toEqual({
      ok: true,
      data: { intent: "tags", id: ID, areas: ["sensory_physical"] },
    });
    expect(parse({ intent: "tags", id: ID })).toEqual({ ok: true, data: { intent: "tags", id: ID, areas: [] } });
    expect(parse({ intent: "remove", id: ID })).toEqual({ ok: true, data: { intent: "remove", id: ID } });
  });
});
