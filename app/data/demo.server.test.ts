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
import { countDocumentPages, readAppealBundle } from "~/services/tribunal-bundle/build-bundle.server";
import { viewBundle } from "~/domain/tribunal/bundle-view";
import { buildAppealWorkspace } from "~/domain/tribunal/workspace";
import { demoAppealDates } from "./demo-appeal-documents.server";

useTestDatabase();

describe("the demo family", () => {
  it("has a case whose support record shows what a newcomer should see: real findings", async () => {
    await ensureDemoFamily();
    await ensureDemoFamily(); // a second start adds nothing
    const row = await unsafeFindUserByEmail(DEMO_ACCOUNT.email);
    const parent = { id: row!.id, email: row!.email, name: row!.name, sessionId: "demo-test" };
    const cases = await listCases(parent);
    // Sam first: the list is in name order, and the pages a newcomer (and the scans) open first are his.
    expect(cases.map((c) => c.childName)).toEqual(["Sam Morgan", "Tess Morgan"]);
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

  it("has Sam's older sister, whose appeal against a refusal to assess is registered, with its evidence near the page limit", async () => {
    const today = "2026-11-23";
    await ensureDemoFamily(today);
    const row = await unsafeFindUserByEmail(DEMO_ACCOUNT.email);
    const parent = { id: row!.id, email: row!.email, name: row!.name, sessionId: "demo-test" };
    const [, sister] = await listCases(parent);
    expect(sister).toMatchObject({ childName: "Tess Morgan", yearGroup: "Year 8", school: "Hollins Park Academy", level: "own" });
    const access = await requireCaseAccess(parent, sister!.id, "read");
    const document = await getCaseDocument(access);
    // Dates follow the day the demo was made in this database: the first test's (today), or this one's when run alone.
    const made = [todayIn("Europe/London"), today].map(demoAppealDates).find((dates) => dates.registered === document.appeals[0]?.registeredOn)!;
    expect(made).toBeDefined();
    expect(document.needs.map((need) => need.area).sort()).toEqual(["communication_interaction", "semh"]);
    expect(document.statutoryEvents.map((e) => [e.type, e.date])).toEqual([
      ["ehcna_request_received", made.requested],
      ["ehcna_refused", made.refused],
      ["mediation_requested", made.mediationRequested],
      ["mediation_held", made.mediation],
      ["mediation_certificate_issued", made.certificate],
      ["appeal_lodged", made.sent],
    ]);
    const [appeal] = document.appeals;
    expect(appeal).toMatchObject({ appealType: "refusal_to_assess", status: "registered", mediation: "certificate_after_mediation", mediationCertificateOn: made.certificate, submittedOn: made.sent, registeredOn: made.registered });
    expect(appeal!.dates.map((date) => date.kind)).toEqual(["la_response", "final_evidence", "attendance_forms", "hearing"]);

    // Every document in the bundle, counted the way a parent's upload is counted, has the pages it was filed with.
    const found = (await readAppealBundle(access, appeal!.id))!;
    for (const item of found.appeal.bundleItems) expect(await countDocumentPages(access, item.documentId)).toMatchObject({ ok: true, pages: item.pages });
    const view = viewBundle({ appeal: found.appeal, documents: found.documents, today });
    expect(view.sections.map((section) => [section.letter, section.pages])).toEqual([["A", 8], ["B", 2], ["C", 24], ["D", 40], ["E", 6]]);
    expect(view.budget).toMatchObject({ limit: 75, pagesUsed: 70, pagesLeft: 5, level: "near_limit", action: { form: "SEND7" } });
    const rows = view.sections.flatMap((section) => section.rows).filter((r) => r.kind === "document");
    const ep = rows.find((r) => r.title === "Independent educational psychology report")!;
    expect(ep.checks.map((check) => check.isMet)).toEqual([true, true, true]);
    expect(ep.checks[0]!.text).toBe("A summary of 2 pages at the start: within the limit of 2 pages.");
    const salt = rows.find((r) => r.title === "Speech and language therapy report (Year 4)")!;
    expect(salt.checks.map((check) => [check.check, check.isMet])).toEqual([["report_summary", true], ["report_length", true], ["report_age", false]]);
    expect(salt.checks[2]!.text).toMatch(/^Dated .*: more than 3 years old at the hearing on .*\. A report this old is used only in exceptional circumstances: ask the professional for an update\.$/);

    // The statement's first paragraphs point at documents in the bundle.
    expect(appeal!.statementParagraphs).toHaveLength(4);
    const inBundle = new Set(found.appeal.bundleItems.map((item) => item.documentId));
    expect(appeal!.statementParagraphs.flatMap((p) => p.exhibitDocumentIds).every((id) => inBundle.has(id))).toBe(true);

    const workspace = buildAppealWorkspace({ appeal: appeal!, events: document.statutoryEvents.map(({ id, type, date }) => ({ id, type, date })), appeals: document.appeals, today });
    expect(workspace.next).toMatchObject({ title: "Council's response due", date: made.laResponse, whose: "council" });
  });
});
