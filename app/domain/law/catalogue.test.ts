import { describe, expect, it } from "vitest";
import { compareDates, isCalendarDate } from "../calendar/calendar-date";
import { LAW_CATALOGUE } from "./catalogue";
import { findRule, getRule, hasRule, listRuleVersions } from "./get-rule";

const sources = import.meta.glob(["../**/*.ts", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const AREAS_SOURCE = import.meta.glob("../areas-of-need.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

describe("the law catalogue", () => {
  it("contains every rule id used anywhere in the domain code", () => {
    const used = new Set<string>();
    for (const text of [...Object.values(sources), ...Object.values(AREAS_SOURCE)]) {
      for (const match of text.matchAll(/"((?:R|S)-[A-Z0-9]+(?:-[A-Z0-9]+)+)"/g)) used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(30);
    const unknown = [...used].filter((id) => !hasRule(id));
    expect(unknown).toEqual([]);
  });

  it("gives every entry a summary, a citation with a public address, and real dates", () => {
    for (const rule of LAW_CATALOGUE) {
      expect(rule.summary.length, rule.id).toBeGreaterThan(20);
      expect(rule.citations.length, rule.id).toBeGreaterThan(0);
      for (const citation of rule.citations) expect(citation.url, rule.id).toMatch(/^https:\/\//);
      expect(isCalendarDate(rule.inForceFrom), rule.id).toBe(true);
      if (rule.inForceTo !== null) expect(compareDates(rule.inForceFrom, rule.inForceTo), rule.id).toBeLessThanOrEqual(0);
    }
  });

  it("never has two versions of a rule in force on the same day", () => {
    const ids = new Set(LAW_CATALOGUE.map((rule) => rule.id));
    for (const id of ids) {
      const versions = listRuleVersions(id);
      expect(new Set(versions.map((rule) => rule.version)).size, id).toBe(versions.length);
      for (let index = 1; index < versions.length; index += 1) {
        const previous = versions[index - 1];
        expect(previous?.inForceTo, id).not.toBeNull();
        expect(compareDates(previous?.inForceTo as string, versions[index]?.inForceFrom as string), id).toBeLessThan(0);
      }
    }
  });

  it("includes the rules the reference lists for definitions, reasonable adjustments and deadlines", () => {
    for (const id of ["R-DEF-AREAS", "R-EQ-ADJ", "R-EQ-SCHOOL-DUTY", "R-EQ-AUX-AIDS", "R-EQ-CLAIM", "R-EHCNA-DECIDE", "R-APP-DEADLINE", "R-AR-PHASE", "R-SCH-MEET-3", "R-DP-SAR"]) {
      expect(hasRule(id), id).toBe(true);
    }
  });

  it("finds the version in force on a date and nothing before the law began", () => {
    expect(getRule("R-EHCNA-DECIDE", "2026-09-14").periods?.main).toEqual({ kind: "count", amount: 6, unit: "weeks", counting: "after" });
    expect(findRule("R-EHCNA-DECIDE", "2014-08-31")).toBeUndefined();
    expect(() => getRule("R-NOT-A-RULE", "2026-01-01")).toThrow(/No version/);
  });

  it("counts every tribunal period in the tribunal's own working days, never ordinary ones (decision 148)", () => {
    const tribunal = LAW_CATALOGUE.filter((rule) => rule.id.startsWith("R-TRIB-"));
    const counts = tribunal.flatMap((rule) => Object.values(rule.periods ?? {}).flatMap((period) => (period.kind === "count" ? [{ id: rule.id, unit: period.unit }] : [])));
    expect(counts.filter((count) => count.unit === "working_days")).toEqual([]);
    expect(counts.filter((count) => count.unit === "tribunal_working_days").map((count) => count.id).sort()).toEqual(["R-TRIB-DECISION", "R-TRIB-LA-RESPONSE", "R-TRIB-REGISTER"]);
    // And no rule outside the tribunal's uses them.
    const others = LAW_CATALOGUE.filter((rule) => !rule.id.startsWith("R-TRIB-"));
    expect(others.flatMap((rule) => Object.values(rule.periods ?? {})).some((period) => period.kind === "count" && period.unit === "tribunal_working_days")).toBe(false);
  });

  it("gives a reassessment decision 15 calendar days, not 6 weeks (SEND Regs 2014 reg 25(1))", () => {
    const rule = getRule("R-AR-REASSESS", "2026-12-05");
    expect(rule.periods?.main).toEqual({ kind: "count", amount: 15, unit: "days", counting: "after" });
    expect(rule.summary).toContain("within 15 days of receiving the request");
    expect(rule.summary).not.toMatch(/6 weeks/);
    expect(rule.citations.map((citation) => citation.provision)).toContain("regulation 25(1)");
  });
});
