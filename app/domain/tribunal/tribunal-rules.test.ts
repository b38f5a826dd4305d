import { describe, expect, it } from "vitest";
import { LAW_AS_AT } from "../law/catalogue";
import { describePeriod } from "../law/statements";
import { getRule } from "../law/get-rule";
import { standingOf, TRIBUNAL_RULE_IDS, TRIBUNAL_RULE_STATUS } from "./tribunal-rules";

describe("the tribunal rules in the law catalogue", () => {
  it("holds all 17 R-TRIB rules of the reference's section 2", () => {
    expect(TRIBUNAL_RULE_IDS.filter((id) => id.startsWith("R-TRIB-"))).toHaveLength(17);
  });

  it("carries each rule's status as the reference marks its primary source; advice-only rules are secondary", () => {
    const byStatus = (status: string) => TRIBUNAL_RULE_IDS.filter((id) => id.startsWith("R-TRIB-") && TRIBUNAL_RULE_STATUS[id] === status);
    expect(byStatus("verified")).toEqual(["R-TRIB-UNOPPOSED"]);
    expect(byStatus("partly_verified")).toEqual(["R-TRIB-PTA", "R-TRIB-COMPLY", "R-TRIB-NONCOMPLY"]);
    expect(byStatus("secondary")).toEqual(["R-TRIB-REGISTER", "R-TRIB-HEARING-TIME", "R-TRIB-WORKING-DOC"]);
    expect(byStatus("unverified")).toHaveLength(10);
  });

  it("states in its words every period the dates count with", () => {
    const comply = getRule("R-TRIB-COMPLY", LAW_AS_AT);
    for (const period of Object.values(comply.periods ?? {})) expect(comply.summary).toContain(describePeriod(period));
    const unopposed = getRule("R-TRIB-UNOPPOSED", LAW_AS_AT);
    for (const period of Object.values(unopposed.periods ?? {})) expect(unopposed.summary).toContain(describePeriod(period));
    const pta = getRule("R-TRIB-PTA", LAW_AS_AT);
    for (const period of Object.values(pta.periods ?? {})) expect(pta.summary).toContain(describePeriod(period));
    expect(getRule("R-TRIB-LA-RESPONSE", LAW_AS_AT).summary).toContain("30 working days");
  });

  it("keeps the replaced 4-week text of reg 45 out of the council's periods", () => {
    const periods = Object.values(getRule("R-TRIB-UNOPPOSED", LAW_AS_AT).periods ?? {});
    expect(periods.some((period) => period.kind === "count" && period.unit === "weeks" && period.amount === 4)).toBe(false);
  });
});

describe("a date's standing (decision 139)", () => {
  it("is a deadline only when the rule and the length were both checked or partly checked", () => {
    expect(standingOf("verified", "verified")).toBe("deadline");
    expect(standingOf("partly_verified", "partly_verified")).toBe("deadline");
    expect(standingOf("partly_verified", "unverified")).toBe("aim_for");
    expect(standingOf("unverified", "verified")).toBe("aim_for");
    expect(standingOf("verified", "secondary")).toBe("aim_for");
  });
});
