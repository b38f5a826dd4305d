import { unzipSync, zipSync, strFromU8, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { requireCaseAccess } from "~/auth/access.server";
import { createUser, unsafeFindUserByEmail } from "./accounts.server";
import { caseTableNames, exportCaseArchive, importCaseArchive } from "./case-archive.server";
import { getCaseDocument } from "./case-document.server";
import { listCases } from "./cases.server";
import { DEMO_ACCOUNT, ensureDemoFamily } from "./demo.server";
import { openDocumentFile, listDocuments } from "./documents.server";
import { archiveBomb, hugeJsonArchive } from "../../tests/support/hostile-files";
import { MAX_RECORDS_PER_KIND } from "./read-case-archive.server";
import { addSchoolDayRecord, addSchoolTerm, schoolDayRecordInput } from "./school-day.server";
import { addAppealDate, addBundleItem, addParagraph, addProposal, fixBundle, getAppealDocumentVersion, recordOrder as recordAppealOrder, saveAppealDocumentVersion, startAppeal } from "./appeals.server";
import { addStatutoryEvent } from "./statutory.server";
import { paginateBundle } from "~/domain/tribunal/paginate-bundle";

useTestDatabase();

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The case document with every id and record time blanked, and lists in a fixed order: what the family sees. */
function comparable(value: unknown): unknown {
  if (typeof value === "string") return value.replace(UUIDS, "<id>");
  if (Array.isArray(value)) return value.map(comparable).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, comparable(v)]));
  return value;
}

async function demoSetUp() {
  await ensureDemoFamily("2026-11-23");
  const row = await unsafeFindUserByEmail(DEMO_ACCOUNT.email);
  const parent = { id: row!.id, email: row!.email, name: row!.name, sessionId: "archive-test" };
  const [demoCase] = await listCases(parent);
  const access = await requireCaseAccess(parent, demoCase!.id, "own");
  const email = `second.${crypto.randomUUID()}@example.test`;
  const other = await createUser({ email, name: "Sam Second", passwordHash: "x", verified: true });
  return { access, importer: { id: other!.id, email, name: "Sam Second", sessionId: "import-test" } };
}

/** Each table's records in the archive's order, with ids and what an import changes on purpose blanked. */
function recordOrder(archive: Uint8Array) {
  const { records } = JSON.parse(strFromU8(unzipSync(archive)["clearpath-case.json"]!)) as { records: Record<string, Array<Record<string, unknown>>> };
  const changedOnImport = new Set(["authorId", "authorName", "uploadedBy", "uploadedByName", "storageKey", "version", "updatedAt"]);
  return Object.fromEntries(
    Object.entries(records).map(([table, rows]) => [table, rows.map((row) => JSON.stringify(Object.entries(row).filter(([k]) => !changedOnImport.has(k))).replace(UUIDS, "<id>"))]),
  );
}

async function fileHashes(access: Awaited<ReturnType<typeof requireCaseAccess>>) {
  const hashes: string[] = [];
  for (const doc of await listDocuments(access)) {
    const file = await openDocumentFile(access, doc.id);
    hashes.push(`${doc.title}:${doc.sha256}:${file!.content.byteLength}`);
  }
  return hashes.sort();
}

describe("the case archive", () => {
  it("covers every table of a case's records, parents first", () => {
    const names = caseTableNames();
    expect(names[0]).toBe("cases");
    expect(names).toEqual(expect.arrayContaining(["cycles", "targets", "provisions", "documents", "letters", "ehc_plans", "comments", "adviser_notes", "school_day_events", "school_terms"]));
    expect(names.indexOf("documents")).toBeLessThan(names.indexOf("school_day_events"));
    expect(names).toEqual(expect.arrayContaining(["appeals", "appeal_dates", "appeal_bundle_items", "appeal_proposals", "appeal_documents", "appeal_statement_paragraphs", "appeal_orders"]));
    expect(names.indexOf("statutory_events")).toBeLessThan(names.indexOf("appeals"));
    expect(names.indexOf("appeals")).toBeLessThan(names.indexOf("appeal_orders"));
    expect(names.indexOf("ehc_plan_lines")).toBeLessThan(names.indexOf("appeal_proposals"));
    expect(names.indexOf("documents")).toBeLessThan(names.indexOf("cycles"));
    expect(names).not.toContain("audit_events");
  });

  it("gives back the same case, records and files, when imported as someone else", async () => {
    const { access, importer } = await demoSetUp();
    const archive = await exportCaseArchive(access, new Date("2026-11-23T12:00:00Z"));
    const manifest = JSON.parse(strFromU8(unzipSync(archive)["clearpath-case.json"]!));
    expect(manifest).toMatchObject({ format: "clearpath-case", schemaVersion: 1 });
    expect(manifest.records.cases[0].id).toBe(access.caseId);

    const result = await importCaseArchive(importer, archive);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const imported = await requireCaseAccess(importer, result.caseId, "own");
    expect(result.caseId).not.toBe(access.caseId);
    expect(comparable(await getCaseDocument(imported))).toEqual(comparable(await getCaseDocument(access)));
    expect(await fileHashes(imported)).toEqual(await fileHashes(access));
    expect(result.counts.documents).toBeGreaterThan(0);
    // Every kind of record comes back in the order it was made, even where records were made at
    // the same moment (the demo family is made in one transaction).
    expect(recordOrder(await exportCaseArchive(imported, new Date()))).toEqual(recordOrder(archive));
    // Who added each document comes back as a name from the archive, not as a person here.
    expect(new Set((await listDocuments(access)).map((d) => d.uploadedByName))).toEqual(new Set([DEMO_ACCOUNT.name]));
    expect(new Set((await listDocuments(imported)).map((d) => [d.uploadedByName, d.uploadedBy].join()))).toEqual(new Set([`imported: ${DEMO_ACCOUNT.name},`]));
    // The same archive twice gives two cases, side by side.
    expect((await importCaseArchive(importer, archive)).ok).toBe(true);
    expect(await listCases(importer)).toHaveLength(2);
  });

  it("brings back the school day's records, with their documents, and the school's terms", async () => {
    const { access, importer } = await demoSetUp();
    const [letter] = await listDocuments(access);
    const recordId = await addSchoolDayRecord(access, schoolDayRecordInput({ kind: "permanent_exclusion", date: "2026-11-20", schoolSaid: "The governors met on Friday", documentId: letter!.id }));
    await addSchoolTerm(access, { kind: "closure", label: "Training day", start: "2026-11-27", end: "2026-11-27" });
    const before = await getCaseDocument(access);
    expect(before.schoolDay.length).toBeGreaterThanOrEqual(4);
    expect(before.schoolTerms.length).toBeGreaterThanOrEqual(3);

    const result = await importCaseArchive(importer, await exportCaseArchive(access, new Date("2026-11-23T12:00:00Z")));
    if (!result.ok) throw new Error(result.problem);
    expect(result.counts).toMatchObject({ school_day_events: before.schoolDay.length, school_terms: before.schoolTerms.length });
    const imported = await requireCaseAccess(importer, result.caseId, "own");
    const after = await getCaseDocument(imported);
    expect(comparable(after.schoolDay)).toEqual(comparable(before.schoolDay));
    expect(comparable(after.schoolTerms)).toEqual(comparable(before.schoolTerms));
    // The record points at the imported copy of its document, in the new case.
    const copy = after.schoolDay.find((record) => record.kind === "permanent_exclusion")!;
    expect(copy.id).not.toBe(recordId);
    expect(after.documents.find((d) => d.id === copy.documentIds[0])).toMatchObject({ title: letter!.title });
  });

  it("brings back an appeal with its dates, bundle (and the pages as sent), working document, statement, versions and order", async () => {
    const { access, importer } = await demoSetUp();
    const [first, second] = await listDocuments(access);
    const decision = await addStatutoryEvent(access, { type: "ehcna_refused", date: "2026-09-01", transfer: null, key: null, notes: "Archive test" });
    const appealId = await startAppeal(access, { decisionEventId: decision, appealType: "sections_b_f", sections: ["F"], mediation: "certificate_after_mediation", mediationCertificateOn: "2026-10-01" });
    await addAppealDate(access, appealId, { kind: "hearing", date: "2027-02-10", label: null, notes: "In person" });
    await addBundleItem(access, appealId, { documentId: first!.id, section: "reports", kind: "expert_report", pages: 12, summaryPages: 2, reportDate: "2026-06-01" });
    await addBundleItem(access, appealId, { documentId: second!.id, section: "other_evidence", kind: "document", pages: 3, summaryPages: null, reportDate: null });
    const pagination = paginateBundle({
      documents: [
        { id: first!.id, title: first!.title, date: "2026-06-01", section: "reports", pages: 12 },
        { id: second!.id, title: second!.title, date: "2026-07-01", section: "other_evidence", pages: 3 },
      ],
      previous: null,
    });
    await fixBundle(access, appealId, pagination.items, "2026-12-01");
    await addProposal(access, appealId, { section: "F", planLineId: null, originalText: "Therapy as needed", proposedText: "Weekly therapy", kind: "parent_change", reason: "The report", evidencePages: "C1–C12" });
    await addParagraph(access, appealId, { date: "2026-06-01", text: "The report says weekly therapy.", exhibitDocumentIds: [first!.id] });
    await saveAppealDocumentVersion(access, appealId, "witness_statement", { paragraphs: ["The report says weekly therapy."], exhibits: [first!.id] });
    await recordAppealOrder(access, appealId, { kind: "amend", madeOn: "2027-03-01", notOpposedOn: null, notes: null });
    const before = await getCaseDocument(access);

    const result = await importCaseArchive(importer, await exportCaseArchive(access, new Date("2026-11-23T12:00:00Z")));
    if (!result.ok) throw new Error(result.problem);
    expect(result.counts).toMatchObject({ appeals: before.appeals.length, appeal_bundle_items: 2, appeal_proposals: 1, appeal_statement_paragraphs: 1, appeal_documents: 1, appeal_orders: 1 });
    const imported = await requireCaseAccess(importer, result.caseId, "own");
    const after = await getCaseDocument(imported);
    expect(comparable(after.appeals.map(({ documentVersions, ...appeal }) => ({ ...appeal, versions: documentVersions.map((v) => v.version) })))).toEqual(
      comparable(before.appeals.map(({ documentVersions, ...appeal }) => ({ ...appeal, versions: documentVersions.map((v) => v.version) }))),
    );
    // Every reference points into the new case: the decision, the documents, the pages as sent, the exhibits, the exported content.
    const copy = after.appeals.find((appeal) => appeal.order?.kind === "amend")!;
    const newIds = new Set(after.documents.map((d) => d.id));
    expect(after.statutoryEvents.find((e) => e.id === copy.decisionEventId)).toMatchObject({ type: "ehcna_refused", notes: "Archive test" });
    expect(copy.bundleItems.every((item) => newIds.has(item.documentId))).toBe(true);
    expect(copy.bundleFixed!.map((item) => item.documentId).every((id) => newIds.has(id))).toBe(true);
    expect(copy.statementParagraphs[0]!.exhibitDocumentIds.every((id) => newIds.has(id))).toBe(true);
    const version = await getAppealDocumentVersion(imported, copy.id, "witness_statement", 1);
    expect(version!.content).toEqual({ paragraphs: ["The report says weekly therapy."], exhibits: [copy.statementParagraphs[0]!.exhibitDocumentIds[0]] });
  });

  it("refuses something that is not an archive, or a changed one, and writes nothing", async () => {
    const { access, importer } = await demoSetUp();
    expect(await importCaseArchive(importer, strToU8("not a zip"))).toMatchObject({ ok: false, problem: expect.stringMatching(/not a zip/) });
    const entries = unzipSync(await exportCaseArchive(access, new Date()));
    const fileName = Object.keys(entries).find((name) => name.startsWith("files/"))!;
    entries[fileName] = strToU8("changed");
    expect(await importCaseArchive(importer, zipSync(entries))).toMatchObject({ ok: false, problem: expect.stringMatching(/changed/) });
    const manifest = JSON.parse(strFromU8(entries["clearpath-case.json"]!));
    manifest.schemaVersion = 99;
    expect(await importCaseArchive(importer, zipSync({ "clearpath-case.json": strToU8(JSON.stringify(manifest)) }))).toMatchObject({ ok: false });
    expect(await listCases(importer)).toHaveLength(0);
  });

  it("refuses zip bombs and a huge archive within its budgets, quickly, and writes nothing", async () => {
    const { importer } = await demoSetUp();
    const refusals: Array<[string, Uint8Array, RegExp]> = [
      ["1 GiB of JSON, said", archiveBomb(), /larger than 32 MB/],
      ["1 GiB of JSON, hidden behind a small size", archiveBomb({ lie: true }), /does not match the size/],
      ["250,000 diary entries (about 50 MB of JSON)", hugeJsonArchive(), /larger than 32 MB/],
      ["one kind past its cap", hugeJsonArchive(MAX_RECORDS_PER_KIND + 1), /at most 20,000 of one kind/],
    ];
    for (const [what, archive, problem] of refusals) {
      const started = performance.now();
      expect(await importCaseArchive(importer, archive), what).toMatchObject({ ok: false, problem: expect.stringMatching(problem) });
      expect(performance.now() - started, what).toBeLessThan(15_000);
    }
    expect(await listCases(importer)).toHaveLength(0);
  });
});
