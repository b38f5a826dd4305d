import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import { comparePlanVersions, describeWeekly, weeklyMinutes } from "./compare-plans";
import { reviewPlan, type ReviewLine } from "./review-plan";

const line = (id: string, section: string, text: string, area: ReviewLine["area"] = null): ReviewLine => ({ id, section, text, area });

describe("minutes a week from a provision line", () => {
  it.each([
    ["3 x 30 minutes per week of speech therapy", 90],
    ["45 minutes weekly with a specialist teacher", 45],
    ["1 hour a day of 1:1 support", 300],
    ["Daily 20 minutes of precision teaching", 100],
    ["twice a week for 30 minutes", 60],
    ["Occupational therapy, fortnightly, 1 hour", 30],
    ["Two 30-minute sessions each week", 60],
    ["Half an hour every day", 150],
    ["Access to a speech therapist as needed", null],
    ["30 minutes of therapy each term", null],
    ["A daily check-in", null],
  ])("%s → %s", (text, minutes) => {
    expect(weeklyMinutes(text)).toBe(minutes);
  });

  it("says the total in words", () => {
    expect(describeWeekly(90)).toBe("1 hour 30 minutes a week");
    expect(describeWeekly(45)).toBe("45 minutes a week");
    expect(describeWeekly(0)).toBe("0 minutes a week");
  });
});

describe("reviewing a plan", () => {
  const lines = [
    line("b1", "B", "Ellis finds it hard to follow instructions.", "communication_interaction"),
    line("b2", "B", "Ellis reads well below his age.", "cognition_learning"),
    line("b3", "B", "Ellis is anxious in busy places.", "semh"),
    line("e1", "E", "By July 2027 Ellis will follow two-step instructions.", "communication_interaction"),
    line("e2", "E", "By July 2027 Ellis will read at the level of his class.", "cognition_learning"),
    line("f1", "F", "Speech and language therapy, 30 minutes weekly, delivered by a qualified speech and language therapist, one to one.", "communication_interaction"),
    line("f2", "F", "Regular support from an adult as needed.", "cognition_learning"),
  ];
  const reports = buildCaseDocument({
    child: { name: "Ellis" },
    reports: [
      {
        id: "r",
        title: "Educational psychologist's report",
        recommendations: [
          { id: "rec1", text: "Speech and language therapy weekly from a qualified therapist", status: "confirmed" },
          { id: "rec2", text: "Daily precision teaching for reading, 10 minutes", status: "confirmed" },
          { id: "rec3", text: "A quiet place to go at break times", status: "confirmed", inEhcPlan: true },
          { id: "rec4", text: "Daily yoga", status: "suggested" },
        ],
      },
    ],
  }).reports;
  const review = reviewPlan(lines, reports);

  it("checks every Section F line's wording", () => {
    expect(review.provision.map((item) => [item.lineId, item.check.verdict])).toEqual([
      ["f1", "specific"],
      ["f2", "vague"],
    ]);
    expect(review.vagueCount).toBe(1);
  });

  it("finds needs with no outcome or provision for their area", () => {
    expect(review.gaps).toEqual([{ area: "semh", missing: ["outcome", "provision"] }]);
  });

  it("finds confirmed recommendations with no place in Section F, trusting the parent's own tick", () => {
    expect(review.recommendations.missing.map((item) => item.id)).toEqual(["rec2"]);
    expect(review.recommendations.placed).toEqual([
      { id: "rec1", text: expect.any(String), reportTitle: "Educational psychologist's report", lineId: "f1" },
      { id: "rec3", text: expect.any(String), reportTitle: "Educational psychologist's report", lineId: null },
    ]);
  });
});

describe("comparing two versions", () => {
  const draft = [
    line("d1", "F", "Speech and language therapy, 3 x 30 minutes per week, by a qualified therapist."),
    line("d2", "F", "Precision teaching, daily 10 minutes, by a trained teaching assistant."),
    line("d3", "F", "Social skills group, weekly 45 minutes."),
    line("d4", "E", "Ellis will make a friend he plays with at break."),
  ];
  const final = [
    line("f1", "F", "Speech and language therapy, 1 x 30 minutes per week, by a qualified therapist."),
    line("f2", "F", "Precision teaching, daily 10 minutes, by a trained teaching assistant."),
    line("f3", "F", "Access to a quiet room."),
    line("f4", "E", "Ellis will read at the level of his class."),
  ];
  const comparison = comparePlanVersions(draft, final, [
    { id: "p1", text: "Ellis makes a friend" },
    { id: "p2", text: "Ellis can swim" },
  ]);

  it("shows a silent cut in hours, a line removed and a line added", () => {
    expect(comparison.provision.map((change) => change.kind)).toEqual(["removed", "cut", "added", "same"]);
    const cut = comparison.provision.find((change) => change.kind === "cut")!;
    expect(cut).toMatchObject({ minutesBefore: 90, minutesAfter: 30 });
    expect(comparison.minutesBefore).toBe(90 + 50 + 45);
    expect(comparison.minutesAfter).toBe(30 + 50);
  });

  it("shows outcomes removed and added", () => {
    expect(comparison.outcomes.map((change) => change.kind)).toEqual(["removed", "added"]);
  });

  it("finds where each family priority appears in each version", () => {
    expect(comparison.priorities[0]).toMatchObject({ id: "p1", before: { id: "d4" }, after: null });
    expect(comparison.priorities[1]).toMatchObject({ before: null, after: null });
  });
});
