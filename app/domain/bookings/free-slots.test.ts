import { describe, expect, it } from "vitest";
import { canStillChange, checkWeeklyHours, freeSlots, isoWeekday } from "./free-slots";

const MONDAY = "2026-12-07";
const base = { daysOff: [], taken: [], from: MONDAY, days: 7, minutes: 45, earliest: { date: "2026-12-01", minute: 0 } };

describe("free booking slots", () => {
  it("cuts weekly hours into slots of the session's length, only on those weekdays", () => {
    const slots = freeSlots({ ...base, hours: [{ weekday: 1, startTime: "09:00", endTime: "11:00" }] });
    expect(slots).toEqual([
      { date: MONDAY, startTime: "09:00", endTime: "09:45" },
      { date: MONDAY, startTime: "09:45", endTime: "10:30" },
    ]);
    expect(isoWeekday(MONDAY)).toBe(1);
    expect(isoWeekday("2026-12-13")).toBe(7);
  });

  it("leaves out days off, taken times and times already past", () => {
    const hours = [
      { weekday: 1, startTime: "09:00", endTime: "10:30" },
      { weekday: 2, startTime: "09:00", endTime: "10:30" },
      { weekday: 3, startTime: "09:00", endTime: "10:30" },
    ];
    const slots = freeSlots({
      ...base,
      hours,
      daysOff: ["2026-12-08"],
      taken: [{ date: "2026-12-09", startMinute: 9 * 60 + 30, endMinute: 10 * 60 }],
      earliest: { date: MONDAY, minute: 9 * 60 + 1 },
    });
    expect(slots.map((s) => `${s.date} ${s.startTime}`)).toEqual(["2026-12-07 09:45"]);
  });

  it("gives nothing when no hours are set or the session is longer than any window", () => {
    expect(freeSlots({ ...base, hours: [] })).toEqual([]);
    expect(freeSlots({ ...base, minutes: 180, hours: [{ weekday: 1, startTime: "09:00", endTime: "11:00" }] })).toEqual([]);
  });

  it("allows a change only up to the notice period", () => {
    const start = new Date("2026-12-07T09:00:00Z");
    expect(canStillChange(start, new Date("2026-12-06T09:00:00Z"), 24)).toBe(true);
    expect(canStillChange(start, new Date("2026-12-06T09:00:01Z"), 24)).toBe(false);
  });

  it("checks weekly hours for order and overlap", () => {
    expect(checkWeeklyHours([{ weekday: 1, startTime: "09:00", endTime: "12:00" }])).toBeNull();
    expect(checkWeeklyHours([{ weekday: 1, startTime: "12:00", endTime: "09:00" }])).toMatch(/Monday.*after/);
    expect(checkWeeklyHours([{ weekday: 2, startTime: "9", endTime: "12:00" }])).toMatch(/like 09:30/);
    expect(
      checkWeeklyHours([
        { weekday: 3, startTime: "09:00", endTime: "12:00" },
        { weekday: 3, startTime: "11:00", endTime: "13:00" },
      ]),
    ).toMatch(/Wednesday.*overlap/);
  });
});
