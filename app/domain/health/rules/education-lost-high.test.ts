import { describe, expect, it } from "vitest";
import { findSchoolDay } from "../school-day.fixture";

const SUSPENSION = { id: "s1", kind: "suspension", date: "2026-11-09", sessions: 8 } as const;
const SENT_HOME = {
  id: "i1",
  kind: "informal_exclusion",
  date: "2026-11-20",
  sessions: 2,
} as const;
const ILL = {
  id: "a1",
  kind: "absence",
  date: "2026-11-23",
  endDate: "2026-11-24",
  absenceReason: "illness",
} as const;

describe("education_lost_high", () => {
  it("finds nothing at 5 school days in the term, the line that is ours", () => {
    expect(findSchoolDay("education_lost_high", [SUSPENSION, SENT_HOME], "2026-11-27")).toEqual([]);
  });

  it("finds more than 5 school days lost this term, by cause, and says the line is Clearpath's", () => {
    const [finding] = findSchoolDay(
      "education_lost_high",
      [SUSPENSION, SENT_HOME, ILL],
      "2026-11-27",
    );
    expect(finding).toMatchObject({
      severity: "medium",
      title: "7 school days lost this term",
      records: ["s1", "i1", "a1"],
    });
    expect(finding!.explanation).toContain(
      "In Autumn term 2026, Sam has lost 7 school days (14 sessions): 4 school days through suspension or exclusion, 2 school days through illness or medical appointments and 1 school day through being sent home without a formal exclusion.",
    );
    expect(finding!.explanation).toContain("Clearpath's rule of thumb");
    expect(finding!.explanation).toContain("(R-DAY-S19: checked against the law's own text.)");
  });

  it("asks the council under section 19 when the main cause is exclusion, health or part-time, with no EHC plan", () => {
    const [finding] = findSchoolDay(
      "education_lost_high",
      [SUSPENSION, SENT_HOME, ILL],
      "2026-11-27",
    );
    expect(finding!.nextStep).toEqual({
      label: "Ask the council to arrange education (section 19)",
      action: "request_section_19",
    });
  });

  it("writes to the head when being sent home is the main cause", () => {
    const [finding] = findSchoolDay(
      "education_lost_high",
      [{ ...SENT_HOME, sessions: 12 }],
      "2026-11-27",
    );
    expect(finding!.nextStep.action).toBe("raise_informal_exclusion");
    expect(finding!.rules).toEqual(["R-DAY-S19", "R-DAY-EXCL-INFORMAL"]);
  });

  it("asks for an early review of the EHC plan for a child who has one", () => {
    const [finding] = findSchoolDay(
      "education_lost_high",
      [SUSPENSION, SENT_HOME, ILL],
      "2026-11-27",
      { extra: { ehcPlans: [{ id: "plan", stage: "final", issuedOn: "2026-03-01" }] } },
    );
    expect(finding!.nextStep.action).toBe("request_early_review");
    expect(finding!.explanation).toContain("review the plan early");
  });

  it("is serious above 15 school days, and looks at this term only", () => {
    const long = { id: "s2", kind: "suspension", date: "2026-11-30", sessions: 24 } as const;
    expect(
      findSchoolDay("education_lost_high", [SUSPENSION, long], "2026-12-18")[0]!.severity,
    ).toBe("high");
    expect(findSchoolDay("education_lost_high", [SUSPENSION, long], "2027-01-11")).toEqual([]);
  });

  it("says the figure is an estimate without the school's term dates", () => {
    const [finding] = findSchoolDay(
      "education_lost_high",
      [SUSPENSION, SENT_HOME, ILL],
      "2026-11-27",
      { terms: [] },
    );
    expect(finding!.explanation).toContain("an estimate");
    expect(finding!.records).toContain("school-terms");
  });
});
