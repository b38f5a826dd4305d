import { describe, expect, it } from "vitest";
import { findSchoolDay } from "../school-day.fixture";

/** Suspensions of `days` school days each, one a week from the first school week of the term (estimated calendar: no half-term). */
function suspensions(days: number[]) {
  return days.map((count, index) => ({
    id: `s${index}`,
    kind: "suspension" as const,
    date: ["2026-09-07", "2026-10-05", "2026-11-02", "2026-12-01", "2027-01-11", "2027-02-01"][
      index
    ]!,
    sessions: count * 2,
  }));
}

describe("suspensions_over_cap", () => {
  it("finds nothing below the line that is ours", () => {
    expect(
      findSchoolDay("suspensions_over_cap", suspensions([10, 10, 10, 4]), "2027-03-01"),
    ).toEqual([]);
  });

  it("says the 45-day limit is close from 35 school days, as Clearpath's rule of thumb", () => {
    const [finding] = findSchoolDay(
      "suspensions_over_cap",
      suspensions([10, 10, 10, 5]),
      "2027-03-01",
    );
    expect(finding).toMatchObject({
      severity: "medium",
      title: "Suspensions this school year are close to the 45-day limit",
      nextStep: { action: "view_school_day" },
    });
    expect(finding!.explanation).toContain("add up to 35 school days");
    expect(finding!.explanation).toContain("Clearpath's rule of thumb");
    expect(finding!.explanation).toContain(
      "(R-DAY-EXCL-45: partly checked against the law's own text.)",
    );
  });

  it("flags over 45 school days as over the limit, not at exactly 45", () => {
    expect(
      findSchoolDay("suspensions_over_cap", suspensions([10, 10, 10, 10, 5]), "2027-03-01")[0]!
        .severity,
    ).toBe("medium");
    const [finding] = findSchoolDay(
      "suspensions_over_cap",
      suspensions([10, 10, 10, 10, 5, 1]),
      "2027-03-01",
    );
    expect(finding).toMatchObject({
      severity: "high",
      records: ["s0", "s1", "s2", "s3", "s4", "s5"],
      nextStep: { action: "make_representations_to_governors" },
    });
    expect(finding!.explanation).toContain("46 school days");
  });

  it("counts this school year only: last year's suspensions do not count after 1 September", () => {
    expect(
      findSchoolDay("suspensions_over_cap", suspensions([10, 10, 10, 10, 6]), "2027-09-02"),
    ).toEqual([]);
  });

  it("says the count is an estimate without the school's term dates", () => {
    const [finding] = findSchoolDay(
      "suspensions_over_cap",
      suspensions([10, 10, 10, 10, 6]),
      "2027-03-01",
      { terms: [] },
    );
    expect(finding!.explanation).toContain("an estimate");
    expect(finding!.records).toContain("school-terms");
  });
});
