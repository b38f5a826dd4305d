import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { requireCaseAccess } from "~/auth/access.server";
import { checkCase } from "~/domain";
import { planLinesOf, reviewPlan } from "~/domain/plans/review-plan";
import { todayIn } from "~/services/clock.server";
import { listCases } from "./cases.server";
import { getCaseDocument } from "./case-document.server";
import { createChildCase, createParent } from "../../tests/factories";
import { DEMO_ACCOUNT, ensureDemoFamily } from "./demo.server";
import { addDemoSchoolDay, demoAutumnTerm } from "./demo-school-day.server";
import { addDays, isWeekend } from "~/domain";
import { unsafeFindUserByEmail } from "./accounts.server";
import { getDocumentText } from "./documents.server";

useTestDatabase();

describe("the demo family", () => {
  it("has a case whose support record shows what a newcomer should see: real findings", async () => {
    await ensureDemoFamily();
    await ensureDemoFamily(); // a second start adds nothing
    const row = await unsafeFindUserByEmail(DEMO_ACCOUNT.email);
    const parent = { id: row!.id, email: row!.email, name: row!.name, sessionId: "demo-test" };
    const cases = await listCases(parent);
    expect(cases).toHaveLength(1);
    const document = await getCaseDocument(await requireCaseAccess(parent, cases[0]!.id, "read"));
    expect(document.child.yearGroup).toBe("Year 4");
    expect(document.needs).toHaveLength(2);
    expect(document.cycles).toHaveLength(3);
    expect(document.measurements.length).toBeGreaterThanOrEqual(3);
    const codes = checkCase(document, todayIn("Europe/London")).findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["plan_repeated_unchanged", "little_progress", "delivery_below_plan", "provision_vague"]));
  });

  it("has documents with their text, a report's recommendations, meetings, correspondence and letters", async () => {
    // Late November: every dated record of the demo's autumn term has happened.
    await ensureDemoFamily("2026-11-23");
    const row = await unsafeFindUserByEmail(DEMO_ACCOUNT.email);
    const parent = { id: row!.id, email: row!.email, name: row!.name, sessionId: "demo-test" };
    const [demoCase] = await listCases(parent);
    const access = await requireCaseAccess(parent, demoCase!.id, "read");
    const document = await getCaseDocument(access);

    expect(document.documents.map((d) => d.mediaType).sort()).toEqual(["application/pdf", "application/pdf", "application/pdf", "message/rfc822", "message/rfc822"]);
    const texts = await Promise.all(document.documents.map((d) => getDocumentText(access, d.id)));
    expect(texts.every((t) => (t?.text ?? "").length > 100)).toBe(true);
    expect(document.cycles.at(-1)!.documentIds).toHaveLength(1);
    const [report] = document.reports;
    expect(report!.recommendations.length).toBeGreaterThanOrEqual(5);
    expect(report!.recommendations[0]!.provisionIds).toHaveLength(1);
    expect(document.meetings.flatMap((m) => m.actions)).toHaveLength(2);
    expect(document.correspondence.filter((c) => c.direction === "sent" && c.repliedOn === null)).toHaveLength(1);
    const codes = checkCase(document, "2026-11-23").findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["recommendation_not_in_plan", "actions_overdue"]));
  });

  it("has asked for an assessment and has a draft plan to review, read from its PDF", async () => {
    await ensureDemoFamily("2026-11-23");
    const row = await unsafeFindUserByEmail(DEMO_ACCOUNT.email);
    const parent = { id: row!.id, email: row!.email, name: row!.name, sessionId: "demo-test" };
    const [demoCase] = await listCases(parent);
    const document = await getCaseDocument(await requireCaseAccess(parent, demoCase!.id, "read"));
    expect(document.statutoryEvents.map((e) => e.type)).toEqual(["ehcna_request_received", "ehcna_agreed", "ehcp_agreed", "draft_plan_issued"]);
    const [plan] = document.ehcPlans;
    expect(plan).toMatchObject({ stage: "draft", issuedOn: document.statutoryEvents.at(-1)!.date });
    const review = reviewPlan(planLinesOf(plan!), document.reports);
    expect(review.provision).toHaveLength(5);
    expect(review.vagueCount).toBe(4);
    expect(review.gaps).toEqual([{ area: "communication_interaction", missing: ["outcome", "provision"] }]);
    expect(review.recommendations.missing.map((r) => r.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Precision teaching/)]));
    expect(document.familyPriorities).toHaveLength(2);
  });

  it("has an autumn term with its half-term, a part-time timetable past its review, being sent home at lunch and a suspension with no written notice", async () => {
    await ensureDemoFamily("2026-11-23");
    const row = await unsafeFindUserByEmail(DEMO_ACCOUNT.email);
    const parent = { id: row!.id, email: row!.email, name: row!.name, sessionId: "demo-test" };
    const [demoCase] = await listCases(parent);
    const document = await getCaseDocument(await requireCaseAccess(parent, demoCase!.id, "read"));
    // The demo is made once per database, on the first test's day: its school year is the term's.
    const year = Number(document.schoolTerms[0]!.start.slice(0, 4));
    const term = demoAutumnTerm(year);
    expect(document.schoolTerms).toEqual([
      expect.objectContaining({ kind: "term", label: `Autumn term ${year}`, start: term.start, end: term.end }),
      expect.objectContaining({ kind: "closure", label: "Half-term", start: term.halfTerm, end: addDays(term.halfTerm, 4) }),
    ]);
    if (year === 2026) expect(term).toEqual({ start: "2026-09-03", end: "2026-12-18", halfTerm: "2026-10-26" });
    const byKind = new Map(document.schoolDay.map((record) => [record.kind, record]));
    expect(document.schoolDay.map((record) => record.kind)).toEqual(["suspension", "informal_exclusion", "part_time_timetable"]);
    const timetable = byKind.get("part_time_timetable")!;
    expect(timetable).toMatchObject({ sessionsPerWeek: 6, endDate: null, agreedBy: expect.stringMatching(/the head/) });
    expect(timetable.reviewDate! < byKind.get("suspension")!.date).toBe(true);
    expect(byKind.get("informal_exclusion")).toMatchObject({ sessions: 1, firstSession: "afternoon", time: "12:15", schoolSaid: expect.stringMatching(/collected him/) });
    const suspension = byKind.get("suspension")!;
    expect(suspension).toMatchObject({ endDate: addDays(suspension.date, 2), sessions: 6, noticeReceivedOn: null });
    // Every record falls on a weekday of the term, outside half-term.
    for (const record of document.schoolDay) {
      expect(record.date >= term.start && record.date <= term.end, record.kind).toBe(true);
      expect(record.date >= term.halfTerm && record.date <= addDays(term.halfTerm, 4), record.kind).toBe(false);
      expect(isWeekend(record.date), record.kind).toBe(false);
    }
  });

  it("records only the school day that has happened by the day the demo is made, in that school year", async () => {
    const owner = await createParent();
    const access = await requireCaseAccess(owner, await createChildCase(owner), "own");
    await addDemoSchoolDay(access, "2027-10-01");
    const document = await getCaseDocument(access);
    expect(document.schoolDay.map((record) => [record.kind, record.date])).toEqual([
      ["informal_exclusion", "2027-09-29"],
      ["part_time_timetable", "2027-09-13"],
    ]);
    expect(document.schoolTerms.map((term) => [term.label, term.start, term.end])).toEqual([
      ["Autumn term 2027", "2027-09-03", "2027-12-17"],
      ["Half-term", "2027-10-25", "2027-10-29"],
    ]);
  });
});
