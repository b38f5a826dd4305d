import { describe, expect, it } from "vitest";
import { checkWeekdays, describeWeekdays, readSessionsPerWeek, readWeekdays } from "./how-often";

describe("readSessionsPerWeek", () => {
  it.each([
    ["twice a week", 2],
    ["daily", 5],
    ["3x weekly", 3],
    ["Three times a week", 3],
    ["3 times per week", 3],
    ["2 sessions a week", 2],
    ["once a week", 1],
    ["weekly", 1],
    ["every morning", 5],
    ["every day", 5],
    ["Monday to Friday", 5],
    ["once a fortnight", 0.5],
    ["fortnightly", 0.5],
    ["4 x 20 minutes per week", 4],
    ["Mondays and Thursdays", 2],
    ["2pw", 2],
    ["a session a week", 1],
  ])("reads %j as %d a week", (words, expected) => {
    expect(readSessionsPerWeek(words)).toBe(expected);
  });

  it.each(["When needed", "regularly", "as appropriate", "throughout the day", "30 minutes a week", "", null])("gives no number for %j", (words) => {
    expect(readSessionsPerWeek(words)).toBeNull();
  });
});

describe("weekdays", () => {
  it("reads days named in words", () => {
    expect(readWeekdays("Tues/Fri")).toEqual([2, 5]);
    expect(readWeekdays("Monday and Thursday")).toEqual([1, 4]);
    expect(readWeekdays("every day")).toEqual([]);
  });

  it("asks for one day for each session a week", () => {
    expect(checkWeekdays(3, [1, 3, 5])).toBeNull();
    expect(checkWeekdays(3, [])).toBeNull();
    expect(checkWeekdays(null, [2])).toBeNull();
    expect(checkWeekdays(3, [1, 3])).toBe("You chose 2 days but 3 sessions a week. Choose 3 days, or change the number.");
    expect(checkWeekdays(1, [1, 2])).toBe("You chose 2 days but 1 session a week. Choose 1 day, or change the number.");
    expect(checkWeekdays(0.5, [3])).toBeNull();
    expect(checkWeekdays(0.5, [3, 4])).toBe("For a session every other week, choose one day.");
    expect(checkWeekdays(10, [1, 2, 3, 4, 5])).toMatch(/5 sessions a week or fewer/);
  });

  it("names the days in order", () => {
    expect(describeWeekdays([5, 1, 3])).toBe("Monday, Wednesday and Friday");
    expect(describeWeekdays([2])).toBe("Tuesday");
    expect(describeWeekdays([])).toBe("");
  });
});
