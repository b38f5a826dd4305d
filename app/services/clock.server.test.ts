import { afterEach, describe, expect, it } from "vitest";
import { setClock } from "../../tests/support/clock";
import { instantAt, now, todayIn, wallClockIn } from "./clock.server";

describe("London clock times", () => {
  it("turns a London date and time into the right instant in winter and summer", () => {
    expect(instantAt("Europe/London", "2026-01-15", "10:00").toISOString()).toBe("2026-01-15T10:00:00.000Z");
    expect(instantAt("Europe/London", "2026-07-15", "10:00").toISOString()).toBe("2026-07-15T09:00:00.000Z");
  });

  it("is right on the days the clocks change", () => {
    // 29 March 2026: clocks go forward at 01:00 GMT.
    expect(instantAt("Europe/London", "2026-03-29", "00:30").toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(instantAt("Europe/London", "2026-03-29", "09:00").toISOString()).toBe("2026-03-29T08:00:00.000Z");
    // 25 October 2026: clocks go back at 02:00 BST; 01:30 happens twice, the first is used.
    expect(instantAt("Europe/London", "2026-10-25", "01:30").toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(instantAt("Europe/London", "2026-10-25", "09:00").toISOString()).toBe("2026-10-25T09:00:00.000Z");
  });

  it("reads an instant back as London wall-clock time", () => {
    expect(wallClockIn("Europe/London", new Date("2026-07-15T09:00:00Z"))).toEqual({ date: "2026-07-15", time: "10:00" });
    expect(todayIn("Europe/London", new Date("2026-07-15T23:30:00Z"))).toBe("2026-07-16");
  });
});

describe("the clock fixed by a test", () => {
  afterEach(() => setClock(null));

  it("moves now and today together, and null gives the real time back", () => {
    setClock("2026-03-31T23:30:00Z");
    expect(now().toISOString()).toBe("2026-03-31T23:30:00.000Z");
    // Already 1 April in London: summer time began on 29 March.
    expect(todayIn("Europe/London")).toBe("2026-04-01");
    setClock(null);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
  });
});
