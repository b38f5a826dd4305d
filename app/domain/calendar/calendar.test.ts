import { describe, expect, it } from "vitest";
import { addMonths, ageOn, dayOfWeek, daysInMonth, isCalendarDate, isWeekend } from "./calendar-date";
import { bankHolidaysIn, easterSunday, ONE_OFF_CHANGES } from "./bank-holidays";
import { LISTED_2018_TO_2028 } from "./published-bank-holidays.fixture";
import { addWorkingDays } from "./working-days";

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

describe("bank holidays, computed for any year by England's rules (decision 031)", () => {
  it.each(Array.from({ length: 11 }, (_, i) => 2018 + i))("matches the list gov.uk published (2018–2026) and the old list (2027–2028) for %i, names and all", (year) => {
    const published = LISTED_2018_TO_2028.filter((holiday) => holiday.date.startsWith(`${year}-`));
    expect(bankHolidaysIn(year)).toEqual(published);
  });

  it("finds Easter Sunday by the computus, including its earliest and latest dates", () => {
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2029)).toBe("2029-04-01");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2285)).toBe("2285-03-22");
  });

  it("works out 2029 and later, past the end of the old list", () => {
    expect(bankHolidaysIn(2029).map((holiday) => holiday.date)).toEqual([
      "2029-01-01",
      "2029-03-30",
      "2029-04-02",
      "2029-05-07",
      "2029-05-28",
      "2029-08-27",
      "2029-12-25",
      "2029-12-26",
    ]);
    // 2032: Christmas on a Saturday, so both days are substitutes; New Year 2033 is a Saturday.
    expect(bankHolidaysIn(2032).slice(-2).map((holiday) => holiday.date)).toEqual(["2032-12-27", "2032-12-28"]);
    expect(bankHolidaysIn(2033)[0]).toEqual({ date: "2033-01-03", name: "New Year’s Day (substitute day)" });
  });

  it("applies the one-off days as data: moved and added", () => {
    const dates = (year: number) => bankHolidaysIn(year).map((holiday) => holiday.date);
    expect(dates(2020)).toContain("2020-05-08");
    expect(dates(2020)).not.toContain("2020-05-04");
    expect(dates(2022)).toEqual(expect.arrayContaining(["2022-06-02", "2022-06-03", "2022-09-19"]));
    expect(dates(2022)).not.toContain("2022-05-30");
    expect(dates(2023)).toContain("2023-05-08");
    expect(dates(2012)).toEqual(expect.arrayContaining(["2012-06-04", "2012-06-05"]));
    const extra = { kind: "added" as const, date: "2031-06-06", name: "A new one-off day" };
    expect(bankHolidaysIn(2031, [...ONE_OFF_CHANGES, extra]).map((holiday) => holiday.date)).toContain("2031-06-06");
  });

  it("never lists a weekend day, and has 8 to 10 holidays a year from 1995 to 2100", () => {
    for (let year = 1995; year <= 2100; year += 1) {
      const holidays = bankHolidaysIn(year);
      expect(holidays.length, String(year)).toBeGreaterThanOrEqual(8);
      expect(holidays.length, String(year)).toBeLessThanOrEqual(10);
      for (const holiday of holidays) expect(isWeekend(holiday.date), holiday.date).toBe(false);
    }
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
  it("skips the bank holidays of 2029, past the end of the old list (15 working days for a plan transfer, reg 15(2))", () => {
    // New Year's Day 2029 (a Monday) is not a working day; the old list ended on 31 Dec 2028.
    expect(addWorkingDays({ from: "2028-12-27", count: 3, counting: "after" })).toBe("2029-01-02");
    expect(addWorkingDays({ from: "2029-03-26", count: 15, counting: "beginning_with" })).toBe("2029-04-17");
  });
});
