import { describe, expect, it } from "vitest";
import {
  describeDevice,
  formatDate,
  formatDateOf,
  formatDateTime,
  formatDaysFromToday,
  formatList,
  formatMinutes,
  formatMonth,
  formatNumber,
  formatRate,
  formatShortDate,
  formatShortMonth,
  formatTime,
  formatWait,
  formatWeekdayDate,
  formatWeekdayDateTime,
  percent,
  plural,
  pluralWord,
  salutation,
  wallClockIn,
} from "./index";

describe("dates", () => {
  it("writes a calendar date as day, month in words and year", () => {
    expect(formatDate("2025-03-04")).toBe("4 March 2025");
    expect(formatDate("2017-11-14")).toBe("14 November 2017");
    expect(formatShortDate("2025-09-04")).toBe("4 Sep 2025");
    expect(formatWeekdayDate("2026-10-26")).toBe("Monday 26 October 2026");
    expect(formatWeekdayDate("2028-02-29")).toBe("Tuesday 29 February 2028");
    expect(formatMonth("2024-03-01")).toBe("March 2024");
    expect(formatShortMonth("2024-09-15")).toBe("Sep 2024");
  });

  it("refuses what is not a calendar date rather than writing nonsense", () => {
    expect(() => formatDate("04/03/2025")).toThrow(RangeError);
    expect(() => formatDateTime("not a time")).toThrow(RangeError);
  });

  it("writes instants in UK time, in winter (GMT) and summer (BST)", () => {
    expect(formatDateTime("2026-03-27T14:05:00Z")).toBe("27 March 2026 at 14:05");
    expect(formatDateTime(new Date("2026-07-01T14:05:00Z"))).toBe("1 July 2026 at 15:05");
    expect(formatWeekdayDateTime("2026-03-27T09:30:00Z")).toBe("Friday 27 March 2026 at 09:30");
    expect(formatTime("2026-07-01T23:30:00Z")).toBe("00:30");
  });

  it("gives the UK date of an instant, which can be the next day in summer", () => {
    expect(formatDateOf("2026-07-01T23:30:00Z")).toBe("2 July 2026");
    expect(formatDateOf("2026-01-01T23:30:00Z")).toBe("1 January 2026");
  });

  it("reads the wall-clock date and time of an instant in any time zone, across midnight and the clock changes", () => {
    expect(wallClockIn("Europe/London", "2026-07-15T23:30:00Z")).toEqual({ date: "2026-07-16", time: "00:30" });
    expect(wallClockIn("Europe/London", new Date("2026-01-15T23:30:00Z"))).toEqual({ date: "2026-01-15", time: "23:30" });
    // 29 March 2026: London clocks go from 00:59 GMT to 02:00 BST.
    expect(wallClockIn("Europe/London", "2026-03-29T00:59:00Z")).toEqual({ date: "2026-03-29", time: "00:59" });
    expect(wallClockIn("Europe/London", "2026-03-29T01:00:00Z")).toEqual({ date: "2026-03-29", time: "02:00" });
    expect(wallClockIn("America/New_York", "2026-07-15T03:00:00Z")).toEqual({ date: "2026-07-14", time: "23:00" });
    expect(wallClockIn("UTC", "2026-07-15T00:00:00Z")).toEqual({ date: "2026-07-15", time: "00:00" });
    expect(() => wallClockIn("Europe/London", "not a time")).toThrow(RangeError);
  });

  it("says how far a date is from today", () => {
    expect(formatDaysFromToday("2026-11-23", "2026-11-23")).toBe("today");
    expect(formatDaysFromToday("2026-11-24", "2026-11-23")).toBe("tomorrow");
    expect(formatDaysFromToday("2026-11-22", "2026-11-23")).toBe("yesterday");
    expect(formatDaysFromToday("2026-11-26", "2026-11-23")).toBe("in 3 days");
    expect(formatDaysFromToday("2026-11-03", "2026-11-23")).toBe("20 days ago");
  });
});

describe("rates", () => {
  it("rounds a rate down to a whole percentage, once, the same everywhere", () => {
    expect(percent(7 / 12)).toBe(58);
    expect(percent(0.58)).toBe(58); // 0.58 * 100 is 57.99999… in floating point
    expect(percent(0.756)).toBe(75);
    expect(percent(0.7999)).toBe(79); // just under the 80% line never shows as on it
    expect(percent(0.8)).toBe(80);
    expect(percent(1)).toBe(100);
    expect(percent(0)).toBe(0);
  });

  it("writes a rate with a percent sign, or says it is not known", () => {
    expect(formatRate(29 / 50)).toBe("58%");
    expect(formatRate(null)).toBe("Not known");
    expect(formatRate(null, "No sessions logged yet")).toBe("No sessions logged yet");
  });
});

describe("plurals and numbers", () => {
  it("says 1 day, not 1 days", () => {
    expect(plural(1, "day")).toBe("1 day");
    expect(plural(0, "day")).toBe("0 days");
    expect(plural(12, "line")).toBe("12 lines");
    expect(plural(2, "child", "children")).toBe("2 children");
    expect(plural(1500, "character")).toBe("1,500 characters");
    expect(pluralWord(1, "session")).toBe("session");
    expect(pluralWord(3, "session")).toBe("sessions");
  });

  it("writes numbers with thousands separated and at most two decimals", () => {
    expect(formatNumber(300000)).toBe("300,000");
    expect(formatNumber(2.345)).toBe("2.35");
    expect(formatNumber(7)).toBe("7");
  });

  it("writes lengths of time", () => {
    expect(formatMinutes(90)).toBe("1 hour 30 minutes");
    expect(formatMinutes(60)).toBe("1 hour");
    expect(formatMinutes(120)).toBe("2 hours");
    expect(formatMinutes(1)).toBe("1 minute");
    expect(formatMinutes(0)).toBe("0 minutes");
    expect(formatMinutes(null)).toBe("Not known");
    expect(formatWait(1)).toBe("1 second");
    expect(formatWait(29.2)).toBe("30 seconds");
    expect(formatWait(60)).toBe("1 minute");
    expect(formatWait(61)).toBe("2 minutes");
    expect(formatWait(900)).toBe("15 minutes");
  });

  it("joins a list in a sentence", () => {
    expect(formatList(["emoji", "Arabic", "Chinese"])).toBe("emoji, Arabic and Chinese");
    expect(formatList(["[emoji]", "[Arabic]"], "or")).toBe("[emoji] or [Arabic]");
    expect(formatList(["one"])).toBe("one");
  });
});

describe("names", () => {
  it("opens a letter with the person's name, or the fallback when there is none", () => {
    expect(salutation("Mrs Shah", "Dear Sir or Madam,")).toBe("Dear Mrs Shah,");
    expect(salutation("  Ms Patel ", "Hello,")).toBe("Dear Ms Patel,");
    expect(salutation(null, "Dear Sir or Madam,")).toBe("Dear Sir or Madam,");
    expect(salutation("   ", "Hello,")).toBe("Hello,");
  });

  it("names a device from its browser's user agent", () => {
    expect(describeDevice(null)).toBe("Unknown device");
    expect(describeDevice("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36")).toBe("Chrome on Windows");
    expect(describeDevice("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")).toBe("Safari on iPhone or iPad");
  });
});
