import { describe, expect, it } from "vitest";
import { findSchoolDay } from "../school-day.fixture";

// Reference worked example 1: an 8-day suspension from Mon 9 Nov 2026.
const SUSPENSION = { id: "s1", kind: "suspension", date: "2026-11-09", sessions: 16 } as const;

describe("exclusion_notice_missing", () => {
  it("finds a suspension whose notice is not recorded, the day after it was due, with the rule's status", () => {
    const [finding, ...rest] = findSchoolDay(
      "exclusion_notice_missing",
      [SUSPENSION],
      "2026-11-10",
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: "high",
      title: "No written notice of the suspension is recorded",
      records: ["s1"],
      rules: ["R-DAY-EXCL-NOTICE"],
      nextStep: { action: "request_exclusion_notice" },
    });
    expect(finding!.explanation).toContain("starting Monday 9 November 2026");
    expect(finding!.explanation).toContain(
      "(R-DAY-EXCL-NOTICE: partly checked against the law's own text.)",
    );
  });

  it("waits until the day it was due has ended: nothing on the first day itself", () => {
    expect(findSchoolDay("exclusion_notice_missing", [SUSPENSION], "2026-11-09")).toEqual([]);
  });

  it("finds nothing once the notice is recorded as received", () => {
    expect(
      findSchoolDay(
        "exclusion_notice_missing",
        [{ ...SUSPENSION, noticeReceivedOn: "2026-11-11" }],
        "2026-11-20",
      ),
    ).toEqual([]);
  });

  it("names a permanent exclusion, and moves a first day at a weekend to the next school day", () => {
    const [finding] = findSchoolDay(
      "exclusion_notice_missing",
      [{ id: "p1", kind: "permanent_exclusion", date: "2026-11-07" }],
      "2026-11-10",
    );
    expect(finding!.title).toBe("No written notice of the permanent exclusion is recorded");
    expect(finding!.explanation).toContain("starting Monday 9 November 2026");
  });

  it("says the date is an estimate and links the term dates when the school's terms are not recorded", () => {
    const [finding] = findSchoolDay("exclusion_notice_missing", [SUSPENSION], "2026-11-10", {
      terms: [],
    });
    expect(finding!.explanation).toContain("an estimate");
    expect(finding!.records).toEqual(["s1", "school-terms"]);
  });

  it("leaves an exclusion older than the look-back alone", () => {
    expect(findSchoolDay("exclusion_notice_missing", [SUSPENSION], "2027-06-01")).toEqual([]);
  });
});
