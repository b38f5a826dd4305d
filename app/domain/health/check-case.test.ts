import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/calendar-date";
import { buildCaseDocument } from "../case/build-case-document";
import { reviewSchema, type CaseDocument } from "../case/case-document";
import { hasRule } from "../law/get-rule";
import { checkCase, FINDING_CODES, type Finding, type FindingCode } from "./check-case";
import { PROGRESS_DIMENSIONS } from "./progress-inadequate";

type CaseInput = Parameters<typeof buildCaseDocument>[0];

const SMART_TARGET = { id: "t", text: "By the end of term Sam will read 40 common words without help" };
const SPECIFIC_LINE = {
  id: "p",
  what: "Phonics",
  text: "Phonics teaching from a trained teaching assistant, 20 minutes three times a week, in a group of 3",
};
const plan = { targets: [SMART_TARGET], provision: [SPECIFIC_LINE] };

const limitedReview = (id: string, date: string) => ({ id, date, overallProgress: "limited" as const, parentAttended: true });
const goodReview = (id: string, date: string) => ({ id, date, overallProgress: "good" as const, parentAttended: true });

/** Two reviewed cycles of planned support that both found limited progress. */
const twoLimitedCycles = [
  { id: "c1", startDate: "2025-09-01", reviewDate: "2025-12-01", review: limitedReview("r1", "2025-12-01"), ...plan },
  { id: "c2", startDate: "2026-01-05", reviewDate: "2026-03-27", review: limitedReview("r2", "2026-03-27"), ...plan },
];

function findingsOf(input: CaseInput, today: string, code: FindingCode): Finding[] {
  return checkCase(buildCaseDocument(input), today).findings.filter((finding) => finding.code === code);
}

function only(input: CaseInput, today: string, code: FindingCode): Finding {
  const found = findingsOf(input, today, code);
  expect(found).toHaveLength(1);
  return found[0] as Finding;
}

function sessionsFor(provisionId: string, statuses: ("held" | "cancelled" | "unknown")[], from = "2026-01-06") {
  return statuses.map((status, index) => ({ id: `s${index}`, provisionId, date: addDays(from, index), status }));
}

const times = <T,>(count: number, value: T): T[] => Array.from({ length: count }, () => value);

describe("checkCase: a case with nothing wrong", () => {
  it("finds nothing to worry about in a new, well-written plan", () => {
    const caseDocument = buildCaseDocument({ cycles: [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", ...plan }] });
    expect(checkCase(caseDocument, "2026-02-01").findings).toEqual([]);
  });

  it("finds nothing in an empty case", () => {
    expect(checkCase(buildCaseDocument(), "2026-02-01").findings).toEqual([]);
  });
});

describe("review_overdue", () => {
  const cycles = [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", ...plan }];

  it("writes the date as people read it: 4 March 2025, not 2025-03-04", () => {
    const finding = only({ cycles: [{ id: "c1", startDate: "2024-11-04", reviewDate: "2025-03-04", ...plan }] }, "2025-03-10", "review_overdue");
    expect(finding.explanation).toContain("The review of this plan was due on 4 March 2025, 6 days ago,");
  });

  it("fires the day after the agreed review date, pointing at the cycle", () => {
    const finding = only({ cycles }, "2026-03-28", "review_overdue");
    expect(finding).toMatchObject({
      severity: "medium",
      records: ["c1"],
      rules: ["R-SCH-APDR-REVIEW", "R-SCH-APDR-PLAN"],
      nextStep: { action: "request_review_meeting" },
    });
    expect(finding.explanation).toContain("was due on 27 March 2026, 1 day ago,");
  });

  it("does not fire on the review date itself", () => {
    expect(findingsOf({ cycles }, "2026-03-27", "review_overdue")).toEqual([]);
  });

  it("does not fire once a review is recorded", () => {
    const reviewed = [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", ...plan, review: goodReview("r1", "2026-03-27") }];
    expect(findingsOf({ cycles: reviewed }, "2026-05-01", "review_overdue")).toEqual([]);
  });

  it("becomes high severity when the review is more than a term late", () => {
    expect(only({ cycles }, addDays("2026-03-27", 92), "review_overdue").severity).toBe("high");
    expect(only({ cycles }, addDays("2026-03-27", 91), "review_overdue").severity).toBe("medium");
  });

  it("fires when a plan has run for more than a term with no review date", () => {
    const undated = [{ id: "c1", startDate: "2026-01-05", reviewDate: null, ...plan }];
    const finding = only({ cycles: undated }, addDays("2026-01-05", 92), "review_overdue");
    expect(finding.title).toBe("No review date was agreed");
    expect(finding.records).toEqual(["c1"]);
  });

  it("does not fire for a plan with no review date that is exactly a term old", () => {
    const undated = [{ id: "c1", startDate: "2026-01-05", reviewDate: null, ...plan }];
    expect(findingsOf({ cycles: undated }, addDays("2026-01-05", 91), "review_overdue")).toEqual([]);
  });

  it("leaves a monitoring stage with no review date to the monitoring check", () => {
    const monitoring = [{ id: "c1", kind: "monitoring" as const, startDate: "2025-09-01", reviewDate: null }];
    expect(findingsOf({ cycles: monitoring }, "2026-03-01", "review_overdue")).toEqual([]);
  });

  it("only looks at the current cycle, not an older one left unreviewed", () => {
    const twoCycles = [
      { id: "c1", startDate: "2025-09-01", reviewDate: "2025-12-01", ...plan },
      { id: "c2", startDate: "2026-01-05", reviewDate: "2026-03-27", ...plan },
    ];
    expect(findingsOf({ cycles: twoCycles }, "2026-02-01", "review_overdue")).toEqual([]);
  });

  it("ignores a cycle that has not started yet", () => {
    const future = [{ id: "c1", startDate: "2026-09-01", reviewDate: "2026-01-01", ...plan }];
    expect(findingsOf({ cycles: future }, "2026-03-01", "review_overdue")).toEqual([]);
  });
});

describe("few_reviews", () => {
  const threeReviewedCycles = [
    { id: "c1", startDate: "2025-01-06", reviewDate: "2025-04-04", review: goodReview("r1", "2025-04-04"), ...plan },
    { id: "c2", startDate: "2025-04-21", reviewDate: "2025-07-18", review: goodReview("r2", "2025-07-18"), ...plan },
    { id: "c3", startDate: "2025-09-01", reviewDate: "2025-12-12", review: goodReview("r3", "2025-12-12"), ...plan },
  ];

  it("does not fire with three reviews with the parent in the last twelve months", () => {
    expect(findingsOf({ cycles: threeReviewedCycles }, "2026-01-10", "few_reviews")).toEqual([]);
  });

  it("fires with two reviews in twelve months, pointing at the two reviews", () => {
    const two = threeReviewedCycles.map((cycle) => (cycle.id === "c2" ? { ...cycle, review: null } : cycle));
    const finding = only({ cycles: two }, "2026-01-10", "few_reviews");
    expect(finding).toMatchObject({
      severity: "medium",
      records: ["r1", "r3"],
      rules: ["R-SCH-MEET-3"],
      nextStep: { action: "request_review_meeting" },
    });
    expect(finding.explanation).toMatch(/twelve months there were 2 reviews/);
  });

  it("does not count a review the parent did not attend", () => {
    const absent = threeReviewedCycles.map((cycle) =>
      cycle.id === "c1" ? { ...cycle, review: { ...goodReview("r1", "2025-04-04"), parentAttended: false } } : cycle,
    );
    expect(only({ cycles: absent }, "2026-01-10", "few_reviews").records).toEqual(["r2", "r3"]);
  });

  it("counts a review meeting recorded in the meetings list", () => {
    const two = threeReviewedCycles.map((cycle) => (cycle.id === "c2" ? { ...cycle, review: null } : cycle));
    const meetings = [{ id: "m1", date: "2025-07-18", kind: "sen_review" as const }];
    expect(findingsOf({ cycles: two, meetings }, "2026-01-10", "few_reviews")).toEqual([]);
  });

  it("does not count a chat with the teacher as a review", () => {
    const two = threeReviewedCycles.map((cycle) => (cycle.id === "c2" ? { ...cycle, review: null } : cycle));
    const meetings = [{ id: "m1", date: "2025-07-18", kind: "teacher" as const }];
    expect(findingsOf({ cycles: two, meetings }, "2026-01-10", "few_reviews")).toHaveLength(1);
  });

  it("does not count a review from more than twelve months ago", () => {
    expect(only({ cycles: threeReviewedCycles }, "2026-04-10", "few_reviews").records).toEqual(["r2", "r3"]);
  });

  it("does not expect a review yet from support that started two months ago", () => {
    const fresh = [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", ...plan }];
    expect(findingsOf({ cycles: fresh }, "2026-03-05", "few_reviews")).toEqual([]);
  });

  it("points at the running plan when there has been no review at all", () => {
    const neverReviewed = [{ id: "c1", startDate: "2025-01-06", reviewDate: "2025-04-04", ...plan }];
    expect(only({ cycles: neverReviewed }, "2026-01-10", "few_reviews").records).toEqual(["c1"]);
  });
});

describe("target_not_measurable", () => {
  it("fires for a vague target in the current plan, pointing at it", () => {
    const cycles = [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", targets: [{ id: "t1", text: "improve reading" }] }];
    expect(only({ cycles }, "2026-02-01", "target_not_measurable")).toMatchObject({
      severity: "medium",
      records: ["t1"],
      rules: ["R-SCH-APDR-PLAN"],
      nextStep: { action: "ask_for_smart_targets" },
    });
  });

  it("does not fire for a specific, measurable target with a date", () => {
    const cycles = [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", targets: [SMART_TARGET] }];
    expect(findingsOf({ cycles }, "2026-02-01", "target_not_measurable")).toEqual([]);
  });

  it("does not look at targets from a plan that has been replaced", () => {
    const cycles = [
      { id: "c1", startDate: "2025-09-01", reviewDate: "2025-12-01", targets: [{ id: "old", text: "improve reading" }] },
      { id: "c2", startDate: "2026-01-05", reviewDate: "2026-03-27", targets: [SMART_TARGET] },
    ];
    expect(findingsOf({ cycles }, "2026-02-01", "target_not_measurable")).toEqual([]);
  });

  it("checks EHC plan outcomes too and cites the rule on outcomes", () => {
    const ehcPlans = [{ id: "plan", stage: "final" as const, issuedOn: "2025-11-01", outcomes: [{ id: "o1", text: "Sam will improve his confidence" }] }];
    const finding = only({ ehcPlans }, "2026-02-01", "target_not_measurable");
    expect(finding.records).toEqual(["o1"]);
    expect(finding.rules).toEqual(["R-SCH-APDR-PLAN", "R-EHCP-OUTCOMES"]);
  });
});

describe("provision_vague", () => {
  it("fires for a vague line of school support, pointing at it", () => {
    const cycles = [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", provision: [{ id: "p1", what: "Support", text: "Access to support as appropriate" }] }];
    expect(only({ cycles }, "2026-02-01", "provision_vague")).toMatchObject({
      severity: "medium",
      records: ["p1"],
      rules: ["R-SCH-APDR-PLAN"],
      nextStep: { label: "Ask the SENCO for clearer wording", action: "ask_for_specific_provision" },
    });
  });

  it("does not fire for support that says what, who, how often and how long", () => {
    const cycles = [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", provision: [SPECIFIC_LINE] }];
    expect(findingsOf({ cycles }, "2026-02-01", "provision_vague")).toEqual([]);
  });

  it("fires with high severity for a vague line in Section F of an EHC plan", () => {
    const ehcPlans = [{ id: "plan", stage: "final" as const, issuedOn: "2025-11-01", provision: [{ id: "f1", text: "Regular opportunities for speech and language support" }] }];
    expect(only({ ehcPlans }, "2026-02-01", "provision_vague")).toMatchObject({
      severity: "high",
      records: ["plan", "f1"],
      rules: ["R-EHCP-F-SPECIFIC", "R-EHCP-DUTY"],
      nextStep: { action: "request_early_review" },
    });
  });

  it("sends vague Section F in a draft plan to the council, in the comments on the draft (reg 13(1))", () => {
    const ehcPlans = [{ id: "plan", stage: "draft" as const, issuedOn: "2026-01-20", provision: [{ id: "f1", text: "Access to small group work as appropriate" }] }];
    const finding = only({ ehcPlans }, "2026-02-01", "provision_vague");
    expect(finding).toMatchObject({
      rules: ["R-EHCP-F-SPECIFIC", "R-EHCP-DUTY", "R-EHCP-DRAFT-15"],
      nextStep: { label: "Send your comments on the plan to the council", action: "respond_to_draft_plan" },
    });
    expect(finding.explanation).toMatch(/council wrote the plan/);
  });

  it("sends vague Section F in an amended plan to the council too (reg 22, proposed changes)", () => {
    const ehcPlans = [{ id: "plan", stage: "amended" as const, issuedOn: "2026-01-20", provision: [{ id: "f1", text: "Support with reading when needed" }] }];
    expect(only({ ehcPlans }, "2026-02-01", "provision_vague")).toMatchObject({
      rules: ["R-EHCP-F-SPECIFIC", "R-EHCP-DUTY", "R-AR-AMEND-15"],
      nextStep: { action: "respond_to_draft_plan" },
    });
  });

  it("does not fire for a specific line in Section F", () => {
    const ehcPlans = [{ id: "plan", stage: "final" as const, issuedOn: "2025-11-01", provision: [{ id: "f1", text: SPECIFIC_LINE.text }] }];
    expect(findingsOf({ ehcPlans }, "2026-02-01", "provision_vague")).toEqual([]);
  });
});

describe("plan_repeated_unchanged", () => {
  it("fires when a plan is repeated after a review found limited progress", () => {
    const cycles = [
      { id: "c1", startDate: "2025-09-01", reviewDate: "2025-12-01", review: limitedReview("r1", "2025-12-01"), ...plan },
      { id: "c2", startDate: "2026-01-05", reviewDate: "2026-03-27", ...plan },
    ];
    expect(only({ cycles }, "2026-02-01", "plan_repeated_unchanged")).toMatchObject({
      severity: "high",
      records: ["c2", "c1"],
      rules: ["R-SCH-GRADUATED", "R-SCH-APDR-REVIEW"],
      nextStep: { action: "ask_for_plan_change" },
    });
  });

  it("does not fire when the plan was repeated because progress was good", () => {
    const cycles = [
      { id: "c1", startDate: "2025-09-01", reviewDate: "2025-12-01", review: goodReview("r1", "2025-12-01"), ...plan },
      { id: "c2", startDate: "2026-01-05", reviewDate: "2026-03-27", ...plan },
    ];
    expect(findingsOf({ cycles }, "2026-02-01", "plan_repeated_unchanged")).toEqual([]);
  });

  it("does not fire when the plan changed after limited progress", () => {
    const cycles = [
      { id: "c1", startDate: "2025-09-01", reviewDate: "2025-12-01", review: limitedReview("r1", "2025-12-01"), ...plan },
      {
        id: "c2",
        startDate: "2026-01-05",
        reviewDate: "2026-03-27",
        targets: [{ id: "t2", text: "By Easter Sam will write two sentences with capital letters and full stops in 4 of 5 pieces of work" }],
        provision: [{ id: "p2", what: "Writing", text: "Daily guided writing with the class teacher, 15 minutes, one-to-one" }],
      },
    ];
    expect(findingsOf({ cycles }, "2026-02-01", "plan_repeated_unchanged")).toEqual([]);
  });

  it("counts a review where targets were mostly not met as limited progress", () => {
    const review = { id: "r1", date: "2025-12-01", targetProgress: [{ targetId: "t", rating: "not_yet" as const }, { targetId: "t", rating: "partly" as const }] };
    const cycles = [
      { id: "c1", startDate: "2025-09-01", reviewDate: "2025-12-01", review, ...plan },
      { id: "c2", startDate: "2026-01-05", reviewDate: "2026-03-27", ...plan },
    ];
    expect(findingsOf({ cycles }, "2026-02-01", "plan_repeated_unchanged")).toHaveLength(1);
  });
});

describe("little_progress", () => {
  it("fires after two cycles of limited progress, pointing at the cycles and reviews", () => {
    expect(only({ cycles: twoLimitedCycles }, "2026-04-01", "little_progress")).toMatchObject({
      severity: "high",
      records: ["c1", "r1", "c2", "r2"],
      rules: ["R-SCH-SPECIALISTS", "R-SCH-GRADUATED"],
      nextStep: { action: "request_review_meeting" },
    });
  });

  it("presents 'two or more cycles' as Clearpath's rule of thumb, not as the Code of Practice's words", () => {
    const { explanation } = only({ cycles: twoLimitedCycles }, "2026-04-01", "little_progress");
    expect(explanation).toContain("Clearpath's rule of thumb (not the guidance's words): raise this after 2 or more cycles.");
    expect(explanation).not.toMatch(/guidance says .*two or more/);
  });

  it("does not fire after only one cycle of limited progress", () => {
    expect(findingsOf({ cycles: twoLimitedCycles.slice(1) }, "2026-04-01", "little_progress")).toEqual([]);
  });

  it("does not fire when the latest review found good progress", () => {
    const cycles = [
      ...twoLimitedCycles,
      { id: "c3", startDate: "2026-04-13", reviewDate: "2026-07-10", review: goodReview("r3", "2026-07-10"), ...plan },
    ];
    expect(findingsOf({ cycles }, "2026-07-20", "little_progress")).toEqual([]);
  });

  it("does not count half the targets met as limited progress", () => {
    const halfMet = (id: string, date: string) => ({
      id,
      date,
      targetProgress: [{ targetId: "t", rating: "achieved" as const }, { targetId: "t", rating: "not_yet" as const }],
    });
    const cycles = twoLimitedCycles.map((cycle, index) => ({ ...cycle, review: halfMet(`r${index}`, cycle.reviewDate) }));
    expect(findingsOf({ cycles }, "2026-04-01", "little_progress")).toEqual([]);
  });

  it("does not count monitoring stages as cycles of support", () => {
    const cycles = twoLimitedCycles.map((cycle) => ({ ...cycle, kind: "monitoring" as const }));
    expect(findingsOf({ cycles }, "2026-04-01", "little_progress")).toEqual([]);
  });
});

describe("delivery_below_plan", () => {
  const withSessions = (statuses: ("held" | "cancelled" | "unknown")[], source: "school_plan" | "ehc_plan" = "school_plan") => ({
    cycles: [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-06-27", ...plan, provision: [{ ...SPECIFIC_LINE, source }], sessions: sessionsFor("p", statuses) }],
  });

  it("fires when 7 of 10 sessions were held, pointing at the line, the cycle and the missed sessions", () => {
    const finding = only(withSessions([...times(7, "held" as const), ...times(3, "cancelled" as const)]), "2026-03-01", "delivery_below_plan");
    expect(finding).toMatchObject({
      severity: "medium",
      title: "Only 70% of planned sessions happened",
      records: ["p", "c1", "s7", "s8", "s9"],
      rules: ["R-SCH-APDR-DO", "R-SCH-BEST-ENDEAVOURS"],
      nextStep: { action: "request_session_records" },
    });
    expect(finding.explanation).toMatch(/below 80%.*one session in five/);
  });

  it("does not fire at exactly 80% of sessions held", () => {
    expect(findingsOf(withSessions([...times(8, "held" as const), ...times(2, "cancelled" as const)]), "2026-03-01", "delivery_below_plan")).toEqual([]);
  });

  it("does not work out a rate from fewer than six sessions", () => {
    expect(findingsOf(withSessions(times(5, "cancelled" as const)), "2026-03-01", "delivery_below_plan")).toEqual([]);
  });

  it("works out a rate from exactly six sessions", () => {
    expect(findingsOf(withSessions(times(6, "cancelled" as const)), "2026-03-01", "delivery_below_plan")).toHaveLength(1);
  });

  it("is high severity when fewer than half the sessions were held", () => {
    expect(only(withSessions([...times(4, "held" as const), ...times(6, "cancelled" as const)]), "2026-03-01", "delivery_below_plan").severity).toBe("high");
  });

  it("is medium severity at exactly half", () => {
    expect(only(withSessions([...times(5, "held" as const), ...times(5, "cancelled" as const)]), "2026-03-01", "delivery_below_plan").severity).toBe("medium");
  });

  it("cites the council's duty for a line from an EHC plan", () => {
    expect(only(withSessions(times(6, "cancelled" as const), "ehc_plan"), "2026-03-01", "delivery_below_plan").rules).toEqual(["R-EHCP-DUTY"]);
  });

  it("does not treat a session with no record either way as missed", () => {
    expect(findingsOf(withSessions([...times(6, "held" as const), ...times(4, "unknown" as const)]), "2026-03-01", "delivery_below_plan")).toEqual([]);
  });

  it("does not count sessions dated after today", () => {
    // Sessions run from 6 Jan; on 10 Jan only five are in the past.
    expect(findingsOf(withSessions(times(10, "cancelled" as const)), "2026-01-10", "delivery_below_plan")).toEqual([]);
  });

  it("rounds the rate the one way the audit does: 29 of 50 is 58%, not 57%", () => {
    // 29 / 50 * 100 is 57.99999… in floating point; the dashboard and audit show 58%.
    const finding = only(withSessions([...times(29, "held" as const), ...times(21, "cancelled" as const), "unknown"]), "2027-12-01", "delivery_below_plan");
    expect(finding.title).toBe("Only 58% of planned sessions happened");
    expect(finding.explanation).toContain("1 more session has no record either way and is not counted.");
  });

  it("never shows 80% for a rate just under 80%", () => {
    const finding = only(withSessions([...times(399, "held" as const), ...times(100, "cancelled" as const)]), "2027-12-01", "delivery_below_plan");
    expect(finding.title).toBe("Only 79% of planned sessions happened");
  });
});

describe("no_specialist_involved", () => {
  it("fires after two limited cycles with nobody from outside involved", () => {
    expect(only({ cycles: twoLimitedCycles }, "2026-04-01", "no_specialist_involved")).toMatchObject({
      severity: "high",
      records: ["c1", "c2"],
      rules: ["R-SCH-SPECIALISTS"],
      nextStep: { action: "request_referral" },
    });
  });

  it("does not fire when a professional is involved", () => {
    const professionals = [{ id: "ep", name: "Dr Khan", role: "educational_psychologist" as const }];
    expect(findingsOf({ cycles: twoLimitedCycles, professionals }, "2026-04-01", "no_specialist_involved")).toEqual([]);
  });

  it("does not fire when a referral is waiting", () => {
    const referrals = [{ id: "ref", service: "speech_and_language_therapist" as const, status: "waiting" as const }];
    expect(findingsOf({ cycles: twoLimitedCycles, referrals }, "2026-04-01", "no_specialist_involved")).toEqual([]);
  });

  it("still fires when the only referral was declined", () => {
    const referrals = [{ id: "ref", service: "speech_and_language_therapist" as const, status: "declined" as const }];
    expect(findingsOf({ cycles: twoLimitedCycles, referrals }, "2026-04-01", "no_specialist_involved")).toHaveLength(1);
  });

  it("does not fire after only one limited cycle", () => {
    expect(findingsOf({ cycles: twoLimitedCycles.slice(1) }, "2026-04-01", "no_specialist_involved")).toEqual([]);
  });
});

describe("actions_overdue", () => {
  const meetingWith = (action: Record<string, unknown>) => ({
    meetings: [{ id: "m1", date: "2026-01-05", actions: [{ id: "a1", description: "Send the provision map", ...action }] }],
  });

  it("fires for an open action the day after it was due", () => {
    const finding = only(meetingWith({ dueDate: "2026-01-20" }), "2026-01-21", "actions_overdue");
    expect(finding).toMatchObject({ severity: "medium", records: ["a1"], rules: [], nextStep: { action: "follow_up_actions" } });
    expect(finding.explanation).toMatch(/"Send the provision map"/);
  });

  it("does not fire for an action due today", () => {
    expect(findingsOf(meetingWith({ dueDate: "2026-01-21" }), "2026-01-21", "actions_overdue")).toEqual([]);
  });

  it("does not fire for an action marked done", () => {
    expect(findingsOf(meetingWith({ dueDate: "2026-01-20", status: "done", doneOn: "2026-01-25" }), "2026-02-01", "actions_overdue")).toEqual([]);
  });

  it("does not fire for an action that was dropped", () => {
    expect(findingsOf(meetingWith({ dueDate: "2026-01-20", status: "dropped" }), "2026-02-01", "actions_overdue")).toEqual([]);
  });

  it("does not fire for an action with no due date", () => {
    expect(findingsOf(meetingWith({}), "2026-06-01", "actions_overdue")).toEqual([]);
  });
});

describe("monitoring_drift", () => {
  const monitoring = (extra: Record<string, unknown> = {}) => ({ id: "c1", kind: "monitoring" as const, startDate: "2025-09-01", reviewDate: null, ...extra });

  it("fires when monitoring has run for a term (91 days)", () => {
    expect(only({ cycles: [monitoring()] }, addDays("2025-09-01", 91), "monitoring_drift")).toMatchObject({
      severity: "medium",
      records: ["c1"],
      rules: ["R-SCH-GRADUATED", "R-SCH-APDR-REVIEW"],
      nextStep: { action: "request_review_meeting" },
    });
  });

  it("does not fire a day short of a term", () => {
    expect(findingsOf({ cycles: [monitoring()] }, addDays("2025-09-01", 90), "monitoring_drift")).toEqual([]);
  });

  it("does not fire once monitoring led to support", () => {
    const cycles = [monitoring(), { id: "c2", startDate: "2025-10-06", reviewDate: "2026-01-30", ...plan }];
    expect(findingsOf({ cycles }, "2026-01-10", "monitoring_drift")).toEqual([]);
  });

  it("does not fire when the monitoring stage ended in a clear decision", () => {
    const cycles = [monitoring({ review: { id: "r1", date: "2025-11-01", decision: "end" } })];
    expect(findingsOf({ cycles }, "2026-03-01", "monitoring_drift")).toEqual([]);
  });

  it("counts a review's decision to monitor from the day of that review, not the start of the plan", () => {
    const cycles = [{ id: "c1", startDate: "2025-09-01", reviewDate: "2025-12-01", review: { id: "r1", date: "2025-12-01", decision: "monitor" as const }, ...plan }];
    expect(findingsOf({ cycles }, "2026-01-10", "monitoring_drift")).toEqual([]);
    const finding = only({ cycles }, addDays("2025-12-01", 91), "monitoring_drift");
    expect(finding.records).toEqual(["c1"]);
    expect(finding.explanation).toContain("since 1 December 2025 (13 weeks)");
  });
});

describe("recommendation_not_in_plan", () => {
  const cycles = [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", ...plan }];
  const reportWith = (recommendation: Record<string, unknown>) => [
    {
      id: "rep",
      title: "Speech and language report",
      recommendations: [{ id: "rec", text: "Weekly speech and language therapy sessions of 30 minutes", ...recommendation }],
    },
  ];

  it("fires for a confirmed recommendation missing from the plan, pointing at the report and the recommendation", () => {
    const finding = only({ cycles, reports: reportWith({ status: "confirmed" }) }, "2026-02-01", "recommendation_not_in_plan");
    expect(finding).toMatchObject({
      severity: "medium",
      records: ["rep", "rec"],
      rules: ["R-SCH-SPECIALISTS"],
      nextStep: { action: "ask_for_recommendation_in_plan" },
    });
    expect(finding.title).toMatch(/"Speech and language report"/);
  });

  it("does not fire for a recommendation the parent discarded", () => {
    expect(findingsOf({ cycles, reports: reportWith({ status: "discarded" }) }, "2026-02-01", "recommendation_not_in_plan")).toEqual([]);
  });

  it("does not fire for a suggestion the parent has not confirmed yet", () => {
    expect(findingsOf({ cycles, reports: reportWith({ status: "suggested" }) }, "2026-02-01", "recommendation_not_in_plan")).toEqual([]);
  });

  it("does not fire when the parent linked it to a line of the current plan", () => {
    expect(findingsOf({ cycles, reports: reportWith({ status: "confirmed", provisionIds: ["p"] }) }, "2026-02-01", "recommendation_not_in_plan")).toEqual([]);
  });

  it("still fires when it is only linked to a line of an old plan", () => {
    const twoCycles = [{ id: "c0", startDate: "2025-09-01", reviewDate: "2025-12-01", provision: [{ id: "old", what: "SALT" }] }, ...cycles];
    expect(findingsOf({ cycles: twoCycles, reports: reportWith({ status: "confirmed", provisionIds: ["old"] }) }, "2026-02-01", "recommendation_not_in_plan")).toHaveLength(1);
  });

  it("does not fire when a line of the plan says much the same", () => {
    const withSalt = [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", provision: [{ id: "p2", what: "SALT", text: "Speech and language therapy sessions of 30 minutes, weekly" }] }];
    expect(findingsOf({ cycles: withSalt, reports: reportWith({ status: "confirmed" }) }, "2026-02-01", "recommendation_not_in_plan")).toEqual([]);
  });

  it("reads a line without the plan's own words from its parts: what, who, how often and how long", () => {
    const fromParts = [
      {
        id: "c1",
        startDate: "2026-01-05",
        reviewDate: "2026-03-27",
        provision: [{ id: "p3", what: "Speech and language therapy sessions", who: "the therapist", sessionsPerWeek: 1, durationMinutes: 30 }],
      },
    ];
    expect(findingsOf({ cycles: fromParts, reports: reportWith({ status: "confirmed" }) }, "2026-02-01", "recommendation_not_in_plan")).toEqual([]);
  });

  it("cites the Section F rule when the child has an EHC plan", () => {
    const ehcPlans = [{ id: "plan", stage: "final" as const, issuedOn: "2025-11-01", provision: [{ id: "f1", text: SPECIFIC_LINE.text }] }];
    expect(only({ ehcPlans, reports: reportWith({ status: "confirmed" }) }, "2026-02-01", "recommendation_not_in_plan").rules).toEqual(["R-SCH-SPECIALISTS", "R-EHCP-F-SPECIFIC"]);
  });
});

describe("statutory_deadline_missed", () => {
  const request = { id: "e1", type: "ehcna_request_received", date: "2026-09-14" };

  it("fires the day after the 6-week decision date, pointing at the request", () => {
    const finding = only({ statutoryEvents: [request] }, "2026-10-27", "statutory_deadline_missed");
    expect(finding).toMatchObject({ severity: "high", records: ["e1"], nextStep: { action: "view_deadlines" } });
    expect(finding.rules).toEqual(expect.arrayContaining(["R-EHCNA-DECIDE", "R-CMP-LGSCO"]));
  });

  it("does not fire on the due date itself", () => {
    expect(findingsOf({ statutoryEvents: [request] }, "2026-10-26", "statutory_deadline_missed")).toEqual([]);
  });

  it("does not fire when the deadline was met on time", () => {
    const statutoryEvents = [request, { id: "e2", type: "ehcna_decision_made", date: "2026-10-20" }];
    expect(findingsOf({ statutoryEvents }, "2026-11-01", "statutory_deadline_missed")).toEqual([]);
  });

  it("reports a deadline met late as low severity", () => {
    const statutoryEvents = [request, { id: "e2", type: "ehcna_decision_made", date: "2026-11-02" }];
    const finding = only({ statutoryEvents }, "2026-11-10", "statutory_deadline_missed");
    expect(finding.severity).toBe("low");
    expect(finding.explanation).toContain("met on 2 November 2026");
  });

  it("does not report the parent's own time limits, such as comments on a draft plan", () => {
    expect(findingsOf({ statutoryEvents: [{ id: "d1", type: "draft_plan_issued", date: "2027-03-03" }] }, "2027-04-01", "statutory_deadline_missed")).toEqual([]);
  });

  it("does not report an appeal window that has closed", () => {
    expect(findingsOf({ statutoryEvents: [{ id: "r1", type: "ehcna_refused", date: "2026-08-31" }] }, "2027-01-01", "statutory_deadline_missed")).toEqual([]);
  });
});

describe("consider_ehcna", () => {
  it("fires with high severity after two cycles of limited progress despite planned support", () => {
    const finding = only({ cycles: twoLimitedCycles }, "2026-04-01", "consider_ehcna");
    expect(finding).toMatchObject({
      severity: "high",
      rules: ["R-EHCNA-TEST", "R-EHCNA-NOT-NEEDED", "R-EHCNA-WHO"],
      nextStep: { action: "draft_ehcna_request" },
    });
    expect(finding.records).toEqual(expect.arrayContaining(["c1", "c2"]));
    expect(finding.explanation).toMatch(/not legal advice/);
  });

  it("does not fire after two limited cycles with no support planned", () => {
    const cycles = twoLimitedCycles.map((cycle) => ({ ...cycle, provision: [] }));
    expect(findingsOf({ cycles }, "2026-04-01", "consider_ehcna")).toEqual([]);
  });

  it("does not fire once an assessment has been requested", () => {
    const statutoryEvents = [{ id: "e1", type: "ehcna_request_received", date: "2026-03-30" }];
    expect(findingsOf({ cycles: twoLimitedCycles, statutoryEvents }, "2026-04-01", "consider_ehcna")).toEqual([]);
  });

  it("does not fire when the child already has an EHC plan", () => {
    const ehcPlans = [{ id: "plan", stage: "final" as const, issuedOn: "2025-11-01" }];
    expect(findingsOf({ cycles: twoLimitedCycles, ehcPlans }, "2026-04-01", "consider_ehcna")).toEqual([]);
  });

  it("fires with medium severity when a review decided to consider an assessment", () => {
    const cycles = [{ id: "c1", startDate: "2025-09-01", reviewDate: "2025-12-01", review: { id: "r1", date: "2025-12-01", decision: "consider_ehcna" as const }, ...plan }];
    expect(only({ cycles }, "2026-01-10", "consider_ehcna").severity).toBe("medium");
  });

  it("fires with medium severity when measures show two signs, and lists the diary that backs them up", () => {
    const measurements = [
      { id: "m1", kind: "standardised_score" as const, label: "Reading", date: "2025-09-10", value: 88 },
      { id: "m2", kind: "standardised_score" as const, label: "Reading", date: "2026-03-10", value: 79 },
    ];
    const diary = [{ id: "d1", date: "2026-03-01", text: "She cried and said she hates school" }];
    const finding = only({ measurements, diary }, "2026-04-01", "consider_ehcna");
    expect(finding.severity).toBe("medium");
    expect(finding.records).toEqual(["m2", "m1", "d1"]);
  });

  it("does not fire when a diary word would be the second sign: it supports, never triggers", () => {
    const measurements = [{ id: "m1", kind: "standardised_score" as const, label: "Reading", date: "2026-03-10", value: 79 }];
    const diary = [{ id: "d1", date: "2026-03-01", text: "She cried and said she hates school" }];
    expect(findingsOf({ measurements, diary }, "2026-04-01", "consider_ehcna")).toEqual([]);
    const { progress } = checkCase(buildCaseDocument({ measurements, diary }), "2026-04-01");
    expect(progress.answer).toBe("possible");
    const distress = progress.dimensions.find((dimension) => dimension.dimension === "child_distress")!;
    expect(distress).toMatchObject({ isShown: false, evidence: [{ records: ["d1"], raises: false }] });
    expect(distress.summary).toMatch(/^Only diary notes so far/);
  });

  it("fires when the child's own words at a review show distress, as well as a low score", () => {
    const measurements = [{ id: "m1", kind: "standardised_score" as const, label: "Reading", date: "2026-03-10", value: 79 }];
    const cycles = [{ id: "c1", startDate: "2025-09-01", reviewDate: "2025-12-01", review: { ...goodReview("r1", "2025-12-01"), childViews: "I hate school, it is too loud" }, ...plan }];
    expect(only({ measurements, cycles }, "2026-04-01", "consider_ehcna").records).toEqual(expect.arrayContaining(["m1", "r1"]));
  });

  it("does not fire on a single sign of inadequate progress", () => {
    const diary = [{ id: "d1", date: "2026-03-01", text: "She cried and said she hates school" }];
    expect(findingsOf({ diary }, "2026-04-01", "consider_ehcna")).toEqual([]);
  });
});

describe("the order of findings", () => {
  it("puts the most serious findings first", () => {
    const caseDocument = buildCaseDocument({
      cycles: [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", targets: [{ id: "t", text: "improve reading" }] }],
      statutoryEvents: [{ id: "e1", type: "ehcna_request_received", date: "2026-01-05" }],
    });
    const severities = checkCase(caseDocument, "2026-04-01").findings.map((finding) => finding.severity);
    expect(severities[0]).toBe("high");
  });

  it("reports every finding code the case triggers at once", () => {
    const found = checkCase(buildCaseDocument({ cycles: twoLimitedCycles.map((cycle) => ({ ...cycle })) }), "2026-04-01").findings.map((finding) => finding.code);
    expect(found).toEqual(expect.arrayContaining(["plan_repeated_unchanged", "little_progress", "no_specialist_involved", "consider_ehcna"]));
  });
});

describe("is progress inadequate?", () => {
  const summaryOf = (input: CaseInput, today = "2026-04-01") => {
    const { progress } = checkCase(buildCaseDocument(input), today);
    return { progress, by: Object.fromEntries(progress.dimensions.map((dimension) => [dimension.dimension, dimension])) };
  };
  const score = (id: string, date: string, value: number) => ({ id, kind: "standardised_score" as const, label: "Reading", date, value });

  it("says 'no evidence recorded yet' on every dimension of an empty case", () => {
    const { progress } = summaryOf({});
    expect(progress.answer).toBe("not_shown");
    expect(progress.dimensions.map((dimension) => dimension.dimension)).toEqual([...PROGRESS_DIMENSIONS]);
    for (const dimension of progress.dimensions) {
      expect(dimension.evidence).toEqual([]);
      expect(dimension.summary).toBe("No evidence recorded yet.");
    }
  });

  it("answers 'likely' with the evidence on each dimension", () => {
    const { progress, by } = summaryOf({
      measurements: [score("m1", "2025-09-10", 88), score("m2", "2026-03-10", 79)],
      diary: [{ id: "d1", date: "2026-03-01", text: "She cried and said she hates school" }],
      cycles: [{ id: "c1", startDate: "2025-09-01", reviewDate: "2026-06-01" }],
    });
    expect(progress.answer).toBe("likely");
    expect(by.less_progress_than_peers?.evidence[0]?.records).toEqual(["m2"]);
    expect(by.gap_widening?.evidence).toHaveLength(1);
    expect(by.child_distress?.evidence[0]?.records).toEqual(["d1"]);
    expect(by.adaptations_unsustainable?.summary).toBe("No evidence recorded yet.");
  });

  it("never answers more than 'not shown' on diary notes alone", () => {
    const diary = [
      { id: "d1", date: "2026-03-01", text: "She cried and said she hates school" },
      { id: "d2", date: "2026-03-02", text: "Meltdown after school, so anxious" },
    ];
    expect(summaryOf({ diary }).progress.answer).toBe("not_shown");
  });

  it("counts targets mostly not met at the latest review as less progress than expected", () => {
    const cycles = [
      {
        id: "c1",
        startDate: "2025-09-01",
        reviewDate: "2025-12-01",
        targets: [{ id: "t1", text: "Read 40 words" }, { id: "t2", text: "Write 3 sentences" }],
        review: { id: "r1", date: "2025-12-01", targetProgress: [{ targetId: "t1", rating: "not_yet" as const }, { targetId: "t2", rating: "partly" as const }] },
      },
    ];
    const { by, progress } = summaryOf({ cycles });
    expect(by.less_progress_than_peers?.evidence).toEqual([{ text: "At the review on 1 December 2025, 2 of 2 targets were not fully met.", records: ["r1"], raises: true }]);
    expect(progress.answer).toBe("possible");
  });

  it("says that 'two or more signs' is Clearpath's rule of thumb, not the guidance's", () => {
    const { progress } = summaryOf({ measurements: [score("m1", "2025-09-10", 88), score("m2", "2026-03-10", 79)] });
    expect(progress.explanation).toContain("Clearpath's rule of thumb (not the guidance's words): evidence on 2 or more signs");
  });

  it("answers 'possible' with evidence on one dimension", () => {
    expect(summaryOf({ measurements: [score("m1", "2026-03-10", 84)] }).progress.answer).toBe("possible");
  });

  describe("compared with peers", () => {
    it("counts a standard score below 85", () => expect(summaryOf({ measurements: [score("m1", "2026-03-10", 84)] }).by.less_progress_than_peers?.evidence).toHaveLength(1));
    it("does not count a standard score of 85", () => expect(summaryOf({ measurements: [score("m1", "2026-03-10", 85)] }).by.less_progress_than_peers?.evidence).toEqual([]));

    it("counts a reading age 12 months behind but not 11", () => {
      const readingAge = (value: number) => [{ id: "m1", kind: "reading_age" as const, label: "Reading age", date: "2026-03-10", value, expectedValue: 108 }];
      expect(summaryOf({ measurements: readingAge(96) }).by.less_progress_than_peers?.evidence).toHaveLength(1);
      expect(summaryOf({ measurements: readingAge(97) }).by.less_progress_than_peers?.evidence).toEqual([]);
    });

    it("ignores a measurement dated after today", () => expect(summaryOf({ measurements: [score("m1", "2026-05-10", 70)] }).by.less_progress_than_peers?.evidence).toEqual([]));
  });

  describe("gap widening", () => {
    it("counts a fall of 5 standard-score points", () => {
      expect(summaryOf({ measurements: [score("m1", "2025-09-10", 100), score("m2", "2026-03-10", 95)] }).by.gap_widening?.evidence[0]?.records).toEqual(["m1", "m2"]);
    });
    it("does not count a fall of 4 points", () => {
      expect(summaryOf({ measurements: [score("m1", "2025-09-10", 100), score("m2", "2026-03-10", 96)] }).by.gap_widening?.evidence).toEqual([]);
    });
    it("counts a reading age falling further behind the child's age", () => {
      const measurements = [
        { id: "m1", kind: "reading_age" as const, label: "Reading age", date: "2025-09-10", value: 90, expectedValue: 96 },
        { id: "m2", kind: "reading_age" as const, label: "Reading age", date: "2026-03-10", value: 92, expectedValue: 102 },
      ];
      expect(summaryOf({ measurements }).by.gap_widening?.evidence).toHaveLength(1);
    });
  });

  describe("adaptations unsustainable", () => {
    const oneToOne = (hours: number) => ({
      cycles: [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-06-01", provision: [{ id: "p1", what: "1:1 teaching assistant", groupSize: "1:1", sessionsPerWeek: 5, durationMinutes: (hours * 60) / 5 }] }],
    });
    it("counts 10 hours a week of one-to-one help", () => expect(summaryOf(oneToOne(10)).by.adaptations_unsustainable?.evidence[0]?.records).toEqual(["p1"]));
    it("does not count 9 hours a week", () => expect(summaryOf(oneToOne(9)).by.adaptations_unsustainable?.evidence).toEqual([]));
    it("counts a letter saying the support is not sustainable", () => {
      const correspondence = [{ id: "l1", direction: "received" as const, date: "2026-02-01", summary: "The head says the current support is not sustainable from the school's budget" }];
      expect(summaryOf({ correspondence }).by.adaptations_unsustainable?.evidence[0]?.records).toEqual(["l1"]);
    });
  });

  describe("social or emotional difficulty despite support", () => {
    it("counts a wellbeing need that affects the child a great deal while support is in place", () => {
      const input = { needs: [{ id: "n1", area: "semh" as const, impact: "a_great_deal" as const }], cycles: [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-06-01" }] };
      expect(summaryOf(input).by.social_emotional_difficulty?.evidence[0]?.records).toEqual(["n1"]);
    });
    it("does not count the same need before any support is in place", () => {
      expect(summaryOf({ needs: [{ id: "n1", area: "semh" as const, impact: "a_great_deal" as const }] }).by.social_emotional_difficulty?.evidence).toEqual([]);
    });
    it("counts incidents that rose", () => {
      const measurements = [
        { id: "m1", kind: "incidents" as const, label: "Incidents a week", date: "2026-01-10", value: 2, higherIsBetter: false },
        { id: "m2", kind: "incidents" as const, label: "Incidents a week", date: "2026-03-10", value: 5, higherIsBetter: false },
      ];
      expect(summaryOf({ measurements }).by.social_emotional_difficulty?.evidence[0]?.records).toEqual(["m1", "m2"]);
    });
    it("counts a review that names anxiety as a barrier", () => {
      const cycles = [{ id: "c1", startDate: "2025-09-01", reviewDate: "2025-12-01", review: { id: "r1", date: "2025-12-01", barriers: "Anxiety about group work" } }];
      expect(summaryOf({ cycles }).by.social_emotional_difficulty?.evidence[0]?.records).toEqual(["r1"]);
    });
  });

  describe("the child's own distress", () => {
    it("counts a diary entry about crying before school", () => {
      expect(summaryOf({ diary: [{ id: "d1", date: "2026-03-01", text: "Cried at the gate again" }] }).by.child_distress?.evidence[0]?.records).toEqual(["d1"]);
    });
    it("counts the child's own rating at the bottom of the scale", () => {
      const measurements = [{ id: "m1", kind: "child_rating" as const, label: "How school feels", date: "2026-03-01", value: 1, scaleMin: 1, scaleMax: 5 }];
      expect(summaryOf({ measurements }).by.child_distress?.evidence[0]?.records).toEqual(["m1"]);
    });
    it("does not count a middling rating", () => {
      const measurements = [{ id: "m1", kind: "child_rating" as const, label: "How school feels", date: "2026-03-01", value: 3, scaleMin: 1, scaleMax: 5 }];
      expect(summaryOf({ measurements }).by.child_distress?.evidence).toEqual([]);
    });
    it("does not count a happy diary entry", () => {
      expect(summaryOf({ diary: [{ id: "d1", date: "2026-03-01", text: "Came home smiling, loved art" }] }).by.child_distress?.evidence).toEqual([]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over generated cases.

const BASE = "2025-01-06";
const day = fc.integer({ min: 0, max: 540 }).map((offset) => addDays(BASE, offset));
const TEXTS = [SMART_TARGET.text, "improve reading", SPECIFIC_LINE.text, "Access to support as appropriate", "Weekly speech and language therapy sessions of 30 minutes"];

const cycleArbitrary = fc.record({
  kind: fc.constantFrom("sen_support" as const, "sen_support" as const, "monitoring" as const),
  startDate: day,
  reviewGap: fc.option(fc.integer({ min: 20, max: 150 }), { nil: null }),
  review: fc.option(
    fc.record({
      gap: fc.integer({ min: 0, max: 150 }),
      overallProgress: fc.constantFrom("good" as const, "expected" as const, "limited" as const, "none" as const, null),
      decision: fc.constantFrom("continue" as const, "monitor" as const, "consider_ehcna" as const, "adapt" as const, null),
      parentAttended: fc.constantFrom(true, false, null),
    }),
    { nil: null },
  ),
  targetTexts: fc.array(fc.constantFrom(...TEXTS), { maxLength: 2 }),
  provisionTexts: fc.array(fc.constantFrom(...TEXTS), { maxLength: 2 }),
  sessions: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 120 }), status: fc.constantFrom("held" as const, "cancelled" as const, "unknown" as const) }), { maxLength: 12 }),
});

const caseArbitrary = fc
  .record({
    cycles: fc.array(cycleArbitrary, { maxLength: 4 }),
    actions: fc.array(fc.record({ due: fc.option(day, { nil: null }), status: fc.constantFrom("open" as const, "done" as const) }), { maxLength: 3 }),
    recommendations: fc.array(fc.record({ text: fc.constantFrom(...TEXTS), status: fc.constantFrom("suggested" as const, "confirmed" as const, "discarded" as const) }), { maxLength: 3 }),
    hasProfessional: fc.boolean(),
    events: fc.array(fc.record({ type: fc.constantFrom("ehcna_request_received", "ehcna_decision_made", "draft_plan_issued", "annual_review_meeting", "ehcna_refused"), date: day }), { maxLength: 3 }),
    scores: fc.array(fc.record({ date: day, value: fc.integer({ min: 60, max: 120 }) }), { maxLength: 3 }),
    diary: fc.array(fc.record({ date: day, text: fc.constantFrom("Cried before school", "Good day", "Meltdown after school") }), { maxLength: 3 }),
  })
  .map((raw): CaseDocument =>
    buildCaseDocument({
      cycles: raw.cycles.map((cycle, index) => ({
        id: `c${index}`,
        kind: cycle.kind,
        startDate: cycle.startDate,
        reviewDate: cycle.reviewGap === null ? null : addDays(cycle.startDate, cycle.reviewGap),
        review: cycle.review && {
          id: `r${index}`,
          date: addDays(cycle.startDate, cycle.review.gap),
          overallProgress: cycle.review.overallProgress,
          decision: cycle.review.decision,
          parentAttended: cycle.review.parentAttended,
        },
        targets: cycle.targetTexts.map((text, target) => ({ id: `c${index}t${target}`, text })),
        provision: cycle.provisionTexts.map((text, line) => ({ id: `c${index}p${line}`, what: "Support", text })),
        sessions: cycle.provisionTexts.length === 0 ? [] : cycle.sessions.map((session, number) => ({ id: `c${index}s${number}`, provisionId: `c${index}p0`, date: addDays(cycle.startDate, session.gap), status: session.status })),
      })),
      meetings: [{ id: "m0", date: BASE, actions: raw.actions.map((action, index) => ({ id: `a${index}`, description: "Do it", dueDate: action.due, status: action.status })) }],
      reports: [{ id: "rep0", title: "Report", recommendations: raw.recommendations.map((recommendation, index) => ({ id: `rec${index}`, ...recommendation })) }],
      professionals: raw.hasProfessional ? [{ id: "pro0", name: "Dr Khan", role: "educational_psychologist" }] : [],
      statutoryEvents: raw.events.map((event, index) => ({ id: `e${index}`, ...event })),
      measurements: raw.scores.map((score, index) => ({ id: `ms${index}`, kind: "standardised_score", label: "Reading", ...score })),
      diary: raw.diary.map((entry, index) => ({ id: `d${index}`, ...entry })),
    }),
  );

const todayArbitrary = fc.integer({ min: 0, max: 720 }).map((offset) => addDays(BASE, offset));

/** Every id in a case document, plus "child" (the child's own views on the profile). */
function collectIds(caseDocument: CaseDocument): Set<string> {
  const ids = new Set<string>(["child"]);
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.id === "string") ids.add(record.id);
      Object.values(record).forEach(visit);
    }
  };
  visit(caseDocument);
  return ids;
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

describe("health check invariants", () => {
  it("writes every date a parent reads in words, never as 2025-03-04", () => {
    const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;
    fc.assert(
      fc.property(caseArbitrary, todayArbitrary, (caseDocument, today) => {
        const { findings, progress } = checkCase(caseDocument, today);
        for (const finding of findings) {
          expect(finding.title).not.toMatch(isoDate);
          expect(finding.explanation).not.toMatch(isoDate);
        }
        for (const dimension of progress.dimensions) {
          expect(dimension.summary).not.toMatch(/\(s\)/);
          for (const item of dimension.evidence) expect(item.text).not.toMatch(isoDate);
        }
      }),
    );
  });

  it("sorts findings from most to least serious", () => {
    fc.assert(
      fc.property(caseArbitrary, todayArbitrary, (caseDocument, today) => {
        const ranks = checkCase(caseDocument, today).findings.map((finding) => SEVERITY_RANK[finding.severity]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });

  it("points only at records that exist in the case document", () => {
    fc.assert(
      fc.property(caseArbitrary, todayArbitrary, (caseDocument, today) => {
        const ids = collectIds(caseDocument);
        const { findings, progress } = checkCase(caseDocument, today);
        for (const finding of findings) for (const id of finding.records) expect(ids).toContain(id);
        for (const dimension of progress.dimensions) for (const item of dimension.evidence) for (const id of item.records) expect(ids).toContain(id);
      }),
    );
  });

  it("cites only rules that are in the law catalogue, and explains every finding", () => {
    fc.assert(
      fc.property(caseArbitrary, todayArbitrary, (caseDocument, today) => {
        const { findings, progress } = checkCase(caseDocument, today);
        for (const finding of findings) {
          expect(FINDING_CODES).toContain(finding.code);
          for (const id of finding.rules) expect(hasRule(id), id).toBe(true);
          expect(finding.title.length).toBeGreaterThan(0);
          expect(finding.explanation.length).toBeGreaterThan(0);
          expect(finding.nextStep.label.length).toBeGreaterThan(0);
        }
        for (const id of progress.rules) expect(hasRule(id), id).toBe(true);
      }),
    );
  });

  it("never reports review_overdue for a cycle once a review is recorded for it", () => {
    fc.assert(
      fc.property(caseArbitrary, todayArbitrary, fc.integer({ min: 0, max: 200 }), (caseDocument, today, back) => {
        const cycles = caseDocument.cycles.map((cycle) => ({ ...cycle, review: cycle.review ?? reviewSchema.parse({ id: `added-${cycle.id}`, date: addDays(today, -back) }) }));
        const overdue = checkCase({ ...caseDocument, cycles }, today).findings.filter((finding) => finding.code === "review_overdue");
        expect(overdue).toEqual([]);
      }),
    );
  });

  it("gives the same answer twice and leaves the case document unchanged", () => {
    fc.assert(
      fc.property(caseArbitrary, todayArbitrary, (caseDocument, today) => {
        const before = structuredClone(caseDocument);
        const first = checkCase(caseDocument, today);
        expect(checkCase(caseDocument, today)).toEqual(first);
        expect(caseDocument).toEqual(before);
      }),
    );
  });

  it("never finds more delivery problems than there are lines of support", () => {
    fc.assert(
      fc.property(caseArbitrary, todayArbitrary, (caseDocument, today) => {
        const lines = caseDocument.cycles.reduce((sum, cycle) => sum + cycle.provision.length, 0);
        expect(checkCase(caseDocument, today).findings.filter((finding) => finding.code === "delivery_below_plan").length).toBeLessThanOrEqual(lines);
      }),
    );
  });
});
