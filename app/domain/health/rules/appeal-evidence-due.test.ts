import { describe, expect, it } from "vitest";
import { buildAppealCase, type AppealInput } from "../../reminders/appeal.fixture";
import { checkCase } from "../check-case";

// The fixture's final evidence date is Fri 15 Jan 2027.
const find = (document: ReturnType<typeof buildAppealCase>, today: string) => checkCase(document, today).findings.filter((finding) => finding.code === "appeal_evidence_due");
const BUNDLE: Partial<AppealInput> = {
  bundleItems: [
    { id: "b1", documentId: "doc1", section: "reports", pages: 12 },
    { id: "b2", documentId: "doc2", section: "other_evidence", pages: 3 },
  ],
};

describe("appeal_evidence_due", () => {
  it("says nothing more than 14 days before the date (our own line)", () => {
    expect(find(buildAppealCase(BUNDLE), "2026-12-31")).toEqual([]);
  });

  it("says the evidence is due soon from 14 days before, with the bundle so far", () => {
    const [finding] = find(buildAppealCase(BUNDLE), "2027-01-01");
    expect(finding).toMatchObject({ severity: "medium", records: ["a1"], rules: ["R-TRIB-BUNDLE-WHO"], nextStep: { action: "send_appeal_evidence" } });
    expect(finding!.explanation).toContain("by 15 January 2027, in 14 days");
    expect(finding!.explanation).toContain("Your bundle has 2 documents (15 pages) and is not marked as sent.");
    expect(finding!.explanation).toContain("Clearpath's rule of thumb (not the guidance's words)");
  });

  it("says the date has passed, and how to send evidence late, for 14 days after it", () => {
    const [finding] = find(buildAppealCase(), "2027-01-18");
    expect(finding).toMatchObject({ severity: "high", rules: ["R-TRIB-BUNDLE-WHO", "R-TRIB-MORE-PAGES"] });
    expect(finding!.explanation).toContain("Your bundle has no documents in it yet.");
    expect(finding!.explanation).toContain("form SEND7");
    expect(find(buildAppealCase(), "2027-01-30")).toEqual([]);
  });

  it("says nothing once the bundle is marked as sent, or the appeal is over", () => {
    expect(find(buildAppealCase({ ...BUNDLE, bundleFixedOn: "2027-01-05" }), "2027-01-08")).toEqual([]);
    expect(find(buildAppealCase({ status: "withdrawn" }), "2027-01-08")).toEqual([]);
    expect(find(buildAppealCase({ status: "conceded" }), "2027-01-08")).toEqual([]);
  });
});
