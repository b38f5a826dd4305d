import { describe, expect, it } from "vitest";
import { findSchoolDay } from "../school-day.fixture";

/** Absences for illness of `days` school days each, a week apart, in the autumn term 2026 (no half-term inside them). */
function illness(
  days: number[],
  reason: "illness" | "medical_appointment" | "school_avoidance" = "illness",
) {
  const starts = [
    "2026-09-07",
    "2026-09-14",
    "2026-09-21",
    "2026-10-05",
    "2026-11-02",
    "2026-11-09",
  ];
  return days.map((count, index) => ({
    id: `a${index}`,
    kind: "absence" as const,
    date: starts[index]!,
    sessions: count * 2,
    absenceReason: reason,
  }));
}

describe("health_absence_section_19", () => {
  it("finds nothing below 15 school days (30 sessions) of health absence", () => {
    expect(findSchoolDay("health_absence_section_19", illness([5, 5, 4]), "2026-11-20")).toEqual(
      [],
    );
    expect(
      findSchoolDay(
        "health_absence_section_19",
        [
          ...illness([5, 5, 4]),
          { id: "x", kind: "absence", date: "2026-11-16", sessions: 1, absenceReason: "illness" },
        ],
        "2026-11-20",
      ),
    ).toEqual([]);
  });

  it("finds 15 school days added up over the school year, says the number is guidance, and leads to the council", () => {
    const [finding] = findSchoolDay("health_absence_section_19", illness([5, 5, 5]), "2026-11-20");
    expect(finding).toMatchObject({
      severity: "high",
      title: "15 school days off for health reasons this school year",
      records: ["a0", "a1", "a2"],
      rules: ["R-DAY-HEALTH-15", "R-DAY-S19"],
      nextStep: { action: "request_section_19" },
    });
    expect(finding!.explanation).toContain("30 sessions (15 school days)");
    expect(finding!.explanation).toContain(
      "(R-DAY-HEALTH-15: not yet checked against the law's own text.)",
    );
    expect(finding!.explanation).toContain("That number is guidance");
  });

  it("counts medical appointments, not other absence", () => {
    expect(
      findSchoolDay(
        "health_absence_section_19",
        illness([5, 5, 5], "medical_appointment"),
        "2026-11-20",
      ),
    ).toHaveLength(1);
    expect(
      findSchoolDay(
        "health_absence_section_19",
        illness([5, 5, 5], "school_avoidance"),
        "2026-11-20",
      ),
    ).toEqual([]);
  });

  it("starts again with the new school year", () => {
    expect(findSchoolDay("health_absence_section_19", illness([5, 5, 5]), "2027-09-06")).toEqual(
      [],
    );
  });

  it("says the count is an estimate without the school's term dates", () => {
    const [finding] = findSchoolDay("health_absence_section_19", illness([5, 5, 5]), "2026-11-20", {
      terms: [],
    });
    expect(finding!.explanation).toContain("an estimate");
  });
});
