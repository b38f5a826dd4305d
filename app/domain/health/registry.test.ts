import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import { hasRule } from "../law/get-rule";
import { checkCase } from "./check-case";
import { FINDING_CODES } from "./finding";
import { summariseProgress } from "./progress-inadequate";
import { HEALTH_RULES } from "./registry";
import { readSchoolDay } from "../school-day/from-case";

describe("the health-check registry", () => {
  it("has one rule for each kind of finding, filed under its own code", () => {
    expect(Object.keys(HEALTH_RULES)).toEqual([...FINDING_CODES]);
    for (const code of FINDING_CODES) expect(HEALTH_RULES[code].code).toBe(code);
  });

  it("runs each rule on its own: an overdue review is found by the review rule alone", () => {
    const document = buildCaseDocument({ cycles: [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27" }] });
    const today = "2026-04-20";
    const context = { document, today, progress: summariseProgress(document, today), schoolDay: readSchoolDay(document, today) };
    expect(HEALTH_RULES.review_overdue.check(context).map((finding) => finding.records)).toEqual([["c1"]]);
    expect(HEALTH_RULES.actions_overdue.check(context)).toEqual([]);
    expect(checkCase(document, today).findings.map((finding) => finding.code)).toContain("review_overdue");
  });

  it("cites only rules in the law catalogue", () => {
    const document = buildCaseDocument({
      cycles: [{ id: "c1", startDate: "2025-01-06", reviewDate: "2025-03-28", targets: [{ id: "t", text: "Be better at reading" }] }],
      statutoryEvents: [{ id: "e1", type: "ehcna_request_received", date: "2025-01-06" }],
    });
    const findings = checkCase(document, "2026-01-10").findings;
    expect(findings.length).toBeGreaterThan(2);
    for (const finding of findings) for (const id of finding.rules) expect(hasRule(id), id).toBe(true);
  });

  it("gives the school-day rules the school day read once: a case sent home twice and suspended finds both, from catalogue rules", () => {
    const document = buildCaseDocument({
      schoolDay: [
        { id: "i1", kind: "informal_exclusion", date: "2026-11-03", sessions: 1 },
        { id: "i2", kind: "informal_exclusion", date: "2026-11-05", sessions: 2 },
        { id: "s1", kind: "suspension", date: "2026-11-09", sessions: 16 },
      ],
    });
    const today = "2026-11-17";
    const context = { document, today, progress: summariseProgress(document, today), schoolDay: readSchoolDay(document, today) };
    expect(HEALTH_RULES.informal_exclusion_recorded.check(context).map((finding) => finding.records)).toEqual([["i1", "i2"]]);
    const codes = checkCase(document, today).findings.map((finding) => finding.code);
    expect(codes).toEqual(expect.arrayContaining(["informal_exclusion_recorded", "exclusion_notice_missing", "no_education_from_sixth_day", "education_lost_high"]));
    for (const finding of checkCase(document, today).findings) for (const id of finding.rules) expect(hasRule(id), id).toBe(true);
  });
});
