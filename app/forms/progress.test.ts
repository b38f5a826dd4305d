import { describe, expect, it } from "vitest";
import { measurementFormSchema } from "./progress";
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
