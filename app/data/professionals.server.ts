// Queries for the professionals involved with the child and the referrals to their services.
// Every function takes the CaseAccess from the gate and scopes its SQL to that case, including the
// ones given a record's id, and a referral only ever points at a professional of the same case.
import { and, asc, eq, sql } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import type { ProfessionalRole, ReferralStatus } from "~/domain/codes/professionals";
import { db } from "./db.server";
import { professionals, readable, referrals } from "./schema";
import { fail } from "~/errors";

/** A professional involved with the child: who they are, how to reach them, since when. */
export type ProfessionalInput = {
  name: string;
  role: ProfessionalRole;
  organisation: string | null;
  email: string | null;
  phone: string | null;
  involvedFrom: string | null;
  notes: string | null;
};

/** A referral to a service: who asked and when, the professional if known, where it has got to. */
export type ReferralInput = {
  service: ProfessionalRole;
  professionalId: string | null;
  requestedBy: string | null;
  requestedOn: string | null;
  status: ReferralStatus;
  seenOn: string | null;
  notes: string | null;
};

/** The professionals involved, in the order they were added. */
export async function listProfessionals(access: CaseAccess) {
  return db
    .select(readable(professionals))
    .from(professionals)
    .where(eq(professionals.caseId, access.caseId))
    .orderBy(asc(professionals.createdAt), asc(professionals.name));
}

/** One professional of this case, or null when there is none with that id in this case. */
export async function findProfessional(access: CaseAccess, professionalId: string) {
  const [row] = await db
    .select(readable(professionals))
    .from(professionals)
    .where(and(eq(professionals.caseId, access.caseId), eq(professionals.id, professionalId)))
    .limit(1);
  return row ?? null;
}

/** Whether the id (when given) is a professional of this case, so nothing points into another case. */
export async function isProfessionalOf(access: CaseAccess, professionalId: string | null): Promise<boolean> {
  return professionalId === null || (await findProfessional(access, professionalId)) !== null;
}

export async function addProfessional(access: CaseAccess, professional: ProfessionalInput): Promise<string> {
  const [row] = await db
    .insert(professionals)
    .values({ ...professional, caseId: access.caseId })
    .returning({ id: professionals.id });
  return row!.id;
}

/** Saves the professional's new details; false when they are not in this case. */
export async function updateProfessional(access: CaseAccess, professionalId: string, professional: ProfessionalInput): Promise<boolean> {
  const updated = await db
    .update(professionals)
    .set(professional)
    .where(and(eq(professionals.caseId, access.caseId), eq(professionals.id, professionalId)))
    .returning({ id: professionals.id });
  return updated.length > 0;
}

/** Removes a professional. Their referrals and reports stay, no longer naming them. */
export async function removeProfessional(access: CaseAccess, professionalId: string): Promise<boolean> {
  const removed = await db
    .delete(professionals)
    .where(and(eq(professionals.caseId, access.caseId), eq(professionals.id, professionalId)))
    .returning({ id: professionals.id });
  return removed.length > 0;
}

/** The referrals, most recently asked for first (undated last), each with the professional's name. */
export async function listReferrals(access: CaseAccess) {
  return db
    .select({ ...readable(referrals), professionalName: professionals.name })
    .from(referrals)
    .leftJoin(professionals, and(eq(professionals.id, referrals.professionalId), eq(professionals.caseId, access.caseId)))
    .where(eq(referrals.caseId, access.caseId))
    .orderBy(sql`${referrals.requestedOn} desc nulls last`, asc(referrals.createdAt));
}

/** One referral of this case, or null when there is none with that id in this case. */
export async function findReferral(access: CaseAccess, referralId: string) {
  const [row] = await db
    .select(readable(referrals))
    .from(referrals)
    .where(and(eq(referrals.caseId, access.caseId), eq(referrals.id, referralId)))
    .limit(1);
  return row ?? null;
}

/** Adds a referral; null (and nothing written) when the professional named is not in this case. */
export async function addReferral(access: CaseAccess, referral: ReferralInput): Promise<string | null> {
  if (!(await isProfessionalOf(access, referral.professionalId))) return null;
  const [row] = await db
    .insert(referrals)
    .values({ ...referral, caseId: access.caseId })
    .returning({ id: referrals.id });
  return row!.id;
}

/**
 * Saves a referral's new details. Fails as not found when the referral is not in this case;
 * "unknown_professional" (and nothing written) when the professional named is not (a form error).
 */
export async function updateReferral(
  access: CaseAccess,
  referralId: string,
  referral: ReferralInput,
): Promise<"saved" | "unknown_professional"> {
  if (!(await isProfessionalOf(access, referral.professionalId))) return "unknown_professional";
  const updated = await db
    .update(referrals)
    .set({ ...referral, updatedAt: new Date() })
    .where(and(eq(referrals.caseId, access.caseId), eq(referrals.id, referralId)))
    .returning({ id: referrals.id });
  return updated.length > 0 ? "saved" : fail("not_found");
}

export async function removeReferral(access: CaseAccess, referralId: string): Promise<boolean> {
  const removed = await db
    .delete(referrals)
    .where(and(eq(referrals.caseId, access.caseId), eq(referrals.id, referralId)))
    .returning({ id: referrals.id });
  return removed.length > 0;
}
