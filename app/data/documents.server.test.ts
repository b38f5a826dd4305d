import { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createChildCase, createParent } from "../../tests/factories";
import { makeDocx, makeEmail, makePdf } from "../../tests/fixtures/documents/make";
import { useTestDatabase } from "../../tests/support/db";
import { requireCaseAccess } from "~/auth/access.server";
import { getStorage } from "~/services/storage/get-storage.server";
import { holdStorageKey, releaseStorageKeys } from "~/services/storage/held-keys.server";
import { KEY_CHECK_STORAGE_KEY, verifyStorageKey } from "~/services/storage/key-check.server";
import { startStorageSweep, stopStorageSweep } from "~/services/storage/sweep-job.server";
import { newStorageKey } from "~/services/storage/storage.server";
import { addDocumentFromBytes } from "~/services/uploads/upload-documents.server";
import { deleteAccount } from "./accounts.server";
import { deleteCase } from "./cases.server";
import {
  deleteDocument,
  type DocumentDescription,
  findDocument,
  getDocumentText,
  listDocumentChoices,
  listDocuments,
  listDocumentsByIds,
  openDocumentFile,
  unsafeSweepStoredFiles,
  updateDocumentDetails,
} from "./documents.server";
import { db } from "./db.server";
import { documents } from "./schema";

useTestDatabase();

const TODAY = "2026-11-23";
const DETAILS: DocumentDescription = { source: "school", author: "Mrs Shah", areas: ["cognition_learning"], tags: ["plan"] };

async function ownCase() {
  const owner = await createParent();
  return { owner, access: await requireCaseAccess(owner, await createChildCase(owner), "own") };
}

async function addText(access: Awaited<ReturnType<typeof ownCase>>["access"], text: string, overrides: Partial<DocumentDescription> = {}) {
  const result = await addDocumentFromBytes(access, { fileName: "notes.txt", bytes: Buffer.from(text), details: { ...DETAILS, ...overrides }, today: TODAY });
  if (!result.ok) throw new Error(result.problem);
  return result.id;
}

async function storedKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of getStorage().list()) keys.push(object.key);
  return keys;
}

async function storageKeyOf(id: string): Promise<string> {
  const [row] = await db.select({ storageKey: documents.storageKey }).from(documents).where(eq(documents.id, id));
  return row!.storageKey;
}

describe("the evidence library's data", () => {
  it("stores a document with its text, suggested date and details", async () => {
    const { access } = await ownCase();
    const id = await addText(access, "Meeting notes, 4 March 2026. Sam is reading more at home.");
    const found = await findDocument(access, id);
    expect(found).toMatchObject({ title: "notes", fileName: "notes.txt", mediaType: "text/plain", date: "2026-03-04", dateSource: "content", source: "school", author: "Mrs Shah", areas: ["cognition_learning"], tags: ["plan"] });
    expect(found?.text).toContain("Sam is reading more at home.");
    expect(await getDocumentText(access, id)).toEqual({ title: "notes", text: found!.text });
  });

  it("takes a date at the head of a PDF's text before its details, keeping both, and an email's from its Date header", async () => {
    const { access } = await ownCase();
    const pdf = await addDocumentFromBytes(access, { fileName: "plan.pdf", bytes: await makePdf({ creationDate: new Date("2026-02-01T12:00:00Z") }), details: DETAILS, today: TODAY });
    const eml = await addDocumentFromBytes(access, { fileName: "reply.eml", bytes: Buffer.from(makeEmail()), details: DETAILS, today: TODAY });
    expect(pdf.ok && (await findDocument(access, pdf.id))).toMatchObject({ date: "2026-03-12", dateSource: "content", metadataDate: "2026-02-01", mediaType: "application/pdf" });
    expect(eml.ok && (await findDocument(access, eml.id))).toMatchObject({ date: "2026-03-10", dateSource: "metadata", mediaType: "message/rfc822" });
  });

  it("refuses what it does not keep, and stores nothing for it", async () => {
    const { access } = await ownCase();
    const before = (await storedKeys()).length;
    const result = await addDocumentFromBytes(access, { fileName: "page.pdf", bytes: Buffer.from("<html><script>x</script></html>"), details: DETAILS, today: TODAY });
    expect(result).toEqual({ ok: false, problem: "page.pdf is not a file type Clearpath keeps: use PDF, Word, an image, plain text or a saved email." });
    expect((await storedKeys()).length).toBe(before);
  });

  it("lists newest first, undated last, without the text, and filters by source and area", async () => {
    const { access } = await ownCase();
    const undated = await addText(access, "No date here", { source: "home" });
    const older = await addText(access, "Written 1 January 2025", { areas: [] });
    const newer = await addText(access, "Written 1 June 2026");
    const listed = await listDocuments(access);
    expect(listed.map((d) => d.id)).toEqual([newer, older, undated]);
    expect(listed[0]).not.toHaveProperty("text");
    expect(listed[0]).not.toHaveProperty("search");
    expect(listed[0]!.hasText).toBe(true);
    expect((await listDocuments(access, { source: "home", area: null })).map((d) => d.id)).toEqual([undated]);
    expect((await listDocuments(access, { source: null, area: "cognition_learning" })).map((d) => d.id)).toEqual([newer, undated]);
    expect((await listDocumentChoices(access)).map((d) => d.id)).toEqual([newer, older, undated]);
    expect((await listDocumentsByIds(access, [older, "nonsense", newer])).map((d) => d.id)).toEqual([older, newer]);
  });

  it("records a date the parent changed as theirs, and keeps the suggestion's source when unchanged", async () => {
    const { access } = await ownCase();
    const id = await addText(access, "Written 1 June 2026");
    const details = { title: "Home notes", date: "2026-06-01", source: "home" as const, author: null, areas: [], tags: ["notes", "reading"] };
    expect(await updateDocumentDetails(access, id, details)).toBe(true);
    expect(await findDocument(access, id)).toMatchObject({ ...details, dateSource: "content" });
    expect(await updateDocumentDetails(access, id, { ...details, date: "2026-06-02" })).toBe(true);
    expect(await findDocument(access, id)).toMatchObject({ date: "2026-06-02", dateSource: "person" });
    expect(await updateDocumentDetails(access, id, { ...details, date: null })).toBe(true);
    expect(await findDocument(access, id)).toMatchObject({ date: null, dateSource: null });
  });

  it("serves the original file back, byte for byte", async () => {
    const { access } = await ownCase();
    const bytes = await makeDocx(["Plan"]);
    const result = await addDocumentFromBytes(access, { fileName: "plan.docx", bytes, details: DETAILS, today: TODAY });
    const file = await openDocumentFile(access, result.ok ? result.id : "");
    expect(file).toMatchObject({ fileName: "plan.docx", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", sizeBytes: bytes.length });
    expect(file!.content.equals(bytes)).toBe(true);
  });

  it("deletes the row and then its file", async () => {
    const { access } = await ownCase();
    const id = await addText(access, "To be deleted");
    const key = await storageKeyOf(id);
    expect(await deleteDocument(access, id)).toBe(true);
    expect(await findDocument(access, id)).toBeNull();
    expect(await getStorage().get(key)).toBeNull();
    expect(await deleteDocument(access, id)).toBe(false);
  });

  it("never finds, changes, opens or deletes another family's document", async () => {
    const { access } = await ownCase();
    const { access: other } = await ownCase();
    const theirs = await addText(other, "Theirs");
    expect(await findDocument(access, theirs)).toBeNull();
    expect(await openDocumentFile(access, theirs)).toBeNull();
    expect(await getDocumentText(access, theirs)).toBeUndefined();
    expect(await updateDocumentDetails(access, theirs, { title: "Mine now", date: null, source: "other", author: null, areas: [], tags: [] })).toBe(false);
    expect(await deleteDocument(access, theirs)).toBe(false);
    expect(await findDocument(other, theirs)).toMatchObject({ title: "notes" });
    expect(await findDocument(access, "not-an-id")).toBeNull();
  });

  it("deletes a case's files with the case", async () => {
    const { access } = await ownCase();
    const keys = [await storageKeyOf(await addText(access, "One")), await storageKeyOf(await addText(access, "Two"))];
    await deleteCase(access);
    for (const key of keys) expect(await getStorage().get(key)).toBeNull();
  });

  it("deletes the files of every case an account owns with the account", async () => {
    const { owner, access } = await ownCase();
    const key = await storageKeyOf(await addText(access, "One"));
    const { access: other } = await ownCase();
    const otherKey = await storageKeyOf(await addText(other, "Someone else's"));
    await deleteAccount(owner);
    expect(await getStorage().get(key)).toBeNull();
    expect(await getStorage().get(otherKey)).not.toBeNull();
  });

  it("sweeps away old files without a row, and keeps recent ones and those with rows", async () => {
    const { access } = await ownCase();
    const kept = await storageKeyOf(await addText(access, "Kept"));
    const orphan = newStorageKey();
    await getStorage().put(orphan, Readable.from([Buffer.from("left by a crash")]));
    // Within the grace period an upload may still be about to insert the row.
    expect((await unsafeSweepStoredFiles()).orphans).toBe(0);
    expect(await getStorage().get(orphan)).not.toBeNull();
    const later = new Date(Date.now() + 60 * 60 * 1000);
    const swept = await unsafeSweepStoredFiles({ now: later });
    expect(swept.orphans).toBeGreaterThanOrEqual(1);
    expect(await getStorage().get(orphan)).toBeNull();
    expect(await getStorage().get(kept)).not.toBeNull();
  });

  it("never sweeps away the file of an upload still in progress, however old, nor the storage key's check object", async () => {
    const inProgress = newStorageKey();
    holdStorageKey(inProgress);
    await getStorage().put(inProgress, Readable.from([Buffer.from("an upload still reading its text")]));
    await verifyStorageKey(getStorage(), { keySource: "STORAGE_KEY" });
    const later = new Date(Date.now() + 60 * 60 * 1000);
    await unsafeSweepStoredFiles({ now: later });
    expect(await getStorage().get(inProgress)).not.toBeNull();
    expect(await getStorage().get(KEY_CHECK_STORAGE_KEY)).not.toBeNull();
    // Given up (its row was never recorded): the next sweep removes it.
    releaseStorageKeys([inProgress]);
    await unsafeSweepStoredFiles({ now: later });
    expect(await getStorage().get(inProgress)).toBeNull();
    expect(await getStorage().get(KEY_CHECK_STORAGE_KEY)).not.toBeNull();
  });

  it("sweeps while the server runs, not only at start", async () => {
    const orphan = newStorageKey();
    await getStorage().put(orphan, Readable.from([Buffer.from("left by a crash while running")]));
    startStorageSweep({ intervalMs: 20, graceMs: 0 });
    try {
      await vi.waitFor(async () => expect(await getStorage().get(orphan)).toBeNull(), { timeout: 30_000, interval: 50 });
    } finally {
      stopStorageSweep();
    }
  });
});
