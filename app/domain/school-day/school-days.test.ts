import { describe, expect, it } from "vitest";
import { SCHOOL_2026_27 } from "./school-calendar.fixture";
import {
  addSchoolDays,
  ESTIMATED_CALENDAR,
  findNthSchoolDay,
  findTermOf,
  isEstimatedOn,
  isSchoolDay,
  schoolYearOf,
  spreadSessions,
} from "./school-days";

describe("isSchoolDay", () => {
  it("is a weekday in term that is not a closure or bank holiday", () => {
    expect(isSchoolDay("2026-11-09", SCHOOL_2026_27)).toBe(true);
    expect(isSchoolDay("2026-11-07", SCHOOL_2026_27)).toBe(false); // Saturday
    expect(isSchoolDay("2026-10-27", SCHOOL_2026_27)).toBe(false); // half-term
    expect(isSchoolDay("2027-04-19", SCHOOL_2026_27)).toBe(false); // INSET
    expect(isSchoolDay("2026-12-21", SCHOOL_2026_27)).toBe(false); // Christmas holiday
    expect(isSchoolDay("2027-05-03", SCHOOL_2026_27)).toBe(false); // early May bank holiday, in term
  });

  it("on an estimated calendar is every weekday that is not a bank holiday", () => {
    expect(isSchoolDay("2026-12-21", ESTIMATED_CALENDAR)).toBe(true);
    expect(isSchoolDay("2026-12-28", ESTIMATED_CALENDAR)).toBe(false);
    expect(isSchoolDay("2026-11-07", ESTIMATED_CALENDAR)).toBe(false);
  });
});

describe("addSchoolDays (within N school days of X: day 1 is the first school day after X)", () => {
  it("counts worked example 2: 15 school days after Tue 1 Dec 2026, across Christmas, is Tue 5 Jan 2027", () => {
    expect(addSchoolDays({ from: "2026-12-01", count: 15, calendar: SCHOOL_2026_27 })).toEqual({
      date: "2027-01-05",
      isEstimate: false,
    });
  });

  it("skips a bank holiday inside the count", () => {
    // Fri 30 Apr 2027 + 3: Mon 3 May is a bank holiday, so Tue 4, Wed 5, Thu 6.
    expect(addSchoolDays({ from: "2027-04-30", count: 3, calendar: SCHOOL_2026_27 }).date).toBe(
      "2027-05-06",
    );
    expect(addSchoolDays({ from: "2027-04-30", count: 3, calendar: ESTIMATED_CALENDAR }).date).toBe(
      "2027-05-06",
    );
  });

  it("skips half-term and INSET days", () => {
    expect(addSchoolDays({ from: "2026-10-23", count: 1, calendar: SCHOOL_2026_27 }).date).toBe(
      "2026-11-02",
    );
    expect(addSchoolDays({ from: "2027-04-16", count: 1, calendar: SCHOOL_2026_27 }).date).toBe(
      "2027-04-20",
    );
  });

  it("flags the result as an estimate on an estimated calendar, and gives a different date over Christmas", () => {
    expect(addSchoolDays({ from: "2026-12-01", count: 15, calendar: ESTIMATED_CALENDAR })).toEqual({
      date: "2026-12-22",
      isEstimate: true,
    });
  });

  it("flags a count that runs past the school's known terms as an estimate", () => {
    const result = addSchoolDays({ from: "2027-07-15", count: 10, calendar: SCHOOL_2026_27 });
    expect(result.isEstimate).toBe(true);
    expect(isEstimatedOn("2027-07-21", SCHOOL_2026_27)).toBe(false);
    expect(isEstimatedOn("2027-07-22", SCHOOL_2026_27)).toBe(true);
  });

  it("refuses a count below one", () => {
    expect(() => addSchoolDays({ from: "2026-12-01", count: 0, calendar: SCHOOL_2026_27 })).toThrow(
      RangeError,
    );
  });
});

describe("findNthSchoolDay (the start day is day 1)", () => {
  it("gives worked example 1's 6th day: Mon 16 Nov 2026 for a suspension from Mon 9 Nov", () => {
    expect(findNthSchoolDay({ start: "2026-11-09", n: 6, calendar: SCHOOL_2026_27 })).toEqual({
      date: "2026-11-16",
      isEstimate: false,
    });
  });

  it("gives worked example 2's 6th day: Wed 9 Dec 2026 for an exclusion from Wed 2 Dec", () => {
    expect(findNthSchoolDay({ start: "2026-12-02", n: 6, calendar: SCHOOL_2026_27 }).date).toBe(
      "2026-12-09",
    );
  });

  it("starts on the next school day when the start is not one", () => {
    expect(findNthSchoolDay({ start: "2026-10-30", n: 1, calendar: SCHOOL_2026_27 }).date).toBe(
      "2026-11-02",
    );
  });
});

describe("spreadSessions", () => {
  it("counts a lunchtime suspension as one session on its day", () => {
    expect(
      spreadSessions({
        firstDay: "2026-11-09",
        sessions: 1,
        firstSession: "afternoon",
        calendar: SCHOOL_2026_27,
      }),
    ).toEqual([{ date: "2026-11-09", sessions: 1 }]);
  });

  it("puts an odd session on the last day and skips the weekend", () => {
    expect(
      spreadSessions({ firstDay: "2026-11-13", sessions: 3, calendar: SCHOOL_2026_27 }),
    ).toEqual([
      { date: "2026-11-13", sessions: 2 },
      { date: "2026-11-16", sessions: 1 },
    ]);
  });

  it("starting in the afternoon takes one session on the first day", () => {
    expect(
      spreadSessions({
        firstDay: "2026-11-13",
        sessions: 3,
        firstSession: "afternoon",
        calendar: SCHOOL_2026_27,
      }),
    ).toEqual([
      { date: "2026-11-13", sessions: 1 },
      { date: "2026-11-16", sessions: 2 },
    ]);
  });
});

describe("school years and terms", () => {
  it("starts the school year on 1 September", () => {
    expect(schoolYearOf("2027-08-31")).toBe(2026);
    expect(schoolYearOf("2027-09-01")).toBe(2027);
  });

  it("takes the term from the school's dates when known", () => {
    expect(findTermOf("2026-12-18", SCHOOL_2026_27)).toMatchObject({
      label: "Autumn term 2026",
      schoolYear: 2026,
      isEstimate: false,
    });
    expect(findTermOf("2027-01-04", SCHOOL_2026_27)).toMatchObject({
      label: "Spring term 2027",
      schoolYear: 2026,
      isEstimate: false,
    });
    // The spring term runs into April on the school's dates but not in the split by month.
    expect(findTermOf("2027-03-25", SCHOOL_2026_27).label).toBe("Spring term 2027");
  });

  it("falls back to the split by month, flagged as an estimate, when the dates are not known", () => {
    expect(findTermOf("2026-11-16", ESTIMATED_CALENDAR)).toEqual({
      key: "2026-1-autumn",
      label: "Autumn term 2026",
      schoolYear: 2026,
      isEstimate: true,
    });
  });
});
