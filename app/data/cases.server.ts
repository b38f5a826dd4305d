// Queries for cases: the child's profile, contacts, needs and diagnoses. Every function takes
// the CaseAccess from the gate and scopes its SQL to that case.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import { listAccessibleCaseIds, ownerGrant } from "~/auth/access.server";
import type { AreaOfNeed, ImpactLevel } from "~/domain/areas-of-need";
import type { SignedInUser } from "~/context";
import { db } from "./db.server";
import { listStorageKeys, removeStoredFiles } from "./documents.server";
import { caseAccess, caseContacts, cases, diagnoses, needs, readable } from "./schema";
import { fail } from "~/errors";

export type ChildProfile = {
  childName: string;
  dateOfBirth: string | null;
  school: string | null;
  yearGroup: string | null;
  sencoName: string | null;
  sencoEmail: string | null;
  sencoPhone: string | null;
  strengths: string | null;
  interests: string | null;
  views: string | null;
};

export type ContactInput = { name: string; role: string | null; email: string | null; phone: string | null };

export type NeedInput = {
  signs: string[];
  otherSigns: string | null;
  since: string | null;
  impact: ImpactLevel | null;
  notes: string | null;
};

/** Creates a case owned by the user; returns its id. */
export async function createCase(user: SignedInUser, profile: Pick<ChildProfile, "childName"> & Partial<ChildProfile>) {
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(cases).values(profile).returning({ id: cases.id });
    if (!created) throw new Error("Case was not created");
    await tx.insert(caseAccess).values(ownerGrant(created.id, user.id));
    return created.id;
  });
}

/** The cases the user may see now, newest first, with what they may do in each. */
export async function listCases(user: SignedInUser) {
  const grants = await listAccessibleCaseIds(user);
  if (grants.length === 0) return [];
  const rows = await db
    .select({ id: cases.id, childName: cases.childName, yearGroup: cases.yearGroup, school: cases.school, updatedAt: cases.updatedAt })
    .from(cases)
    .where(inArray(cases.id, grants.map((g) => g.caseId)))
    .orderBy(asc(cases.childName));
  const levelOf = new Map(grants.map((g) => [g.caseId, g]));
  return rows.map((row) => ({ ...row, level: levelOf.get(row.id)!.level, role: levelOf.get(row.id)!.role }));
}

type CaseRow = typeof cases.$inferSelect;

// The gate hands the layout and the page of one request the same CaseAccess, so keying on it
// reads the case once per request. Every write to the case forgets it.
const caseThisRequest = new WeakMap<CaseAccess, Promise<CaseRow>>();

export function getCase(access: CaseAccess): Promise<CaseRow> {
  let found = caseThisRequest.get(access);
  if (!found) {
    found = readCase(access);
    caseThisRequest.set(access, found);
    found.catch(() => caseThisRequest.delete(access));
  }
  return found;
}

async function readCase(access: CaseAccess): Promise<CaseRow> {
  const [row] = await db.select().from(cases).where(eq(cases.id, access.caseId)).limit(1);
  if (!row) fail("not_found");
  return row;
}

export async function updateChildProfile(access: CaseAccess, profile: ChildProfile) {
  caseThisRequest.delete(access);
  await db.update(cases).set({ ...profile, updatedAt: new Date() }).where(eq(cases.id, access.caseId));
}

/**
 * Deletes the case and everything in it: rows cascade from the case, then the stored files of its
 * documents go (rows first, so no row is ever left without its file; a crash in between leaves
 * only files, which the start-up sweep removes).
 */
export async function deleteCase(access: CaseAccess) {
  caseThisRequest.delete(access);
  const storageKeys = await listStorageKeys(access);
  await db.delete(cases).where(eq(cases.id, access.caseId));
  await removeStoredFiles(storageKeys);
}

export async function listContacts(access: CaseAccess) {
  return db
    .select()
    .from(caseContacts)
    .where(eq(caseContacts.caseId, access.caseId))
    .orderBy(asc(caseContacts.createdAt));
}

export async function addContact(access: CaseAccess, contact: ContactInput) {
  await db.insert(caseContacts).values({ ...contact, caseId: access.caseId });
  touchCase(access);
}

export async function removeContact(access: CaseAccess, contactId: string) {
  await db.delete(caseContacts).where(and(eq(caseContacts.caseId, access.caseId), eq(caseContacts.id, contactId)));
  touchCase(access);
}

export async function listNeeds(access: CaseAccess) {
  return db.select(readable(needs)).from(needs).where(eq(needs.caseId, access.caseId));
}

/** Saves the need for one area, creating it the first time. */
export async function saveNeed(access: CaseAccess, area: AreaOfNeed, need: NeedInput) {
  await db
    .insert(needs)
    .values({ ...need, caseId: access.caseId, area })
    .onConflictDoUpdate({ target: [needs.caseId, needs.area], set: { ...need, updatedAt: new Date() } });
  touchCase(access);
}

export async function removeNeed(access: CaseAccess, area: AreaOfNeed) {
  await db.delete(needs).where(and(eq(needs.caseId, access.caseId), eq(needs.area, area)));
  touchCase(access);
}

export async function listDiagnoses(access: CaseAccess) {
  return db.select(readable(diagnoses)).from(diagnoses).where(eq(diagnoses.caseId, access.caseId)).orderBy(asc(diagnoses.createdAt));
}

export async function addDiagnosis(access: CaseAccess, diagnosis: { name: string; date: string | null; madeBy: string | null }) {
  await db.insert(diagnoses).values({ ...diagnosis, caseId: access.caseId });
  touchCase(access);
}

export async function removeDiagnosis(access: CaseAccess, diagnosisId: string) {
  await db.delete(diagnoses).where(and(eq(diagnoses.caseId, access.caseId), eq(diagnoses.id, diagnosisId)));
  touchCase(access);
}

// The database raises the case's version and updated_at itself on every change to its records
// (migration 0003); this only forgets the case row read earlier in the same request.
function touchCase(access: CaseAccess) {
  caseThisRequest.delete(access);
}
