import { describe, expect, it } from "vitest";
import { LAW_AS_AT, LAW_CATALOGUE } from "./catalogue";
import { getRule } from "./get-rule";
import { describePeriod, describeVerification, lawAsAtText, periodOf, VERIFICATION_TEXT } from "./statements";

describe("stating the law", () => {
  it("reads each time limit from the catalogue in words", () => {
    expect(periodOf("R-EHCNA-DECIDE")).toBe("6 weeks");
    expect(periodOf("R-AR-REASSESS")).toBe("15 days");
    expect(periodOf("R-EHCNA-ADVICE-6W")).toBe("6 weeks");
    expect(periodOf("R-APP-DEADLINE", "decision")).toBe("2 months");
    expect(periodOf("R-APP-MEDIATION-TIMES", "certificate")).toBe("3 working days");
    expect(periodOf("R-AR-NOTICE", "papers")).toBe("2 weeks before");
    expect(() => periodOf("R-AR-NOTICE", "main")).toThrow(/no period/);
  });

  it("reads the school-day limits in school days, as the reference states them", () => {
    expect(periodOf("R-DAY-EXCL-6TH-DAY", "fullTimeFrom")).toBe("6 school days");
    expect(periodOf("R-DAY-EXCL-GOV-TIME", "mandatory")).toBe("15 school days");
    expect(periodOf("R-DAY-EXCL-GOV-TIME", "onRepresentations")).toBe("50 school days");
    expect(periodOf("R-DAY-EXCL-IRP")).toBe("15 school days");
    expect(periodOf("R-DAY-EXCL-45")).toBe("45 school days in a school year");
    expect(periodOf("R-DAY-EXCL-GOV-DUTY", "onRepresentations")).toBe("5 school days in a term");
    expect(periodOf("R-DAY-PENALTY", "payLower")).toBe("21 days");
    expect(periodOf("R-TRIB-LA-RESPONSE", "usual")).toBe("30 tribunal working days");
  });

  it("words a single unit without an s", () => {
    expect(describePeriod({ kind: "count", amount: 1, unit: "months", counting: "after" })).toBe("1 month");
    expect(describePeriod({ kind: "weeks_before", amount: 1 })).toBe("1 week before");
  });

  it("says a rule the reference marks unverified is not yet checked against the law's own text", () => {
    expect(describeVerification(getRule("R-AR-REASSESS", LAW_AS_AT))).toBe("Not yet checked against the law's own text.");
    expect(describeVerification(getRule("R-EHCNA-DECIDE", LAW_AS_AT))).toBe("Checked against the law's own text.");
    for (const rule of LAW_CATALOGUE) expect(VERIFICATION_TEXT[rule.verification], rule.id).toBeTruthy();
  });

  it("states the law as at one date", () => {
    expect(lawAsAtText()).toBe("Law as at 5 December 2026");
  });
});
