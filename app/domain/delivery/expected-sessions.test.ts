import { describe, expect, it } from "vitest";
import { dayOfWeek } from "../calendar/calendar-date";
import { findSessionSpan, listExpectedSessionDates, mergeSessionLog } from "./expected-sessions";

describe("listExpectedSessionDates", () => {
  it("puts three a week on Monday, Wednesday and Friday", () => {
    expect(listExpectedSessionDates({ startDate: "2025-10-06", endDate: "2025-10-12", sessionsPerWeek: 3 })).toEqual(["2025-10-06", "2025-10-08", "2025-10-10"]);
  });

  it("puts one a week on Monday and two on Tuesday and Thursday", () => {
    expect(listExpectedSessionDates({ startDate: "2025-10-06", endDate: "2025-10-19", sessionsPerWeek: 1 })).toEqual(["2025-10-06", "2025-10-13"]);
    expect(listExpectedSessionDates({ startDate: "2025-10-06", endDate: "2025-10-12", sessionsPerWeek: 2 })).toEqual(["2025-10-07", "2025-10-09"]);
  });

  it("puts the sessions on the weekdays the parent chose", () => {
    expect(listExpectedSessionDates({ startDate: "2025-10-06", endDate: "2025-10-12", sessionsPerWeek: 3, weekdays: [2, 3, 4] })).toEqual(["2025-10-07", "2025-10-08", "2025-10-09"]);
    expect(listExpectedSessionDates({ startDate: "2025-10-06", endDate: "2025-10-19", sessionsPerWeek: 1, weekdays: [5] })).toEqual(["2025-10-10", "2025-10-17"]);
    // Every other Wednesday.
    expect(listExpectedSessionDates({ startDate: "2025-10-06", endDate: "2025-10-26", sessionsPerWeek: 0.5, weekdays: [3] })).toEqual(["2025-10-08", "2025-10-22"]);
  });

  it("keeps to its own spread when the days chosen do not match the number a week", () => {
    expect(listExpectedSessionDates({ startDate: "2025-10-06", endDate: "2025-10-12", sessionsPerWeek: 3, weekdays: [2] })).toEqual(["2025-10-06", "2025-10-08", "2025-10-10"]);
  });

  it("starts part way through a week on the next session day", () => {
    expect(listExpectedSessionDates({ startDate: "2025-10-09", endDate: "2025-10-15", sessionsPerWeek: 3 })).toEqual(["2025-10-10", "2025-10-13", "2025-10-15"]);
  });

  it("treats more than five a week as every school day", () => {
    expect(listExpectedSessionDates({ startDate: "2025-10-06", endDate: "2025-10-12", sessionsPerWeek: 10 })).toHaveLength(5);
  });

  it("puts half a session a week on every other Monday", () => {
    expect(listExpectedSessionDates({ startDate: "2025-10-08", endDate: "2025-11-02", sessionsPerWeek: 0.5 })).toEqual(["2025-10-20"]);
  });

  it("leaves out bank holidays unless asked not to", () => {
    // Monday 25 August 2025 is the summer bank holiday.
    expect(listExpectedSessionDates({ startDate: "2025-08-25", endDate: "2025-08-25", sessionsPerWeek: 5 })).toEqual([]);
    expect(listExpectedSessionDates({ startDate: "2025-08-25", endDate: "2025-08-25", sessionsPerWeek: 5, skipBankHolidays: false })).toEqual(["2025-08-25"]);
  });

  it("gives nothing without a number a week, or when the end is before the start", () => {
    expect(listExpectedSessionDates({ startDate: "2025-10-06", endDate: "2025-10-31", sessionsPerWeek: 0 })).toEqual([]);
    expect(listExpectedSessionDates({ startDate: "2025-10-31", endDate: "2025-10-06", sessionsPerWeek: 3 })).toEqual([]);
  });

  it("never puts a session on a weekend, whatever the number a week", () => {
    for (const perWeek of [0.5, 1, 2, 3, 4, 5, 7]) {
      const dates = listExpectedSessionDates({ startDate: "2025-09-01", endDate: "2026-07-20", sessionsPerWeek: perWeek });
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.every((date) => dayOfWeek(date) >= 1 && dayOfWeek(date) <= 5)).toBe(true);
    }
  });
});

describe("mergeSessionLog", () => {
  it("shows expected sessions as not known until recorded, and adds sessions recorded on other days", () => {
    const log = mergeSessionLog(["2025-10-06", "2025-10-08"], [
      { date: "2025-10-08", status: "held", cancelReason: null },
      { date: "2025-10-07", status: "cancelled", cancelReason: "trip" },
    ]);
    expect(log).toEqual([
      { date: "2025-10-06", status: "unknown", cancelReason: null },
      { date: "2025-10-07", status: "cancelled", cancelReason: "trip" },
      { date: "2025-10-08", status: "held", cancelReason: null },
    ]);
  });
});

describe("findSessionSpan", () => {
  const cycle = { cycleStartDate: "2025-09-01", cycleReviewDate: "2025-12-12" };

  it("runs from the line's start to the cycle's review when the line has no end", () => {
    expect(findSessionSpan({ ...cycle, startDate: "2025-09-08", endDate: null, today: "2026-01-10" })).toEqual({ from: "2025-09-08", to: "2025-12-12" });
  });

  it("stops at today", () => {
    expect(findSessionSpan({ ...cycle, startDate: null, endDate: "2025-12-19", today: "2025-10-20" })).toEqual({ from: "2025-09-01", to: "2025-10-20" });
  });

  it("is empty when the support has not started", () => {
    expect(findSessionSpan({ ...cycle, startDate: "2025-11-03", endDate: null, today: "2025-10-20" })).toBeNull();
  });
});
