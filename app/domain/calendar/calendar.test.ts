import { describe, expect, it } from "vitest";
import { addMonths, ageOn, dayOfWeek, daysInMonth, isCalendarDate } from "./calendar-date";
import { BANK_HOLIDAYS_COVER_FROM, BANK_HOLIDAYS_COVER_UNTIL, ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays";
import { addWorkingDays, isWorkingDay } from "./working-days";

/** Easter Sunday by the anonymous Gregorian algorithm, to check the Easter holidays in the list. */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

describe("calendar dates", () => {
  it("rejects dates that do not exist", () => {
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-13-01")).toBe(false);
  });
  it("knows the days in February in leap and ordinary years", () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
  it("pulls a month end back to the shorter month", () => {
    expect(addMonths("2026-08-31", 2)).toBe("2026-10-31");
    expect(addMonths("2026-10-31", 1)).toBe("2026-11-30");
    expect(addMonths("2027-12-31", 2)).toBe("2028-02-29");
  });
  it("finds the day of the week", () => expect(dayOfWeek("2026-09-14")).toBe(1));
  it("works out an age in whole years, turning over on the birthday", () => {
    expect(ageOn("2017-11-14", "2026-11-13")).toBe(8);
    expect(ageOn("2017-11-14", "2026-11-14")).toBe(9);
    expect(ageOn("2016-02-29", "2026-02-28")).toBe(9);
    expect(ageOn("2016-02-29", "2026-03-01")).toBe(10);
  });
});

describe("bank holidays", () => {
  const dates = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((holiday) => holiday.date));

  it("still covers at least the next 12 months from the date this test was last updated; extend the list from gov.uk/bank-holidays when this fails", () => {
    // The list runs out on BANK_HOLIDAYS_COVER_UNTIL. This test is pinned to a fixed date so that
    // it stays deterministic; move REVIEWED_ON forward each time the list is extended.
    const REVIEWED_ON = "2026-11-23";
    expect(BANK_HOLIDAYS_COVER_UNTIL >= addMonths(REVIEWED_ON, 24)).toBe(true);
    expect(BANK_HOLIDAYS_COVER_FROM <= "2018-01-01").toBe(true);
  });

  it("has between 8 and 10 holidays in every year it covers", () => {
    for (let year = 2018; year <= 2028; year += 1) {
      const count = [...dates].filter((date) => date.startsWith(`${year}-`)).length;
      expect(count, String(year)).toBeGreaterThanOrEqual(8);
      expect(count, String(year)).toBeLessThanOrEqual(10);
    }
  });

  it("has Good Friday and Easter Monday in the right place every year", () => {
    for (let year = 2018; year <= 2028; year += 1) {
      const easter = easterSunday(year);
      const [y, m, d] = easter.split("-").map(Number) as [number, number, number];
      const friday = new Date(Date.UTC(y, m - 1, d - 2)).toISOString().slice(0, 10);
      const monday = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
      expect(dates.has(friday), friday).toBe(true);
      expect(dates.has(monday), monday).toBe(true);
    }
  });

  it("includes the one-off holidays", () => {
    for (const date of ["2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"]) expect(dates.has(date), date).toBe(true);
  });

  it("includes substitute days when Christmas or New Year falls at a weekend", () => {
    for (const date of ["2020-12-28", "2021-12-27", "2021-12-28", "2022-01-03", "2022-12-27", "2023-01-02", "2026-12-28", "2027-12-27", "2027-12-28", "2028-01-03"]) {
      expect(dates.has(date), date).toBe(true);
    }
  });

  it("never lists a weekend day", () => {
    for (const date of dates) expect(isWorkingDay(date) || !["0", "6"].includes(String(new Date(`${date}T00:00:00Z`).getUTCDay())), date).toBe(true);
  });
});

describe("working days", () => {
  it("counts the first day when the period begins with it", () => {
    expect(addWorkingDays({ from: "2026-11-02", count: 15, counting: "beginning_with" })).toBe("2026-11-20");
  });
  it("starts counting the next day when the period runs after it", () => {
    expect(addWorkingDays({ from: "2026-12-23", count: 3, counting: "after" })).toBe("2026-12-30");
  });
  it("skips a one-off bank holiday", () => {
    expect(addWorkingDays({ from: "2022-09-16", count: 1, counting: "after" })).toBe("2022-09-20");
  });
});
