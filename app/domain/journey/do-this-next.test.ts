import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import type { CaseDocument } from "../case/case-document";
import { checkCase } from "../health/check-case";
import { listCaseDeadlines } from "../letters/statutory-facts";
import { deriveJourney } from "./derive-journey";
import {
  ALSO_SOON_SHOWN,
  chooseNextStep,
  describeWhen,
  findDoThisNext,
  type ChooseOptions,
} from "./do-this-next";
import type { NextStep, OverdueReply } from "./next-steps";

/** Each target as an address of its own, the way the web app would write it. */
function addressOf(step: NextStep): { path: string; place: string } {
  const target = step.target;
  const place =
    "screen" in target
      ? `/${target.screen}`
      : "letter" in target
        ? `/letters?kind=${target.letter}`
        : `/finding/${target.finding}`;
  return { path: place, place };
}

const writer: ChooseOptions = { canWrite: true, destinationOf: addressOf };
const reader: ChooseOptions = { canWrite: false, destinationOf: addressOf };

function step(
  kind: NextStep["kind"],
  action: string,
  target: NextStep["target"],
  date: string | null = null,
): NextStep {
  return { kind, action, why: `Why: ${action}`, date, target, rule: null };
}

function chosenFor(
  document: CaseDocument,
  today: string,
  options: ChooseOptions = writer,
  overdueReplies: OverdueReply[] = [],
) {
  const findings = checkCase(document, today).findings;
  const deadlines = listCaseDeadlines(document, today);
  return findDoThisNext(
    {
      document,
      findings,
      deadlines,
      journey: deriveJourney(document, findings, deadlines, today),
      overdueReplies,
      today,
    },
    options,
  );
}

const complete = {
  child: {
    name: "A child",
    dateOfBirth: "2017-11-14",
    school: "Riverside Primary",
    yearGroup: "Year 4",
    senco: { name: "Mrs Shah" },
    views: "I like Lego",
  },
  needs: [{ id: "n1", area: "cognition_learning" as const, signs: ["cl_number"] }],
  cycles: [
    {
      id: "c1",
      startDate: "2025-09-01",
      reviewDate: "2025-12-01",
      review: { id: "r1", date: "2025-12-01", overallProgress: "good" as const },
    },
  ],
};

const draftPlanCase = buildCaseDocument({
  ...complete,
  statutoryEvents: [
    { id: "e1", type: "ehcna_request_received", date: "2026-07-24" },
    { id: "e2", type: "ehcna_agreed", date: "2026-08-28" },
    { id: "e3", type: "ehcp_agreed", date: "2026-11-06" },
    { id: "e4", type: "draft_plan_issued", date: "2026-11-29" },
  ],
  ehcPlans: [
    {
      id: "plan",
      stage: "draft",
      issuedOn: "2026-11-29",
      provision: [{ id: "f1", text: "Access to support as appropriate" }],
    },
  ],
});

/** An assessment asked for on 5 January 2026 with no decision recorded: the council's six weeks have passed by March. */
const lateDecisionCase = buildCaseDocument({
  ...complete,
  statutoryEvents: [{ id: "e1", type: "ehcna_request_received", date: "2026-01-05" }],
});

describe("describeWhen", () => {
  it("says how many days are left and the date", () => {
    expect(describeWhen("2026-12-14", "2026-12-06")).toEqual({
      date: "2026-12-14",
      isOverdue: false,
      text: "Due in 8 days (14 December 2026)",
      short: "in 8 days",
    });
  });

  it("says today and tomorrow in words", () => {
    expect(describeWhen("2026-12-06", "2026-12-06")).toMatchObject({
      isOverdue: false,
      text: "Due today (6 December 2026)",
      short: "due today",
    });
    expect(describeWhen("2026-12-07", "2026-12-06")).toMatchObject({
      isOverdue: false,
      text: "Due tomorrow (7 December 2026)",
      short: "due tomorrow",
    });
  });

  it("calls a date that has passed overdue, with how long ago", () => {
    expect(describeWhen("2026-12-05", "2026-12-06")).toMatchObject({
      isOverdue: true,
      text: "Overdue: due 5 December 2026 (yesterday)",
      short: "overdue",
    });
    expect(describeWhen("2026-09-03", "2026-12-06")).toMatchObject({
      isOverdue: true,
      text: "Overdue: due 3 September 2026 (94 days ago)",
    });
  });
});

describe("chooseNextStep", () => {
  it("says there is nothing to do when there are no steps", () => {
    expect(chooseNextStep([], "2026-12-06", writer)).toEqual({ first: null, alsoSoon: [] });
  });

  it("keeps the order it is given: the first step, then the next ones as also soon", () => {
    const steps = [
      step("council_late", "Chase the council", { letter: "deadline_chaser" }, "2026-10-01"),
      step("reply_overdue", "Chase the reply", { screen: "correspondence" }, "2026-11-30"),
      step("stage", "Follow the time limits", { screen: "statutory" }),
    ];
    const chosen = chooseNextStep(steps, "2026-12-06", writer);
    expect(chosen.first).toMatchObject({
      kind: "council_late",
      action: "Chase the council",
      path: "/letters?kind=deadline_chaser",
      whoActs: null,
    });
    expect(chosen.first!.when).toMatchObject({
      isOverdue: true,
      text: "Overdue: due 1 October 2026 (66 days ago)",
    });
    expect(chosen.alsoSoon.map((s) => s.action)).toEqual([
      "Chase the reply",
      "Follow the time limits",
    ]);
    expect(chosen.alsoSoon[1]!.when).toBeNull();
  });

  it(`lists at most ${ALSO_SOON_SHOWN} more under the first`, () => {
    const steps = ["needs", "profile", "diary", "support", "audit", "progress"].map((screen) =>
      step("details", `Open ${screen}`, { screen } as NextStep["target"]),
    );
    const chosen = chooseNextStep(steps, "2026-12-06", writer);
    expect(chosen.first!.action).toBe("Open needs");
    expect(chosen.alsoSoon.map((s) => s.action)).toEqual([
      "Open profile",
      "Open diary",
      "Open support",
    ]);
  });

  it("leaves out a later step that leads to the same place as an earlier one", () => {
    const steps = [
      step("your_deadline", "Send your comments", { letter: "draft_plan_response" }, "2026-12-14"),
      step("finding", "Send your comments on the plan", { letter: "draft_plan_response" }),
      step("stage", "Read the draft", { screen: "plans" }),
    ];
    const chosen = chooseNextStep(steps, "2026-12-06", writer);
    expect(chosen.first!.action).toBe("Send your comments");
    expect(chosen.alsoSoon.map((s) => s.action)).toEqual(["Read the draft"]);
  });

  it("gives someone who may only read no address, but who acts", () => {
    const steps = [
      step("council_late", "Chase the council", { letter: "deadline_chaser" }, "2026-10-01"),
      step("reply_overdue", "Chase the reply", { screen: "correspondence" }, "2026-11-30"),
    ];
    const chosen = chooseNextStep(steps, "2026-12-06", reader);
    expect(chosen.first).toMatchObject({
      path: null,
      whoActs: "The council has missed this time limit. The family can chase it.",
    });
    expect(chosen.alsoSoon[0]).toMatchObject({
      path: null,
      whoActs: "The family is waiting for this reply and can chase it.",
    });
  });

  it("puts a child sent home first for the parent, with the letter to the head, and tells a reader the school has the duty", () => {
    const document = buildCaseDocument({
      child: { name: "Sam", dateOfBirth: "2017-11-14", school: "Riverside Primary", yearGroup: "Year 4", senco: { name: "Mrs Shah" }, views: "I like Lego" },
      needs: [{ id: "n1", area: "cognition_learning" }],
      schoolDay: [{ id: "i1", kind: "informal_exclusion", date: "2026-12-01", sessions: 1 }],
    });
    expect(chosenFor(document, "2026-12-06").first).toMatchObject({ kind: "school_day", action: "Write to the head about being sent home", path: "/finding/raise_informal_exclusion" });
    expect(chosenFor(document, "2026-12-06", reader).first).toMatchObject({ path: null, whoActs: "The school has a duty here. The family can ask for it." });
  });

  it("tells who acts on every kind of step", () => {
    const kinds = ["your_deadline", "school_day", "council_late", "reply_overdue", "finding", "stage"] as const;
    for (const kind of kinds)
      expect(
        chooseNextStep([step(kind, "Do it", { screen: "health" })], "2026-12-06", reader).first!
          .whoActs,
      ).toMatch(/family/);
  });

  it("leaves out the case's missing details for someone who may only read", () => {
    const steps = [
      step("details", "Add the SENCO", { screen: "profile" }),
      step("details", "Record needs", { screen: "needs" }),
    ];
    expect(chooseNextStep(steps, "2026-12-06", reader)).toEqual({ first: null, alsoSoon: [] });
    expect(chooseNextStep(steps, "2026-12-06", writer).first!.action).toBe("Add the SENCO");
  });

  it("keeps the rule and its status", () => {
    const cited = {
      ...step(
        "your_deadline",
        "Send your comments",
        { letter: "draft_plan_response" },
        "2026-12-14",
      ),
      rule: { id: "R-EHCP-DRAFT-15" as const, status: "verified" as const },
    };
    expect(chooseNextStep([cited], "2026-12-06", writer).first!.rule).toEqual({
      id: "R-EHCP-DRAFT-15",
      status: "verified",
    });
  });
});

describe("findDoThisNext on whole cases", () => {
  it("puts the comments on a draft plan first, with its date, letter and rule, and does not list the same letter again", () => {
    const chosen = chosenFor(draftPlanCase, "2026-12-04");
    expect(chosen.first).toMatchObject({
      kind: "your_deadline",
      path: "/letters?kind=draft_plan_response",
      rule: { id: "R-EHCP-DRAFT-15" },
    });
    expect(chosen.first!.action).toMatch(/^Send your comments on the draft plan by /);
    expect(chosen.first!.when).toMatchObject({ isOverdue: false, short: "in 9 days" });
    // The vague Section F finding leads to the same comments: in the web app it is the same letter.
    const sameLetter: ChooseOptions = {
      canWrite: true,
      destinationOf: (s) =>
        "finding" in s.target && s.target.finding === "respond_to_draft_plan"
          ? {
              path: "/letters?kind=draft_plan_response&plan=plan",
              place: "/letters?kind=draft_plan_response",
            }
          : addressOf(s),
    };
    expect(
      chosenFor(draftPlanCase, "2026-12-04", sameLetter).alsoSoon.some((s) => s.kind === "finding"),
    ).toBe(false);
  });

  it("puts the family's own date in its window before the council's missed limit and an overdue reply", () => {
    // Asked for in March: the council's 20 weeks to the final plan passed in July, and the draft came in November.
    const lateDraft = buildCaseDocument({
      ...complete,
      statutoryEvents: [
        { id: "e1", type: "ehcna_request_received", date: "2026-03-02" },
        { id: "e2", type: "ehcna_agreed", date: "2026-04-10" },
        { id: "e3", type: "ehcp_agreed", date: "2026-07-01" },
        { id: "e4", type: "draft_plan_issued", date: "2026-11-29" },
      ],
      ehcPlans: [{ id: "plan", stage: "draft", issuedOn: "2026-11-29" }],
    });
    const chosen = chosenFor(lateDraft, "2026-12-04", writer, [
      { id: "l1", subject: "Provision map", to: "Mrs Shah", replyBy: "2026-11-20" },
    ]);
    // The family's date is lost for good when it passes; the council can be chased any day.
    expect(chosen.first!.kind).toBe("your_deadline");
    expect(chosen.alsoSoon.map((s) => s.kind).slice(0, 2)).toEqual([
      "council_late",
      "reply_overdue",
    ]);
  });

  it("chases the council's missed time limit first, then the overdue reply, then the journey's step", () => {
    const chosen = chosenFor(lateDecisionCase, "2026-03-01", writer, [
      { id: "l1", subject: "Provision map", to: "Mrs Shah", replyBy: "2026-02-20" },
    ]);
    expect(chosen.first).toMatchObject({
      kind: "council_late",
      action: "Chase the council",
      path: "/letters?kind=deadline_chaser",
      rule: { id: "R-EHCNA-DECIDE" },
    });
    expect(chosen.first!.when!.isOverdue).toBe(true);
    expect(chosen.alsoSoon.map((s) => s.kind)).toEqual(["reply_overdue", "stage"]);
    expect(chosen.alsoSoon[0]!.when).toMatchObject({ isOverdue: true, short: "overdue" });
  });

  it("puts an overdue reply before the health check's serious findings and the journey", () => {
    const chosen = chosenFor(buildCaseDocument(complete), "2026-03-01", writer, [
      { id: "l1", subject: "Provision map", to: null, replyBy: "2026-02-20" },
    ]);
    expect(chosen.first).toMatchObject({
      kind: "reply_overdue",
      action: 'Chase the reply to "Provision map"',
      path: "/correspondence",
    });
    expect(chosen.alsoSoon.map((s) => s.kind)).toEqual(["stage"]);
  });

  it("puts a serious finding before the journey's step", () => {
    // A plan whose review is long overdue and whose support is vague is a high-severity finding.
    const document = buildCaseDocument({
      ...complete,
      cycles: [
        {
          id: "c1",
          startDate: "2025-01-06",
          reviewDate: "2025-04-01",
          provision: [{ id: "p1", what: "Support as needed" }],
        },
      ],
    });
    const chosen = chosenFor(document, "2026-03-01");
    const kinds = [chosen.first!.kind, ...chosen.alsoSoon.map((s) => s.kind)];
    expect(kinds[0]).toBe("finding");
    expect(kinds.indexOf("finding")).toBeLessThan(
      kinds.indexOf("stage") === -1 ? Infinity : kinds.indexOf("stage"),
    );
  });

  it("starts a new case with the journey's first step, then the details it lacks", () => {
    const chosen = chosenFor(buildCaseDocument(), "2026-03-01");
    expect(chosen.first).toMatchObject({
      kind: "stage",
      action: "Record your child's needs",
      path: "/needs",
    });
    expect(chosen.alsoSoon.length).toBeGreaterThan(0);
    expect(chosen.alsoSoon.every((s) => s.kind === "details")).toBe(true);
    // "Record what you notice about your child's needs" leads to the needs page too: one line.
    expect(chosen.alsoSoon.some((s) => s.path === "/needs")).toBe(false);
  });

  it("shows someone who may only read a new case's first step without its details or addresses", () => {
    const chosen = chosenFor(buildCaseDocument(), "2026-03-01", reader);
    expect(chosen.first).toMatchObject({
      kind: "stage",
      path: null,
      whoActs: "This is the family's next step.",
    });
    expect(chosen.alsoSoon).toEqual([]);
  });
});
