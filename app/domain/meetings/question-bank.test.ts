import { describe, expect, it } from "vitest";
import { FINDING_CODES } from "../health/check-case";
import {
  findMeetingQuestion,
  groupQuestions,
  MEETING_QUESTIONS,
  QUESTION_GROUPS,
  suggestQuestions,
} from "./question-bank";

describe("the question bank", () => {
  it("has between 25 and 40 questions, in every group", () => {
    expect(MEETING_QUESTIONS.length).toBeGreaterThanOrEqual(25);
    expect(MEETING_QUESTIONS.length).toBeLessThanOrEqual(40);
    for (const group of QUESTION_GROUPS)
      expect(
        MEETING_QUESTIONS.filter((q) => q.group === group).length,
        group,
      ).toBeGreaterThanOrEqual(4);
  });

  it("gives every question a unique, stable-looking id", () => {
    const ids = MEETING_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  it("writes each question as one question, ending with a question mark", () => {
    for (const question of MEETING_QUESTIONS) {
      expect(question.text.trim()).toBe(question.text);
      expect(question.text.endsWith("?"), question.id).toBe(true);
      expect(question.text.length, question.id).toBeLessThan(160);
    }
  });

  it("only names findings the health check knows", () => {
    for (const question of MEETING_QUESTIONS)
      for (const code of question.raisedBy) expect(FINDING_CODES).toContain(code);
  });

  it("finds a question by id, and nothing for an unknown id", () => {
    expect(findMeetingQuestion("plan-copy")?.text).toBe(
      "Could I have a copy of the current support plan?",
    );
    expect(findMeetingQuestion("no-such-question")).toBeUndefined();
  });
});

describe("groupQuestions", () => {
  it("groups picked questions in the bank's order, leaving out empty groups and unknown ids", () => {
    const groups = groupQuestions(["next-contact", "plan-copy", "retired-question"]);
    expect(groups.map((g) => g.label)).toEqual([
      "About the plan and targets",
      "About next steps and what happens if it is not working",
    ]);
    expect(groups.map((g) => g.questions.map((q) => q.id))).toEqual([
      ["plan-copy"],
      ["next-contact"],
    ]);
  });

  it("groups the whole bank when given no ids", () => {
    const groups = groupQuestions();
    expect(groups.map((g) => g.group)).toEqual([...QUESTION_GROUPS]);
    expect(groups.flatMap((g) => g.questions)).toHaveLength(MEETING_QUESTIONS.length);
  });

  it("gives nothing for nothing picked", () => {
    expect(groupQuestions([])).toEqual([]);
  });
});

describe("suggestQuestions", () => {
  it("suggests asking for session records when sessions were missed", () => {
    expect(suggestQuestions(["delivery_below_plan"])).toContain("support-session-records");
  });

  it("suggests asking about a specialist when none is involved", () => {
    expect(suggestQuestions(["no_specialist_involved"])).toEqual(
      expect.arrayContaining(["next-specialist", "next-referrals"]),
    );
  });

  it("suggests nothing when the health check found nothing", () => {
    expect(suggestQuestions([])).toEqual([]);
  });

  it("has a question for every finding a meeting can do something about", () => {
    // The council's time limits and the tribunal's dates are dealt with by letter and through the appeal, not at a meeting with the school.
    const notForMeetings = new Set(["statutory_deadline_missed", "order_deadline_missed", "appeal_evidence_due", "expert_report_too_old"]);
    for (const code of FINDING_CODES.filter((c) => !notForMeetings.has(c)))
      expect(suggestQuestions([code]).length, code).toBeGreaterThan(0);
  });
});
