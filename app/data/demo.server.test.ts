import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { requireCaseAccess } from "~/auth/access.server";
import { checkCase } from "~/domain";
import { planLinesOf, reviewPlan } from "~/domain/plans/review-plan";
import { todayIn } from "~/services/clock.server";
import { listCases } from "./cases.server";
import { getCaseDocument } from "./case-document.server";
import { DEMO_ACCOUNT, ensureDemoFamily } from "./demo.server";
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
});
