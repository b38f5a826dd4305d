import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import type { CaseDocumentInput } from "../case/case-document";
import { listSchoolDayDates } from "./school-day-dates";

const TERMS: CaseDocumentInput["schoolTerms"] = [
  { id: "t1", kind: "term", label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18" },
  { id: "t2", kind: "term", label: "Spring term 2027", start: "2027-01-04", end: "2027-03-25" },
];

function datesOf(schoolDay: CaseDocumentInput["schoolDay"], today: string, schoolTerms = TERMS) {
  return listSchoolDayDates(buildCaseDocument({ schoolDay, schoolTerms }), today);
}

describe("the school day's dates", () => {
  it("gives a suspension its notice and 6th-day deadlines, with their ids, rules, status and record (worked example 1)", () => {
    const dates = datesOf(
      [{ id: "s1", kind: "suspension", date: "2026-11-09", sessions: 16 }],
      "2026-11-05",
    );
    expect(
      dates.map((item) => [
        item.key,
        item.kind,
        item.date,
        item.ruleId,
        item.ruleStatus,
        item.status,
        item.isEstimate,
      ]),
    ).toEqual([
      [
        "school-day:D-EXCL-NOTICE:s1",
        "deadline",
        "2026-11-09",
        "R-DAY-EXCL-NOTICE",
        "partly_verified",
        "open",
        false,
      ],
      [
        "school-day:D-EXCL-6TH:s1",
        "deadline",
        "2026-11-16",
        "R-DAY-EXCL-6TH-DAY",
        "verified",
        "open",
        false,
      ],
    ]);
    expect(dates[0]).toMatchObject({
      label: "Written notice of the suspension",
      recordId: "s1",
      canBeMissed: true,
    });
  });

  it("marks the notice met once it is recorded, and the 6th day met once education started by then", () => {
    const dates = datesOf(
      [
        {
          id: "s1",
          kind: "suspension",
          date: "2026-11-09",
          sessions: 16,
          noticeReceivedOn: "2026-11-09",
          educationArrangedFrom: "2026-11-16",
        },
      ],
      "2026-11-20",
    );
    expect(dates.map((item) => item.status)).toEqual(["met", "met"]);
    const late = datesOf(
      [
        {
          id: "s1",
          kind: "suspension",
          date: "2026-11-09",
          sessions: 16,
          educationArrangedFrom: "2026-11-17",
        },
      ],
      "2026-11-20",
    );
    expect(late.map((item) => item.status)).toEqual(["passed", "passed"]);
  });

  it("makes the governors' and the review panel's dates 'aim for' dates, with the earlier target and the open question (worked example 2)", () => {
    const dates = datesOf(
      [
        {
          id: "p1",
          kind: "permanent_exclusion",
          date: "2026-12-02",
          boardToldOn: "2026-12-01",
          decisionToldOn: null,
        },
      ],
      "2026-12-01",
      [...TERMS!],
    );
    const governors = dates.find((item) => item.deadlineId === "D-GOV-15")!;
    expect(governors).toMatchObject({
      kind: "aim_for",
      ruleStatus: "unverified",
      lengthStatus: "unverified",
      openQuestion: 1,
      canBeMissed: false,
      latest: "2027-01-05",
    });
    // Counting the day the board was told as day 1 gives a day earlier.
    expect(governors.date).toBe("2027-01-04");
    expect(governors.whatToDo).toContain("is not yet checked (open question 1)");
    const irp = datesOf(
      [{ id: "p1", kind: "permanent_exclusion", date: "2026-12-02", decisionToldOn: "2027-01-05" }],
      "2027-01-05",
    ).find((item) => item.deadlineId === "D-IRP-APPLY")!;
    expect(irp).toMatchObject({ kind: "aim_for", date: "2027-01-25", latest: "2027-01-26" });
    expect(irp.whatToDo).toContain("a late request may be refused");
  });

  it("gives a part-time timetable its agreed review and end, and a review date gone by as passed", () => {
    const dates = datesOf(
      [
        {
          id: "p1",
          kind: "part_time_timetable",
          date: "2026-11-02",
          reviewDate: "2026-11-30",
          endDate: "2026-12-18",
        },
      ],
      "2026-12-01",
    );
    expect(
      dates.map((item) => [
        item.key,
        item.date,
        item.status,
        item.canBeMissed,
        item.ruleId,
        item.ruleStatus,
        item.kind,
      ]),
    ).toEqual([
      [
        "school-day:D-PTT-REVIEW:p1",
        "2026-11-30",
        "passed",
        true,
        "R-DAY-PTT",
        "unverified",
        "deadline",
      ],
      [
        "school-day:D-PTT-REVIEW:p1:end",
        "2026-12-18",
        "open",
        false,
        "R-DAY-PTT",
        "unverified",
        "deadline",
      ],
    ]);
  });

  it("gives a penalty notice 21 and 28 days beginning with the day it arrived, the longer one marked unverified; a second notice only the 28", () => {
    const dates = datesOf(
      [{ id: "n1", kind: "penalty_notice", date: "2026-11-02", amount: 80 }],
      "2026-11-02",
    );
    expect(dates.map((item) => [item.key, item.date, item.lengthStatus, item.label])).toEqual([
      [
        "school-day:D-PENALTY-PAY:n1",
        "2026-11-22",
        "partly_verified",
        "Pay the penalty notice at £80",
      ],
      [
        "school-day:D-PENALTY-PAY:n1:28",
        "2026-11-29",
        "unverified",
        "Pay the penalty notice at £160",
      ],
    ]);
    expect(
      datesOf(
        [{ id: "n2", kind: "penalty_notice", date: "2026-11-02", amount: 160 }],
        "2026-11-02",
      ).map((item) => [item.key, item.date]),
    ).toEqual([["school-day:D-PENALTY-PAY:n2", "2026-11-29"]]);
  });

  it("flags exclusion dates as estimates when the school's terms are not recorded", () => {
    const dates = datesOf(
      [{ id: "s1", kind: "suspension", date: "2026-11-09", sessions: 16 }],
      "2026-11-05",
      [],
    );
    expect(dates.every((item) => item.isEstimate)).toBe(true);
  });
});
