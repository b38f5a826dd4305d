import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../calendar/calendar-date";
import { getRule } from "../law/get-rule";
import { LAW_AS_AT } from "../law/catalogue";
import { APPEAL_TYPES, ORDER_KINDS } from "./appeal-types";
import { listChallengeDates, listOrderDeadlines, listUnopposedDeadlines } from "./order-deadlines";

const ORDER = "2027-01-15";

function dueBySteps(kind: Parameters<typeof listOrderDeadlines>[0]["kind"], orderDate = ORDER) {
  return listOrderDeadlines({ kind, orderDate }).map((date) => [date.step, date.due]);
}

describe("worked example 3: a tribunal order made Fri 15 Jan 2027", () => {
  it("wants the amended Sections B/F by Fri 19 Feb 2027 (5 weeks)", () => {
    expect(dueBySteps("amend")).toEqual([["issue_amended_plan", "2027-02-19"]]);
  });

  it("wants Section I only by Fri 29 Jan 2027 (2 weeks)", () => {
    expect(dueBySteps("name_school")).toEqual([["name_school", "2027-01-29"]]);
  });

  it("wants a draft plan by Fri 19 Feb 2027 and the final plan by Fri 2 Apr 2027 (11 weeks)", () => {
    expect(dueBySteps("make_plan")).toEqual([
      ["issue_draft_plan", "2027-02-19"],
      ["issue_final_plan", "2027-04-02"],
    ]);
  });

  it("wants, after an order to assess, the notice by Fri 29 Jan, no plan by Fri 26 Mar or the final plan by Fri 23 Apr 2027", () => {
    const dates = listOrderDeadlines({ kind: "assess", orderDate: ORDER });
    expect(dates.map((date) => [date.id, date.step, date.due, date.orStep])).toEqual([
      ["D-ORDER-ASSESS", "say_it_will_assess", "2027-01-29", null],
      ["D-ORDER-ASSESS-NOPLAN", "say_no_plan_needed", "2027-03-26", "issue_final_plan"],
      ["D-ORDER-ASSESS-PLAN", "issue_final_plan", "2027-04-23", "say_no_plan_needed"],
    ]);
  });

  it("flags the no-plan date, Good Friday 26 Mar 2027, as a bank holiday without moving it", () => {
    const noPlan = listOrderDeadlines({ kind: "assess", orderDate: ORDER }).find((date) => date.id === "D-ORDER-ASSESS-NOPLAN");
    expect(noPlan).toMatchObject({ due: "2027-03-26", target: "2027-03-26", fallsOn: "bank_holiday", fallback: null });
  });

  it("gives permission to appeal within 28 days of the decision being sent: Fri 12 Feb 2027, no holiday adjustment", () => {
    const pta = listChallengeDates({ decisionSentOn: ORDER }).find((date) => date.id === "D-TRIB-PTA");
    expect(pta).toMatchObject({ due: "2027-02-12", target: "2027-02-12", fallback: null, fallsOn: null, countedFrom: ORDER });
  });
});

describe("the council's dates after an order (reg 44)", () => {
  it("counts from the date on the order as day 0, with the rule's status and question 4", () => {
    const [amend] = listOrderDeadlines({ kind: "amend", orderDate: ORDER });
    expect(amend).toMatchObject({
      whose: "council",
      countedFrom: ORDER,
      timing: "by",
      period: { kind: "count", amount: 5, unit: "weeks", counting: "after" },
      ruleId: "R-TRIB-COMPLY",
      ruleStatus: "partly_verified",
      lengthStatus: "partly_verified",
      openQuestion: 4,
      standing: "deadline",
    });
  });

  it("wants the plan kept straight away, from the date of the order", () => {
    expect(listOrderDeadlines({ kind: "continue", orderDate: ORDER })).toEqual([
      expect.objectContaining({ id: "D-ORDER-CONTINUE", step: "keep_plan", timing: "immediately", due: ORDER, period: null }),
    ]);
    expect(listOrderDeadlines({ kind: "cease_dismissed", orderDate: ORDER })).toEqual([
      expect.objectContaining({ id: "D-ORDER-CONTINUE", step: "cease_plan", timing: "immediately", due: ORDER }),
    ]);
  });

  it("keeps and changes the plan: kept straight away, changed within 5 weeks (a date to aim for: its length rests on advice charities)", () => {
    const dates = listOrderDeadlines({ kind: "continue_and_amend", orderDate: ORDER });
    expect(dates.map((date) => [date.step, date.due, date.standing])).toEqual([
      ["keep_plan", ORDER, "deadline"],
      ["issue_amended_plan", "2027-02-19", "aim_for"],
    ]);
    expect(dates[1]).toMatchObject({ id: "D-ORDER-AMEND", lengthStatus: "secondary" });
  });

  it("wants a reconsidered decision within 2 weeks, as a date to aim for", () => {
    expect(listOrderDeadlines({ kind: "reconsider", orderDate: ORDER })).toEqual([
      expect.objectContaining({ id: "D-ORDER-RECONSIDER", due: "2027-01-29", lengthStatus: "secondary", standing: "aim_for" }),
    ]);
  });

  it("reads every length from the law catalogue", () => {
    const periods = getRule("R-TRIB-COMPLY", LAW_AS_AT).periods ?? {};
    const [notice, noPlan, plan] = listOrderDeadlines({ kind: "assess", orderDate: ORDER });
    expect([notice?.period, noPlan?.period, plan?.period]).toEqual([periods.assess, periods.assessNoPlan, periods.assessPlan]);
  });

  it("flags a date on a weekend, and a date across New Year in a leap year", () => {
    // Sat 1 Jan 2028 + 2 weeks is Sat 15 Jan 2028.
    expect(listOrderDeadlines({ kind: "name_school", orderDate: "2028-01-01" })[0]).toMatchObject({ due: "2028-01-15", fallsOn: "weekend" });
    // 14 weeks from Fri 24 Dec 2027 runs through 29 Feb 2028 to Fri 31 Mar 2028.
    expect(listOrderDeadlines({ kind: "assess", orderDate: "2027-12-24" }).at(-1)).toMatchObject({ due: "2028-03-31", fallsOn: null });
  });

  it("does not move a date in August: the council's time limits are calendar weeks", () => {
    expect(dueBySteps("amend", "2027-07-20")).toEqual([["issue_amended_plan", "2027-08-24"]]);
  });

  it("gives no date for an order made before reg 44 was in force", () => {
    expect(listOrderDeadlines({ kind: "amend", orderDate: "2014-06-01" })).toEqual([]);
  });

  it("always counts a whole number of weeks from the order and never before it (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ORDER_KINDS), fc.integer({ min: 0, max: 4000 }), (kind, offset) => {
        const orderDate = addDays("2015-01-01", offset);
        for (const date of listOrderDeadlines({ kind, orderDate })) {
          expect(daysBetween(orderDate, date.due) % 7).toBe(0);
          expect(daysBetween(orderDate, date.due)).toBeGreaterThanOrEqual(0);
          expect(date.due).toBe(date.target);
        }
      }),
    );
  });
});

describe("the council's dates after conceding an appeal (reg 45)", () => {
  it("counts a conceded refusal to assess from the day the council said it would not oppose: 2, 10 and 14 weeks", () => {
    const { dates, isCovered } = listUnopposedDeadlines({ appealType: "refusal_to_assess", notOpposedOn: "2027-03-01" });
    expect(isCovered).toBe(true);
    expect(dates.map((date) => [date.step, date.due])).toEqual([
      ["say_it_will_assess", "2027-03-15"],
      ["say_no_plan_needed", "2027-05-10"],
      ["issue_final_plan", "2027-06-07"],
    ]);
    expect(dates[0]).toMatchObject({ id: "D-UNOPPOSED", ruleId: "R-TRIB-UNOPPOSED", ruleStatus: "verified", lengthStatus: "verified", standing: "deadline", openQuestion: null });
  });

  it("wants a changed plan within 5 weeks (not the 4 weeks of the text replaced in 2015), and Section I only within 2", () => {
    expect(listUnopposedDeadlines({ appealType: "sections_b_f", notOpposedOn: "2027-03-01" }).dates.map((date) => date.due)).toEqual(["2027-04-05"]);
    expect(listUnopposedDeadlines({ appealType: "sections_b_f_i", notOpposedOn: "2027-03-01" }).dates.map((date) => date.due)).toEqual(["2027-04-05"]);
    expect(listUnopposedDeadlines({ appealType: "section_i_only", notOpposedOn: "2027-03-01" }).dates.map((date) => [date.step, date.due])).toEqual([["name_school", "2027-03-15"]]);
  });

  it("flags a conceded date on Good Friday without moving it", () => {
    // 2 weeks from Fri 12 Mar 2027 is Good Friday, 26 Mar 2027.
    expect(listUnopposedDeadlines({ appealType: "section_i_only", notOpposedOn: "2027-03-12" }).dates[0]).toMatchObject({ due: "2027-03-26", fallsOn: "bank_holiday" });
  });

  it("says the reference gives no time for a conceded refusal to issue or ending a plan, rather than guessing", () => {
    expect(listUnopposedDeadlines({ appealType: "refusal_to_issue", notOpposedOn: "2027-03-01" })).toEqual({ dates: [], isCovered: false });
    expect(listUnopposedDeadlines({ appealType: "cease", notOpposedOn: "2027-03-01" })).toEqual({ dates: [], isCovered: false });
  });

  it("gives no date for a concession before the 2015 text was in force", () => {
    expect(listUnopposedDeadlines({ appealType: "sections_b_f", notOpposedOn: "2015-02-01" })).toEqual({ dates: [], isCovered: false });
  });

  it("covers every appeal type it has a time for, and only those", () => {
    const covered = APPEAL_TYPES.filter((appealType) => listUnopposedDeadlines({ appealType, notOpposedOn: "2027-03-01" }).isCovered);
    expect(covered).toEqual(["refusal_to_assess", "refusal_to_reassess", "sections_b_f", "section_i_only", "sections_b_f_i"]);
  });
});

describe("the family's time limits after a decision", () => {
  it("lists the review, set-aside and permission dates, 28 days from the decision being sent, each a date to aim for", () => {
    const dates = listChallengeDates({ decisionSentOn: ORDER });
    expect(dates.map((date) => [date.id, date.due, date.standing, date.ruleStatus, date.lengthStatus])).toEqual([
      ["D-TRIB-REVIEW-SEN", "2027-02-12", "aim_for", "unverified", "unverified"],
      ["D-TRIB-SET-ASIDE", "2027-02-12", "aim_for", "unverified", "unverified"],
      ["D-TRIB-PTA", "2027-02-12", "aim_for", "partly_verified", "unverified"],
    ]);
    expect(dates.every((date) => date.whose === "family" && date.openQuestion === 3)).toBe(true);
  });

  it("counts permission from the written reasons or a correction when sent later", () => {
    const dates = listChallengeDates({ decisionSentOn: ORDER, reasonsSentOn: "2027-01-29", correctionSentOn: "2027-01-22" });
    expect(dates.find((date) => date.id === "D-TRIB-PTA")).toMatchObject({ countedFrom: "2027-01-29", due: "2027-02-26" });
    expect(dates.find((date) => date.id === "D-TRIB-REVIEW-SEN")).toMatchObject({ countedFrom: ORDER, due: "2027-02-12" });
  });

  it("adds the Upper Tribunal's dates once the refusals are recorded: 1 month and 14 days, verified deadlines", () => {
    const dates = listChallengeDates({ decisionSentOn: ORDER, tribunalRefusalSentOn: "2027-03-31", upperTribunalRefusalSentOn: "2027-06-01" });
    expect(dates.find((date) => date.id === "D-UT-PTA")).toMatchObject({ due: "2027-04-30", standing: "deadline", lengthStatus: "verified", fallback: null });
    expect(dates.find((date) => date.id === "D-UT-RECONSIDER")).toMatchObject({ due: "2027-06-15", standing: "deadline", openQuestion: null });
  });

  it("ends 1 month from 31 Jan on the last day of February, in a leap year too", () => {
    expect(listChallengeDates({ decisionSentOn: "2028-01-01", tribunalRefusalSentOn: "2028-01-31" }).find((date) => date.id === "D-UT-PTA")?.due).toBe("2028-02-29");
    expect(listChallengeDates({ decisionSentOn: "2027-01-01", tribunalRefusalSentOn: "2027-01-31" }).find((date) => date.id === "D-UT-PTA")?.due).toBe("2027-02-28");
  });

  it("aims before a date in the Christmas closure and gives January as the fallback", () => {
    // 28 days from Mon 30 Nov 2026 is Mon 28 Dec 2026, the substitute Boxing Day holiday.
    const pta = listChallengeDates({ decisionSentOn: "2026-11-30" }).find((date) => date.id === "D-TRIB-PTA");
    expect(pta).toMatchObject({ due: "2026-12-28", target: "2026-12-24", fallsOn: "bank_holiday" });
    expect(pta?.fallback).toMatchObject({ date: "2027-01-04", reason: "christmas", ruleId: "R-TRIB-COUNT" });
  });

  it("gives the holiday rule's September fallback for a date in August, but not for the Upper Tribunal's", () => {
    const dates = listChallengeDates({ decisionSentOn: "2027-07-20", tribunalRefusalSentOn: "2027-07-20" });
    expect(dates.find((date) => date.id === "D-TRIB-PTA")?.fallback).toMatchObject({ date: "2027-09-01", reason: "august" });
    expect(dates.find((date) => date.id === "D-UT-PTA")).toMatchObject({ due: "2027-08-20", fallback: null });
  });
});
