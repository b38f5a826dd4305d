import { describe, expect, it } from "vitest";
import { SCHOOL_DAY_KINDS } from "~/domain/codes/school-day";
import { addSchoolDayRecordFormSchema, FIELDS_OF_KIND, partOf, schoolDayRecordActionSchema, schoolTermsActionSchema } from "./school-day";

const TODAY = "2026-11-20";
const day = (iso: string) => {
  const [year, month, date] = iso.split("-");
  return { day: String(Number(date)), month: String(Number(month)), year: year! };
};

function errorsOf(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.map(String).join("."), issue.message]));
}

describe("the school-day record form", () => {
  const schema = addSchoolDayRecordFormSchema(TODAY);

  it("stores an afternoon sent home as one session from the afternoon", () => {
    const parsed = schema.parse({ intent: "add", kind: "informal_exclusion", date: day("2026-11-10"), part: "afternoon", time: "12:30", schoolSaid: "Come and collect him." });
    expect(parsed).toMatchObject({ kind: "informal_exclusion", date: "2026-11-10", sessions: 1, firstSession: "afternoon", time: "12:30", schoolSaid: "Come and collect him.", documentId: null });
  });

  it("stores the whole day as two sessions and the morning as one", () => {
    expect(schema.parse({ intent: "add", kind: "informal_exclusion", date: day("2026-11-10"), part: "whole_day" })).toMatchObject({ sessions: 2, firstSession: "morning" });
    expect(schema.parse({ intent: "add", kind: "informal_exclusion", date: day("2026-11-10"), part: "morning" })).toMatchObject({ sessions: 1, firstSession: "morning" });
  });

  it("takes school days with halves and stores them as sessions", () => {
    expect(schema.parse({ intent: "add", kind: "suspension", date: day("2026-11-16"), schoolDays: "2.5" })).toMatchObject({ sessions: 5, firstSession: null });
    expect(schema.parse({ intent: "add", kind: "informal_exclusion", date: day("2026-11-10"), part: "days", schoolDays: "3", firstSession: "afternoon" })).toMatchObject({ sessions: 6, firstSession: "afternoon" });
  });

  it("asks for the school days of a suspension, and refuses a number that is not whole or half", () => {
    expect(errorsOf(schema.safeParse({ intent: "add", kind: "suspension", date: day("2026-11-16") }))).toEqual({ schoolDays: "Enter the number of school days, for example 3 or 2.5" });
    expect(errorsOf(schema.safeParse({ intent: "add", kind: "suspension", date: day("2026-11-16"), schoolDays: "2.3" }))).toEqual({ schoolDays: "Enter the number of school days, for example 3 or 2.5" });
    expect(errorsOf(schema.safeParse({ intent: "add", kind: "suspension", date: day("2026-11-16"), schoolDays: "0" })).schoolDays).toMatch(/from 0.5 to/);
  });

  it("asks how much of the day was missed when someone was sent home", () => {
    expect(errorsOf(schema.safeParse({ intent: "add", kind: "informal_exclusion", date: day("2026-11-10") }))).toEqual({ part: "Choose how much of the day your child missed" });
  });

  it("needs a date, in the past except for a part-time timetable that starts later", () => {
    expect(errorsOf(schema.safeParse({ intent: "add", kind: "restraint" }))).toEqual({ date: "Enter the date, for example 27 3 2017" });
    expect(errorsOf(schema.safeParse({ intent: "add", kind: "restraint", date: day("2026-12-01") }))).toEqual({ date: "The date must be today or in the past" });
    expect(schema.safeParse({ intent: "add", kind: "part_time_timetable", date: day("2026-12-01") }).success).toBe(true);
  });

  it("refuses a last day, review date or start of education before the first day", () => {
    expect(errorsOf(schema.safeParse({ intent: "add", kind: "suspension", date: day("2026-11-16"), schoolDays: "3", endDate: day("2026-11-13") }))).toEqual({
      endDate: "The last day must be on or after the first day",
    });
    expect(errorsOf(schema.safeParse({ intent: "add", kind: "part_time_timetable", date: day("2026-11-02"), reviewDate: day("2026-11-01") }))).toEqual({
      reviewDate: "The review date must be on or after the start",
    });
  });

  it("reads a part-time timetable: sessions a week 0 to 10, hours with decimals, who agreed and whether the parent agreed", () => {
    const parsed = schema.parse({ intent: "add", kind: "part_time_timetable", date: day("2026-11-02"), sessionsPerWeek: "6", hoursPerDay: "2.5", agreedBy: "The head", parentAgreed: "no", reviewDate: day("2026-11-20") });
    expect(parsed).toMatchObject({ sessionsPerWeek: 6, hoursPerDay: 2.5, agreedBy: "The head", parentAgreed: false, reviewDate: "2026-11-20", sessions: null });
    expect(errorsOf(schema.safeParse({ intent: "add", kind: "part_time_timetable", date: day("2026-11-02"), sessionsPerWeek: "11" })).sessionsPerWeek).toMatch(/0 to 10/);
  });

  it("reads a suspension's facts: notice, governors told, representations, exam", () => {
    const parsed = schema.parse({
      intent: "add",
      kind: "suspension",
      date: day("2026-11-16"),
      schoolDays: "3",
      noticeReceivedOn: day("2026-11-17"),
      boardToldOn: day("2026-11-16"),
      exclusionFacts: ["made_representations"],
    });
    expect(parsed).toMatchObject({ noticeReceivedOn: "2026-11-17", boardToldOn: "2026-11-16", madeRepresentations: true, wouldMissPublicExam: false });
  });

  it("keeps only the kind's own answers, so a form sent with another kind's fields saves none of them", () => {
    const parsed = schema.parse({ intent: "add", kind: "penalty_notice", date: day("2026-11-02"), amount: "80", sessionsPerWeek: "6", restraintType: "force", exclusionFacts: ["would_miss_exam"], part: "whole_day" });
    expect(parsed).toMatchObject({ amount: 80, sessionsPerWeek: null, restraintType: null, wouldMissPublicExam: false, sessions: null });
  });

  it("refuses a document that is not an id and a kind that is not on the list", () => {
    expect(errorsOf(schema.safeParse({ intent: "add", kind: "penalty_notice", date: day("2026-11-02"), documentId: "not-an-id" }))).toEqual({ documentId: "Choose a document from the list" });
    expect(errorsOf(schema.safeParse({ intent: "add", kind: "detention", date: day("2026-11-02") }))).toEqual({ kind: "Choose what happened" });
  });

  it("gives every kind at least the date, document and notes, and asks nothing twice", () => {
    for (const kind of SCHOOL_DAY_KINDS) {
      expect(new Set(FIELDS_OF_KIND[kind]).size).toBe(FIELDS_OF_KIND[kind].length);
      expect(schema.safeParse({ intent: "add", kind, date: day("2026-11-02"), part: "morning", schoolDays: "1" }).success, kind).toBe(true);
    }
  });

  it("updates or removes on a record's page", () => {
    const update = schoolDayRecordActionSchema(TODAY).parse({ intent: "update", kind: "restraint", date: day("2026-11-12"), restraintType: "seclusion", toldInWriting: "yes" });
    expect(update).toMatchObject({ intent: "update", restraintType: "seclusion", toldInWriting: true });
    expect(schoolDayRecordActionSchema(TODAY).parse({ intent: "remove" })).toEqual({ intent: "remove" });
  });

  it("fills the form again from stored sessions", () => {
    expect(partOf({ sessions: 1, firstSession: "afternoon" })).toEqual({ part: "afternoon", schoolDays: "" });
    expect(partOf({ sessions: 2, firstSession: null })).toEqual({ part: "whole_day", schoolDays: "" });
    expect(partOf({ sessions: 5, firstSession: "afternoon" })).toEqual({ part: "days", schoolDays: "2.5" });
    expect(partOf({ sessions: null, firstSession: null })).toEqual({ part: null, schoolDays: "" });
  });
});

describe("the school calendar form", () => {
  const existing = [{ kind: "term" as const, label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18" }];

  it("adds a term with its first and last day", () => {
    expect(schoolTermsActionSchema(existing).parse({ intent: "add", kind: "term", label: "Spring term 2027", start: day("2027-01-04"), end: day("2027-03-25") })).toEqual({
      intent: "add",
      kind: "term",
      label: "Spring term 2027",
      start: "2027-01-04",
      end: "2027-03-25",
    });
  });

  it("refuses a last day before the first", () => {
    expect(errorsOf(schoolTermsActionSchema([]).safeParse({ intent: "add", kind: "term", label: "Spring", start: day("2027-03-25"), end: day("2027-01-04") }))).toEqual({
      end: "The last day must be on or after the first day",
    });
  });

  it("refuses a term that overlaps another term, but lets a closure sit inside one", () => {
    expect(errorsOf(schoolTermsActionSchema(existing).safeParse({ intent: "add", kind: "term", label: "Overlap", start: day("2026-12-01"), end: day("2027-01-10") }))).toEqual({
      start: "These dates overlap Autumn term 2026. A day can be in one term only.",
    });
    expect(schoolTermsActionSchema(existing).safeParse({ intent: "add", kind: "closure", label: "Half-term", start: day("2026-10-26"), end: day("2026-10-30") }).success).toBe(true);
  });

  it("needs a name", () => {
    expect(errorsOf(schoolTermsActionSchema([]).safeParse({ intent: "add", kind: "term", label: " ", start: day("2027-01-04"), end: day("2027-03-25") }))).toEqual({
      label: "Enter a name, for example Autumn term 2026 or Half-term",
    });
  });
});
