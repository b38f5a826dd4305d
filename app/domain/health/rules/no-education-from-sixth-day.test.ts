import { describe, expect, it } from "vitest";
import { findSchoolDay } from "../school-day.fixture";

// Reference worked example 1: an 8-day suspension from Mon 9 Nov 2026; the 6th day is Mon 16 Nov.
const SUSPENSION = { id: "s1", kind: "suspension", date: "2026-11-09", sessions: 16 } as const;

describe("no_education_from_sixth_day", () => {
  it("finds nothing before the 6th day", () => {
    expect(findSchoolDay("no_education_from_sixth_day", [SUSPENSION], "2026-11-13")).toEqual([]);
  });

  it("finds the 6th day reached with no education recorded, serious while the suspension runs", () => {
    const [finding, ...rest] = findSchoolDay(
      "no_education_from_sixth_day",
      [SUSPENSION],
      "2026-11-16",
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: "high",
      records: ["s1"],
      rules: ["R-DAY-EXCL-6TH-DAY", "R-DAY-S19"],
      nextStep: {
        label: "Ask the governors for full-time education",
        action: "request_sixth_day_education",
      },
    });
    expect(finding!.explanation).toContain("reached its 6th school day on Monday 16 November 2026");
    expect(finding!.explanation).toContain("the governing board (at an academy, the trust)");
    expect(finding!.explanation).toContain("6 sessions (3 school days) from the 6th day on");
    expect(finding!.explanation).toContain(
      "(R-DAY-EXCL-6TH-DAY: checked against the law's own text.)",
    );
  });

  it("is less serious once the suspension has ended", () => {
    const [finding] = findSchoolDay("no_education_from_sixth_day", [SUSPENSION], "2026-11-19");
    expect(finding!.severity).toBe("medium");
  });

  it("finds nothing when education was arranged from the 6th day, and says so when it started late", () => {
    expect(
      findSchoolDay(
        "no_education_from_sixth_day",
        [{ ...SUSPENSION, educationArrangedFrom: "2026-11-16" }],
        "2026-11-20",
      ),
    ).toEqual([]);
    const [late] = findSchoolDay(
      "no_education_from_sixth_day",
      [{ ...SUSPENSION, educationArrangedFrom: "2026-11-18" }],
      "2026-11-20",
    );
    expect(late!.title).toBe("Full-time education started after the 6th day of exclusion");
    expect(late!.explanation).toContain("starting on 18 November 2026, after that day");
  });

  it("runs consecutive suspensions together, as the regulations do", () => {
    const records = [
      { id: "s1", kind: "suspension", date: "2026-11-09", sessions: 6 },
      { id: "s2", kind: "suspension", date: "2026-11-12", sessions: 6 },
    ] as const;
    const [finding] = findSchoolDay("no_education_from_sixth_day", [...records], "2026-11-16");
    expect(finding!.records).toEqual(["s1", "s2"]);
  });

  it("sends a permanent exclusion to the council, over Christmas (reference worked example 2)", () => {
    const [finding] = findSchoolDay(
      "no_education_from_sixth_day",
      [{ id: "p1", kind: "permanent_exclusion", date: "2026-12-02" }],
      "2026-12-09",
    );
    expect(finding).toMatchObject({
      severity: "high",
      nextStep: { label: "Ask the council for full-time education" },
    });
    expect(finding!.explanation).toContain(
      "on Wednesday 9 December 2026. From that day the council must arrange",
    );
  });

  it("says the 6th day is an estimate when the school's terms are not recorded", () => {
    const [finding] = findSchoolDay("no_education_from_sixth_day", [SUSPENSION], "2026-11-16", {
      terms: [],
    });
    expect(finding!.explanation).toContain("an estimate");
    expect(finding!.records).toContain("school-terms");
  });
});
