import { describe, expect, it } from "vitest";
import { checkSuspensionCap, listExclusionDeadlines, type ExclusionFacts } from "./deadlines";
import { SCHOOL_2026_27 } from "./school-calendar.fixture";
import { ESTIMATED_CALENDAR } from "./school-days";

const calendar = SCHOOL_2026_27;

function find(exclusions: ExclusionFacts[], id: string, cal = calendar) {
  return listExclusionDeadlines({ exclusions, calendar: cal }).filter(
    (deadline) => deadline.id === id,
  );
}

describe("worked example 1: an 8-day suspension from Mon 9 Nov 2026", () => {
  const suspension: ExclusionFacts = {
    id: "s1",
    kind: "suspension",
    firstDay: "2026-11-09",
    sessions: 16,
    boardToldOn: "2026-11-09",
    hasParentRepresentations: true,
  };

  it("wants the written notice by the end of the afternoon session on Mon 9 Nov", () => {
    expect(find([suspension], "D-EXCL-NOTICE")).toEqual([
      expect.objectContaining({
        due: "2026-11-09",
        timing: "by_end_of_afternoon_session",
        ruleId: "R-DAY-EXCL-NOTICE",
        ruleStatus: "partly_verified",
        isEstimate: false,
      }),
    ]);
  });

  it("wants full-time education from the 6th school day, Mon 16 Nov, with 6 sessions from then on", () => {
    expect(find([suspension], "D-EXCL-6TH")).toEqual([
      expect.objectContaining({
        due: "2026-11-16",
        timing: "from",
        ruleId: "R-DAY-EXCL-6TH-DAY",
        ruleStatus: "verified",
        sessionsFromSixthDay: 6,
        exclusionIds: ["s1"],
      }),
    ]);
  });

  it("makes the board decide within 50 school days only because the parent made representations, its status unverified", () => {
    // 50 school days after Mon 9 Nov, over the Christmas holiday: Mon 1 Feb 2027; counting 9 Nov as day 1: Fri 29 Jan.
    expect(find([suspension], "D-GOV-50")).toEqual([
      expect.objectContaining({
        due: "2027-02-01",
        target: "2027-01-29",
        ruleId: "R-DAY-EXCL-GOV-TIME",
        ruleStatus: "unverified",
        lengthStatus: "unverified",
        openQuestion: 1,
      }),
    ]);
    expect(find([{ ...suspension, hasParentRepresentations: false }], "D-GOV-50")).toEqual([]);
    expect(find([suspension], "D-GOV-15")).toEqual([]);
  });
});

describe("worked example 2: a permanent exclusion around Christmas", () => {
  const exclusion: ExclusionFacts = {
    id: "p1",
    kind: "permanent_exclusion",
    firstDay: "2026-12-02",
    boardToldOn: "2026-12-01",
    parentToldOfDecisionOn: "2027-01-05",
  };

  it("wants LA full-time education from Wed 9 Dec 2026", () => {
    expect(find([exclusion], "D-EXCL-6TH")).toEqual([
      expect.objectContaining({ due: "2026-12-09", exclusionIds: ["p1"], isEstimate: false }),
    ]);
  });

  it("wants the board's decision within 15 school days of 1 Dec: Tue 5 Jan 2027", () => {
    expect(find([exclusion], "D-GOV-15")).toEqual([
      expect.objectContaining({
        due: "2027-01-05",
        target: "2027-01-04",
        countedFrom: "2026-12-01",
        ruleStatus: "unverified",
        openQuestion: 1,
      }),
    ]);
  });

  it("wants the IRP request within 15 school days of Tue 5 Jan: Tue 26 Jan 2027", () => {
    expect(find([exclusion], "D-IRP-APPLY")).toEqual([
      expect.objectContaining({
        due: "2027-01-26",
        ruleId: "R-DAY-EXCL-IRP",
        ruleStatus: "partly_verified",
        lengthStatus: "unverified",
      }),
    ]);
  });

  it("on an estimated calendar counts the Christmas weekdays and says the dates are estimates", () => {
    const [governors] = find([exclusion], "D-GOV-15", ESTIMATED_CALENDAR);
    expect(governors).toMatchObject({ due: "2026-12-22", isEstimate: true });
  });

  it("gives no board or IRP deadline until the day the count starts from is recorded", () => {
    const bare: ExclusionFacts = { id: "p1", kind: "permanent_exclusion", firstDay: "2026-12-02" };
    expect(
      listExclusionDeadlines({ exclusions: [bare], calendar }).map((deadline) => deadline.id),
    ).toEqual(["D-EXCL-NOTICE", "D-EXCL-6TH"]);
  });
});

describe("the 6th day with consecutive suspensions", () => {
  it("runs consecutive suspensions together", () => {
    const exclusions: ExclusionFacts[] = [
      { id: "a", kind: "suspension", firstDay: "2026-11-09", sessions: 6 }, // Mon–Wed
      { id: "b", kind: "suspension", firstDay: "2026-11-12", sessions: 8 }, // Thu–Tue
    ];
    expect(find(exclusions, "D-EXCL-6TH")).toEqual([
      expect.objectContaining({
        due: "2026-11-16",
        exclusionIds: ["a", "b"],
        sessionsFromSixthDay: 4,
      }),
    ]);
  });

  it("runs them together across a weekend", () => {
    const exclusions: ExclusionFacts[] = [
      { id: "a", kind: "suspension", firstDay: "2026-11-09", sessions: 10 },
      { id: "b", kind: "suspension", firstDay: "2026-11-16", sessions: 2 },
    ];
    expect(find(exclusions, "D-EXCL-6TH")).toEqual([
      expect.objectContaining({ due: "2026-11-16", sessionsFromSixthDay: 2 }),
    ]);
  });

  it("does not join suspensions with a school day between them", () => {
    const exclusions: ExclusionFacts[] = [
      { id: "a", kind: "suspension", firstDay: "2026-11-09", sessions: 6 },
      { id: "b", kind: "suspension", firstDay: "2026-11-13", sessions: 6 },
    ];
    expect(find(exclusions, "D-EXCL-6TH")).toEqual([]);
  });

  it("gives no 6th-day duty for a suspension of 5 days", () => {
    expect(
      find([{ id: "a", kind: "suspension", firstDay: "2026-11-09", sessions: 10 }], "D-EXCL-6TH"),
    ).toEqual([]);
  });
});

describe("the board's decision and the term total", () => {
  it("needs more than 5 days in the term: exactly 5 with representations gives no deadline, 5½ does", () => {
    const five: ExclusionFacts = {
      id: "a",
      kind: "suspension",
      firstDay: "2026-11-09",
      sessions: 10,
      boardToldOn: "2026-11-09",
      hasParentRepresentations: true,
    };
    expect(find([five], "D-GOV-50")).toEqual([]);
    expect(find([{ ...five, sessions: 11 }], "D-GOV-50")).toHaveLength(1);
  });

  it("adds the term's earlier suspensions: a second one taking the total over 15 makes the meeting mandatory", () => {
    const exclusions: ExclusionFacts[] = [
      {
        id: "a",
        kind: "suspension",
        firstDay: "2026-09-07",
        sessions: 20,
        boardToldOn: "2026-09-07",
      },
      {
        id: "b",
        kind: "suspension",
        firstDay: "2026-11-09",
        sessions: 12,
        boardToldOn: "2026-11-09",
      },
    ];
    expect(find(exclusions, "D-GOV-15")).toEqual([
      expect.objectContaining({ exclusionIds: ["b"], due: "2026-11-30" }),
    ]);
    expect(find(exclusions, "D-GOV-50")).toEqual([]); // a: 10 days, but no representations
  });

  it("does not add suspensions from another term", () => {
    const exclusions: ExclusionFacts[] = [
      {
        id: "a",
        kind: "suspension",
        firstDay: "2026-12-07",
        sessions: 20,
        boardToldOn: "2026-12-07",
      },
      {
        id: "b",
        kind: "suspension",
        firstDay: "2027-01-11",
        sessions: 12,
        boardToldOn: "2027-01-11",
        hasParentRepresentations: true,
      },
    ];
    expect(find(exclusions, "D-GOV-15")).toEqual([]);
    expect(find(exclusions, "D-GOV-50")).toEqual([
      expect.objectContaining({ exclusionIds: ["b"] }),
    ]);
  });

  it("makes the meeting mandatory when a public exam would be missed", () => {
    const exam: ExclusionFacts = {
      id: "a",
      kind: "suspension",
      firstDay: "2027-05-10",
      sessions: 2,
      boardToldOn: "2027-05-10",
      wouldMissPublicExam: true,
    };
    expect(find([exam], "D-GOV-15")).toHaveLength(1);
  });
});

describe("checkSuspensionCap (45 school days a school year)", () => {
  it("is not over the cap at exactly 45 days, and is over it half a day later", () => {
    const exclusions: ExclusionFacts[] = [
      { id: "a", kind: "suspension", firstDay: "2026-09-07", sessions: 80 },
      { id: "b", kind: "suspension", firstDay: "2027-04-12", sessions: 10 },
    ];
    expect(checkSuspensionCap({ exclusions, calendar })).toEqual([
      expect.objectContaining({
        id: "D-EXCL-45",
        ruleStatus: "partly_verified",
        schoolYear: 2026,
        schoolDays: 45,
        isOverCap: false,
        suspensionIds: ["a", "b"],
      }),
    ]);
    const more = [
      ...exclusions,
      {
        id: "c",
        kind: "suspension",
        firstDay: "2027-05-10",
        sessions: 1,
        firstSession: "afternoon",
      } as const,
    ];
    expect(checkSuspensionCap({ exclusions: more, calendar })[0]).toMatchObject({
      schoolDays: 45.5,
      isOverCap: true,
    });
  });

  it("counts each school year on its own, leaves permanent exclusions out and flags an estimated calendar", () => {
    const exclusions: ExclusionFacts[] = [
      { id: "a", kind: "suspension", firstDay: "2027-08-31", sessions: 4 },
      { id: "p", kind: "permanent_exclusion", firstDay: "2027-07-12" },
    ];
    expect(checkSuspensionCap({ exclusions, calendar: ESTIMATED_CALENDAR })).toEqual([
      expect.objectContaining({
        schoolYear: 2026,
        schoolDays: 1,
        suspensionIds: ["a"],
        isEstimate: true,
      }),
      expect.objectContaining({
        schoolYear: 2027,
        schoolDays: 1,
        suspensionIds: ["a"],
        isEstimate: true,
      }),
    ]);
  });
});
