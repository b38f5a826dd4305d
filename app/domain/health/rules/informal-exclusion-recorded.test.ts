import { describe, expect, it } from "vitest";
import { findSchoolDay } from "../school-day.fixture";

const SENT_HOME = {
  id: "i1",
  kind: "informal_exclusion",
  date: "2026-11-10",
  firstSession: "afternoon",
} as const;

describe("informal_exclusion_recorded", () => {
  it("finds one informal exclusion, says it is unlawful with the rule's status, and leads to the letter to the head", () => {
    const [finding, ...rest] = findSchoolDay(
      "informal_exclusion_recorded",
      [SENT_HOME],
      "2026-11-20",
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: "medium",
      title: "Sent home without a formal exclusion",
      records: ["i1"],
      rules: ["R-DAY-EXCL-INFORMAL"],
      nextStep: { action: "raise_informal_exclusion" },
    });
    expect(finding!.explanation).toContain(
      "on 10 November 2026: 1 session (half a school day) in all",
    );
    expect(finding!.explanation).toContain("unlawful");
    expect(finding!.explanation).toContain(
      "(R-DAY-EXCL-INFORMAL: not yet checked against the law's own text.)",
    );
    expect(finding!.explanation).not.toContain("estimate");
  });

  it("is serious when repeated, and says the line is Clearpath's rule of thumb", () => {
    const [finding] = findSchoolDay(
      "informal_exclusion_recorded",
      [SENT_HOME, { id: "i2", kind: "informal_exclusion", date: "2026-11-12", sessions: 2 }],
      "2026-11-20",
    );
    expect(finding).toMatchObject({ severity: "high", records: ["i1", "i2"] });
    expect(finding!.explanation).toContain("3 sessions (1.5 school days)");
    expect(finding!.explanation).toContain("Clearpath's rule of thumb (not the guidance's words)");
  });

  it("asks for the register to be corrected when the day was marked unauthorised", () => {
    const [finding] = findSchoolDay(
      "informal_exclusion_recorded",
      [{ ...SENT_HOME, attendanceCode: "O" }],
      "2026-11-20",
    );
    expect(finding!.rules).toEqual(["R-DAY-EXCL-INFORMAL", "R-DAY-ATT-CODES"]);
    expect(finding!.explanation).toContain("10 November 2026 as code O");
  });

  it("says the sessions are an estimate and links the term dates when the school's terms are not recorded", () => {
    const [finding] = findSchoolDay(
      "informal_exclusion_recorded",
      [{ id: "i1", kind: "informal_exclusion", date: "2026-11-10", endDate: "2026-11-11" }],
      "2026-11-20",
      { terms: [] },
    );
    expect(finding!.explanation).toContain("4 sessions (2 school days)");
    expect(finding!.explanation).toContain("an estimate");
    expect(finding!.records).toEqual(["i1", "school-terms"]);
  });

  it("finds nothing for a record in the future, or one older than the look-back of about two terms", () => {
    expect(findSchoolDay("informal_exclusion_recorded", [SENT_HOME], "2026-11-09")).toEqual([]);
    expect(findSchoolDay("informal_exclusion_recorded", [SENT_HOME], "2027-05-12")).toEqual([]);
    // 182 days after is still within it.
    expect(findSchoolDay("informal_exclusion_recorded", [SENT_HOME], "2027-05-11")).toHaveLength(1);
  });

  it("finds nothing when there is no informal exclusion", () => {
    expect(
      findSchoolDay(
        "informal_exclusion_recorded",
        [{ id: "s1", kind: "suspension", date: "2026-11-10", sessions: 2 }],
        "2026-11-20",
      ),
    ).toEqual([]);
  });
});
