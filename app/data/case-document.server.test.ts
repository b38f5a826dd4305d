import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { requireCaseAccess } from "~/auth/access.server";
import { addContact, addDiagnosis, saveNeed } from "./cases.server";
import { getCaseDocument } from "./case-document.server";
import { db } from "./db.server";
import {
  correspondence,
  cycles,
  documents,
  meetingActions,
  meetings,
  professionals,
  provisions,
  recommendationProvisions,
  recommendations,
  referrals,
  reports,
} from "./schema";

useTestDatabase();

describe("getCaseDocument", () => {
  it("gives back everything recorded, in the canonical case document's shape", async () => {
    const owner = await createParent();
    const caseId = await createChildCase(owner, {
      childName: "Ada",
      dateOfBirth: "2016-02-29",
      school: "Hill Primary",
      yearGroup: "Year 5",
      sencoName: "Mr Lee",
      sencoEmail: "lee@hill.example",
      views: "I like maths",
    });
    const access = await requireCaseAccess(owner, caseId, "own");
    await saveNeed(access, "semh", { signs: ["semh_anxiety"], otherSigns: "Cries before school", since: "2025-01-01", impact: "quite_a_lot", notes: null });
    await addContact(access, { name: "Ms Ray", role: "Teacher", email: null, phone: "01632 960 001" });
    await addDiagnosis(access, { name: "ADHD", date: "2024-05-02", madeBy: "Paediatrician" });

    const document = await getCaseDocument(access);

    expect(document.schemaVersion).toBe(1);
    expect(document.child).toEqual({
      name: "Ada",
      dateOfBirth: "2016-02-29",
      school: "Hill Primary",
      yearGroup: "Year 5",
      senco: { name: "Mr Lee", email: "lee@hill.example", phone: null },
      contacts: [{ name: "Ms Ray", role: "Teacher", email: null, phone: "01632 960 001" }],
      strengths: null,
      interests: null,
      views: "I like maths",
    });
    expect(document.needs).toEqual([
      expect.objectContaining({ area: "semh", signs: ["semh_anxiety"], otherSigns: "Cries before school", since: "2025-01-01", impact: "quite_a_lot" }),
    ]);
    expect(document.diagnoses).toEqual([expect.objectContaining({ name: "ADHD", date: "2024-05-02", madeBy: "Paediatrician" })]);
    expect(document.cycles).toEqual([]);
  });

  it("includes professionals, reports with their recommendations, meetings, correspondence and documents", async () => {
    const owner = await createParent();
    const caseId = await createChildCase(owner, { childName: "Bo" });
    const access = await requireCaseAccess(owner, caseId, "own");
    const [professional] = await db.insert(professionals).values({ caseId, name: "Dr Finch", role: "educational_psychologist" }).returning();
    await db.insert(referrals).values({ caseId, service: "speech_and_language_therapist", requestedOn: "2026-01-10", status: "waiting" });
    const [cycle] = await db.insert(cycles).values({ caseId, startDate: "2026-01-05" }).returning();
    const [line] = await db.insert(provisions).values({ caseId, cycleId: cycle!.id, what: "Precision teaching" }).returning();
    const [file] = await db
      .insert(documents)
      .values({ caseId, title: "EP report", date: "2026-02-01", source: "professional", fileName: "ep.pdf", mediaType: "application/pdf", sizeBytes: 1, sha256: "0", storageKey: "k" })
      .returning();
    const [report] = await db.insert(reports).values({ caseId, title: "EP report", professionalId: professional!.id, date: "2026-02-01", documentId: file!.id }).returning();
    const [recommendation] = await db.insert(recommendations).values({ caseId, reportId: report!.id, text: "Precision teaching daily", status: "confirmed" }).returning();
    await db.insert(recommendationProvisions).values({ caseId, recommendationId: recommendation!.id, provisionId: line!.id });
    const [meeting] = await db.insert(meetings).values({ caseId, date: "2026-03-01", attendees: ["SENCO"] }).returning();
    await db.insert(meetingActions).values({ caseId, meetingId: meeting!.id, description: "Send the plan", dueDate: "2026-03-08" });
    await db.insert(correspondence).values({ caseId, direction: "sent", date: "2026-03-02", subject: "Plan", body: "Please send the plan", replyBy: "2026-03-16" });

    const document = await getCaseDocument(access);

    expect(document.professionals).toEqual([expect.objectContaining({ name: "Dr Finch", role: "educational_psychologist" })]);
    expect(document.referrals).toEqual([expect.objectContaining({ service: "speech_and_language_therapist", status: "waiting" })]);
    expect(document.reports).toEqual([
      expect.objectContaining({
        title: "EP report",
        documentId: file!.id,
        recommendations: [expect.objectContaining({ text: "Precision teaching daily", status: "confirmed", provisionIds: [line!.id] })],
      }),
    ]);
    expect(document.meetings).toEqual([expect.objectContaining({ attendees: ["SENCO"], actions: [expect.objectContaining({ description: "Send the plan", status: "open" })] })]);
    expect(document.correspondence).toEqual([expect.objectContaining({ summary: "Please send the plan", replyBy: "2026-03-16", repliedOn: null })]);
    expect(document.documents).toEqual([expect.objectContaining({ title: "EP report", source: "professional", mediaType: "application/pdf" })]);
  });

  it("reads only the case the access is for", async () => {
    const owner = await createParent();
    const first = await createChildCase(owner, { childName: "First" });
    const second = await createChildCase(owner, { childName: "Second" });
    await saveNeed(await requireCaseAccess(owner, second, "own"), "cognition_learning", { signs: [], otherSigns: "x", since: null, impact: null, notes: null });
    const document = await getCaseDocument(await requireCaseAccess(owner, first, "read"));
    expect(document.child.name).toBe("First");
    expect(document.needs).toEqual([]);
  });
});
