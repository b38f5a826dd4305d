import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isWeekend, toParts } from "../calendar/calendar-date";
import { isBankHoliday } from "../calendar/working-days";
import { computeDeadlines } from "../deadlines/compute-deadlines";
import {
  addTribunalWorkingDays,
  estimateCouncilResponse,
  findTribunalFallback,
  isTribunalWorkingDay,
  lastWorkingDayOnOrBefore,
  nextTribunalWorkingDay,
  readAppealTime,
  tribunalClosedPeriodOf,
} from "./tribunal-time";

function appealOf(events: Parameters<typeof computeDeadlines>[0]["events"]) {
  const appeal = computeDeadlines({ events, today: "2027-01-01" }).deadlines.find((deadline) => deadline.key === "appeal");
  if (!appeal) throw new Error("no appeal date");
  return appeal;
}

describe("worked example 4: an appeal deadline ending in August", () => {
  const appeal = readAppealTime(appealOf([{ type: "ehcna_refused", date: "2027-06-30" }]));

  it("keeps the deadline engine's date, 2 calendar months on: Mon 30 Aug 2027, a bank holiday in August", () => {
    expect(appeal).toMatchObject({ id: "D-TRIB-DEADLINE", due: "2027-08-30", countedFrom: "2027-06-30", fallsOn: "bank_holiday" });
  });

  it("aims for Fri 27 Aug 2027, the last working day before the statutory date", () => {
    expect(appeal.target).toBe("2027-08-27");
  });

  it("gives the tribunal's holiday rule as a fallback only: Wed 1 Sep 2027, unverified", () => {
    expect(appeal.fallback).toEqual({
      date: "2027-09-01",
      reason: "august",
      ruleId: "R-TRIB-COUNT",
      ruleStatus: "unverified",
      lengthStatus: "unverified",
      openQuestion: 3,
      standing: "aim_for",
    });
  });

  it("is a deadline resting on the verified appeal rule", () => {
    expect(appeal).toMatchObject({ ruleId: "R-APP-DEADLINE", ruleStatus: "verified", lengthStatus: "verified", standing: "deadline", whose: "family", step: "appeal" });
  });
});

describe("the appeal date and the holiday rule", () => {
  it("falls back to the next working day when the date is a weekend, and has no fallback on a weekday", () => {
    const appeal = readAppealTime(appealOf([{ type: "ehcna_refused", date: "2027-01-20" }]));
    expect(appeal).toMatchObject({ due: "2027-03-20", target: "2027-03-19", fallsOn: "weekend" });
    // Sat 20 Mar 2027: the next working day, Mon 22 Mar, is the fallback (r.12(2)).
    expect(appeal.fallback).toMatchObject({ date: "2027-03-22", reason: "non_working_day" });
    const weekday = readAppealTime(appealOf([{ type: "ehcna_refused", date: "2027-01-18" }]));
    expect(weekday).toMatchObject({ due: "2027-03-18", target: "2027-03-18", fallsOn: null, fallback: null });
  });

  it("aims for a working day in August itself, with September as the fallback", () => {
    const appeal = readAppealTime(appealOf([{ type: "ehcna_refused", date: "2027-06-10" }]));
    expect(appeal).toMatchObject({ due: "2027-08-10", target: "2027-08-10", fallsOn: null });
    expect(appeal.fallback).toMatchObject({ date: "2027-09-01", reason: "august" });
  });

  it("gives until the first working day of January when the date is 31 Dec (Thu 31 Dec 2026 → Mon 4 Jan 2027)", () => {
    const appeal = readAppealTime(appealOf([{ type: "ehcna_refused", date: "2026-10-31" }]));
    expect(appeal).toMatchObject({ due: "2026-12-31", target: "2026-12-31" });
    expect(appeal.fallback).toMatchObject({ date: "2027-01-04", reason: "christmas" });
  });

  it("aims before Christmas when the date is Christmas Day", () => {
    const appeal = readAppealTime(appealOf([{ type: "ehcna_refused", date: "2026-10-25" }]));
    expect(appeal).toMatchObject({ due: "2026-12-25", target: "2026-12-24", fallsOn: "bank_holiday" });
    expect(appeal.fallback).toMatchObject({ date: "2027-01-04", reason: "christmas" });
  });

  it("counts from a later mediation certificate, as the deadline engine does", () => {
    const appeal = readAppealTime(
      appealOf([
        { type: "ehcna_refused", date: "2027-05-10" },
        { type: "mediation_certificate_issued", date: "2027-07-05" },
      ]),
    );
    // 2 months from 10 May is 10 Jul; 1 month from the certificate is Thu 5 Aug 2027, the later.
    expect(appeal).toMatchObject({ due: "2027-08-05", countedFrom: "2027-07-05", target: "2027-08-05" });
    expect(appeal.fallback?.date).toBe("2027-09-01");
  });

  it("ends a leap-year appeal on 29 Feb, an ordinary working day with no fallback", () => {
    const appeal = readAppealTime(appealOf([{ type: "ehcp_refused", date: "2027-12-31" }]));
    expect(appeal).toMatchObject({ due: "2028-02-29", target: "2028-02-29", fallback: null });
  });
});

describe("worked example 5: the council's response in tribunal working days", () => {
  it("counts 30 working days after Mon 12 Jul 2027, skipping August, to Wed 22 Sep 2027", () => {
    expect(addTribunalWorkingDays({ from: "2027-07-12", count: 30 })).toBe("2027-09-22");
    expect(addTribunalWorkingDays({ from: "2027-07-12", count: 14 })).toBe("2027-07-30");
    expect(addTribunalWorkingDays({ from: "2027-07-12", count: 15 })).toBe("2027-09-01");
  });

  it("gives the usual response date from the catalogue as a date to aim for, the directions governing", () => {
    expect(estimateCouncilResponse({ sentToCouncilOn: "2027-07-12" })).toMatchObject({
      id: "D-TRIB-LA-RESPONSE",
      whose: "council",
      due: "2027-09-22",
      period: { kind: "count", amount: 30, unit: "tribunal_working_days" },
      ruleId: "R-TRIB-LA-RESPONSE",
      ruleStatus: "unverified",
      standing: "aim_for",
      openQuestion: 3,
    });
  });
});

describe("tribunal working days", () => {
  it("leaves out every day in August and 25 Dec to 1 Jan", () => {
    expect(tribunalClosedPeriodOf("2027-08-01")).toBe("august");
    expect(tribunalClosedPeriodOf("2027-08-31")).toBe("august");
    expect(tribunalClosedPeriodOf("2027-07-31")).toBeNull();
    expect(tribunalClosedPeriodOf("2026-12-24")).toBeNull();
    expect(tribunalClosedPeriodOf("2026-12-25")).toBe("christmas");
    expect(tribunalClosedPeriodOf("2027-01-01")).toBe("christmas");
    expect(tribunalClosedPeriodOf("2027-01-02")).toBeNull();
    expect(isTribunalWorkingDay("2026-12-29")).toBe(false);
    expect(isTribunalWorkingDay("2027-08-02")).toBe(false);
  });

  it("leaves out Good Friday, Easter Monday and weekends", () => {
    expect(isTribunalWorkingDay("2027-03-26")).toBe(false);
    expect(isTribunalWorkingDay("2027-03-29")).toBe(false);
    expect(isTribunalWorkingDay("2027-03-27")).toBe(false);
    expect(isTribunalWorkingDay("2027-03-25")).toBe(true);
    expect(addTribunalWorkingDays({ from: "2027-03-25", count: 1 })).toBe("2027-03-30");
  });

  it("counts over Christmas into January: 3 working days after Wed 23 Dec 2026 is Tue 5 Jan 2027", () => {
    // 24 Dec, then 4 Jan (2 and 3 Jan are a weekend), 5 Jan.
    expect(addTribunalWorkingDays({ from: "2026-12-23", count: 3 })).toBe("2027-01-05");
  });

  it("counts over a leap day as an ordinary day", () => {
    expect(addTribunalWorkingDays({ from: "2028-02-28", count: 1 })).toBe("2028-02-29");
  });

  it("finds the next tribunal working day and the last ordinary working day", () => {
    expect(nextTribunalWorkingDay("2027-08-30")).toBe("2027-09-01");
    expect(nextTribunalWorkingDay("2027-09-01")).toBe("2027-09-01");
    expect(lastWorkingDayOnOrBefore("2027-08-30")).toBe("2027-08-27");
    expect(lastWorkingDayOnOrBefore("2027-03-29")).toBe("2027-03-25");
  });

  it("gives no fallback on a tribunal working day", () => {
    expect(findTribunalFallback("2027-09-01")).toBeNull();
  });

  it("never lands on a weekend, a bank holiday, August or 25 Dec–1 Jan, and never before the start (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 1, max: 60 }), (offset, count) => {
        const from = addDays("2025-01-01", offset);
        const due = addTribunalWorkingDays({ from, count });
        expect(isWeekend(due) || isBankHoliday(due)).toBe(false);
        expect(tribunalClosedPeriodOf(due)).toBeNull();
        expect(toParts(due).month).not.toBe(8);
        expect(daysBetween(from, due)).toBeGreaterThanOrEqual(count);
      }),
    );
  });

  it("always gives a fallback on or after the date and an aim on or before it (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (offset) => {
        const due = addDays("2025-01-01", offset);
        const fallback = findTribunalFallback(due);
        if (fallback) expect(daysBetween(due, fallback.date)).toBeGreaterThan(0);
        expect(daysBetween(lastWorkingDayOnOrBefore(due), due)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
