import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  compareDates,
  daysBetween,
  daysInMonth,
  makeDate,
} from "../calendar/calendar-date";
import { findLetterTemplate } from "./registry";
import { computeReplyBy } from "./reply-by";

const SAR = findLetterTemplate("subject_access_request")!.reply;
const DAYS_14 = { kind: "days", days: 14 } as const;

describe("computeReplyBy: a reasonable time in days", () => {
  it("counts calendar days after the day the letter was sent", () => {
    expect(computeReplyBy(DAYS_14, "2026-03-12")).toBe("2026-03-26");
  });

  it("runs over the end of a month and a year", () => {
    expect(computeReplyBy(DAYS_14, "2026-12-25")).toBe("2027-01-08");
  });

  it("uses the letter's own number of days when it has one", () => {
    expect(computeReplyBy(DAYS_14, "2026-03-12", 10)).toBe("2026-03-22");
  });
});

describe("computeReplyBy: a subject access request's calendar month", () => {
  it("is the same day number a month later", () => {
    expect(computeReplyBy(SAR, "2026-03-12")).toBe("2026-04-12");
  });

  it("ends on the last day of February when sent on 31 January", () => {
    expect(computeReplyBy(SAR, "2026-01-31")).toBe("2026-02-28");
    expect(computeReplyBy(SAR, "2028-01-31")).toBe("2028-02-29");
  });

  it("ends on the 30th of a 30-day month when sent on the 31st", () => {
    expect(computeReplyBy(SAR, "2026-03-31")).toBe("2026-04-30");
  });

  it("crosses the year in December", () => {
    expect(computeReplyBy(SAR, "2026-12-15")).toBe("2027-01-15");
  });

  it("ignores a number of days: the law sets the time", () => {
    expect(computeReplyBy(SAR, "2026-03-12", 5)).toBe("2026-04-12");
  });

  it("is always 28 to 31 days later, in the next month, never earlier than the same day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2019, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const sent = makeDate(year, month, Math.min(day, daysInMonth(year, month)));
          const due = computeReplyBy(SAR, sent);
          expect(daysBetween(sent, due)).toBeGreaterThanOrEqual(28);
          expect(daysBetween(sent, due)).toBeLessThanOrEqual(31);
          expect(compareDates(due, addDays(sent, 27))).toBeGreaterThan(0);
          expect(Number(due.slice(8))).toBeLessThanOrEqual(Number(sent.slice(8)));
        },
      ),
    );
  });

  it("throws for a rule period that does not exist", () => {
    expect(() =>
      computeReplyBy(
        { kind: "rule", ruleId: "R-DP-SAR", periodName: "nope", description: "" },
        "2026-03-12",
      ),
    ).toThrow(/no period/);
  });
});
