import { describe, expect, it } from "vitest";
import { findSchoolDay } from "../school-day.fixture";

const AGREED = {
  id: "p1",
  kind: "part_time_timetable",
  date: "2026-11-02",
  sessionsPerWeek: 5,
  reviewDate: "2026-11-30",
  endDate: "2026-12-18",
  parentAgreed: true,
} as const;

describe("part_time_timetable_unreviewed", () => {
  it("finds nothing wrong with an agreed timetable with a review date ahead and an end date", () => {
    expect(findSchoolDay("part_time_timetable_unreviewed", [AGREED], "2026-11-20")).toEqual([]);
  });

  it("finds a timetable past its review date, the day after", () => {
    expect(findSchoolDay("part_time_timetable_unreviewed", [AGREED], "2026-11-30")).toEqual([]);
    const [finding] = findSchoolDay("part_time_timetable_unreviewed", [AGREED], "2026-12-01");
    expect(finding).toMatchObject({
      severity: "high",
      records: ["p1"],
      rules: ["R-DAY-PTT"],
      nextStep: { action: "request_timetable_review" },
    });
    expect(finding!.explanation).toContain("its review date, 30 November 2026, has passed");
    expect(finding!.explanation).toContain(
      "(R-DAY-PTT: not yet checked against the law's own text.)",
    );
  });

  it("finds no review date and no end date, as less serious than a review missed", () => {
    const [finding] = findSchoolDay(
      "part_time_timetable_unreviewed",
      [{ ...AGREED, reviewDate: null, endDate: null }],
      "2026-11-20",
    );
    expect(finding!.severity).toBe("medium");
    expect(finding!.explanation).toContain("it has no review date and it has no end date");
  });

  it("finds a timetable the parent did not agree to; an answer not given is not taken as no", () => {
    expect(
      findSchoolDay(
        "part_time_timetable_unreviewed",
        [{ ...AGREED, parentAgreed: false }],
        "2026-11-20",
      )[0]!.explanation,
    ).toContain("you did not agree");
    expect(
      findSchoolDay(
        "part_time_timetable_unreviewed",
        [{ ...AGREED, parentAgreed: null }],
        "2026-11-20",
      ),
    ).toEqual([]);
  });

  it("finds time off it marked as unauthorised, even after it ended, and cites the coding rule", () => {
    const [finding] = findSchoolDay(
      "part_time_timetable_unreviewed",
      [{ ...AGREED, attendanceCode: "O" }],
      "2027-01-10",
    );
    expect(finding).toMatchObject({ severity: "high", rules: ["R-DAY-PTT", "R-DAY-PTT-CODE"] });
    expect(finding!.explanation).toContain("code O");
    expect(finding!.explanation).not.toContain("review date");
  });

  it("leaves a timetable that ended well, or has not started, alone", () => {
    expect(
      findSchoolDay(
        "part_time_timetable_unreviewed",
        [{ ...AGREED, reviewDate: null }],
        "2027-01-10",
      ),
    ).toEqual([]);
    expect(
      findSchoolDay(
        "part_time_timetable_unreviewed",
        [{ ...AGREED, reviewDate: null }],
        "2026-11-01",
      ),
    ).toEqual([]);
  });
});
