import { describe, expect, it } from "vitest";
import { countEducationLost, type SchoolDayEvent } from "./education-lost";
import { SCHOOL_2026_27 } from "./school-calendar.fixture";
import { ESTIMATED_CALENDAR } from "./school-days";

const calendar = SCHOOL_2026_27;

describe("countEducationLost", () => {
  it("counts worked example 1: 16 sessions, 8 school days, formal, in the autumn term", () => {
    const lost = countEducationLost({
      events: [{ id: "s1", type: "suspension", firstDay: "2026-11-09", sessions: 16 }],
      calendar,
    });
    expect(lost.terms).toHaveLength(1);
    expect(lost.terms[0]!.term.label).toBe("Autumn term 2026");
    expect(lost.terms[0]!.byCategory.formal).toEqual({
      sessions: 16,
      schoolDays: 8,
      eventIds: ["s1"],
    });
    expect(lost.terms[0]!.suspensions.schoolDays).toBe(8);
    expect(lost.schoolYears).toEqual([
      expect.objectContaining({
        schoolYear: 2026,
        total: { sessions: 16, schoolDays: 8, eventIds: ["s1"] },
      }),
    ]);
    expect(lost.isEstimate).toBe(false);
  });

  it("counts worked example 2's permanent exclusion session by session, split at the Christmas term boundary", () => {
    const lost = countEducationLost({
      events: [
        { id: "p1", type: "permanent_exclusion", firstDay: "2026-12-02", lastDay: "2027-01-08" },
      ],
      calendar,
    });
    // 2–18 Dec is 13 school days; 4–8 Jan is 5.
    expect(lost.terms.map((term) => [term.term.label, term.byCategory.formal.schoolDays])).toEqual([
      ["Autumn term 2026", 13],
      ["Spring term 2027", 5],
    ]);
    expect(lost.schoolYears[0]!.total).toEqual({ sessions: 36, schoolDays: 18, eventIds: ["p1"] });
    // A permanent exclusion is not a suspension: it is not in the 45-day figure.
    expect(lost.schoolYears[0]!.suspensions.sessions).toBe(0);
  });

  it("counts half days as one session", () => {
    const events: SchoolDayEvent[] = [
      {
        id: "lunch",
        type: "suspension",
        firstDay: "2026-11-09",
        sessions: 1,
        firstSession: "afternoon",
      },
      {
        id: "early",
        type: "informal_exclusion",
        firstDay: "2026-11-10",
        sessions: 1,
        firstSession: "afternoon",
      },
    ];
    const year = countEducationLost({ events, calendar }).schoolYears[0]!;
    expect(year.byCategory.formal).toEqual({ sessions: 1, schoolDays: 0.5, eventIds: ["lunch"] });
    expect(year.byCategory.informal).toEqual({ sessions: 1, schoolDays: 0.5, eventIds: ["early"] });
    expect(year.total.schoolDays).toBe(1);
  });

  it("splits a suspension that crosses the end of term between the two terms", () => {
    const lost = countEducationLost({
      events: [{ id: "s", type: "suspension", firstDay: "2026-12-17", sessions: 6 }],
      calendar,
    });
    expect(lost.terms.map((term) => [term.term.label, term.byCategory.formal.sessions])).toEqual([
      ["Autumn term 2026", 4],
      ["Spring term 2027", 2],
    ]);
  });

  it("counts a part-time timetable as (10 − timetabled sessions) a week, over school days only", () => {
    // 6 sessions a week from Mon 19 Oct to Fri 6 Nov 2026: half-term (26–30 Oct) is not counted, so 2 weeks × 4 = 8.
    const lost = countEducationLost({
      events: [
        {
          id: "ptt",
          type: "part_time_timetable",
          start: "2026-10-19",
          end: "2026-11-06",
          timetabledSessionsPerWeek: 6,
        },
      ],
      calendar,
    });
    expect(lost.terms[0]!.byCategory.part_time).toEqual({
      sessions: 8,
      schoolDays: 4,
      eventIds: ["ptt"],
    });
  });

  it("counts part of a week of part-time timetable pro rata, with a bank holiday not counted", () => {
    // 5 sessions a week, Mon 3 to Fri 7 May 2027: Mon 3 May is a bank holiday, so 4 school days × 1 session.
    const lost = countEducationLost({
      events: [
        {
          id: "ptt",
          type: "part_time_timetable",
          start: "2027-05-03",
          end: "2027-05-07",
          timetabledSessionsPerWeek: 5,
        },
      ],
      calendar,
    });
    expect(lost.terms[0]!.byCategory.part_time.sessions).toBe(4);
    expect(lost.terms[0]!.byCategory.part_time.sessions).not.toBe(5);
  });

  it("never adds part-time sessions into the suspension total", () => {
    const events: SchoolDayEvent[] = [
      { id: "s", type: "suspension", firstDay: "2026-11-09", sessions: 4 },
      {
        id: "ptt",
        type: "part_time_timetable",
        start: "2026-11-16",
        end: "2026-11-27",
        timetabledSessionsPerWeek: 5,
      },
      { id: "h", type: "health_absence", firstDay: "2026-11-30", sessions: 3 },
    ];
    const year = countEducationLost({ events, calendar }).schoolYears[0]!;
    expect(year.suspensions).toEqual({ sessions: 4, schoolDays: 2, eventIds: ["s"] });
    expect(year.byCategory.part_time.sessions).toBe(10);
    expect(year.byCategory.health).toEqual({ sessions: 3, schoolDays: 1.5, eventIds: ["h"] });
    expect(year.total).toEqual({ sessions: 17, schoolDays: 8.5, eventIds: ["s", "ptt", "h"] });
  });

  it("does not count internal exclusion as lost, but keeps its sessions on record", () => {
    const lost = countEducationLost({
      events: [{ id: "ie", type: "internal_exclusion", firstDay: "2026-11-09", sessions: 2 }],
      calendar,
    });
    expect(lost.terms).toEqual([]);
    expect(lost.internalExclusion).toEqual({ sessions: 2, schoolDays: 1, eventIds: ["ie"] });
  });

  it("separates school years at 1 September and flags an estimated calendar", () => {
    const lost = countEducationLost({
      events: [{ id: "s", type: "suspension", firstDay: "2027-08-31", sessions: 4 }],
      calendar: ESTIMATED_CALENDAR,
    });
    expect(lost.schoolYears.map((year) => [year.schoolYear, year.total.sessions])).toEqual([
      [2026, 2],
      [2027, 2],
    ]);
    expect(lost.isEstimate).toBe(true);
    expect(lost.terms.every((term) => term.term.isEstimate)).toBe(true);
  });
});
