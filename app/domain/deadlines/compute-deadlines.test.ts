import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, compareDates, isWeekend } from "../calendar/calendar-date";
import { isBankHoliday } from "../calendar/working-days";
import { LAW_CATALOGUE } from "../law/catalogue";
import type { LawRule } from "../law/law-rule";
import { computeDeadlines, type StatutoryEventInput } from "./compute-deadlines";
import { applyPeriod } from "./apply-period";
import { DEADLINE_DEFINITIONS, STARTED_BY } from "./deadline-definitions";

function dueOf(events: StatutoryEventInput[], key: string, today = "2026-01-01") {
  return computeDeadlines({ events, today }).deadlines.filter((deadline) => deadline.key === key).map((deadline) => deadline.due);
}

describe("worked examples from the reference (section 11)", () => {
  it("gives 6, 16 and 20 weeks from a request received on Mon 14 Sep 2026", () => {
    const events = [{ type: "ehcna_request_received", date: "2026-09-14" }];
    expect(dueOf(events, "ehcna_decision")).toEqual(["2026-10-26"]);
    expect(dueOf(events, "ehcp_issue_decision")).toEqual(["2027-01-04"]);
    expect(dueOf(events, "ehcp_final")).toEqual(["2027-02-01"]);
  });

  it("counts straight through the Easter holidays for a request received on 2 Feb 2027", () => {
    const events = [{ type: "ehcna_request_received", date: "2027-02-02" }];
    expect(dueOf(events, "ehcna_decision")).toEqual(["2027-03-16"]);
    expect(dueOf(events, "ehcp_issue_decision")).toEqual(["2027-05-25"]);
    expect(dueOf(events, "ehcp_final")).toEqual(["2027-06-22"]);
  });

  it("counts 29 February 2028 for a request received just before the Christmas holidays, on 10 Dec 2027", () => {
    const events = [{ type: "ehcna_request_received", date: "2027-12-10" }];
    expect(dueOf(events, "ehcna_decision")).toEqual(["2028-01-21"]);
    expect(dueOf(events, "ehcp_issue_decision")).toEqual(["2028-03-31"]);
    expect(dueOf(events, "ehcp_final")).toEqual(["2028-04-28"]);
  });

  it("gives 15 days for draft plan comments, counting the day of service as day 1", () => {
    expect(dueOf([{ type: "draft_plan_issued", date: "2027-03-03" }], "draft_plan_comments")).toEqual(["2027-03-17"]);
  });

  it("ends a 2-month appeal window on the last day of a shorter month", () => {
    expect(dueOf([{ type: "ehcna_refused", date: "2026-08-31" }], "appeal")).toEqual(["2026-10-31"]);
  });

  it("ends a 2-month appeal window from 31 Dec 2027 on 29 Feb 2028 in a leap year", () => {
    expect(dueOf([{ type: "ehcp_refused", date: "2027-12-31" }], "appeal")).toEqual(["2028-02-29"]);
  });

  it("moves the appeal date to one month after a certificate issued after the window opened", () => {
    const events = [
      { type: "ehcna_refused", date: "2026-08-31" },
      { type: "mediation_certificate_issued", date: "2026-10-15" },
    ];
    const appeals = computeDeadlines({ events, today: "2026-10-16" }).deadlines.filter((deadline) => deadline.key === "appeal");
    expect(appeals).toHaveLength(1);
    expect(appeals[0]?.due).toBe("2026-11-15");
    expect(appeals[0]?.fromEvent).toBe("mediation_certificate_issued");
  });

  it("keeps the decision date when one month from an early certificate ends sooner", () => {
    const events = [
      { type: "ehcna_refused", date: "2026-08-31" },
      { type: "mediation_certificate_issued", date: "2026-09-20" },
    ];
    expect(dueOf(events, "appeal")).toEqual(["2026-10-31"]);
  });

  it("gives the annual review as the day before the anniversary", () => {
    expect(dueOf([{ type: "final_plan_issued", date: "2026-03-10" }], "annual_review")).toEqual(["2027-03-09"]);
  });

  it("gives the review report in 2 weeks and the council's decision in 4 weeks", () => {
    const events = [{ type: "annual_review_meeting", date: "2027-05-05" }];
    expect(dueOf(events, "annual_review_report")).toEqual(["2027-05-19"]);
    expect(dueOf(events, "annual_review_decision")).toEqual(["2027-06-02"]);
  });

  it("gives 15 days to comment on proposed amendments and 8 weeks for the final amended plan", () => {
    const events = [{ type: "amendment_notice_issued", date: "2027-06-01" }];
    expect(dueOf(events, "amendment_comments")).toEqual(["2027-06-15"]);
    expect(dueOf(events, "amended_plan_final")).toEqual(["2027-07-27"]);
  });

  it("sets the phase transfer date before 15 February, or before 31 March for post-16", () => {
    expect(dueOf([{ type: "phase_transfer", date: "2027-09-01", transfer: "school" }], "phase_transfer_plan")).toEqual(["2027-02-14"]);
    expect(dueOf([{ type: "phase_transfer", date: "2027-09-01", transfer: "post16" }], "phase_transfer_plan")).toEqual(["2027-03-30"]);
  });

  it("counts 15 working days beginning with the day a council learns of a move", () => {
    expect(dueOf([{ type: "plan_transfer_notified", date: "2026-11-02" }], "plan_transfer")).toEqual(["2026-11-20"]);
  });

  it("counts a mediation certificate's 3 working days past New Year's Day 2029, after the old list ended (R-APP-MEDIATION-TIMES)", () => {
    expect(dueOf([{ type: "mediation_declined", date: "2028-12-27" }], "mediation_certificate")).toEqual(["2029-01-02"]);
    const [deadline] = computeDeadlines({ events: [{ type: "mediation_declined", date: "2028-12-27" }], today: "2028-12-28" }).deadlines;
    expect(deadline?.notes).toEqual([]);
  });

  it("skips Christmas Day and the substitute Boxing Day for a mediation certificate", () => {
    expect(dueOf([{ type: "mediation_declined", date: "2026-12-23" }], "mediation_certificate")).toEqual(["2026-12-30"]);
  });
});

describe("more worked examples, computed by hand from the reference (sections 10 and 11)", () => {
  // 11.2: weeks are counted straight through; 17 Jul 2026 + 42 days runs through the summer holiday.
  it("counts 6 weeks straight through the summer holiday for a request received on Fri 17 Jul 2026", () => {
    expect(dueOf([{ type: "ehcna_request_received", date: "2026-07-17" }], "ehcna_decision")).toEqual(["2026-08-28"]);
  });

  // 11.2: 20 Jan 2028 + 42 days; February 2028 has 29 days.
  it("counts 29 February in a leap year for a request received on 20 Jan 2028", () => {
    expect(dueOf([{ type: "ehcna_request_received", date: "2028-01-20" }], "ehcna_decision")).toEqual(["2028-03-02"]);
  });

  // 11.4: the same day number 2 months later, or the month's last day.
  it("ends a 2-month appeal window from 31 Jan 2027 on 31 Mar 2027", () => {
    expect(dueOf([{ type: "ehcna_refused", date: "2027-01-31" }], "appeal")).toEqual(["2027-03-31"]);
  });

  it("ends a 1-month window from a certificate issued on 31 Jan 2027 on 28 Feb 2027, and on 29 Feb in 2028", () => {
    expect(dueOf([{ type: "mediation_certificate_issued", date: "2027-01-31" }], "appeal")).toEqual(["2027-02-28"]);
    expect(dueOf([{ type: "mediation_certificate_issued", date: "2028-01-31" }], "appeal")).toEqual(["2028-02-29"]);
  });

  // 11.4 and rule 20(1)(c): the later of the two dates, even when the first has already passed.
  it("moves the appeal date when the certificate arrives after the 2-month window has closed", () => {
    const events = [
      { type: "ehcna_refused", date: "2026-08-31" },
      { type: "mediation_certificate_issued", date: "2026-11-05" },
    ];
    const appeals = computeDeadlines({ events, today: "2026-11-06" }).deadlines.filter((deadline) => deadline.key === "appeal");
    expect(appeals.map((deadline) => [deadline.due, deadline.status])).toEqual([["2026-12-05", "upcoming"]]);
  });

  it("starts an appeal window from a certificate when no decision letter is recorded", () => {
    expect(dueOf([{ type: "mediation_certificate_issued", date: "2026-10-15" }], "appeal")).toEqual(["2026-11-15"]);
  });

  // 11.5: 12 months starting with 29 Feb 2028 end on the last day of February 2029.
  it("ends the annual review period for a plan made on 29 Feb 2028 on 28 Feb 2029", () => {
    expect(dueOf([{ type: "final_plan_issued", date: "2028-02-29" }], "annual_review")).toEqual(["2029-02-28"]);
  });

  it("opens a 2-month appeal window from the final plan as well as the annual review", () => {
    expect(dueOf([{ type: "final_plan_issued", date: "2026-03-10" }], "appeal")).toEqual(["2026-05-10"]);
  });

  // Section 11 worked example: review meeting 5 May 2027, decision 2 Jun 2027 with proposed
  // amendments, final amended plan at the latest 8 weeks later: 28 Jul 2027.
  it("gives the final amended plan 12 weeks after a review meeting when the council proposes changes on the last day", () => {
    const events = [
      { type: "annual_review_meeting", date: "2027-05-05" },
      { type: "amendment_notice_issued", date: "2027-06-02" },
    ];
    const deadlines = computeDeadlines({ events, today: "2027-06-03" }).deadlines;
    expect(deadlines.find((deadline) => deadline.key === "annual_review_decision")).toMatchObject({ due: "2027-06-02", status: "met" });
    expect(deadlines.find((deadline) => deadline.key === "amended_plan_final")?.due).toBe("2027-07-28");
  });

  // 11.7 and R-AR-PHASE: before 15 February (school) or 31 March (post-16) in the year of the move;
  // a move between post-16 places at another time: 5 months before.
  it("uses the calendar year of the move for a phase transfer in January", () => {
    expect(dueOf([{ type: "phase_transfer", date: "2028-01-04", transfer: "school" }], "phase_transfer_plan")).toEqual(["2028-02-14"]);
  });

  it("counts 5 months back for a move between post-16 places", () => {
    expect(dueOf([{ type: "phase_transfer", date: "2027-01-10", transfer: "post16_move" }], "phase_transfer_plan")).toEqual(["2026-08-10"]);
  });

  it("reports a phase transfer with no kind of transfer as a problem", () => {
    expect(computeDeadlines({ events: [{ type: "phase_transfer", date: "2027-09-01" }], today: "2027-01-01" }).problems).toHaveLength(1);
  });

  it("marks the final plan met when ehcp_final_issued is recorded", () => {
    const events = [
      { type: "ehcna_request_received", date: "2026-09-14" },
      { type: "ehcp_final_issued", date: "2027-01-20" },
    ];
    expect(computeDeadlines({ events, today: "2027-03-01" }).deadlines.find((deadline) => deadline.key === "ehcp_final")?.status).toBe("met");
  });

  // 11.9: a date on a weekend does not move, but the parent is told.
  it("keeps a date that falls on a Saturday and says so", () => {
    const [deadline] = computeDeadlines({ events: [{ type: "ehcna_request_received", date: "2026-09-19" }], today: "2026-09-20" }).deadlines;
    expect(deadline?.due).toBe("2026-10-31");
    expect(deadline?.notes.join(" ")).toMatch(/weekend or bank holiday/);
  });
});

describe("the law corrected (issue 19)", () => {
  it("gives the council 15 calendar days to decide on a reassessment (SEND Regs 2014 reg 25(1), R-AR-REASSESS)", () => {
    // D-REASSESS-DECIDE: counted from the day the council received the request, day 0.
    expect(dueOf([{ type: "reassessment_requested", date: "2026-09-14" }], "reassessment_decision")).toEqual(["2026-09-29"]);
    // Weekends and the Christmas holidays are counted: 20 Dec 2026 + 15 days.
    expect(dueOf([{ type: "reassessment_requested", date: "2026-12-20" }], "reassessment_decision")).toEqual(["2027-01-04"]);
    const [deadline] = computeDeadlines({ events: [{ type: "reassessment_requested", date: "2026-09-14" }], today: "2026-09-15" }).deadlines;
    expect(deadline?.explanation).toContain("within 15 days of receiving the request");
    expect(deadline?.explanation).not.toMatch(/weeks/);
  });

  it("marks the reassessment decision met by a refusal, which then opens the appeal (reg 25(1), CFA 2014 s.51(2))", () => {
    const { deadlines } = computeDeadlines({
      events: [
        { type: "reassessment_requested", date: "2026-09-14" },
        { type: "reassessment_refused", date: "2026-09-25" },
      ],
      today: "2026-10-01",
    });
    expect(deadlines.find((deadline) => deadline.key === "reassessment_decision")).toMatchObject({ status: "met", metOn: "2026-09-25" });
    expect(deadlines.find((deadline) => deadline.key === "appeal")).toMatchObject({ due: "2026-11-25", fromEvent: "reassessment_refused" });
  });

  it.each([
    ["a refusal to reassess", "reassessment_refused", "2026-08-31", "2026-10-31"],
    ["a decision not to amend after a review", "annual_review_decision_issued", "2027-01-31", "2027-03-31"],
    ["a decision not to amend after proposing changes", "amendment_withdrawn", "2027-12-31", "2028-02-29"],
    ["a decision to cease the plan", "plan_ceased", "2026-03-10", "2026-05-10"],
  ])("starts the 2-month appeal date from %s (CFA 2014 s.51(2), Tribunal Rules r.20(1)(c), R-APP-DEADLINE)", (_what, type, date, due) => {
    expect(dueOf([{ type, date }], "appeal")).toEqual([due]);
  });

  it("moves the appeal on a decision to cease to 1 month after a later mediation certificate (Tribunal Rules r.20(1)(c))", () => {
    const events = [
      { type: "plan_ceased", date: "2026-08-31" },
      { type: "mediation_certificate_issued", date: "2026-10-15" },
    ];
    expect(dueOf(events, "appeal", "2026-10-16")).toEqual(["2026-11-15"]);
  });

  it.each([
    ["ehcna_decision", "regulation 5(4)"],
    ["ehcp_issue_decision", "regulation 10(4)"],
    ["ehcp_final", "regulation 13(3)"],
  ])("notes a claimed exception on the council's %s limit, citing %s of the SEND Regs 2014", (key, regulation) => {
    const events = [
      { type: "ehcna_request_received", date: "2026-09-14" },
      { type: "exception_claimed", date: "2026-09-20", key },
    ];
    const deadlines = computeDeadlines({ events, today: "2026-09-21" }).deadlines;
    const noted = deadlines.filter((deadline) => deadline.notes.some((note) => note.includes("exception")));
    expect(noted.map((deadline) => deadline.key)).toEqual([key]);
    expect(noted[0]?.notes.join(" ")).toContain(regulation);
    expect(noted[0]?.due).toBe(dueOf([{ type: "ehcna_request_received", date: "2026-09-14" }], key)[0]);
  });

  it("never notes an exception on the family's own deadlines: appeal and draft comments (regs 5(4), 10(4), 13(3) excuse only the council)", () => {
    const events = [
      { type: "ehcna_request_received", date: "2026-09-14" },
      { type: "ehcna_refused", date: "2026-10-01" },
      { type: "draft_plan_issued", date: "2026-10-02" },
      { type: "reassessment_requested", date: "2026-10-02" },
      { type: "exception_claimed", date: "2026-10-03" },
    ];
    const deadlines = computeDeadlines({ events, today: "2026-10-04" }).deadlines;
    for (const key of ["appeal", "draft_plan_comments", "reassessment_decision"]) {
      const deadline = deadlines.find((item) => item.key === key);
      expect(deadline, key).toBeDefined();
      expect(deadline?.notes.join(" "), key).not.toMatch(/exception/);
      expect(deadline?.rules, key).not.toContain("R-EHCNA-EXCEPTIONS");
    }
    // An exception claimed for the appeal itself is not noted either.
    const aimed = computeDeadlines({ events: [...events, { type: "exception_claimed", date: "2026-10-03", key: "appeal" }], today: "2026-10-04" }).deadlines;
    expect(aimed.find((item) => item.key === "appeal")?.notes.join(" ")).not.toMatch(/exception/);
  });

  it("wants the review papers 2 weeks before the meeting (SEND Regs 2014 reg 20(3)–(4), D-AR-NOTICE)", () => {
    // Worked example in the reference, section 11: meeting 5 May 2027, papers by 21 Apr 2027.
    expect(dueOf([{ type: "annual_review_meeting", date: "2027-05-05" }], "annual_review_papers")).toEqual(["2027-04-21"]);
    const [papers] = computeDeadlines({ events: [{ type: "annual_review_meeting", date: "2027-05-05" }], today: "2027-04-01" }).deadlines;
    expect(papers).toMatchObject({ key: "annual_review_papers", status: "upcoming", rules: ["R-AR-NOTICE", "R-AR-MEETING"] });
    expect(papers?.explanation).toContain("at least 2 weeks before the meeting");
  });

  it("meets the review papers deadline by papers received before the meeting, late after 21 Apr (reg 20(4))", () => {
    const papers = (received: string) =>
      computeDeadlines({
        events: [
          { type: "annual_review_papers_received", date: received },
          { type: "annual_review_meeting", date: "2027-05-05" },
        ],
        today: "2027-05-06",
      }).deadlines.find((deadline) => deadline.key === "annual_review_papers");
    expect(papers("2027-04-20")).toMatchObject({ status: "met", isMetLate: false });
    expect(papers("2027-04-28")).toMatchObject({ status: "met", isMetLate: true });
  });

  it("does not count last year's papers for this year's meeting (reg 20(4))", () => {
    const deadlines = computeDeadlines({
      events: [
        { type: "annual_review_papers_received", date: "2026-04-20" },
        { type: "annual_review_meeting", date: "2026-05-05" },
        { type: "annual_review_meeting", date: "2027-05-05" },
      ],
      today: "2027-04-22",
    }).deadlines.filter((deadline) => deadline.key === "annual_review_papers");
    expect(deadlines.map((deadline) => deadline.status)).toEqual(["met", "overdue"]);
  });

  it("meets the phase transfer date by a plan issued before the move (SEND Regs 2014 reg 18(1))", () => {
    const events = [
      { type: "phase_transfer_plan_issued", date: "2027-02-10" },
      { type: "phase_transfer", date: "2027-09-01", transfer: "school" },
    ];
    const deadline = computeDeadlines({ events, today: "2027-03-01" }).deadlines.find((item) => item.key === "phase_transfer_plan");
    expect(deadline).toMatchObject({ due: "2027-02-14", status: "met", isMetLate: false });
  });

  it("warns when 15 February falls after a January move (SEND Regs 2014 reg 18(1), R-AR-PHASE)", () => {
    const [january] = computeDeadlines({ events: [{ type: "phase_transfer", date: "2028-01-04", transfer: "school" }], today: "2027-11-01" }).deadlines;
    expect(january?.due).toBe("2028-02-14");
    expect(january?.notes.join(" ")).toMatch(/moves on 4 January 2028, before the fixed date .* comes after the move itself/);
    const [september] = computeDeadlines({ events: [{ type: "phase_transfer", date: "2027-09-01", transfer: "school" }], today: "2026-11-01" }).deadlines;
    expect(september?.notes.join(" ")).not.toMatch(/after the move/);
  });
});

describe("every event type the issue lists", () => {
  const cases: [StatutoryEventInput, string[]][] = [
    [{ type: "ehcna_request_received", date: "2026-09-14" }, ["ehcna_decision", "ehcp_issue_decision", "ehcp_final"]],
    [{ type: "ehcna_refused", date: "2026-09-14" }, ["appeal"]],
    [{ type: "ehcp_refused", date: "2026-09-14" }, ["appeal"]],
    [{ type: "mediation_certificate_issued", date: "2026-09-14" }, ["appeal"]],
    [{ type: "draft_plan_issued", date: "2026-09-14" }, ["draft_plan_comments"]],
    [{ type: "final_plan_issued", date: "2026-09-14" }, ["appeal", "annual_review"]],
    [{ type: "annual_review_meeting", date: "2026-09-14" }, ["annual_review_papers", "annual_review_report", "annual_review_decision"]],
    [{ type: "reassessment_requested", date: "2026-09-14" }, ["reassessment_decision"]],
    [{ type: "reassessment_refused", date: "2026-09-14" }, ["appeal"]],
    [{ type: "amendment_withdrawn", date: "2026-09-14" }, ["appeal"]],
    [{ type: "annual_review_decision_issued", date: "2026-09-14" }, ["annual_review", "appeal"]],
    [{ type: "plan_ceased", date: "2026-09-14" }, ["appeal"]],
    [{ type: "amendment_notice_issued", date: "2026-09-14" }, ["amendment_comments", "amended_plan_final"]],
    [{ type: "phase_transfer", date: "2027-09-01", transfer: "school" }, ["phase_transfer_plan"]],
    [{ type: "phase_transfer", date: "2027-09-01", transfer: "post16" }, ["phase_transfer_plan"]],
  ];
  for (const [event, keys] of cases) {
    it(`${event.type}${event.transfer ? ` (${event.transfer})` : ""} starts ${keys.join(", ")}, each citing catalogue rules`, () => {
      const { deadlines, problems } = computeDeadlines({ events: [event], today: "2026-09-15" });
      expect(problems).toEqual([]);
      expect(deadlines.map((deadline) => deadline.key).sort()).toEqual([...keys].sort());
      for (const deadline of deadlines) {
        expect(deadline.rules.length).toBeGreaterThan(0);
        for (const id of [...deadline.rules, ...deadline.ifMissedRules]) expect(LAW_CATALOGUE.some((rule) => rule.id === id), id).toBe(true);
        expect(deadline.explanation).toContain("by ");
      }
    });
  }
});

describe("statuses", () => {
  const events = [{ type: "ehcna_request_received", date: "2026-09-14" }];
  const statusOn = (today: string, extra: StatutoryEventInput[] = []) =>
    computeDeadlines({ events: [...events, ...extra], today }).deadlines.find((deadline) => deadline.key === "ehcna_decision")?.status;

  it("is upcoming more than two weeks ahead", () => expect(statusOn("2026-09-20")).toBe("upcoming"));
  it("is due soon within two weeks", () => expect(statusOn("2026-10-20")).toBe("due_soon"));
  it("is overdue the day after", () => expect(statusOn("2026-10-27")).toBe("overdue"));
  it("is met once the decision is recorded", () => expect(statusOn("2026-10-27", [{ type: "ehcna_decision_made", date: "2026-10-20" }])).toBe("met"));

  it("records a deadline met after its date as met late", () => {
    const deadline = computeDeadlines({ events: [...events, { type: "ehcna_decision_made", date: "2026-11-02" }], today: "2026-12-01" }).deadlines[0];
    expect(deadline?.isMetLate).toBe(true);
  });

  it("drops the plan deadlines after a refusal to assess", () => {
    const keys = computeDeadlines({ events: [...events, { type: "ehcna_refused", date: "2026-10-20" }], today: "2026-10-21" }).deadlines.map((deadline) => deadline.key);
    expect(keys).toEqual(["ehcna_decision", "appeal"]);
  });
});

describe("problems with the input", () => {
  it("reports an unknown event type and still computes the rest", () => {
    const result = computeDeadlines({ events: [{ type: "made_up", date: "2026-01-01" }, { type: "draft_plan_issued", date: "2027-03-03" }], today: "2027-03-04" });
    expect(result.problems).toEqual([{ eventIndex: 0, message: 'unknown event type "made_up"' }]);
    expect(result.deadlines.map((deadline) => deadline.key)).toEqual(["draft_plan_comments"]);
  });

  it("reports a date that is not a real date", () => {
    expect(computeDeadlines({ events: [{ type: "draft_plan_issued", date: "2027-02-30" }], today: "2027-03-04" }).problems).toHaveLength(1);
  });
});

describe("law versions", () => {
  it("computes each deadline under the rule in force on the day of its event", () => {
    const current = LAW_CATALOGUE.find((rule) => rule.id === "R-EHCNA-DECIDE") as LawRule;
    const catalogue: LawRule[] = [
      ...LAW_CATALOGUE.filter((rule) => rule.id !== "R-EHCNA-DECIDE"),
      { ...current, inForceTo: "2029-12-31" },
      { ...current, version: 2, inForceFrom: "2030-01-01", periods: { main: { kind: "count", amount: 4, unit: "weeks", counting: "after" } } },
    ];
    const before = computeDeadlines({ events: [{ type: "ehcna_request_received", date: "2029-12-20" }], today: "2029-12-21", catalogue });
    const after = computeDeadlines({ events: [{ type: "ehcna_request_received", date: "2030-01-10" }], today: "2030-01-11", catalogue });
    expect(before.deadlines[0]?.due).toBe("2030-01-31");
    expect(after.deadlines[0]?.due).toBe("2030-02-07");
    expect(after.deadlines[0]?.explanation).toMatch(/4 weeks/);
  });
});

describe("the tribunal's working days (decision 148)", () => {
  it("are never a period of a deadline the engine counts", () => {
    for (const definition of Object.values(DEADLINE_DEFINITIONS)) {
      for (const rule of LAW_CATALOGUE.filter((entry) => entry.id === definition.ruleId)) {
        for (const period of Object.values(rule.periods ?? {})) {
          expect(period.kind === "count" && period.unit === "tribunal_working_days", definition.ruleId).toBe(false);
        }
      }
    }
  });

  it("are refused as a problem, never counted as ordinary working days, should a rule give one", () => {
    const current = LAW_CATALOGUE.find((rule) => rule.id === "R-EHCNA-DECIDE") as LawRule;
    const catalogue: LawRule[] = [
      ...LAW_CATALOGUE.filter((rule) => rule.id !== "R-EHCNA-DECIDE"),
      { ...current, periods: { main: { kind: "count", amount: 30, unit: "tribunal_working_days", counting: "after" } } },
    ];
    const result = computeDeadlines({ events: [{ type: "ehcna_request_received", date: "2027-07-12" }], today: "2027-07-13", catalogue });
    expect(result.deadlines.filter((deadline) => deadline.key === "ehcna_decision")).toEqual([]);
    expect(result.problems).toEqual([{ eventIndex: 0, message: expect.stringMatching(/tribunal's working days/) }]);
  });

  it("make applyPeriod throw rather than count them", () => {
    expect(() => applyPeriod("2027-07-12", { kind: "count", amount: 30, unit: "tribunal_working_days", counting: "after" })).toThrow(/domain\/tribunal/);
  });
});

const eventTypes = [...Object.keys(STARTED_BY), "ehcna_decision_made", "ehcp_final_issued", "appeal_registered", "mediation_certificate_issued", "annual_review_decision_issued"];
const eventArbitrary = fc.record({
  type: fc.constantFrom(...eventTypes),
  date: fc.integer({ min: 0, max: 3000 }).map((offset) => addDays("2019-01-01", offset)),
  transfer: fc.constantFrom("school", "post16", "post16_move"),
});

describe("invariants", () => {
  it("never puts a deadline before the event it is counted from (phase transfers and review papers count back)", () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 12 }), (events) => {
        const { deadlines } = computeDeadlines({ events, today: "2025-01-01" });
        // A phase-transfer date is counted back from the move, within the same calendar year.
        for (const deadline of deadlines) {
          if (deadline.key === "phase_transfer_plan") {
            const isSameYear = deadline.due.slice(0, 4) === deadline.fromDate.slice(0, 4);
            expect(isSameYear || compareDates(deadline.due, deadline.fromDate) < 0).toBe(true);
          } else if (deadline.key === "annual_review_papers") {
            expect(compareDates(deadline.due, deadline.fromDate)).toBeLessThan(0);
          } else expect(compareDates(deadline.due, deadline.fromDate)).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("never moves a deadline that was already met when a later event is added", () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { minLength: 1, maxLength: 12 }), eventArbitrary, fc.integer({ min: 1, max: 400 }), (events, extra, gap) => {
        const latest = events.map((event) => event.date).sort().at(-1) as string;
        const later = { ...extra, date: addDays(latest, gap) };
        const before = computeDeadlines({ events, today: "2035-01-01" }).deadlines.filter((deadline) => deadline.status === "met");
        const after = computeDeadlines({ events: [...events, later], today: "2035-01-01" }).deadlines;
        for (const met of before) {
          expect(after).toContainEqual(expect.objectContaining({ key: met.key, fromDate: met.fromDate, due: met.due, status: "met", metOn: met.metOn }));
        }
      }),
    );
  });

  it("never lands a working-day deadline on a weekend or bank holiday", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3500 }), fc.constantFrom("mediation_declined", "mediation_ended", "plan_transfer_notified"), (offset, type) => {
        const date = addDays("2018-01-01", offset);
        for (const deadline of computeDeadlines({ events: [{ type, date }], today: date }).deadlines) {
          expect(isWeekend(deadline.due)).toBe(false);
          expect(isBankHoliday(deadline.due)).toBe(false);
        }
      }),
    );
  });

  it("keeps one appeal deadline, the later date, when a certificate follows a refusal", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 90 }), (offset, gap) => {
        const refusal = addDays("2019-01-01", offset);
        const certificate = addDays(refusal, gap);
        const appeals = computeDeadlines({
          events: [{ type: "ehcna_refused", date: refusal }, { type: "mediation_certificate_issued", date: certificate }],
          today: refusal,
        }).deadlines.filter((deadline) => deadline.key === "appeal");
        expect(appeals).toHaveLength(1);
        const alone = [...dueOf([{ type: "ehcna_refused", date: refusal }], "appeal"), ...dueOf([{ type: "mediation_certificate_issued", date: certificate }], "appeal")].sort();
        expect(appeals[0]?.due).toBe(alone.at(-1));
      }),
    );
  });
});
