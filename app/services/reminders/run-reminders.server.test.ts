import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createChildCase, createParent } from "../../../tests/factories";
import { useTestDatabase } from "../../../tests/support/db";
import { saveReminderSettings } from "~/data/calendars.server";
import { db } from "~/data/db.server";
import { caseAccess, cycles, meetings, outboxMessages, remindersSent, reviews, statutoryEvents } from "~/data/schema";
import { runReminders } from "./run-reminders.server";
import { createSchoolDayRecord, createSchoolTerm } from "../../../tests/factories/school-day";
import { requireCaseAccess } from "~/auth/access.server";
import { addAppealDate, recordOrder, updateAppeal } from "~/data/appeals.server";
import { createAppeal } from "../../../tests/factories/tribunal";

useTestDatabase();

const TODAY = "2026-03-25";

async function outboxFor(email: string) {
  return db.select().from(outboxMessages).where(eq(outboxMessages.to, email));
}

describe("the reminder job", () => {
  it("emails what is due and what to do, once, however often it runs", async () => {
    const parent = await createParent();
    const caseId = await createChildCase(parent, { childName: "Robin Hale" });
    await db.insert(meetings).values({ caseId, date: "2026-03-30", title: "Review with the SENCO" });

    await runReminders(TODAY);
    await runReminders(TODAY);
    await runReminders("2026-03-26");
    const mail = await outboxFor(parent.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe("Due in 5 days: Review with the SENCO (Robin Hale)");
    expect(mail[0]!.text).toContain("What to do: Open the preparation sheet");
  });

  it("sends each reminder once when two runs go at the same moment (as two app instances would)", async () => {
    const parent = await createParent();
    const caseId = await createChildCase(parent);
    await db.insert(meetings).values([
      { caseId, date: "2026-03-27", title: "First" },
      { caseId, date: "2026-03-28", title: "Second" },
    ]);
    await Promise.all([runReminders(TODAY), runReminders(TODAY), runReminders(TODAY)]);
    expect(await outboxFor(parent.email)).toHaveLength(2);
    expect(await db.select().from(remindersSent).where(eq(remindersSent.caseId, caseId))).toHaveLength(2);
  });

  it("follows each person's choices, and sends nothing for a case they can no longer see", async () => {
    const owner = await createParent();
    const adviser = await createParent();
    const quiet = await createParent();
    const caseId = await createChildCase(owner);
    await createChildCase(quiet);
    await db.insert(caseAccess).values({ caseId, userId: adviser.id, role: "adviser", level: "read", revokedAt: new Date() });
    await db.insert(meetings).values({ caseId, date: "2026-04-10", title: "Far off" });
    await saveReminderSettings(quiet.id, { remindersOn: false, remindDaysBefore: 7 });

    await runReminders(TODAY);
    expect(await outboxFor(owner.email)).toHaveLength(0); // 16 days away, the default is 7
    await saveReminderSettings(owner.id, { remindersOn: true, remindDaysBefore: 20 });
    await runReminders(TODAY);
    expect(await outboxFor(owner.email)).toHaveLength(1);
    expect(await outboxFor(adviser.email)).toHaveLength(0);
    expect(await outboxFor(quiet.email)).toHaveLength(0);
  });

  it("reminds of a review not yet held and a time limit the council must meet, not of a review already held", async () => {
    const parent = await createParent();
    const caseId = await createChildCase(parent, { childName: "Ada Moss" });
    const [due, held] = await db
      .insert(cycles)
      .values([
        { caseId, title: "Spring plan", startDate: "2026-01-05", reviewDate: "2026-03-28" },
        { caseId, title: "Autumn plan", startDate: "2025-09-05", reviewDate: "2026-03-27" },
      ])
      .returning({ id: cycles.id });
    await db.insert(reviews).values({ caseId, cycleId: held!.id, date: "2026-03-20" });
    // The council must decide whether to assess within 6 weeks of the request: due on 30 March.
    await db.insert(statutoryEvents).values({ caseId, type: "ehcna_request_received", date: "2026-02-16" });

    await runReminders(TODAY);
    const subjects = (await outboxFor(parent.email)).map((m) => m.subject).sort();
    expect(subjects).toHaveLength(2);
    expect(subjects[0]).toMatch(/^Due in 3 days: Review of Spring plan \(Ada Moss\)$/);
    expect(subjects[1]).toMatch(/^Due in 5 days: .*\(Ada Moss\)$/);
    const keys = (await db.select().from(remindersSent).where(eq(remindersSent.caseId, caseId))).map((r) => r.subjectKey).sort();
    expect(keys[1]).toBe(`review:${due!.id}`);
    expect(keys[0]).toMatch(/^deadline:/);
  });

  it("reminds of the school day's dates, counted on the school's own terms, with the case's link", async () => {
    const parent = await createParent();
    const caseId = await createChildCase(parent, { childName: "Ada Moss" });
    const access = await requireCaseAccess(parent, caseId, "own");
    // Half-term in the last week of October: the 6th day of a suspension from Thu 22 Oct is Thu 5 Nov, not Thu 29 Oct.
    await createSchoolTerm(access, { label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18" });
    await createSchoolTerm(access, { kind: "closure", label: "Half-term", start: "2026-10-26", end: "2026-10-30" });
    const suspension = await createSchoolDayRecord(access, { kind: "suspension", date: "2026-10-22", sessions: 12, firstSession: null, time: null, noticeReceivedOn: "2026-10-22" });

    await runReminders("2026-10-28");
    expect(await outboxFor(parent.email)).toHaveLength(0); // 8 days away, the default is 7
    await runReminders("2026-10-29");
    const mail = await outboxFor(parent.email);
    expect(mail.map((m) => m.subject)).toEqual(["Due in 7 days: Full-time education from the 6th day of exclusion (Ada Moss; checked against the law)"]);
    expect(mail[0]!.text).toContain(`/cases/${caseId}/school-day/${suspension.id}`);
    const keys = (await db.select().from(remindersSent).where(eq(remindersSent.caseId, caseId))).map((r) => r.subjectKey);
    expect(keys).toEqual([`school-day:D-EXCL-6TH:${suspension.id}`]);
  });

  it("reminds of the appeal date as moved by the certificate recorded on the appeal, as the workspace shows it", async () => {
    const parent = await createParent();
    const caseId = await createChildCase(parent, { childName: "Ada Moss" });
    const access = await requireCaseAccess(parent, caseId, "own");
    // Refused 3 March 2026 (2 months: Sun 3 May); the appeal's certificate of 10 April gives Sun 10 May.
    const appeal = await createAppeal(access);

    await runReminders("2026-05-04");
    const keys = (await db.select().from(remindersSent).where(eq(remindersSent.caseId, caseId))).map((r) => r.subjectKey);
    expect(keys).toEqual([`deadline:appeal:appeal:${appeal.id}:certificate`]);
    const [mail] = await outboxFor(parent.email);
    expect(mail!.subject).toMatch(/^Due in 6 days: /);
    expect(mail!.text).toContain("on 10 May 2026");
    expect(mail!.text).toContain(`/cases/${caseId}/appeals/${appeal.id}`);
  });

  it("reminds of an appeal's directions dates and, after the order, of what the council must do by when, with the appeal's link", async () => {
    const parent = await createParent();
    const caseId = await createChildCase(parent, { childName: "Ada Moss" });
    const access = await requireCaseAccess(parent, caseId, "own");
    const appeal = await createAppeal(access);
    await updateAppeal(access, appeal.id, { submittedOn: "2026-04-20", status: "registered" });
    const evidence = await addAppealDate(access, appeal.id, { kind: "final_evidence", date: "2026-06-12", label: null, notes: null });

    await runReminders("2026-06-05");
    const first = await outboxFor(parent.email);
    expect(first.map((m) => m.subject)).toEqual(["Due in 7 days: Final evidence due (Ada Moss; the date in the tribunal's directions)"]);
    expect(first[0]!.text).toContain(`/cases/${caseId}/appeals/${appeal.id}`);

    // An order to change the plan made Fri 15 Jan 2027: the changed plan is due Fri 19 Feb 2027 (worked example 3).
    await updateAppeal(access, appeal.id, { status: "decided" });
    await recordOrder(access, appeal.id, { kind: "amend", madeOn: "2027-01-15", notOpposedOn: null, notes: null });
    await runReminders("2027-02-12");
    const keys = (await db.select().from(remindersSent).where(eq(remindersSent.caseId, caseId))).map((r) => r.subjectKey).sort();
    expect(keys).toEqual([`appeal:${appeal.id}:D-ORDER-AMEND:issue_amended_plan`, `appeal:${appeal.id}:D-TRIB-PTA`, `appeal:${appeal.id}:D-TRIB-REVIEW-SEN`, `appeal:${appeal.id}:D-TRIB-SET-ASIDE`, `appeal:${appeal.id}:final_evidence:${evidence}`].sort());
    const subjects = (await outboxFor(parent.email)).map((m) => m.subject);
    expect(subjects).toContain("Due in 7 days: The council issues the changed plan (Ada Moss; partly checked against the law)");
  });
});
