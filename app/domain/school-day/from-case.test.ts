import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import type { CaseDocumentInput } from "../case/case-document";
import { lostEventsOf, readSchoolDay, schoolCalendarOf, sessionsOf } from "./from-case";
import { ESTIMATED_CALENDAR } from "./school-days";

type RecordInput = NonNullable<CaseDocumentInput["schoolDay"]>[number];

const TERMS: CaseDocumentInput["schoolTerms"] = [
  { id: "t1", kind: "term", label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18" },
  { id: "t2", kind: "term", label: "Spring term 2027", start: "2027-01-04", end: "2027-03-25" },
  { id: "c1", kind: "closure", label: "Half-term", start: "2026-10-26", end: "2026-10-30" },
];

function caseWith(records: RecordInput[], schoolTerms = TERMS) {
  return buildCaseDocument({ schoolDay: records, schoolTerms });
}

describe("schoolCalendarOf", () => {
  it("is the estimate when no term is recorded, even with a closure", () => {
    expect(schoolCalendarOf([])).toBe(ESTIMATED_CALENDAR);
    expect(schoolCalendarOf(caseWith([], [{ id: "c", kind: "closure", label: "INSET", start: "2026-11-02", end: "2026-11-02" }]).schoolTerms)).toBe(ESTIMATED_CALENDAR);
  });

  it("keeps terms in date order and closures apart, whatever order they were recorded in", () => {
    const calendar = schoolCalendarOf([...caseWith([]).schoolTerms].reverse());
    expect(calendar).toEqual({
      kind: "school",
      terms: [
        { label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18" },
        { label: "Spring term 2027", start: "2027-01-04", end: "2027-03-25" },
      ],
      closures: [{ start: "2026-10-26", end: "2026-10-30", reason: "Half-term" }],
    });
  });
});

describe("sessionsOf", () => {
  const [record] = caseWith([{ id: "a", kind: "absence", date: "2026-10-22", endDate: "2026-11-03", absenceReason: "illness" }]).schoolDay;
  it("counts two sessions for each school day from the date to the last day, skipping half-term", () => {
    // Thu 22, Fri 23 Oct, then half-term, then Mon 2, Tue 3 Nov: 4 school days.
    expect(sessionsOf(record!, schoolCalendarOf(TERMS))).toBe(8);
  });

  it("takes the sessions as recorded when there are some", () => {
    expect(sessionsOf({ ...record!, sessions: 3 }, schoolCalendarOf(TERMS))).toBe(3);
  });

  it("counts one session for an afternoon with no sessions recorded", () => {
    expect(sessionsOf({ ...record!, kind: "informal_exclusion", date: "2026-11-10", endDate: null, firstSession: "afternoon" }, schoolCalendarOf(TERMS))).toBe(1);
  });
});

describe("readSchoolDay", () => {
  it("gives worked example 1 from a recorded 8-day suspension: the notice, the 6th day and 16 sessions lost", () => {
    const reading = readSchoolDay(
      caseWith([{ id: "s1", kind: "suspension", date: "2026-11-09", sessions: 16, boardToldOn: "2026-11-09", madeRepresentations: true }]),
      "2026-12-01",
    );
    expect(reading.isEstimatedCalendar).toBe(false);
    expect(reading.deadlines.map((d) => [d.id, d.due])).toEqual(
      expect.arrayContaining([
        ["D-EXCL-NOTICE", "2026-11-09"],
        ["D-EXCL-6TH", "2026-11-16"],
      ]),
    );
    expect(reading.deadlines.some((d) => d.id === "D-GOV-50")).toBe(true);
    expect(reading.educationLost.terms[0]?.byCategory.formal).toEqual({ sessions: 16, schoolDays: 8, eventIds: ["s1"] });
    expect(reading.suspensionCaps).toEqual([expect.objectContaining({ schoolYear: 2026, schoolDays: 8, isOverCap: false })]);
  });

  it("gives worked example 2's dates for a permanent exclusion from Wed 2 Dec 2026", () => {
    const reading = readSchoolDay(
      caseWith([{ id: "p1", kind: "permanent_exclusion", date: "2026-12-02", boardToldOn: "2026-12-01", decisionToldOn: "2027-01-05" }]),
      "2027-01-06",
    );
    const due = Object.fromEntries(reading.deadlines.map((d) => [d.id, d.due]));
    expect(due).toMatchObject({ "D-EXCL-6TH": "2026-12-09", "D-GOV-15": "2027-01-05", "D-IRP-APPLY": "2027-01-26" });
  });

  it("flags every figure as an estimate when the school's terms are not recorded", () => {
    const reading = readSchoolDay(caseWith([{ id: "i1", kind: "informal_exclusion", date: "2026-11-10", firstSession: "afternoon" }], []), "2026-12-01");
    expect(reading.isEstimatedCalendar).toBe(true);
    expect(reading.educationLost.isEstimate).toBe(true);
    expect(reading.educationLost.terms[0]?.byCategory.informal.sessions).toBe(1);
  });
});

describe("lostEventsOf", () => {
  const calendar = schoolCalendarOf(TERMS);

  it("counts a part-time timetable only up to today while it goes on, and not before it starts", () => {
    const { schoolDay } = caseWith([
      { id: "p", kind: "part_time_timetable", date: "2026-11-02", sessionsPerWeek: 6 },
      { id: "later", kind: "part_time_timetable", date: "2027-01-04", sessionsPerWeek: 6 },
    ]);
    expect(lostEventsOf(schoolDay, calendar, "2026-11-13")).toEqual([
      { id: "p", type: "part_time_timetable", start: "2026-11-02", end: "2026-11-13", timetabledSessionsPerWeek: 6 },
    ]);
  });

  it("leaves out a timetable with no sessions a week, absences not about health, and records that take no school time", () => {
    const { schoolDay } = caseWith([
      { id: "p", kind: "part_time_timetable", date: "2026-11-02" },
      { id: "a", kind: "absence", date: "2026-11-02", absenceReason: "other" },
      { id: "r", kind: "restraint", date: "2026-11-02", restraintType: "force" },
      { id: "n", kind: "penalty_notice", date: "2026-11-02", amount: 80 },
    ]);
    expect(lostEventsOf(schoolDay, calendar, "2026-11-13")).toEqual([]);
  });

  it("counts a permanent exclusion until the day before full-time education started", () => {
    const { schoolDay } = caseWith([{ id: "p", kind: "permanent_exclusion", date: "2026-12-02", educationArrangedFrom: "2026-12-09" }]);
    expect(lostEventsOf(schoolDay, calendar, "2027-01-20")).toEqual([
      { id: "p", type: "permanent_exclusion", firstDay: "2026-12-02", lastDay: "2026-12-08" },
    ]);
  });

  it("counts illness as health absence", () => {
    const { schoolDay } = caseWith([{ id: "a", kind: "absence", date: "2026-11-02", sessions: 2, absenceReason: "illness" }]);
    expect(lostEventsOf(schoolDay, calendar, "2026-11-13")).toEqual([{ id: "a", type: "health_absence", firstDay: "2026-11-02", sessions: 2 }]);
  });
});
