import { describe, expect, it } from "vitest";
import { findSchoolDay } from "../school-day.fixture";

const INCIDENT = {
  id: "r1",
  kind: "restraint",
  date: "2026-11-10",
  restraintType: "force",
} as const;

describe("restraint_not_reported", () => {
  it("finds nothing when the parent was told in writing the same day", () => {
    expect(
      findSchoolDay(
        "restraint_not_reported",
        [{ ...INCIDENT, toldInWriting: true, parentToldOn: "2026-11-10" }],
        "2026-11-20",
      ),
    ).toEqual([]);
  });

  it("finds a report that came a day later, says the same-day wording is not checked, and asks for the school's record", () => {
    const [finding] = findSchoolDay(
      "restraint_not_reported",
      [{ ...INCIDENT, toldInWriting: true, parentToldOn: "2026-11-11" }],
      "2026-11-20",
    );
    expect(finding).toMatchObject({
      severity: "medium",
      records: ["r1"],
      rules: ["R-DAY-RESTRAINT-REPORT", "R-DAY-RESTRAINT-DUTY"],
      nextStep: { action: "request_restraint_record" },
    });
    expect(finding!.explanation).toContain(
      "10 November 2026: you were told on 11 November 2026, not the same day",
    );
    expect(finding!.explanation).toContain(
      "(R-DAY-RESTRAINT-REPORT: not yet checked against the law's own text.)",
    );
    expect(finding!.explanation).toContain("has not been checked");
  });

  it("finds a parent told but not in writing", () => {
    const [finding] = findSchoolDay(
      "restraint_not_reported",
      [{ ...INCIDENT, toldInWriting: false, parentToldOn: "2026-11-10" }],
      "2026-11-20",
    );
    expect(finding!.explanation).toContain("you were not told in writing");
  });

  it("says only that no report is recorded, and gently, when nothing about the report was recorded", () => {
    const [finding] = findSchoolDay("restraint_not_reported", [INCIDENT], "2026-11-20");
    expect(finding!.severity).toBe("low");
    expect(finding!.explanation).toContain("no report is recorded as arriving the same day");
  });

  it("starts with incidents on 1 April 2026, when the duty began", () => {
    expect(
      findSchoolDay(
        "restraint_not_reported",
        [{ ...INCIDENT, date: "2026-03-31", toldInWriting: false }],
        "2026-04-10",
      ),
    ).toEqual([]);
    expect(
      findSchoolDay(
        "restraint_not_reported",
        [{ ...INCIDENT, date: "2026-04-01", toldInWriting: false }],
        "2026-04-10",
      ),
    ).toHaveLength(1);
  });

  it("puts several incidents in one finding", () => {
    const [finding, ...rest] = findSchoolDay(
      "restraint_not_reported",
      [INCIDENT, { ...INCIDENT, id: "r2", date: "2026-11-12", toldInWriting: false }],
      "2026-11-20",
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: "medium",
      records: ["r1", "r2"],
      title: "Restraint incidents were not reported to you the same day",
    });
  });
});
