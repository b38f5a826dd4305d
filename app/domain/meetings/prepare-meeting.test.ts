import { describe, expect, it } from "vitest";
import { caseDocumentSchema, type CaseDocumentInput } from "../case/case-document";
import { buildProvisionAudit, type AuditProvisionInput } from "../delivery/provision-audit";
import type { LoggedSession } from "../delivery/session-status";
import { checkCase, type CaseCheck, type Finding } from "../health/check-case";
import { listOpenActions } from "./open-actions";
import { prepareMeeting, splitQuestions, type MeetingToPrepare } from "./prepare-meeting";

const TODAY = "2026-11-13";

function caseOf(input: Partial<CaseDocumentInput> = {}) {
  return caseDocumentSchema.parse({ schemaVersion: 1, child: { name: "Sam" }, ...input });
}

const meeting = (overrides: Partial<MeetingToPrepare> = {}): MeetingToPrepare => ({
  id: "m-next",
  date: "2026-11-20",
  questions: null,
  pickedQuestions: [],
  ...overrides,
});
const noFindings: CaseCheck = {
  findings: [],
  progress: { answer: "not_shown", explanation: "", rules: [], dimensions: [] },
};
const emptyAudit = buildProvisionAudit([], []);

function finding(overrides: Partial<Finding> & Pick<Finding, "code">): Finding {
  return {
    severity: "medium",
    title: "A finding",
    explanation: "Why.",
    records: [],
    rules: [],
    nextStep: { label: "Do it", action: "request_review_meeting" },
    ...overrides,
  };
}

const session = (
  date: string,
  status: LoggedSession["status"],
  cancelReason: LoggedSession["cancelReason"] = null,
): LoggedSession => ({ date, status, cancelReason });

function auditLine(overrides: Partial<AuditProvisionInput>): AuditProvisionInput {
  return {
    id: "p1",
    what: "Phonics group",
    who: "Teaching assistant",
    cycleTitle: "Autumn plan",
    durationMinutes: 20,
    provisionMapNote: null,
    provisionMapSessions: null,
    sessions: [],
    ...overrides,
  };
}

describe("prepareMeeting: sessions not delivered", () => {
  it("lists this term's cancelled and unrecorded sessions for each line of support", () => {
    const audit = buildProvisionAudit(
      [
        auditLine({
          sessions: [
            session("2026-09-08", "held"),
            session("2026-09-10", "cancelled", "staff_absence"),
            session("2026-10-01", "cancelled", "trip"),
            session("2026-10-06", "unknown"),
            session("2026-06-10", "cancelled", "staff_absence"),
          ],
        }),
        auditLine({
          id: "p2",
          what: "Speech therapy",
          sessions: [session("2026-09-09", "held"), session("2026-09-16", "held")],
        }),
      ],
      [],
    );
    const sheet = prepareMeeting({
      document: caseOf(),
      check: noFindings,
      today: TODAY,
      meeting: meeting(),
      audit,
    });
    expect(sheet.delivery.term.label).toBe("Autumn term 2026");
    // The summer's cancelled session is last term's; the line delivered in full is left out.
    expect(sheet.delivery.gaps).toEqual([
      {
        provisionId: "p1",
        what: "Phonics group",
        who: "Teaching assistant",
        cycleTitle: "Autumn plan",
        planned: 4,
        held: 1,
        cancelled: 2,
        unknown: 1,
        reasons: [
          { reason: "staff_absence", sessions: 1 },
          { reason: "trip", sessions: 1 },
        ],
      },
    ]);
  });

  it("looks at the term of a meeting already held, not today's", () => {
    const audit = buildProvisionAudit(
      [
        auditLine({
          sessions: [
            session("2026-06-10", "cancelled", "trip"),
            session("2026-10-06", "cancelled"),
          ],
        }),
      ],
      [],
    );
    const sheet = prepareMeeting({
      document: caseOf(),
      check: noFindings,
      today: TODAY,
      meeting: meeting({ date: "2026-07-01" }),
      audit,
    });
    expect(sheet.delivery.term.label).toBe("Summer term 2026");
    expect(sheet.delivery.gaps.map((gap) => gap.reasons)).toEqual([
      [{ reason: "trip", sessions: 1 }],
    ]);
  });

  it("has no gaps when there is no support to audit", () => {
    expect(
      prepareMeeting({
        document: caseOf(),
        check: noFindings,
        today: TODAY,
        meeting: meeting(),
        audit: emptyAudit,
      }).delivery.gaps,
    ).toEqual([]);
  });
});

describe("prepareMeeting: findings", () => {
  const check: CaseCheck = {
    ...noFindings,
    findings: [
      finding({ code: "review_overdue", title: "The review is overdue" }),
      finding({ code: "delivery_below_plan", title: "Only 50% of planned sessions happened" }),
      finding({ code: "few_reviews", title: "Fewer review meetings than expected" }),
      finding({ code: "actions_overdue", title: "An agreed action is overdue" }),
      finding({ code: "recommendation_not_in_plan", records: ["r1", "rec2"] }),
      finding({
        code: "no_specialist_involved",
        title: "No specialist involved despite limited progress",
      }),
    ],
  };

  it("puts review findings under reviews and lists the rest once, leaving out those with a section of their own", () => {
    const sheet = prepareMeeting({
      document: caseOf(),
      check,
      today: TODAY,
      meeting: meeting(),
      audit: emptyAudit,
    });
    expect(sheet.reviews.findings.map((f) => f.code)).toEqual(["review_overdue", "few_reviews"]);
    expect(sheet.findings.map((f) => f.code)).toEqual([
      "delivery_below_plan",
      "no_specialist_involved",
    ]);
  });

  it("suggests the bank's questions the findings raise", () => {
    const sheet = prepareMeeting({
      document: caseOf(),
      check,
      today: TODAY,
      meeting: meeting(),
      audit: emptyAudit,
    });
    expect(sheet.suggestedQuestionIds).toEqual(
      expect.arrayContaining([
        "plan-review-date",
        "support-session-records",
        "next-specialist",
        "plan-recommendations",
      ]),
    );
  });

  it("names the recommendations that are not in the plan, with their report", () => {
    const document = caseOf({
      reports: [
        {
          id: "r1",
          title: "Speech and language report",
          date: "2026-10-01",
          recommendations: [
            { id: "rec1", text: "Visual timetable", status: "confirmed" },
            {
              id: "rec2",
              text: "Weekly language group with a trained assistant",
              status: "confirmed",
            },
          ],
        },
      ],
    });
    const sheet = prepareMeeting({
      document,
      check,
      today: TODAY,
      meeting: meeting(),
      audit: emptyAudit,
    });
    expect(sheet.recommendations).toEqual([
      {
        reportId: "r1",
        reportTitle: "Speech and language report",
        reportDate: "2026-10-01",
        items: [{ id: "rec2", text: "Weekly language group with a trained assistant" }],
      },
    ]);
  });

  it("gives the next review date from the case, overdue or not", () => {
    const document = caseOf({
      cycles: [{ id: "c1", startDate: "2026-09-07", reviewDate: "2026-11-01" }],
    });
    expect(
      prepareMeeting({
        document,
        check: noFindings,
        today: TODAY,
        meeting: meeting(),
        audit: emptyAudit,
      }).reviews.nextReview,
    ).toEqual({ cycleId: "c1", date: "2026-11-01", isOverdue: true });
  });

  it("works from the real health check of a case", () => {
    const document = caseOf({
      cycles: [{ id: "c1", startDate: "2026-09-07", reviewDate: "2026-10-20" }],
      meetings: [
        {
          id: "m1",
          date: "2026-10-01",
          actions: [{ id: "a1", description: "Send the provision map", dueDate: "2026-10-15" }],
        },
      ],
    });
    const sheet = prepareMeeting({
      document,
      check: checkCase(document, TODAY),
      today: TODAY,
      meeting: meeting(),
      audit: emptyAudit,
    });
    expect(sheet.reviews.findings.map((f) => f.code)).toContain("review_overdue");
    expect(sheet.findings.map((f) => f.code)).not.toContain("actions_overdue");
    expect(sheet.openActions.map((a) => a.description)).toEqual(["Send the provision map"]);
  });
});

describe("prepareMeeting: actions and questions", () => {
  const document = caseOf({
    meetings: [
      {
        id: "m1",
        date: "2026-10-01",
        title: "Review",
        actions: [
          {
            id: "a1",
            description: "Send the provision map",
            owner: "SENCO",
            dueDate: "2026-10-15",
          },
          { id: "a2", description: "Done already", status: "done" },
        ],
      },
      {
        id: "m-next",
        date: "2026-11-20",
        actions: [{ id: "a3", description: "From this meeting" }],
      },
      {
        id: "m-later",
        date: "2026-12-20",
        actions: [{ id: "a4", description: "From a later meeting" }],
      },
    ],
  });

  it("brings the open actions of earlier meetings, not this one's or later ones'", () => {
    const sheet = prepareMeeting({
      document,
      check: noFindings,
      today: TODAY,
      meeting: meeting(),
      audit: emptyAudit,
    });
    expect(sheet.openActions).toEqual([
      {
        id: "a1",
        description: "Send the provision map",
        owner: "SENCO",
        dueDate: "2026-10-15",
        meetingId: "m1",
        meetingDate: "2026-10-01",
        meetingTitle: "Review",
        isOverdue: true,
        daysOverdue: 29,
      },
    ]);
  });

  it("lists the parent's own questions and the picked ones, grouped", () => {
    const sheet = prepareMeeting({
      document,
      check: noFindings,
      today: TODAY,
      meeting: meeting({
        questions: "Why was the group stopped?\n\n  Who is the new teaching assistant?  \n",
        pickedQuestions: ["support-session-records", "plan-copy", "gone"],
      }),
      audit: emptyAudit,
    });
    expect(sheet.ownQuestions).toEqual([
      "Why was the group stopped?",
      "Who is the new teaching assistant?",
    ]);
    expect(sheet.pickedQuestions.map((g) => [g.label, g.questions.map((q) => q.id)])).toEqual([
      ["About the plan and targets", ["plan-copy"]],
      ["About the support and who gives it", ["support-session-records"]],
    ]);
  });
});

describe("splitQuestions", () => {
  it("splits on any line ending and drops blank lines", () => {
    expect(splitQuestions("One?\r\nTwo?\n \nThree?")).toEqual(["One?", "Two?", "Three?"]);
  });

  it("gives nothing for no questions", () => {
    expect(splitQuestions(null)).toEqual([]);
    expect(splitQuestions("  \n ")).toEqual([]);
  });
});

describe("listOpenActions", () => {
  const meetings = [
    {
      id: "m1",
      date: "2026-09-01",
      title: null,
      actions: [
        {
          id: "no-date",
          description: "No date",
          owner: null,
          dueDate: null,
          status: "open" as const,
        },
        {
          id: "later",
          description: "Later",
          owner: null,
          dueDate: "2026-12-01",
          status: "open" as const,
        },
        {
          id: "done",
          description: "Done",
          owner: null,
          dueDate: "2026-09-10",
          status: "done" as const,
        },
        {
          id: "dropped",
          description: "Dropped",
          owner: null,
          dueDate: "2026-09-10",
          status: "dropped" as const,
        },
      ],
    },
    {
      id: "m2",
      date: "2026-10-01",
      title: "Second",
      actions: [
        {
          id: "late",
          description: "Late",
          owner: "Ms Patel",
          dueDate: "2026-11-01",
          status: "open" as const,
        },
      ],
    },
  ];

  it("lists open actions, the most overdue first and those with no date last", () => {
    expect(listOpenActions(meetings, TODAY).map((a) => a.id)).toEqual(["late", "later", "no-date"]);
  });

  it("marks overdue actions with the days they are late; an action due today is not late", () => {
    const [late, later] = listOpenActions(meetings, TODAY);
    expect(late).toMatchObject({ isOverdue: true, daysOverdue: 12, meetingTitle: "Second" });
    expect(later).toMatchObject({ isOverdue: false, daysOverdue: null });
    expect(listOpenActions(meetings, "2026-11-01")[0]).toMatchObject({
      id: "late",
      isOverdue: false,
    });
  });

  it("is empty with no meetings", () => {
    expect(listOpenActions([], TODAY)).toEqual([]);
  });
});
