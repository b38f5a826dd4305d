import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getRule } from "../law/get-rule";
import { LAW_AS_AT } from "../law/catalogue";
import { APPEAL_TYPES } from "./appeal-types";
import { checkExpertReport, checkPageBudget, checkWitnessStatement, type BudgetPart } from "./page-budget";
import { EVIDENCE_PAGE_LIMITS, EXPERT_EVIDENCE_LIMITS, OTHER_PAGE_LIMITS } from "./page-limits";

const evidence = (appealType: (typeof APPEAL_TYPES)[number]): BudgetPart => ({ kind: "evidence", appealType });

describe("the page limits", () => {
  it.each([
    ["refusal_to_assess", 75],
    ["refusal_to_reassess", 75],
    ["refusal_to_issue", 100],
    ["sections_b_f", 100],
    ["section_i_only", 75],
    ["cease", 75],
  ] as const)("limits each party's evidence in a %s appeal to %i pages (PD 2025, unverified)", (appealType, limit) => {
    expect(checkPageBudget({ part: evidence(appealType), pagesUsed: 0 })).toMatchObject({
      limit,
      workingLimit: limit,
      isLimitUnsettled: false,
      ruleId: "R-TRIB-BUNDLE-LIMITS",
      ruleStatus: "unverified",
      openQuestion: 2,
    });
  });

  it.each([
    ["extended_evidence", 75],
    ["core_bundle", 100],
    ["plan_with_appendices", 150],
    ["working_document", 25],
  ] as const)("limits the %s to %i pages", (kind, limit) => {
    expect(checkPageBudget({ part: { kind }, pagesUsed: 10 })).toMatchObject({ limit, pagesLeft: limit - 10 });
  });

  it("states in the catalogue's own words every number it counts with, so they agree", () => {
    const limits = getRule("R-TRIB-BUNDLE-LIMITS", LAW_AS_AT).summary;
    for (const value of [...Object.values(EVIDENCE_PAGE_LIMITS), ...Object.values(OTHER_PAGE_LIMITS)]) {
      if (value !== null) expect(limits).toContain(String(value));
    }
    const experts = getRule("R-TRIB-EXPERTS", LAW_AS_AT).summary;
    expect(experts).toContain(`no more than ${EXPERT_EVIDENCE_LIMITS.summaryPages} pages`);
    expect(experts).toContain(`no more than ${EXPERT_EVIDENCE_LIMITS.reportPages} pages`);
    expect(experts).toContain(`no more than ${EXPERT_EVIDENCE_LIMITS.reportAgeYears} years old`);
    expect(experts).toContain(`no more than ${EXPERT_EVIDENCE_LIMITS.witnessStatementPages} pages`);
  });
});

describe("a combined Sections B/F and I appeal", () => {
  const budget = checkPageBudget({ part: evidence("sections_b_f_i"), pagesUsed: 80 });

  it("has no settled limit: it says the practice direction must be checked", () => {
    expect(budget).toMatchObject({ limit: null, isLimitUnsettled: true });
  });

  it("measures against the lower single limit, 75, never the two added together", () => {
    expect(budget.workingLimit).toBe(75);
    expect(budget.workingLimit).not.toBe(175);
    expect(budget).toMatchObject({ level: "over_limit", pagesOver: 5, pagesLeft: 0 });
  });
});

describe("the warning before the limit", () => {
  it("warns from 68 of 75 pages (90%, rounded up), with what to do: form SEND7", () => {
    expect(checkPageBudget({ part: evidence("refusal_to_assess"), pagesUsed: 67 })).toMatchObject({ level: "within", warnFrom: 68, pagesLeft: 8, action: null });
    expect(checkPageBudget({ part: evidence("refusal_to_assess"), pagesUsed: 68 })).toMatchObject({
      level: "near_limit",
      pagesLeft: 7,
      action: { ruleId: "R-TRIB-MORE-PAGES", ruleStatus: "unverified", form: "SEND7" },
    });
  });

  it("says when the limit is reached exactly, and when it is passed, by how much", () => {
    expect(checkPageBudget({ part: evidence("refusal_to_issue"), pagesUsed: 100 })).toMatchObject({ level: "at_limit", pagesLeft: 0, pagesOver: 0 });
    expect(checkPageBudget({ part: evidence("refusal_to_issue"), pagesUsed: 103 })).toMatchObject({ level: "over_limit", pagesLeft: 0, pagesOver: 3 });
  });

  it("warns on the working document from 23 of 25 pages", () => {
    expect(checkPageBudget({ part: { kind: "working_document" }, pagesUsed: 22 }).level).toBe("within");
    expect(checkPageBudget({ part: { kind: "working_document" }, pagesUsed: 23 }).level).toBe("near_limit");
  });

  it("counts no pages as none and never a negative or part page", () => {
    expect(checkPageBudget({ part: evidence("cease"), pagesUsed: -4 })).toMatchObject({ pagesUsed: 0, pagesLeft: 75, level: "within" });
    expect(checkPageBudget({ part: evidence("cease"), pagesUsed: 74.6 })).toMatchObject({ pagesUsed: 74, level: "near_limit" });
  });

  it("always has pages used = limit − left + over, and warns before it is over (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...APPEAL_TYPES), fc.integer({ min: 0, max: 400 }), (appealType, pagesUsed) => {
        const budget = checkPageBudget({ part: evidence(appealType), pagesUsed });
        expect(budget.pagesUsed).toBe(budget.workingLimit - budget.pagesLeft + budget.pagesOver);
        expect(budget.warnFrom).toBeLessThan(budget.workingLimit);
        expect(budget.level === "within").toBe(pagesUsed < budget.warnFrom);
        expect(budget.action === null).toBe(budget.level === "within");
      }),
    );
  });
});

describe("expert reports", () => {
  const report = { summaryPages: 1, totalPages: 14, reportDate: "2024-01-10", hearingDate: null, today: "2026-12-06" };

  it("passes a 14-page report with a 1-page summary, 3 years old or less today", () => {
    const checks = checkExpertReport(report);
    expect(checks.map((check) => [check.check, check.isMet])).toEqual([
      ["report_summary", true],
      ["report_length", true],
      ["report_age", true],
    ]);
    expect(checks[2]).toMatchObject({ measuredAt: "today", measuredOn: "2026-12-06", tooOldFrom: "2027-01-11", ruleId: "R-TRIB-EXPERTS", ruleStatus: "unverified" });
  });

  it("measures the age on the hearing date once there is one", () => {
    const [, , age] = checkExpertReport({ ...report, hearingDate: "2027-02-01" });
    expect(age).toMatchObject({ measuredAt: "hearing", measuredOn: "2027-02-01", isMet: false });
  });

  it("is still in time on its third anniversary, and too old the day after", () => {
    expect(checkExpertReport({ ...report, hearingDate: "2027-01-10" })[2].isMet).toBe(true);
    expect(checkExpertReport({ ...report, hearingDate: "2027-01-11" })[2].isMet).toBe(false);
  });

  it("counts a report dated 29 Feb as 3 years old on 28 Feb three years on", () => {
    const leap = { ...report, reportDate: "2024-02-29" };
    expect(checkExpertReport({ ...leap, hearingDate: "2027-02-28" })[2]).toMatchObject({ isMet: true, tooOldFrom: "2027-03-01" });
    expect(checkExpertReport({ ...leap, hearingDate: "2027-03-01" })[2].isMet).toBe(false);
  });

  it("fails a summary over 2 pages, a missing summary and a report over 15 pages", () => {
    expect(checkExpertReport({ ...report, summaryPages: 3 })[0]).toMatchObject({ isMet: false, limit: 2, pages: 3 });
    expect(checkExpertReport({ ...report, summaryPages: 0 })[0]).toMatchObject({ isMet: false, isMissing: true });
    expect(checkExpertReport({ ...report, totalPages: 15 })[1].isMet).toBe(true);
    expect(checkExpertReport({ ...report, totalPages: 16 })[1]).toMatchObject({ isMet: false, limit: 15 });
  });

  it("says it does not know when the pages were not counted", () => {
    const [summary, length] = checkExpertReport({ ...report, summaryPages: null, totalPages: null });
    expect([summary.isMet, length.isMet]).toEqual([null, null]);
  });
});

describe("witness statements", () => {
  it("allows 10 pages, not counting exhibits", () => {
    expect(checkWitnessStatement({ pages: 10, hasNoteOnLength: false })).toMatchObject({ isMet: true, limit: 10, check: "witness_statement_length" });
    expect(checkWitnessStatement({ pages: 11, hasNoteOnLength: false }).isMet).toBe(false);
  });

  it("allows a longer statement when a separate note explains why, and says it relies on the note", () => {
    expect(checkWitnessStatement({ pages: 12, hasNoteOnLength: true })).toMatchObject({ isMet: true, reliesOnNote: true });
    expect(checkWitnessStatement({ pages: 8, hasNoteOnLength: true }).reliesOnNote).toBeUndefined();
  });
});
