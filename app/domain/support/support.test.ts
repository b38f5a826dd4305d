// The pure helpers behind the support record: describing a provision line, carrying a plan
// forward, comparing two plans, and when a review is overdue.
import { describe, expect, it } from "vitest";
import { checkWording } from "../wording/check-wording";
import { carryForward } from "./carry-forward";
import { comparePlans, type PlanProvision, type PlanTarget } from "./compare-plans";
import { describeProvision } from "./describe-provision";
import { isReviewOverdue } from "./review-due";

const line = {
  what: "Phonics group",
  who: "a teaching assistant",
  frequency: null,
  sessionsPerWeek: 3,
  durationMinutes: 20,
  groupSize: "group of 3",
};

describe("describeProvision", () => {
  it("joins the parts of a line into one sentence", () => {
    expect(describeProvision(line)).toBe(
      "Phonics group; given by a teaching assistant; three times a week; 20 minutes a session; in a group of 3",
    );
  });

  it("writes the group size in words, keeping other wording as typed", () => {
    const group = (groupSize: string) => describeProvision({ ...line, groupSize }).split("; ").at(-1);
    expect(group("Group of 4")).toBe("in a group of 4");
    expect(group("4")).toBe("in a group of 4");
    expect(group("6 pupils")).toBe("in a group of 6");
    expect(group("small group of no more than 6")).toBe("in a small group of no more than 6");
    expect(group("1:1")).toBe("one-to-one");
    expect(group("One-to-one")).toBe("one-to-one");
    expect(group("1")).toBe("one-to-one");
    expect(group("Whole class with TA support")).toBe("Whole class with TA support");
  });

  it("says how often from the number of sessions, with the days when chosen; old words only without a number", () => {
    expect(describeProvision({ ...line, frequency: "every morning" })).toContain("three times a week");
    expect(describeProvision({ ...line, sessionWeekdays: [1, 3, 5] })).toContain("three times a week (Monday, Wednesday and Friday)");
    expect(describeProvision({ ...line, sessionsPerWeek: null, frequency: "every morning" })).toContain("every morning");
  });

  it("writes unusual session counts as numbers", () => {
    expect(describeProvision({ ...line, sessionsPerWeek: 0.5 })).toContain("once every two weeks");
    expect(describeProvision({ ...line, sessionsPerWeek: 1.5 })).toContain("1.5 times a week");
    expect(describeProvision({ ...line, sessionsPerWeek: 1 })).toContain("once a week");
  });

  it("leaves out what is missing, so the wording check sees it is missing", () => {
    const text = describeProvision({
      what: "Support when needed",
      who: null,
      frequency: null,
      sessionsPerWeek: null,
      durationMinutes: null,
      groupSize: null,
    });
    expect(text).toBe("Support when needed");
    expect(checkWording(text).verdict).toBe("vague");
  });

  it("gives a full line that the wording check accepts", () => {
    const text = describeProvision({
      ...line,
      what: "Read Write Inc. phonics",
      who: "a teaching assistant trained in Read Write Inc.",
    });
    expect(checkWording(text).verdict).toBe("specific");
  });
});

const target = (
  id: string,
  text: string,
  carriedForwardFrom: string | null = null,
): PlanTarget => ({ id, text, area: "cognition_learning", carriedForwardFrom });
const provision = (
  id: string,
  what: string,
  carriedForwardFrom: string | null = null,
): PlanProvision => ({
  id,
  what,
  who: "Teaching assistant",
  frequency: null,
  sessionsPerWeek: 3,
  durationMinutes: 20,
  groupSize: "3",
  carriedForwardFrom,
});

describe("comparePlans", () => {
  const previous = {
    targets: [target("t1", "Read 20 words by July")],
    provision: [provision("p1", "Phonics")],
  };

  it("marks lines carried forward and not edited as the same, and the plan as repeated", () => {
    const result = comparePlans(previous, {
      targets: [target("t2", "Read 20 words by July", "t1")],
      provision: [provision("p2", "Phonics", "p1")],
    });
    expect(result).toEqual({
      targets: { t2: "same" },
      provision: { p2: "same" },
      isRepeatedUnchanged: true,
    });
  });

  it("ignores case and spacing", () => {
    const result = comparePlans(previous, {
      targets: [target("t2", "read  20 words by july ", "t1")],
      provision: [],
    });
    expect(result.targets.t2).toBe("same");
  });

  it("marks an edited line as changed", () => {
    const result = comparePlans(previous, {
      targets: [target("t2", "Read 40 words by July", "t1")],
      provision: [{ ...provision("p2", "Phonics", "p1"), durationMinutes: 30 }],
    });
    expect(result.targets.t2).toBe("changed");
    expect(result.provision.p2).toBe("changed");
    expect(result.isRepeatedUnchanged).toBe(false);
  });

  it("marks a line added to the plan as new", () => {
    const result = comparePlans(previous, {
      targets: [target("t2", "Read 20 words by July", "t1"), target("t3", "Write a sentence")],
      provision: [provision("p2", "Phonics", "p1")],
    });
    expect(result.targets.t3).toBe("new");
    expect(result.isRepeatedUnchanged).toBe(false);
  });

  it("does not call a plan repeated when a line was dropped", () => {
    const result = comparePlans(previous, {
      targets: [target("t2", "Read 20 words by July", "t1")],
      provision: [],
    });
    expect(result.isRepeatedUnchanged).toBe(false);
  });

  it("calls everything new when there is no previous plan", () => {
    const result = comparePlans(null, { targets: [target("t1", "Read")], provision: [] });
    expect(result).toEqual({ targets: { t1: "new" }, provision: {}, isRepeatedUnchanged: false });
  });

  it("does not call an empty plan repeated", () => {
    expect(
      comparePlans({ targets: [], provision: [] }, { targets: [], provision: [] })
        .isRepeatedUnchanged,
    ).toBe(false);
  });
});

describe("carryForward", () => {
  const previous = {
    targets: [{ id: "t1", text: "Read 20 words by July", area: "cognition_learning", position: 0 }],
    provision: [
      {
        id: "p1",
        targetId: "t1",
        what: "Phonics",
        who: "TA",
        frequency: null,
        sessionsPerWeek: 3,
        durationMinutes: 20,
        groupSize: "3",
        provisionMapNote: null,
        position: 0,
      },
      {
        id: "p2",
        targetId: "gone",
        what: "Lego club",
        who: null,
        frequency: "weekly",
        sessionsPerWeek: 1,
        durationMinutes: 45,
        groupSize: null,
        provisionMapNote: null,
        position: 1,
      },
    ],
  };

  it("copies each target and remembers where it came from", () => {
    const plan = carryForward(previous, { startDate: "2027-01-04", reviewDate: "2027-03-26" });
    expect(plan.targets).toEqual([
      {
        key: "t1",
        text: "Read 20 words by July",
        area: "cognition_learning",
        position: 0,
        carriedForwardFrom: "t1",
      },
    ]);
  });

  it("keeps provision pointing at its target's copy and gives it the new cycle's dates", () => {
    const plan = carryForward(previous, { startDate: "2027-01-04", reviewDate: "2027-03-26" });
    expect(plan.provision[0]).toMatchObject({
      targetKey: "t1",
      carriedForwardFrom: "p1",
      what: "Phonics",
      startDate: "2027-01-04",
      endDate: "2027-03-26",
    });
  });

  it("drops a link to a target that is not in the plan", () => {
    const plan = carryForward(previous, { startDate: "2027-01-04", reviewDate: null });
    expect(plan.provision[1]).toMatchObject({ targetKey: null, endDate: null });
  });
});

describe("isReviewOverdue", () => {
  it("is overdue after the review date with no review", () => {
    expect(isReviewOverdue({ reviewDate: "2026-03-27", hasReview: false }, "2026-03-28")).toBe(
      true,
    );
  });
  it("is not overdue on the review date itself", () => {
    expect(isReviewOverdue({ reviewDate: "2026-03-27", hasReview: false }, "2026-03-27")).toBe(
      false,
    );
  });
  it("is not overdue once a review is recorded", () => {
    expect(isReviewOverdue({ reviewDate: "2026-03-27", hasReview: true }, "2026-05-01")).toBe(
      false,
    );
  });
  it("is not overdue without a review date", () => {
    expect(isReviewOverdue({ reviewDate: null, hasReview: false }, "2026-05-01")).toBe(false);
  });
});
