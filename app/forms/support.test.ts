// The support record's form schemas, parsed as the actions parse them: from submitted form data.
import { describe, expect, it } from "vitest";
import { parseForm } from "./parse";
import { addProvisionFormSchema, cycleFormSchema, reviewFormSchema } from "./support";

function formData(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

const T1 = "11111111-1111-4111-8111-111111111111";
const P1 = "22222222-2222-4222-8222-222222222222";

describe("cycleFormSchema", () => {
  it("needs a start date, and a review date after it", () => {
    const missing = parseForm(formData({ kind: "sen_support" }), cycleFormSchema());
    expect(missing.ok || missing.errors).toEqual({
      startDate: "Enter the date the support starts, for example 27 3 2017",
    });

    const backwards = parseForm(
      formData({
        kind: "sen_support",
        "startDate.day": "7",
        "startDate.month": "9",
        "startDate.year": "2026",
        "reviewDate.day": "1",
        "reviewDate.month": "9",
        "reviewDate.year": "2026",
      }),
      cycleFormSchema(),
    );
    expect(backwards.ok || backwards.errors).toEqual({
      reviewDate: "The review date must be after the start date",
    });
  });

  it("gives back plain dates and nulls for what was left empty", () => {
    const parsed = parseForm(
      formData({
        kind: "monitoring",
        "startDate.day": "7",
        "startDate.month": "9",
        "startDate.year": "2026",
        title: " ",
      }),
      cycleFormSchema(),
    );
    expect(parsed.ok && parsed.data).toMatchObject({
      kind: "monitoring",
      startDate: "2026-09-07",
      reviewDate: null,
      title: null,
    });
  });
});

describe("addProvisionFormSchema", () => {
  it("reads numbers typed in boxes, and refuses words and silly amounts", () => {
    const good = parseForm(
      formData({ intent: "add", what: "Phonics", sessionsPerWeek: "2.5", durationMinutes: "20" }),
      addProvisionFormSchema,
    );
    expect(good.ok && good.data).toMatchObject({
      sessionsPerWeek: 2.5,
      durationMinutes: 20,
      targetId: null,
    });

    const bad = parseForm(
      formData({
        intent: "add",
        what: "Phonics",
        sessionsPerWeek: "lots",
        durationMinutes: "20.5",
      }),
      addProvisionFormSchema,
    );
    expect(bad.ok || bad.errors).toEqual({
      sessionsPerWeek: "Enter the number of sessions a week as a number, like 3",
      durationMinutes: "Enter the minutes in each session as a whole number",
    });

    const tooMany = parseForm(
      formData({ intent: "add", what: "Phonics", sessionsPerWeek: "40" }),
      addProvisionFormSchema,
    );
    expect(tooMany.ok || tooMany.errors).toEqual({
      sessionsPerWeek: "Enter the number of sessions a week between 1 and 25",
    });
  });

  it("refuses an end date before the start date", () => {
    const parsed = parseForm(
      formData({
        intent: "add",
        what: "Phonics",
        "startDate.day": "2",
        "startDate.month": "2",
        "startDate.year": "2027",
        "endDate.day": "1",
        "endDate.month": "2",
        "endDate.year": "2027",
      }),
      addProvisionFormSchema,
    );
    expect(parsed.ok || parsed.errors).toEqual({
      endDate: "The end date must be on or after the start date",
    });
  });
});

describe("reviewFormSchema", () => {
  const schema = reviewFormSchema({ today: "2026-11-23", targetIds: [T1], provisionIds: [P1] });

  it("reads progress for each target and views for each provision line", () => {
    const parsed = parseForm(
      formData({
        "date.day": "20",
        "date.month": "11",
        "date.year": "2026",
        parentAttended: "no",
        [`progress.${T1}.rating`]: "partly",
        [`progress.${T1}.evidence`]: "12 of 20 words",
        [`effect.${P1}.parent`]: "no_effect",
        decision: "consider_ehcna",
      }),
      schema,
    );
    expect(parsed.ok && parsed.data).toMatchObject({
      date: "2026-11-20",
      parentAttended: false,
      progress: { [T1]: { rating: "partly", evidence: "12 of 20 words" } },
      effect: { [P1]: { parent: "no_effect", school: null } },
      decision: "consider_ehcna",
    });
  });

  it("needs a date not in the future and a decision, and names each problem", () => {
    const parsed = parseForm(
      formData({
        "date.day": "1",
        "date.month": "1",
        "date.year": "2027",
        [`progress.${T1}.rating`]: "brilliant",
      }),
      schema,
    );
    expect(parsed.ok || parsed.errors).toEqual({
      date: "Date of the review must be today or in the past",
      [`progress.${T1}.rating`]: "Choose how far this target was achieved",
      decision: "Choose what was decided at the review",
    });
  });
});
