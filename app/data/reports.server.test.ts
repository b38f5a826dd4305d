import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { createProfessional, createReport } from "../../tests/factories/reports";
import { createCycle, createProvision } from "../../tests/factories/support";
import { requireCaseAccess, type CaseAccess } from "~/auth/access.server";
import { extractRecommendations } from "~/domain/recommendations/extract-recommendations";
import { getCheckedCase } from "./case-document.server";
import { db } from "./db.server";
import {
  addRecommendation,
  addReport,
  confirmAllSuggestions,
  findReport,
  listProvisionChoices,
  listRecommendations,
  listReports,
  removeReport,
  saveTracking,
  setRecommendationStatus,
  updateRecommendation,
  updateReport,
} from "./reports.server";
import { documents } from "./schema";

useTestDatabase();

async function ownCase() {
  const owner = await createParent();
  return requireCaseAccess(owner, await createChildCase(owner), "own");
}

/** A stored document, as an upload leaves it; `text` null is a scan with no readable text. */
async function createDocument(access: CaseAccess, text: string | null) {
  const [row] = await db
    .insert(documents)
    .values({
      caseId: access.caseId,
      title: "EP report.pdf",
      fileName: "ep-report.pdf",
      mediaType: "application/pdf",
      sizeBytes: 1000,
      sha256: "0".repeat(64),
      storageKey: `test-${crypto.randomUUID()}`,
      text,
      extractionNote: text === null ? "This looks like a scanned image: no text could be read." : null,
    })
    .returning({ id: documents.id });
  return row!.id;
}

const tracking = { provisionIds: [], inEhcPlan: null, isBeingDelivered: null };

describe("adding a report", () => {
  it("stores each recommendation found in the text as a suggestion, with its details", async () => {
    const access = await ownCase();
    const report = await createReport(access);
    const recommendations = await listRecommendations(access, report.id);
    expect(recommendations.map((r) => r.status)).toEqual(["suggested", "suggested", "suggested"]);
    expect(recommendations[0]).toMatchObject({
      text: "Sam should receive 30 minutes of speech and language therapy weekly from a qualified speech and language therapist.",
      area: "communication_interaction",
      what: "speech and language therapy",
      who: "speech and language therapist",
      frequency: "weekly",
      duration: "30 minutes",
      provisionIds: [],
    });
    expect(await listReports(access)).toEqual([expect.objectContaining({ id: report.id, suggestedCount: 3, confirmedCount: 0 })]);
  });

  it("links the report to the case's professional and document, and says when the document has no text", async () => {
    const access = await ownCase();
    const ep = await createProfessional(access);
    const scanned = await createDocument(access, null);
    const report = await createReport(access, { professionalId: ep.id, documentId: scanned }, "");
    expect(await findReport(access, report.id)).toMatchObject({
      professionalName: "Dr Amira Khan",
      documentTitle: "EP report.pdf",
      documentHasText: false,
      documentExtractionNote: "This looks like a scanned image: no text could be read.",
    });
    expect(await listRecommendations(access, report.id)).toEqual([]);
    const readable = await createReport(access, { documentId: await createDocument(access, "Some text") }, "");
    expect(await findReport(access, readable.id)).toMatchObject({ documentHasText: true });
  });

  it("refuses another family's professional or document, writing nothing", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const theirProfessional = await createProfessional(otherAccess);
    const theirDocument = await createDocument(otherAccess, "Their report");
    const details = { title: "Report", professionalId: null, author: null, date: null, documentId: null };
    const suggestions = extractRecommendations("Recommendations\n1. Sam should have a visual timetable every day in class.");
    expect(await addReport(access, { ...details, professionalId: theirProfessional.id }, suggestions)).toEqual({ ok: false, problem: "unknown_professional" });
    expect(await addReport(access, { ...details, documentId: theirDocument }, suggestions)).toEqual({ ok: false, problem: "unknown_document" });
    expect(await listReports(access)).toEqual([]);
  });

  it("changes the report's details and removes it with its recommendations", async () => {
    const access = await ownCase();
    const report = await createReport(access);
    const ep = await createProfessional(access);
    expect(await updateReport(access, report.id, { title: "EP report", professionalId: ep.id, author: null, date: "2026-03-03" })).toBe("saved");
    expect(await findReport(access, report.id)).toMatchObject({ title: "EP report", professionalName: "Dr Amira Khan", date: "2026-03-03" });
    expect(await removeReport(access, report.id)).toBe(true);
    expect(await findReport(access, report.id)).toBeNull();
    expect(await listRecommendations(access, report.id)).toEqual([]);
  });
});

describe("checking the suggestions", () => {
  it("confirms, corrects, discards and puts back", async () => {
    const access = await ownCase();
    const report = await createReport(access);
    const [therapy, timetable, quietSpace] = await listRecommendations(access, report.id);
    expect(await setRecommendationStatus(access, report.id, therapy!.id, "confirmed")).toBe(true);
    expect(
      await updateRecommendation(access, report.id, timetable!.id, {
        text: "Use a visual timetable every day.",
        area: "communication_interaction",
        what: "Visual timetable",
        who: "Class teacher",
        frequency: "Every day",
        duration: null,
      }),
    ).toBe(true);
    expect(await setRecommendationStatus(access, report.id, quietSpace!.id, "discarded")).toBe(true);
    let after = await listRecommendations(access, report.id);
    expect(after.map((r) => [r.status, r.text.slice(0, 20)])).toEqual([
      ["confirmed", "Sam should receive 3"],
      ["confirmed", "Use a visual timetab"],
      ["discarded", "Sam would benefit fr"],
    ]);
    expect(after[1]).toMatchObject({ who: "Class teacher", duration: null });
    expect(await setRecommendationStatus(access, report.id, quietSpace!.id, "suggested")).toBe(true);
    expect(await confirmAllSuggestions(access, report.id)).toBe(1);
    after = await listRecommendations(access, report.id);
    expect(after.every((r) => r.status === "confirmed")).toBe(true);
  });

  it("keeps a discarded recommendation discarded when its wording is changed", async () => {
    const access = await ownCase();
    const report = await createReport(access);
    const [first] = await listRecommendations(access, report.id);
    await setRecommendationStatus(access, report.id, first!.id, "discarded");
    await updateRecommendation(access, report.id, first!.id, { text: "Changed", area: null, what: null, who: null, frequency: null, duration: null });
    expect((await listRecommendations(access, report.id))[0]).toMatchObject({ text: "Changed", status: "discarded" });
  });

  it("adds the parent's own recommendation, confirmed, at the end", async () => {
    const access = await ownCase();
    const report = await createReport(access);
    const input = { text: "Movement breaks every hour", area: "sensory_physical" as const, what: "Movement breaks", who: null, frequency: "Every hour", duration: "5 minutes" };
    expect(await addRecommendation(access, report.id, input)).toBe(true);
    const last = (await listRecommendations(access, report.id)).at(-1);
    expect(last).toMatchObject({ ...input, status: "confirmed", position: 3 });
  });
});

describe("tracking a confirmed recommendation", () => {
  it("links provision lines, replacing the links before, and records the EHC plan and delivery", async () => {
    const access = await ownCase();
    const cycle = await createCycle(access);
    const phonics = await createProvision(access, cycle);
    const speech = await createProvision(access, cycle, { what: "Speech and language therapy", who: "Speech and language therapist" });
    const report = await createReport(access);
    const [therapy] = await listRecommendations(access, report.id);
    expect(await saveTracking(access, report.id, therapy!.id, { provisionIds: [phonics.id, speech.id], inEhcPlan: false, isBeingDelivered: null })).toBe("saved");
    expect((await listRecommendations(access, report.id))[0]).toMatchObject({ inEhcPlan: false, isBeingDelivered: null });
    expect(new Set((await listRecommendations(access, report.id))[0]!.provisionIds)).toEqual(new Set([phonics.id, speech.id]));
    expect(await saveTracking(access, report.id, therapy!.id, { provisionIds: [speech.id], inEhcPlan: null, isBeingDelivered: true })).toBe("saved");
    expect((await listRecommendations(access, report.id))[0]).toMatchObject({ provisionIds: [speech.id], inEhcPlan: null, isBeingDelivered: true });
  });

  it("never links a provision line of another case, writing nothing", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const mine = await createProvision(access, await createCycle(access));
    const theirs = await createProvision(otherAccess, await createCycle(otherAccess));
    const report = await createReport(access);
    const [therapy] = await listRecommendations(access, report.id);
    expect(await saveTracking(access, report.id, therapy!.id, { provisionIds: [mine.id], inEhcPlan: true, isBeingDelivered: true })).toBe("saved");
    expect(await saveTracking(access, report.id, therapy!.id, { provisionIds: [mine.id, theirs.id], inEhcPlan: false, isBeingDelivered: false })).toBe(
      "unknown_provision",
    );
    expect((await listRecommendations(access, report.id))[0]).toMatchObject({ provisionIds: [mine.id], inEhcPlan: true, isBeingDelivered: true });
  });

  it("offers the lines of the latest cycles, and an older cycle only when a line of it is linked", async () => {
    const access = await ownCase();
    const oldest = await createCycle(access, { title: "Oldest", startDate: "2025-01-06" });
    const oldLine = await createProvision(access, oldest, { what: "Old line" });
    for (const [title, startDate] of [["Second", "2025-04-21"], ["Third", "2025-09-01"], ["Newest", "2026-01-05"]] as const) {
      await createCycle(access, { title, startDate });
    }
    // Each new cycle carries the plan forward, so every cycle has a copy of the old line.
    expect((await listProvisionChoices(access, [])).map((group) => group.cycle.title)).toEqual(["Newest", "Third", "Second"]);
    expect((await listProvisionChoices(access, [oldLine.id])).map((group) => group.cycle.title)).toEqual(["Newest", "Third", "Second", "Oldest"]);
  });
});

describe("another family's report", () => {
  it("is not found, and none of its recommendations can be changed", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const theirs = await createReport(otherAccess);
    const [theirRecommendation] = await listRecommendations(otherAccess, theirs.id);
    const input = { text: "Intruder", area: null, what: null, who: null, frequency: null, duration: null };
    expect(await findReport(access, theirs.id)).toBeNull();
    expect(await listRecommendations(access, theirs.id)).toEqual([]);
    expect(await updateReport(access, theirs.id, { title: "Changed", professionalId: null, author: null, date: null })).toBe("not_found");
    expect(await addRecommendation(access, theirs.id, input)).toBe(false);
    expect(await updateRecommendation(access, theirs.id, theirRecommendation!.id, input)).toBe(false);
    expect(await setRecommendationStatus(access, theirs.id, theirRecommendation!.id, "discarded")).toBe(false);
    expect(await confirmAllSuggestions(access, theirs.id)).toBe(0);
    expect(await saveTracking(access, theirs.id, theirRecommendation!.id, tracking)).toBe("not_found");
    expect(await removeReport(access, theirs.id)).toBe(false);
    // Nor through a report of one's own.
    const mine = await createReport(access);
    expect(await updateRecommendation(access, mine.id, theirRecommendation!.id, input)).toBe(false);
    expect(await saveTracking(access, mine.id, theirRecommendation!.id, tracking)).toBe("not_found");
    const unchanged = await listRecommendations(otherAccess, theirs.id);
    expect(unchanged).toHaveLength(3);
    expect(unchanged.every((r) => r.status === "suggested" && r.text !== "Intruder")).toBe(true);
    expect(await findReport(otherAccess, theirs.id)).toMatchObject({ title: "Speech and language report" });
  });
});

describe("the health check", () => {
  it("finds the confirmed recommendations that no line of the current plan answers", async () => {
    const access = await ownCase();
    const cycle = await createCycle(access, { startDate: "2026-09-07" });
    const line = await createProvision(access, cycle);
    const report = await createReport(access);
    const [therapy, timetable, quietSpace] = await listRecommendations(access, report.id);
    await confirmAllSuggestions(access, report.id);
    await setRecommendationStatus(access, report.id, quietSpace!.id, "discarded");
    await saveTracking(access, report.id, therapy!.id, { provisionIds: [line.id], inEhcPlan: null, isBeingDelivered: true });

    const { check } = await getCheckedCase(access, "2026-10-01");
    const findings = check.findings.filter((finding) => finding.code === "recommendation_not_in_plan" && finding.records.includes(report.id));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.records).toContain(timetable!.id);
    expect(findings[0]!.records).not.toContain(therapy!.id);
    expect(findings[0]!.records).not.toContain(quietSpace!.id);
  });
});
