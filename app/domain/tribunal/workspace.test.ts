import { describe, expect, it } from "vitest";
import type { Appeal } from "../case/case-document";
import type { StatutoryEventRow } from "./appeal-events";
import { listDatesOfAppeal } from "../reminders/appeal-dates";
import { buildAppealWorkspace, concededOrderKindOf } from "./workspace";

const REFUSAL: StatutoryEventRow = { id: "e1", type: "ehcna_refused", date: "2026-03-03" };

function appealOf(overrides: Partial<Appeal> = {}): Appeal {
  return {
    id: "a1",
    startedOn: "2026-04-12",
    decisionEventId: "e1",
    appealType: "refusal_to_assess",
    sections: [],
    wantsRecommendations: false,
    mediation: "certificate_after_advice",
    mediationCertificateOn: "2026-04-10",
    submittedOn: null,
    registeredOn: null,
    tribunalReference: null,
    status: "preparing",
    notes: null,
    bundleFixed: null,
    bundleFixedOn: null,
    dates: [],
    bundleItems: [],
    proposals: [],
    statementParagraphs: [],
    documentVersions: [],
    order: null,
    ...overrides,
  };
}

describe("the registration deadline", () => {
  it("runs a month from the certificate when that is later, aimed at the Friday before a Sunday", () => {
    const workspace = buildAppealWorkspace({ appeal: appealOf(), appeals: [], events: [REFUSAL], today: "2026-04-20" });
    expect(workspace.registration).toMatchObject({
      status: "upcoming",
      countedFrom: "Mediation certificate, 10 April 2026",
      date: { date: "2026-05-08", due: "2026-05-10", fallsOn: "weekend", whose: "family", law: { id: "D-TRIB-DEADLINE", ruleId: "R-APP-DEADLINE", standing: "deadline" } },
    });
    expect(workspace.registration?.date.fallback).toMatchObject({ date: "2026-05-11", reason: "non_working_day" });
    expect(workspace.next).toMatchObject({ title: "Send your appeal to the tribunal", date: "2026-05-08" });
  });

  it("runs 2 months from the decision letter without a certificate", () => {
    const workspace = buildAppealWorkspace({ appeal: appealOf({ mediation: "no_certificate_yet", mediationCertificateOn: null }), appeals: [], events: [REFUSAL], today: "2026-03-10" });
    expect(workspace.registration?.date).toMatchObject({ date: "2026-05-01", due: "2026-05-03" });
    expect(workspace.next.title).toBe("Get the mediation certificate");
  });

  it("uses a certificate already on the statutory page, and one another appeal of the case records, as the other pages do", () => {
    const certificate: StatutoryEventRow = { id: "e2", type: "mediation_certificate_issued", date: "2026-04-10" };
    const onPage = buildAppealWorkspace({ appeal: appealOf({ mediation: "no_certificate_yet", mediationCertificateOn: null }), events: [REFUSAL, certificate], appeals: [], today: "2026-04-20" });
    expect(onPage.registration).toMatchObject({ date: { due: "2026-05-10" }, countedFrom: "Mediation certificate, 10 April 2026" });
    const other = appealOf({ id: "a0" });
    const fromOther = buildAppealWorkspace({ appeal: appealOf({ mediation: "no_certificate_yet", mediationCertificateOn: null }), events: [REFUSAL], appeals: [other], today: "2026-04-20" });
    expect(fromOther.registration?.date.due).toBe("2026-05-10");
  });

  it("is met once the appeal is sent, and the next step moves on", () => {
    const workspace = buildAppealWorkspace({ appeal: appealOf({ submittedOn: "2026-05-01" }), appeals: [], events: [REFUSAL], today: "2026-05-04" });
    expect(workspace.registration).toMatchObject({ status: "met", metOn: "2026-05-01" });
    expect(workspace.next.title).toBe("Record the tribunal's dates");
  });

  it("says the date has passed, and what can still be done, when nothing was sent", () => {
    const workspace = buildAppealWorkspace({ appeal: appealOf(), appeals: [], events: [REFUSAL], today: "2026-05-20" });
    expect(workspace.registration?.status).toBe("overdue");
    expect(workspace.next.title).toBe("The date to appeal has passed");
    expect(workspace.next.todo).toMatch(/late/);
  });

  it("has none when the decision's record was removed", () => {
    const workspace = buildAppealWorkspace({ appeal: appealOf({ decisionEventId: null }), appeals: [], events: [REFUSAL], today: "2026-04-20" });
    expect(workspace.registration).toBeNull();
    expect(workspace.decision).toBeNull();
    expect(workspace.checklist[0]?.isReady).toBe(false);
  });
});

describe("the directions' dates", () => {
  const registered = appealOf({
    submittedOn: "2026-05-01",
    registeredOn: "2026-05-12",
    status: "registered",
    dates: [
      { id: "d2", kind: "hearing", date: "2026-09-15", label: null, notes: null },
      { id: "d1", kind: "final_evidence", date: "2026-07-20", label: null, notes: "By email" },
      { id: "d3", kind: "other", date: "2026-06-01", label: "Send the school's records", notes: null },
    ],
  });

  it("lists them in date order, each with whose it is", () => {
    const workspace = buildAppealWorkspace({ appeal: registered, appeals: [], events: [REFUSAL], today: "2026-05-20" });
    expect(workspace.directions.map((date) => [date.title, date.date, date.whose])).toEqual([
      ["Send the school's records", "2026-06-01", "tribunal"],
      ["Final evidence due", "2026-07-20", "family"],
      ["Tribunal hearing", "2026-09-15", "tribunal"],
    ]);
    expect(workspace.directions[1]).toMatchObject({ recordedId: "d1", notes: "By email", law: null });
  });

  it("estimates the council's response 30 tribunal working days after registration while none is recorded", () => {
    const workspace = buildAppealWorkspace({ appeal: registered, appeals: [], events: [REFUSAL], today: "2026-05-20" });
    expect(workspace.councilResponseEstimate).toMatchObject({
      whose: "council",
      isEstimate: true,
      date: "2026-06-24",
      law: { id: "D-TRIB-LA-RESPONSE", ruleId: "R-TRIB-LA-RESPONSE", standing: "aim_for" },
    });
    expect(workspace.next).toMatchObject({ title: "Send the school's records", date: "2026-06-01" });
  });

  it("drops the estimate once the council's date is recorded", () => {
    const appeal = appealOf({ ...registered, dates: [...registered.dates, { id: "d4", kind: "la_response", date: "2026-06-26", label: null, notes: null }] });
    const workspace = buildAppealWorkspace({ appeal, appeals: [], events: [REFUSAL], today: "2026-05-20" });
    expect(workspace.councilResponseEstimate).toBeNull();
    expect(workspace.directions.find((date) => date.recordedId === "d4")?.whose).toBe("council");
  });

  it("marks a date past and picks the next one ahead", () => {
    const workspace = buildAppealWorkspace({ appeal: registered, appeals: [], events: [REFUSAL], today: "2026-07-01" });
    expect(workspace.directions[0]?.isPast).toBe(true);
    expect(workspace.next).toMatchObject({ title: "Final evidence due", whose: "family", date: "2026-07-20" });
  });
});

describe("after the decision", () => {
  it("gives the council's dates after an order to assess, and the family's ways to challenge (worked example 3)", () => {
    const appeal = appealOf({ submittedOn: "2026-05-01", status: "decided", order: { id: "o1", kind: "assess", madeOn: "2027-01-15", notOpposedOn: null, notes: null } });
    const workspace = buildAppealWorkspace({ appeal, appeals: [], events: [REFUSAL], today: "2027-01-18" });
    expect(workspace.order?.councilDates.map((date) => [date.title, date.date, date.law?.ruleId, date.fallsOn])).toEqual([
      ["The council says it will assess", "2027-01-29", "R-TRIB-COMPLY", null],
      ["The council says no plan is needed (or issue the final EHC plan)", "2027-03-26", "R-TRIB-COMPLY", "bank_holiday"],
      ["The council issues the final EHC plan (or tell you no plan is needed)", "2027-04-23", "R-TRIB-COMPLY", null],
    ]);
    expect(workspace.challenges.find((date) => date.law?.id === "D-TRIB-PTA")).toMatchObject({ date: "2027-02-12", whose: "family" });
    expect(workspace.ruleIds).toEqual(expect.arrayContaining(["R-TRIB-COMPLY", "R-TRIB-NONCOMPLY", "R-TRIB-PTA"]));
    expect(workspace.next).toMatchObject({ title: "The council says it will assess", date: "2027-01-29", whose: "council" });
  });

  it("takes each date's title, whose it is, what to do and its date from the lists, so every page words a step once", () => {
    const appeal = appealOf({ submittedOn: "2026-05-01", status: "decided", order: { id: "o1", kind: "assess", madeOn: "2027-01-15", notOpposedOn: null, notes: null } });
    const today = "2027-01-18";
    const workspace = buildAppealWorkspace({ appeal, appeals: [], events: [REFUSAL], today });
    const listed = listDatesOfAppeal({ appeal, statutoryEvents: [REFUSAL], today });
    const shown = [...(workspace.order?.councilDates ?? []), ...workspace.challenges];
    expect(shown.map((date) => [date.key, date.title, date.whose, date.todo, date.date]).sort()).toEqual(listed.map((item) => [item.key, item.label, item.whose, item.todo, item.date]).sort());
    expect(shown.find((date) => date.law?.id === "D-ORDER-ASSESS")?.todo).toBe(
      "The tribunal's order of 15 January 2027 (assess) means the council must tell you it will assess your child's needs by Friday 29 January 2027. Record what the council sends on the statutory page.",
    );
  });

  it("counts a conceded appeal from the day the council said it would not oppose, with nothing to challenge", () => {
    const appeal = appealOf({ status: "conceded", submittedOn: "2026-05-01", order: { id: "o1", kind: "assess", madeOn: "2027-03-01", notOpposedOn: "2027-03-01", notes: null } });
    const workspace = buildAppealWorkspace({ appeal, appeals: [], events: [REFUSAL], today: "2027-03-02" });
    expect(workspace.order).toMatchObject({ isConceded: true, isCovered: true });
    expect(workspace.order?.councilDates.map((date) => [date.date, date.law?.ruleId, date.law?.standing])).toEqual([
      ["2027-03-15", "R-TRIB-UNOPPOSED", "deadline"],
      ["2027-05-10", "R-TRIB-UNOPPOSED", "deadline"],
      ["2027-06-07", "R-TRIB-UNOPPOSED", "deadline"],
    ]);
    expect(workspace.challenges).toEqual([]);
  });

  it("says when the reference gives no time for a conceded appeal", () => {
    const appeal = appealOf({ appealType: "cease", status: "conceded", order: { id: "o1", kind: "continue", madeOn: "2027-03-01", notOpposedOn: "2027-03-01", notes: null } });
    const workspace = buildAppealWorkspace({ appeal, appeals: [], events: [REFUSAL], today: "2027-03-02" });
    expect(workspace.order).toMatchObject({ isCovered: false, councilDates: [] });
  });

  it("asks for the order once the tribunal has decided", () => {
    const workspace = buildAppealWorkspace({ appeal: appealOf({ submittedOn: "2026-05-01", status: "decided" }), appeals: [], events: [REFUSAL], today: "2026-10-01" });
    expect(workspace.next).toMatchObject({ title: "Record the tribunal's order", anchor: "order" });
  });

  it("gives each appeal type the order a concession amounts to", () => {
    expect(concededOrderKindOf("refusal_to_issue")).toBe("make_plan");
    expect(concededOrderKindOf("section_i_only")).toBe("name_school");
    expect(concededOrderKindOf("sections_b_f_i")).toBe("amend");
  });
});

describe("the checklist and the links", () => {
  it("asks a plan appeal for its sections and offers the working document", () => {
    const plan: StatutoryEventRow = { id: "e1", type: "final_plan_issued", date: "2026-03-03" };
    const appeal = appealOf({ appealType: "section_i_only", sections: ["I"], mediation: "not_needed_school_only", mediationCertificateOn: null });
    const workspace = buildAppealWorkspace({ appeal, appeals: [], events: [plan], today: "2026-03-10" });
    expect(workspace.isPlanContent).toBe(true);
    expect(workspace.checklist.map((item) => item.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/does not need one/), expect.stringMatching(/Section I: the school/)]),
    );
  });

  it("has no working document for a refusal to assess", () => {
    expect(buildAppealWorkspace({ appeal: appealOf(), appeals: [], events: [REFUSAL], today: "2026-04-20" }).isPlanContent).toBe(false);
  });
});
