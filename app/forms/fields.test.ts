import { describe, expect, it } from "vitest";
import { z } from "zod";
import { calendarDate, checkboxes, optionalEmail } from "./fields";
import { parseForm } from "./parse";
import { profileFormSchema } from "./case";
import { newPasswordSchema } from "./password-rules";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
  return data;
}

describe("calendarDate", () => {
  const schema = z.object({ when: calendarDate({ name: "the date of birth", required: true, notAfter: "2026-11-23" }) });

  it("turns day, month and year boxes into an ISO date", () => {
    const result = parseForm(form({ "when.day": "7", "when.month": "3", "when.year": "2017" }), schema);
    expect(result).toEqual({ ok: true, data: { when: "2017-03-07" } });
  });

  it("asks for the date when it is required and empty", () => {
    const result = parseForm(form({ "when.day": "", "when.month": "", "when.year": "" }), schema);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.when).toBe("Enter the date of birth, for example 27 3 2017");
  });

  it("says a date that does not exist must be real", () => {
    const result = parseForm(form({ "when.day": "31", "when.month": "2", "when.year": "2017" }), schema);
    expect(!result.ok && result.errors.when).toBe("Date of birth must be a real date, for example 27 3 2017");
  });

  it("accepts 29 February in a leap year only", () => {
    expect(parseForm(form({ "when.day": "29", "when.month": "2", "when.year": "2016" }), schema).ok).toBe(true);
    expect(parseForm(form({ "when.day": "29", "when.month": "2", "when.year": "2017" }), schema).ok).toBe(false);
  });

  it("refuses a date in the future", () => {
    const result = parseForm(form({ "when.day": "24", "when.month": "11", "when.year": "2026" }), schema);
    expect(!result.ok && result.errors.when).toBe("Date of birth must be today or in the past");
  });

  it("refuses letters", () => {
    const result = parseForm(form({ "when.day": "one", "when.month": "3", "when.year": "2017" }), schema);
    expect(!result.ok && result.errors.when).toMatch(/as numbers/);
  });

  it("reads month and year only when asked", () => {
    const monthOnly = z.object({ since: calendarDate({ name: "when you first noticed this", required: false, monthOnly: true }) });
    expect(parseForm(form({ "since.month": "9", "since.year": "2024" }), monthOnly)).toEqual({ ok: true, data: { since: "2024-09-01" } });
    expect(parseForm(form({ "since.month": "", "since.year": "" }), monthOnly)).toEqual({ ok: true, data: { since: null } });
  });
});

describe("checkboxes", () => {
  const schema = z.object({ signs: checkboxes(["a", "b", "c"] as const, "Choose from the list") });

  it("reads none, one or several ticked boxes", () => {
    expect(parseForm(form({}), schema)).toEqual({ ok: true, data: { signs: [] } });
    expect(parseForm(form({ "signs[]": "a" }), schema)).toEqual({ ok: true, data: { signs: ["a"] } });
    expect(parseForm(form({ "signs[]": ["a", "c"] }), schema)).toEqual({ ok: true, data: { signs: ["a", "c"] } });
  });

  it("refuses a value that is not offered", () => {
    expect(parseForm(form({ "signs[]": ["a", "z"] }), schema).ok).toBe(false);
  });
});

describe("profile form", () => {
  const schema = profileFormSchema("2026-11-23");

  it("keeps what was typed when something is wrong, and never a password", () => {
    const result = parseForm(form({ childName: "Sam", sencoEmail: "not-an-email", password: "secret" }), schema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.sencoEmail).toBe("Enter the SENCO's email address in the right format, like name@example.com");
    expect(result.values.childName).toBe("Sam");
    expect(result.values.password).toBeUndefined();
  });

  it("turns empty optional fields into nothing stored", () => {
    const result = parseForm(form({ childName: "  Sam  ", school: "   ", yearGroup: "" }), schema);
    expect(result.ok && result.data).toMatchObject({ childName: "Sam", school: null, yearGroup: null, dateOfBirth: null });
  });

  it("refuses a year group that is not on the list", () => {
    expect(parseForm(form({ childName: "Sam", yearGroup: "Year 99" }), schema).ok).toBe(false);
  });
});

describe("optionalEmail", () => {
  it("accepts empty and a real address", () => {
    const schema = optionalEmail("the email address");
    expect(schema.parse("")).toBeNull();
    expect(schema.parse(" a@b.co ")).toBe("a@b.co");
    expect(schema.safeParse("nope").success).toBe(false);
  });
});

describe("new passwords", () => {
  it("must be long enough and not common", () => {
    expect(newPasswordSchema.safeParse("short").success).toBe(false);
    expect(newPasswordSchema.safeParse("password123").success).toBe(false);
    expect(newPasswordSchema.safeParse("aaaaaaaaaaaa").success).toBe(false);
    expect(newPasswordSchema.safeParse("rainy-kite-harbour").success).toBe(true);
  });
});
