import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { createEhcPlan, createPlanLine } from "../../tests/factories/plans";
import { createAppeal, createCaseDocument, createRefusal } from "../../tests/factories/tribunal";
import { requireCaseAccess, type CaseAccess } from "~/auth/access.server";
import { paginateBundle } from "~/domain/tribunal/paginate-bundle";
import { isFailure } from "~/errors";
import {
  addAppealDate,
  addBundleItem,
  addParagraph,
  addProposal,
  fixBundle,
  getAppeal,
  getAppealDocumentVersion,
  latestAppealDocumentVersion,
  listAppeals,
  moveParagraph,
  moveProposal,
  recordOrder,
  removeAppeal,
  removeAppealDate,
  removeBundleItem,
  removeOrder,
  removeParagraph,
  removeProposal,
  saveAppealDocumentVersion,
  updateAppeal,
  updateBundleItem,
  updateParagraph,
  updateProposal,
  type ProposalInput,
} from "./appeals.server";
import { getCaseDocument } from "./case-document.server";
import { db } from "./db.server";
import { appealOrders, cases, documents, ehcPlanLines, statutoryEvents } from "./schema";
import { removeStatutoryEvent } from "./statutory.server";

useTestDatabase();

async function ownCase() {
  const owner = await createParent();
  return requireCaseAccess(owner, await createChildCase(owner), "own");
}

async function versionOf(access: CaseAccess) {
  const [row] = await db.select({ version: cases.version }).from(cases).where(eq(cases.id, access.caseId));
  return row!.version;
}

/** The failure code a promise fails with, or null when it does not fail. */
async function failureOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (isFailure(error)) return error.data.code;
    throw error;
  }
}

const proposal = (overrides: Partial<ProposalInput> = {}): ProposalInput => ({
  section: "F",
  planLineId: null,
  originalText: "Access to speech and language therapy as needed.",
  proposedText: "Speech and language therapy: one 45-minute session each week with a therapist.",
  kind: "parent_change",
  reason: "The therapist's report says weekly sessions are needed.",
  evidencePages: "C45–C47",
  ...overrides,
});

describe("appeals", () => {
  it("keeps an appeal and everything made for it, and reads it back whole", async () => {
    const access = await ownCase();
    const decision = await createRefusal(access, "2026-03-03");
    const report = await createCaseDocument(access, "Educational psychologist's report", "2026-01-20");
    const letter = await createCaseDocument(access, "Refusal letter", "2026-03-03");
    const plan = await createEhcPlan(access.caseId);
    const line = await createPlanLine(plan, { section: "F", text: "Speech therapy as needed" });

    const id = (
      await createAppeal(access, {
        decisionEventId: decision,
        appealType: "sections_b_f",
        sections: ["F", "B"],
        wantsRecommendations: true,
        mediation: "certificate_after_mediation",
        mediationCertificateOn: "2026-04-20",
        notes: "Ask the SENDIASS about the hearing.",
      })
    ).id;
    expect(await updateAppeal(access, id, { submittedOn: "2026-05-01", registeredOn: "2026-05-12", tribunalReference: "EH123/26/00045", status: "registered" })).toBe(true);
    const hearing = await addAppealDate(access, id, { kind: "hearing", date: "2026-09-15", label: null, notes: "Video hearing" });
    await addAppealDate(access, id, { kind: "other", date: "2026-06-20", label: "Council's draft working document", notes: null });
    const reportItem = await addBundleItem(access, id, { documentId: report, section: "reports", kind: "expert_report", pages: 14, summaryPages: 2, reportDate: "2026-01-20" });
    await addBundleItem(access, id, { documentId: letter, section: "decision_and_plan", kind: "document", pages: 2, summaryPages: null, reportDate: null });
    const change = await addProposal(access, id, proposal({ planLineId: line.id }));
    await addProposal(access, id, proposal({ section: "B", planLineId: null, originalText: null, proposedText: "He finds loud rooms very hard.", kind: "parent_add" }));
    await addParagraph(access, id, { date: "2026-01-20", text: "The psychologist saw Sam at school.", exhibitDocumentIds: [report] });
    await addParagraph(access, id, { date: null, text: "I ask the tribunal to order the changes.", exhibitDocumentIds: [] });
    const version = await saveAppealDocumentVersion(access, id, "working_document", { proposals: [change] });
    await recordOrder(access, id, { kind: "amend", madeOn: "2026-10-01", notOpposedOn: null, notes: "Weekly therapy ordered." });

    const appeal = await getAppeal(access, id);
    expect(appeal).toMatchObject({
      id,
      decisionEventId: decision,
      appealType: "sections_b_f",
      sections: ["B", "F"],
      wantsRecommendations: true,
      mediation: "certificate_after_mediation",
      mediationCertificateOn: "2026-04-20",
      submittedOn: "2026-05-01",
      registeredOn: "2026-05-12",
      tribunalReference: "EH123/26/00045",
      status: "registered",
      notes: "Ask the SENDIASS about the hearing.",
      bundleFixed: null,
      bundleFixedOn: null,
      order: { kind: "amend", madeOn: "2026-10-01", notOpposedOn: null, notes: "Weekly therapy ordered." },
    });
    // Dates earliest first; the bundle as added; the documents in their own order.
    expect(appeal!.dates.map((d) => [d.kind, d.date, d.label])).toEqual([
      ["other", "2026-06-20", "Council's draft working document"],
      ["hearing", "2026-09-15", null],
    ]);
    expect(appeal!.dates[1]).toEqual({ id: hearing, kind: "hearing", date: "2026-09-15", label: null, notes: "Video hearing" });
    expect(appeal!.bundleItems[0]).toEqual({ id: reportItem, documentId: report, section: "reports", kind: "expert_report", pages: 14, summaryPages: 2, reportDate: "2026-01-20" });
    expect(appeal!.bundleItems[1]).toMatchObject({ documentId: letter, section: "decision_and_plan", pages: 2 });
    expect(appeal!.proposals[0]).toEqual({ id: change, ...proposal({ planLineId: line.id }) });
    expect(appeal!.proposals.map((p) => p.kind)).toEqual(["parent_change", "parent_add"]);
    expect(appeal!.statementParagraphs.map((p) => [p.date, p.exhibitDocumentIds])).toEqual([
      ["2026-01-20", [report]],
      [null, []],
    ]);
    expect(version).toBe(1);
    expect(appeal!.documentVersions).toEqual([{ id: expect.any(String), kind: "working_document", version: 1, createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);

    // The case document holds the same appeal.
    const document = await getCaseDocument(access);
    expect(document.appeals).toEqual([appeal]);
    expect(await listAppeals(access)).toEqual([expect.objectContaining({ id, appealType: "sections_b_f", sections: ["B", "F"], status: "registered", hasOrder: true })]);
  });

  it("lists appeals in the order they were started, and removes one with everything made for it", async () => {
    const access = await ownCase();
    const first = await createAppeal(access);
    const second = await createAppeal(access, { appealType: "section_i_only", sections: ["I"], mediation: "not_needed_school_only", mediationCertificateOn: null });
    await addAppealDate(access, second.id, { kind: "hearing", date: "2026-09-15", label: null, notes: null });
    expect((await listAppeals(access)).map((a) => [a.id, a.hasOrder])).toEqual([
      [first.id, false],
      [second.id, false],
    ]);
    expect(await removeAppeal(access, second.id)).toBe(true);
    expect(await getAppeal(access, second.id)).toBeNull();
    expect(await removeAppeal(access, second.id)).toBe(false);
    expect((await getCaseDocument(access)).appeals.map((a) => a.id)).toEqual([first.id]);
  });

  it("changes and removes dates, bundle items, proposals, paragraphs and the order", async () => {
    const access = await ownCase();
    const { id } = await createAppeal(access);
    const doc = await createCaseDocument(access);
    const dateId = await addAppealDate(access, id, { kind: "final_evidence", date: "2026-07-01", label: null, notes: null });
    const itemId = await addBundleItem(access, id, { documentId: doc, section: "other_evidence", kind: "document", pages: 3, summaryPages: null, reportDate: null });
    const proposalId = await addProposal(access, id, proposal());
    const paragraphId = await addParagraph(access, id, { date: null, text: "First draft.", exhibitDocumentIds: [] });
    await recordOrder(access, id, { kind: "assess", madeOn: "2026-10-01", notOpposedOn: null, notes: null });

    expect(await updateBundleItem(access, itemId, { section: "reports", kind: "expert_report", pages: 12, summaryPages: 1, reportDate: "2025-11-01" })).toBe(true);
    expect(await updateProposal(access, proposalId, proposal({ kind: "agreed", evidencePages: "D12" }))).toBe(true);
    expect(await updateParagraph(access, paragraphId, { date: "2026-02-01", text: "Second draft.", exhibitDocumentIds: [doc] })).toBe(true);
    // Recording the order again replaces it: a conceded appeal.
    await recordOrder(access, id, { kind: "assess", madeOn: "2026-06-01", notOpposedOn: "2026-05-28", notes: "Conceded" });
    let appeal = (await getAppeal(access, id))!;
    expect(appeal.bundleItems[0]).toMatchObject({ section: "reports", kind: "expert_report", pages: 12, summaryPages: 1, reportDate: "2025-11-01" });
    expect(appeal.proposals[0]).toMatchObject({ kind: "agreed", evidencePages: "D12" });
    expect(appeal.statementParagraphs[0]).toMatchObject({ date: "2026-02-01", text: "Second draft.", exhibitDocumentIds: [doc] });
    expect(appeal.order).toMatchObject({ madeOn: "2026-06-01", notOpposedOn: "2026-05-28", notes: "Conceded" });

    expect(await removeAppealDate(access, dateId)).toBe(true);
    expect(await removeBundleItem(access, itemId)).toBe(true);
    expect(await removeProposal(access, proposalId)).toBe(true);
    expect(await removeParagraph(access, paragraphId)).toBe(true);
    expect(await removeOrder(access, id)).toBe(true);
    appeal = (await getAppeal(access, id))!;
    expect([appeal.dates, appeal.bundleItems, appeal.proposals, appeal.statementParagraphs, appeal.order]).toEqual([[], [], [], [], null]);
    expect(await removeAppealDate(access, dateId)).toBe(false);
    expect(await removeOrder(access, id)).toBe(false);
  });

  it("keeps one order per appeal: recording it again replaces the one before (decision 141)", async () => {
    const access = await ownCase();
    const { id } = await createAppeal(access);
    const first = await recordOrder(access, id, { kind: "assess", madeOn: "2026-10-01", notOpposedOn: null, notes: "As the tribunal wrote it" });
    const again = await recordOrder(access, id, { kind: "amend", madeOn: "2026-10-03", notOpposedOn: null, notes: null });
    expect(again).toBe(first);
    const rows = await db.select({ id: appealOrders.id }).from(appealOrders).where(eq(appealOrders.appealId, id));
    expect(rows).toEqual([{ id: first }]);
    expect((await getAppeal(access, id))!.order).toMatchObject({ kind: "amend", madeOn: "2026-10-03", notes: null });
  });

  it("keeps the appeal and its work when the decision it was started from is removed, with no decision (decision 141)", async () => {
    const access = await ownCase();
    const { id, decisionEventId } = await createAppeal(access);
    await updateAppeal(access, id, { status: "registered", registeredOn: "2026-04-20", tribunalReference: "EH123/26/00045" });
    await addAppealDate(access, id, { kind: "final_evidence", date: "2026-07-01", label: null, notes: null });
    await addParagraph(access, id, { date: null, text: "What happened at school.", exhibitDocumentIds: [] });
    await recordOrder(access, id, { kind: "assess", madeOn: "2026-10-01", notOpposedOn: null, notes: null });

    expect(await removeStatutoryEvent(access, decisionEventId)).toBe(true);
    const appeal = (await getAppeal(access, id))!;
    expect(appeal).toMatchObject({ decisionEventId: null, status: "registered", registeredOn: "2026-04-20", tribunalReference: "EH123/26/00045" });
    expect(appeal.dates).toHaveLength(1);
    expect(appeal.statementParagraphs).toHaveLength(1);
    expect(appeal.order).toMatchObject({ kind: "assess" });
    expect((await listAppeals(access)).map((entry) => entry.id)).toEqual([id]);
  });

  it("moves proposals and paragraphs up and down, and not past either end", async () => {
    const access = await ownCase();
    const { id } = await createAppeal(access);
    const [a, b, c] = [
      await addProposal(access, id, proposal({ reason: "a" })),
      await addProposal(access, id, proposal({ reason: "b" })),
      await addProposal(access, id, proposal({ reason: "c" })),
    ];
    const reasons = async () => (await getAppeal(access, id))!.proposals.map((p) => p.reason);
    expect(await moveProposal(access, c!, "up")).toBe(true);
    expect(await reasons()).toEqual(["a", "c", "b"]);
    expect(await moveProposal(access, a!, "up")).toBe(false);
    expect(await moveProposal(access, b!, "down")).toBe(false);
    expect(await moveProposal(access, a!, "down")).toBe(true);
    expect(await reasons()).toEqual(["c", "a", "b"]);
    // A new one goes at the end, after the moves.
    await addProposal(access, id, proposal({ reason: "d" }));
    expect(await reasons()).toEqual(["c", "a", "b", "d"]);

    const first = await addParagraph(access, id, { date: null, text: "one", exhibitDocumentIds: [] });
    const second = await addParagraph(access, id, { date: null, text: "two", exhibitDocumentIds: [] });
    expect(await moveParagraph(access, first, "down")).toBe(true);
    expect((await getAppeal(access, id))!.statementParagraphs.map((p) => p.id)).toEqual([second, first]);
  });

  it("numbers each kind of exported document's versions 1, 2, 3 … per appeal, and reads each one back", async () => {
    const access = await ownCase();
    const { id } = await createAppeal(access);
    const other = await createAppeal(access);
    expect(await latestAppealDocumentVersion(access, id, "witness_statement")).toBe(0);
    const numbers = await Promise.all([1, 2, 3].map((n) => saveAppealDocumentVersion(access, id, "witness_statement", { paragraphs: [`draft ${n}`] })));
    expect([...numbers].sort()).toEqual([1, 2, 3]);
    expect(await saveAppealDocumentVersion(access, id, "working_document", { proposals: [] })).toBe(1);
    expect(await saveAppealDocumentVersion(access, other.id, "witness_statement", { paragraphs: [] })).toBe(1);
    expect(await latestAppealDocumentVersion(access, id, "witness_statement")).toBe(3);
    const second = await getAppealDocumentVersion(access, id, "witness_statement", 2);
    expect(second).toMatchObject({ kind: "witness_statement", version: 2, content: { paragraphs: [expect.stringMatching(/^draft [123]$/)] } });
    expect(await getAppealDocumentVersion(access, id, "witness_statement", 4)).toBeNull();
    expect(await getAppealDocumentVersion(access, id, "working_document", 2)).toBeNull();
  });

  it("keeps the bundle's pages as sent, to paginate again with the same page numbers", async () => {
    const access = await ownCase();
    const { id } = await createAppeal(access);
    const pagination = paginateBundle({
      documents: [
        { id: "d1", title: "Refusal letter", date: "2026-03-03", section: "decision_and_plan", pages: 2 },
        { id: "d2", title: "EP report", date: "2026-01-20", section: "reports", pages: 14 },
      ],
      previous: null,
    });
    expect(await fixBundle(access, id, pagination.items, "2026-07-01")).toBe(true);
    const appeal = (await getAppeal(access, id))!;
    expect(appeal.bundleFixedOn).toBe("2026-07-01");
    expect(appeal.bundleFixed).toEqual(pagination.items);
    // What was stored is what the pagination takes back as the pages already sent.
    const again = paginateBundle({ documents: [], previous: { items: appeal.bundleFixed! } });
    expect(again.items.map((item) => [item.kind, item.documentId])).toEqual([
      ["gap", "d1"],
      ["gap", "d2"],
    ]);
  });
});

describe("appeals stay in their case", () => {
  it("never reads, changes or removes another family's appeal or anything in it", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const theirs = await createAppeal(otherAccess);
    const theirDoc = await createCaseDocument(otherAccess);
    const theirDate = await addAppealDate(otherAccess, theirs.id, { kind: "hearing", date: "2026-09-15", label: null, notes: null });
    const theirItem = await addBundleItem(otherAccess, theirs.id, { documentId: theirDoc, section: "reports", kind: "document", pages: 4, summaryPages: null, reportDate: null });
    const theirProposal = await addProposal(otherAccess, theirs.id, proposal());
    const theirParagraph = await addParagraph(otherAccess, theirs.id, { date: null, text: "Theirs", exhibitDocumentIds: [] });
    await saveAppealDocumentVersion(otherAccess, theirs.id, "working_document", { secret: true });
    await recordOrder(otherAccess, theirs.id, { kind: "assess", madeOn: "2026-10-01", notOpposedOn: null, notes: null });

    expect(await getAppeal(access, theirs.id)).toBeNull();
    expect(await listAppeals(access)).toEqual([]);
    expect(await updateAppeal(access, theirs.id, { status: "withdrawn" })).toBe(false);
    expect(await updateBundleItem(access, theirItem, { section: "appeal", kind: "document", pages: 1, summaryPages: null, reportDate: null })).toBe(false);
    expect(await updateProposal(access, theirProposal, proposal({ reason: "changed" }))).toBe(false);
    expect(await updateParagraph(access, theirParagraph, { date: null, text: "changed", exhibitDocumentIds: [] })).toBe(false);
    expect(await moveProposal(access, theirProposal, "up")).toBe(false);
    expect(await fixBundle(access, theirs.id, [], "2026-07-01")).toBe(false);
    expect(await getAppealDocumentVersion(access, theirs.id, "working_document", 1)).toBeNull();
    expect(await removeAppealDate(access, theirDate)).toBe(false);
    expect(await removeBundleItem(access, theirItem)).toBe(false);
    expect(await removeProposal(access, theirProposal)).toBe(false);
    expect(await removeParagraph(access, theirParagraph)).toBe(false);
    expect(await removeOrder(access, theirs.id)).toBe(false);
    expect(await removeAppeal(access, theirs.id)).toBe(false);

    // Adding to another family's appeal fails as not found, whatever is added.
    expect(await failureOf(addAppealDate(access, theirs.id, { kind: "hearing", date: "2026-09-15", label: null, notes: null }))).toBe("not_found");
    expect(await failureOf(addProposal(access, theirs.id, proposal()))).toBe("not_found");
    expect(await failureOf(addParagraph(access, theirs.id, { date: null, text: "x", exhibitDocumentIds: [] }))).toBe("not_found");
    expect(await failureOf(saveAppealDocumentVersion(access, theirs.id, "working_document", {}))).toBe("not_found");
    expect(await failureOf(recordOrder(access, theirs.id, { kind: "amend", madeOn: "2026-10-02", notOpposedOn: null, notes: null }))).toBe("not_found");

    const after = (await getAppeal(otherAccess, theirs.id))!;
    expect(after.status).toBe("preparing");
    expect(after.order).toMatchObject({ kind: "assess", madeOn: "2026-10-01" });
    expect([after.dates.length, after.bundleItems.length, after.proposals.length, after.statementParagraphs.length, after.documentVersions.length]).toEqual([1, 1, 1, 1, 1]);
  });

  it("refuses a decision, a document or a plan line of another case (the same-case keys)", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const { id } = await createAppeal(access);
    const theirDecision = await createRefusal(otherAccess);
    const theirDoc = await createCaseDocument(otherAccess);
    const theirLine = await createPlanLine(await createEhcPlan(otherAccess.caseId));

    expect(await failureOf(createAppeal(access, { decisionEventId: theirDecision }))).toBe("not_found");
    expect(await failureOf(updateAppeal(access, id, { decisionEventId: theirDecision }))).toBe("not_found");
    expect(await failureOf(addBundleItem(access, id, { documentId: theirDoc, section: "reports", kind: "document", pages: 3, summaryPages: null, reportDate: null }))).toBe("not_found");
    expect(await failureOf(addProposal(access, id, proposal({ planLineId: theirLine.id })))).toBe("not_found");
    expect(await failureOf(addParagraph(access, id, { date: null, text: "x", exhibitDocumentIds: [theirDoc] }))).toBe("not_found");
    expect(await failureOf(addBundleItem(access, id, { documentId: "not-an-id", section: "reports", kind: "document", pages: 3, summaryPages: null, reportDate: null }))).toBe("not_found");
    const appeal = (await getAppeal(access, id))!;
    expect([appeal.bundleItems, appeal.proposals, appeal.statementParagraphs]).toEqual([[], [], []]);
  });

  it("puts a document in a bundle once, and clears only the reference when a decision or plan line goes", async () => {
    const access = await ownCase();
    const { id, decisionEventId } = await createAppeal(access);
    const doc = await createCaseDocument(access);
    const line = await createPlanLine(await createEhcPlan(access.caseId));
    await addBundleItem(access, id, { documentId: doc, section: "reports", kind: "document", pages: 3, summaryPages: null, reportDate: null });
    expect(await failureOf(addBundleItem(access, id, { documentId: doc, section: "other_evidence", kind: "document", pages: 3, summaryPages: null, reportDate: null }))).toBe("conflict");
    await addProposal(access, id, proposal({ planLineId: line.id }));

    await db.delete(statutoryEvents).where(eq(statutoryEvents.id, decisionEventId));
    await db.delete(documents).where(eq(documents.id, doc));
    await db.delete(ehcPlanLines).where(eq(ehcPlanLines.id, line.id));
    const appeal = (await getAppeal(access, id))!;
    expect(appeal.decisionEventId).toBeNull();
    expect(appeal.bundleItems).toEqual([]);
    expect(appeal.proposals[0]!.planLineId).toBeNull();
  });

  it("raises the case version on every change", async () => {
    const access = await ownCase();
    let version = await versionOf(access);
    const rises = async (write: () => Promise<unknown>) => {
      await write();
      const next = await versionOf(access);
      expect(next).toBeGreaterThan(version);
      version = next;
    };
    let appealId = "";
    const decision = await createRefusal(access);
    version = await versionOf(access);
    await rises(async () => (appealId = (await createAppeal(access, { decisionEventId: decision })).id));
    const doc = await createCaseDocument(access);
    version = await versionOf(access);
    await rises(() => updateAppeal(access, appealId, { status: "registered" }));
    await rises(() => addAppealDate(access, appealId, { kind: "hearing", date: "2026-09-15", label: null, notes: null }));
    await rises(() => addBundleItem(access, appealId, { documentId: doc, section: "reports", kind: "document", pages: 3, summaryPages: null, reportDate: null }));
    await rises(() => addProposal(access, appealId, proposal()));
    await rises(() => addParagraph(access, appealId, { date: null, text: "x", exhibitDocumentIds: [] }));
    await rises(() => saveAppealDocumentVersion(access, appealId, "witness_statement", {}));
    await rises(() => recordOrder(access, appealId, { kind: "assess", madeOn: "2026-10-01", notOpposedOn: null, notes: null }));
    await rises(() => fixBundle(access, appealId, [], "2026-07-01"));
    await rises(() => removeAppeal(access, appealId));
  });
});
