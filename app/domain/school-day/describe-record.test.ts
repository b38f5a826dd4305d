import { describe, expect, it } from "vitest";
import { describeSchoolDays, describeSessionCount, describeSessions, describeTimeMissed } from "./describe-record";

describe("describing the time missed", () => {
  it("tells sessions as school days, with halves", () => {
    expect(describeSessions(1)).toBe("half a school day");
    expect(describeSessions(2)).toBe("1 school day");
    expect(describeSessions(5)).toBe("2.5 school days");
    expect(describeSessions(16)).toBe("8 school days");
  });

  it("tells school days the same way, from a count of days", () => {
    expect(describeSchoolDays(0.5)).toBe("half a school day");
    expect(describeSchoolDays(1)).toBe("1 school day");
    expect(describeSchoolDays(6.5)).toBe("6.5 school days");
  });

  it("says which half day a single session was", () => {
    expect(describeTimeMissed({ sessions: 1, firstSession: "afternoon" })).toBe("half a school day (the afternoon)");
    expect(describeTimeMissed({ sessions: 1, firstSession: "morning" })).toBe("half a school day (the morning)");
    expect(describeTimeMissed({ sessions: 1, firstSession: null })).toBe("half a school day");
  });

  it("says when longer time started in the afternoon, and nothing more when it started in the morning", () => {
    expect(describeTimeMissed({ sessions: 5, firstSession: "afternoon" })).toBe("2.5 school days, from the afternoon");
    expect(describeTimeMissed({ sessions: 6, firstSession: "morning" })).toBe("3 school days");
    expect(describeTimeMissed({ sessions: 6, firstSession: null })).toBe("3 school days");
  });

  it("has nothing to say when no sessions are recorded", () => {
    expect(describeTimeMissed({ sessions: null, firstSession: "afternoon" })).toBeNull();
    expect(describeTimeMissed({ sessions: 0, firstSession: null })).toBeNull();
  });
});

describe("counting sessions", () => {
  it("gives the sessions, then the school days they make in the same words", () => {
    expect(describeSessionCount(1)).toBe("1 session (half a school day)");
    expect(describeSessionCount(3)).toBe("3 sessions (1.5 school days)");
    expect(describeSessionCount(16)).toBe("16 sessions (8 school days)");
  });
});
