import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { createSchoolDayRecord, createSchoolTerm, EMPTY_SCHOOL_DAY_RECORD } from "../../tests/factories/school-day";
import { requireCaseAccess, type CaseAccess } from "~/auth/access.server";
import { isFailure } from "~/errors";
import { getCaseDocument } from "./case-document.server";
import { db } from "./db.server";
import { cases, documents } from "./schema";
import {
  addSchoolDayRecord,
  getSchoolDayRecord,
  listSchoolDayRecords,
  listSchoolTerms,
  removeSchoolDayRecord,
  removeSchoolTerm,
  updateSchoolDayRecord,
  type SchoolDayRecordInput,
} from "./school-day.server";

useTestDatabase();

async function ownCase() {
  const owner = await createParent();
  return requireCaseAccess(owner, await createChildCase(owner), "own");
}

async function versionOf(access: CaseAccess) {
  const [row] = await db.select({ version: cases.version }).from(cases).where(eq(cases.id, access.caseId));
  return row!.version;
}

async function addDocument(access: CaseAccess, title = "Suspension letter") {
  const [row] = await db
    .insert(documents)
    .values({ caseId: access.caseId, title, fileName: "letter.txt", mediaType: "text/plain", sizeBytes: 1, sha256: "0", storageKey: `k-${crypto.randomUUID()}` })
    .returning({ id: documents.id });
  return row!.id;
}

/** A suspension with every exclusion field filled in, to prove each one is kept. */
const suspension: SchoolDayRecordInput = {
  ...EMPTY_SCHOOL_DAY_RECORD,
  kind: "suspension",
  date: "2026-11-02",
  endDate: "2026-11-04",
  sessions: 6,
  firstSession: "morning",
  time: "08:45",
  schoolSaid: "Three days for throwing a chair in maths.",
  noticeReceivedOn: "2026-11-03",
  boardToldOn: "2026-11-02",
  wouldMissPublicExam: true,
  madeRepresentations: true,
  notes: "The letter came a day late.",
};

describe("the school day's records", () => {
  it("keeps every field of a record as it was entered, and reads it back as the case document's record", async () => {
    const access = await ownCase();
    const documentId = await addDocument(access);
    const id = await addSchoolDayRecord(access, { ...suspension, documentId });
    const { documentId: _documentId, ...fields } = suspension;
    expect(await getSchoolDayRecord(access, id)).toEqual({ id, ...fields, documentIds: [documentId] });

    const timetable: SchoolDayRecordInput = {
      ...EMPTY_SCHOOL_DAY_RECORD,
      kind: "part_time_timetable",
      date: "2026-09-14",
      sessionsPerWeek: 6,
      hoursPerDay: 2.5,
      reviewDate: "2026-10-12",
      agreedBy: "The head",
      parentAgreed: false,
    };
    const timetableId = await addSchoolDayRecord(access, timetable);
    expect(await getSchoolDayRecord(access, timetableId)).toMatchObject({ sessionsPerWeek: 6, hoursPerDay: 2.5, parentAgreed: false, documentIds: [] });

    const restraint = await createSchoolDayRecord(access, {
      kind: "restraint",
      date: "2026-10-01",
      restraintType: "seclusion",
      parentToldOn: "2026-10-03",
      parentToldBy: "The class teacher",
      toldInWriting: false,
    });
    const penalty = await createSchoolDayRecord(access, { kind: "penalty_notice", date: "2026-12-01", attendanceCode: "O", absenceReason: "school_avoidance", amount: 80 });
    expect(await getSchoolDayRecord(access, restraint.id)).toMatchObject({ restraintType: "seclusion", parentToldOn: "2026-10-03", toldInWriting: false });
    expect(await getSchoolDayRecord(access, penalty.id)).toMatchObject({ attendanceCode: "O", absenceReason: "school_avoidance", amount: 80 });
  });

  it("lists the newest first, and the one added last first within a day", async () => {
    const access = await ownCase();
    await createSchoolDayRecord(access, { date: "2026-10-05", schoolSaid: "first of the day" });
    await createSchoolDayRecord(access, { date: "2026-11-09", schoolSaid: "latest" });
    await createSchoolDayRecord(access, { date: "2026-10-05", schoolSaid: "second of the day" });
    await createSchoolDayRecord(access, { date: "2026-09-21", schoolSaid: "earliest" });
    expect((await listSchoolDayRecords(access)).map((r) => r.schoolSaid)).toEqual(["latest", "second of the day", "first of the day", "earliest"]);
  });

  it("changes and removes a record", async () => {
    const access = await ownCase();
    const sent = await createSchoolDayRecord(access);
    const { id, ...details } = sent;
    expect(await updateSchoolDayRecord(access, id, { ...details, firstSession: "morning", sessions: 2, notes: "Told not to come in at all" })).toBe(true);
    expect(await getSchoolDayRecord(access, id)).toMatchObject({ firstSession: "morning", sessions: 2, notes: "Told not to come in at all" });
    expect(await removeSchoolDayRecord(access, id)).toBe(true);
    expect(await getSchoolDayRecord(access, id)).toBeNull();
    expect(await removeSchoolDayRecord(access, id)).toBe(false);
  });

  it("never finds, changes or removes another family's record", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const theirs = await createSchoolDayRecord(otherAccess, { schoolSaid: "Theirs" });
    const { id, ...details } = theirs;
    expect(await getSchoolDayRecord(access, id)).toBeNull();
    expect(await updateSchoolDayRecord(access, id, { ...details, schoolSaid: "Changed" })).toBe(false);
    expect(await removeSchoolDayRecord(access, id)).toBe(false);
    expect(await listSchoolDayRecords(access)).toEqual([]);
    expect(await getSchoolDayRecord(otherAccess, id)).toMatchObject({ schoolSaid: "Theirs" });
    expect(await getSchoolDayRecord(access, "not-an-id")).toBeNull();
  });

  it("refuses a document of another case as not found, and keeps nothing", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const theirDocument = await addDocument(otherAccess);
    const refused = await addSchoolDayRecord(access, { ...suspension, documentId: theirDocument }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isFailure(refused, "not_found")).toBe(true);
    expect(await listSchoolDayRecords(access)).toEqual([]);

    const mine = await createSchoolDayRecord(access);
    const { id, ...details } = mine;
    const refusedChange = await updateSchoolDayRecord(access, id, { ...details, documentId: theirDocument }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isFailure(refusedChange, "not_found")).toBe(true);
    expect(await getSchoolDayRecord(access, id)).toMatchObject({ documentIds: [] });
  });

  it("keeps the record, without its document, when the document is deleted", async () => {
    const access = await ownCase();
    const documentId = await addDocument(access);
    const record = await createSchoolDayRecord(access, { documentId });
    await db.delete(documents).where(eq(documents.id, documentId));
    expect(await getSchoolDayRecord(access, record.id)).toMatchObject({ kind: "informal_exclusion", documentIds: [] });
  });

  it("raises the case version on every add, change and removal, of records and terms", async () => {
    const access = await ownCase();
    const start = await versionOf(access);
    const record = await createSchoolDayRecord(access);
    const afterAdd = await versionOf(access);
    expect(afterAdd).toBeGreaterThan(start);
    const { id, ...details } = record;
    await updateSchoolDayRecord(access, id, { ...details, notes: "More" });
    const afterChange = await versionOf(access);
    expect(afterChange).toBeGreaterThan(afterAdd);
    await removeSchoolDayRecord(access, id);
    const afterRemove = await versionOf(access);
    expect(afterRemove).toBeGreaterThan(afterChange);
    const term = await createSchoolTerm(access);
    const afterTerm = await versionOf(access);
    expect(afterTerm).toBeGreaterThan(afterRemove);
    await removeSchoolTerm(access, term.id);
    expect(await versionOf(access)).toBeGreaterThan(afterTerm);
  });
});

describe("the school's terms", () => {
  it("lists terms and closures earliest first, and removes one only in its own case", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const spring = await createSchoolTerm(access, { label: "Spring term 2027", start: "2027-01-05", end: "2027-03-26" });
    await createSchoolTerm(access, { kind: "closure", label: "Half-term", start: "2026-10-26", end: "2026-10-30" });
    await createSchoolTerm(access);
    expect(await listSchoolTerms(access)).toEqual([
      expect.objectContaining({ kind: "term", label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18" }),
      expect.objectContaining({ kind: "closure", label: "Half-term", start: "2026-10-26", end: "2026-10-30" }),
      expect.objectContaining({ id: spring.id, label: "Spring term 2027" }),
    ]);
    expect(await removeSchoolTerm(otherAccess, spring.id)).toBe(false);
    expect(await listSchoolTerms(otherAccess)).toEqual([]);
    expect(await removeSchoolTerm(access, spring.id)).toBe(true);
    expect((await listSchoolTerms(access)).map((t) => t.label)).toEqual(["Autumn term 2026", "Half-term"]);
  });
});

describe("the case document", () => {
  it("holds the case's school-day records and terms, as the list functions give them", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    await createSchoolDayRecord(otherAccess, { schoolSaid: "Not ours" });
    await createSchoolDayRecord(access, { date: "2026-10-05" });
    await createSchoolDayRecord(access, { kind: "part_time_timetable", date: "2026-09-14", sessionsPerWeek: 6, hoursPerDay: 2.5 });
    await createSchoolTerm(access);
    const document = await getCaseDocument(access);
    expect(document.schoolDay).toEqual(await listSchoolDayRecords(access));
    expect(document.schoolDay.map((r) => r.kind)).toEqual(["informal_exclusion", "part_time_timetable"]);
    expect(document.schoolTerms).toEqual(await listSchoolTerms(access));
    expect(document.schoolTerms).toHaveLength(1);
  });
});
