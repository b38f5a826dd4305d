import { describe, expect, it } from "vitest";
import { buildAppealCase } from "./appeal.fixture";
import { listAppealDates, listDatesOfAppeal, listMissedOrderDates } from "./appeal-dates";

const ORDER_TO_ASSESS = { id: "o1", kind: "assess", madeOn: "2027-01-15" } as const;

describe("an appeal's dates", () => {
  it("lists the directions' dates while the appeal is open: whose each is, its rule, and a stable key", () => {
    const items = listAppealDates(buildAppealCase(), "2026-12-01");
    expect(items.map((item) => [item.key, item.date, item.whose, item.kind, item.status])).toEqual([
      ["appeal:a1:la_response:d1", "2026-11-30", "council", "deadline", "passed"],
      ["appeal:a1:final_evidence:d2", "2027-01-15", "family", "deadline", "open"],
      ["appeal:a1:attendance_forms:d3", "2027-01-29", "family", "deadline", "open"],
      ["appeal:a1:hearing:d4", "2027-02-26", "tribunal", "deadline", "open"],
    ]);
    const evidence = items[1]!;
    expect(evidence).toMatchObject({ deadlineId: "D-TRIB-EVIDENCE", ruleId: "R-TRIB-BUNDLE-WHO", ruleStatus: "unverified", label: "Final evidence due", timing: "by" });
    expect(evidence.whatToDo).toContain("Send your evidence to the tribunal and the council by Friday 15 January 2027");
    expect(items[3]).toMatchObject({ timing: "on", ruleId: "R-TRIB-REGISTER", label: "Tribunal hearing" });
    // Nothing records what the council or the tribunal did, so none of these is ever called missed.
    expect(items.every((item) => !item.canBeMissed)).toBe(true);
  });

  it("counts the family's evidence as done once the bundle is marked as sent", () => {
    const [evidence] = listAppealDates(buildAppealCase({ bundleFixedOn: "2027-01-10" }), "2027-01-20").filter((item) => item.step === "final_evidence");
    expect(evidence).toMatchObject({ status: "met", metOn: "2027-01-10" });
  });

  it("names a date the parent called \"other\" by the name they gave it", () => {
    const items = listAppealDates(buildAppealCase({ dates: [{ id: "x", kind: "other", date: "2027-01-04", label: "Send the school's views" }] }), "2026-12-01");
    expect(items[0]).toMatchObject({ key: "appeal:a1:other:x", label: "Send the school's views", whose: "tribunal" });
  });

  it("drops the directions' dates of an appeal withdrawn, conceded or decided", () => {
    expect(listAppealDates(buildAppealCase({ status: "withdrawn" }), "2026-12-01")).toEqual([]);
    expect(listAppealDates(buildAppealCase({ status: "conceded" }), "2026-12-01")).toEqual([]);
    expect(listAppealDates(buildAppealCase({ order: ORDER_TO_ASSESS }), "2027-01-20").filter((item) => item.source === "directions")).toEqual([]);
  });

  it("gives the council's dates after an order to assess (worked example 3), and the family's ways to challenge", () => {
    const items = listAppealDates(buildAppealCase({ status: "decided", order: ORDER_TO_ASSESS }), "2027-01-20");
    expect(items.map((item) => [item.key, item.date, item.kind, item.whose])).toEqual([
      ["appeal:a1:D-ORDER-ASSESS:say_it_will_assess", "2027-01-29", "deadline", "council"],
      ["appeal:a1:D-TRIB-PTA", "2027-02-12", "aim_for", "family"],
      ["appeal:a1:D-TRIB-REVIEW-SEN", "2027-02-12", "aim_for", "family"],
      ["appeal:a1:D-TRIB-SET-ASIDE", "2027-02-12", "aim_for", "family"],
      ["appeal:a1:D-ORDER-ASSESS-NOPLAN:say_no_plan_needed", "2027-03-26", "deadline", "council"],
      ["appeal:a1:D-ORDER-ASSESS-PLAN:issue_final_plan", "2027-04-23", "deadline", "council"],
    ]);
    const noPlan = items[4]!;
    // Good Friday: the date does not move, and the list says so.
    expect(noPlan).toMatchObject({ fallsOn: "bank_holiday", label: "The council says no plan is needed (or issue the final EHC plan)", ruleId: "R-TRIB-COMPLY", ruleStatus: "partly_verified" });
    expect(items[0]!.whatToDo).toContain("The tribunal's order of 15 January 2027 (assess) means the council must tell you it will assess your child's needs by Friday 29 January 2027 (R-TRIB-COMPLY, partly checked against the law)");
    expect(items[0]!.whatToDo).toContain("Director of Children's Services");
    expect(items[1]!.whatToDo).toContain("not legal advice");
  });

  it("counts a step as done only by a record on or after the order's date; either of two steps meets both", () => {
    const before = { id: "e0", type: "ehcna_agreed", date: "2027-01-10" } as const;
    const agreed = { id: "e1", type: "ehcna_agreed", date: "2027-01-22" } as const;
    const noPlan = { id: "e2", type: "ehcp_refused", date: "2027-03-20" } as const;
    const order = { status: "decided", order: ORDER_TO_ASSESS } as const;
    const onlyBefore = listAppealDates(buildAppealCase(order, [before]), "2027-02-01");
    expect(onlyBefore.find((item) => item.step === "say_it_will_assess")).toMatchObject({ status: "passed", canBeMissed: true });
    const done = listAppealDates(buildAppealCase(order, [agreed, noPlan]), "2027-05-01").filter((item) => item.whose === "council");
    expect(done.map((item) => [item.step, item.status, item.metOn])).toEqual([
      ["say_it_will_assess", "met", "2027-01-22"],
      ["say_no_plan_needed", "met", "2027-03-20"],
      ["issue_final_plan", "met", "2027-03-20"],
    ]);
  });

  it("lists a council date as missed the day after it passes with nothing recorded; never a date to aim for", () => {
    const order = buildAppealCase({ status: "decided", order: ORDER_TO_ASSESS });
    expect(listMissedOrderDates(order, "2027-01-29")).toEqual([]);
    expect(listMissedOrderDates(order, "2027-01-30").map((item) => item.key)).toEqual(["appeal:a1:D-ORDER-ASSESS:say_it_will_assess"]);
    // Reconsidering rests on secondary sources only: a date to aim for, never missed.
    const reconsider = buildAppealCase({ status: "decided", order: { id: "o1", kind: "reconsider", madeOn: "2027-01-15" } });
    expect(listAppealDates(reconsider, "2027-03-01").find((item) => item.step === "reconsider")).toMatchObject({ kind: "aim_for", date: "2027-01-29", status: "passed", canBeMissed: false });
    expect(listMissedOrderDates(reconsider, "2027-03-01")).toEqual([]);
  });

  it("never calls keeping the plan missed: it is from the order's day, and no record shows it", () => {
    const keep = buildAppealCase({ appealType: "cease", status: "decided", order: { id: "o1", kind: "continue", madeOn: "2027-01-15" } });
    const [item] = listAppealDates(keep, "2027-02-01").filter((entry) => entry.whose === "council");
    expect(item).toMatchObject({ timing: "immediately", date: "2027-01-15", canBeMissed: false, label: "The council keeps the plan" });
    expect(item!.whatToDo).toContain("must keep the plan straight away");
  });

  it("gives the reg 45 dates when the council conceded, from the day it said so, and no challenge dates", () => {
    const conceded = buildAppealCase({ status: "conceded", order: { id: "o1", kind: "assess", madeOn: "2027-03-01", notOpposedOn: "2027-03-01" } });
    const items = listAppealDates(conceded, "2027-03-02");
    expect(items.map((item) => [item.key, item.date, item.kind])).toEqual([
      ["appeal:a1:D-UNOPPOSED:say_it_will_assess", "2027-03-15", "deadline"],
      ["appeal:a1:D-UNOPPOSED:say_no_plan_needed", "2027-05-10", "deadline"],
      ["appeal:a1:D-UNOPPOSED:issue_final_plan", "2027-06-07", "deadline"],
    ]);
    expect(items[0]!.whatToDo).toContain("The council said on 1 March 2027 that it would not oppose the appeal, so it must tell you it will assess");
    expect(items[0]!.ruleId).toBe("R-TRIB-UNOPPOSED");
    // The reference gives no time for a conceded refusal to make a plan: none is made up.
    const refusalToIssue = buildAppealCase({ appealType: "refusal_to_issue", status: "conceded", order: { id: "o1", kind: "make_plan", madeOn: "2027-03-01", notOpposedOn: "2027-03-01" } });
    expect(listAppealDates(refusalToIssue, "2027-03-02")).toEqual([]);
  });

  it("gives one appeal's own page every date whatever its status, with the directions' records, from the same computation", () => {
    const document = buildAppealCase({ status: "decided", order: ORDER_TO_ASSESS, dates: [{ id: "d4", kind: "hearing", date: "2027-01-08", notes: "Room 2" }] });
    const all = listDatesOfAppeal({ appeal: document.appeals[0]!, statutoryEvents: document.statutoryEvents, today: "2027-01-20" });
    expect(all.find((item) => item.source === "directions")).toMatchObject({ key: "appeal:a1:hearing:d4", recorded: { id: "d4", notes: "Room 2" }, todo: expect.stringContaining("The hearing is on Friday 8 January 2027") });
    // The lists leave the directions out once the tribunal has decided; the rest is the same.
    expect(listAppealDates(document, "2027-01-20")).toEqual(all.filter((item) => item.source !== "directions"));
    // Without the rule's status, which the workspace shows beside it.
    const notice = all.find((item) => item.step === "say_it_will_assess")!;
    expect(notice.todo).not.toContain("R-TRIB-COMPLY");
    expect(notice.whatToDo).toContain("R-TRIB-COMPLY");
  });

  it("never lists the appeal date itself: the deadline engine does", () => {
    const items = listAppealDates(buildAppealCase({ status: "preparing", submittedOn: null, registeredOn: null, dates: [] }), "2026-09-10");
    expect(items).toEqual([]);
  });
});
