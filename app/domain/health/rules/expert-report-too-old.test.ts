import { describe, expect, it } from "vitest";
import { buildAppealCase, type AppealInput } from "../../reminders/appeal.fixture";
import { checkCase } from "../check-case";

// The fixture's hearing is Fri 26 Feb 2027: a report dated on or after 26 Feb 2024 is in time.
const find = (document: ReturnType<typeof buildAppealCase>, today: string) => checkCase(document, today).findings.filter((finding) => finding.code === "expert_report_too_old");
const report = (reportDate: string, kind: "expert_report" | "document" = "expert_report"): Partial<AppealInput> => ({
  bundleItems: [{ id: "b1", documentId: "ep", section: "reports", pages: 14, kind, summaryPages: 1, reportDate }],
});
const extra = { documents: [{ id: "ep", title: "Educational psychologist's report", date: "2024-01-10" }] };

describe("expert_report_too_old", () => {
  it("finds a report more than 3 years old at the hearing, medium at most, citing the unverified rule", () => {
    const [finding] = find(buildAppealCase(report("2024-01-10"), [], extra), "2026-12-01");
    expect(finding).toMatchObject({ severity: "medium", records: ["a1", "ep"], rules: ["R-TRIB-EXPERTS"], nextStep: { action: "check_expert_report" } });
    expect(finding!.explanation).toContain('"Educational psychologist\'s report", dated 10 January 2024, will be more than 3 years old at the hearing on 26 February 2027.');
    expect(finding!.explanation).toContain("(R-TRIB-EXPERTS: not yet checked against the law's own text.)");
  });

  it("measures at the hearing: exactly 3 years old that day is still in time", () => {
    expect(find(buildAppealCase(report("2024-02-26"), [], extra), "2026-12-01")).toEqual([]);
    expect(find(buildAppealCase(report("2024-02-25"), [], extra), "2026-12-01")).toHaveLength(1);
  });

  it("measures today while no hearing is recorded, and says so, as less serious", () => {
    const noHearing = buildAppealCase({ ...report("2023-06-01"), dates: [] }, [], extra);
    const [finding] = find(noHearing, "2026-12-01");
    expect(finding!.severity).toBe("low");
    expect(finding!.explanation).toContain("is more than 3 years old (no hearing date is recorded yet)");
    expect(find(buildAppealCase({ ...report("2024-06-01"), dates: [] }, [], extra), "2026-12-01")).toEqual([]);
  });

  it("looks only at expert reports with a date, in appeals still going on", () => {
    expect(find(buildAppealCase(report("2020-01-10", "document"), [], extra), "2026-12-01")).toEqual([]);
    expect(find(buildAppealCase({ ...report("2020-01-10"), status: "withdrawn" }, [], extra), "2026-12-01")).toEqual([]);
  });
});
