// Queries for the register of reasonable adjustments. Every function takes the CaseAccess from
// the gate and scopes its SQL to that case, including the ones given an adjustment's id.
import { and, asc, eq, sql } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import type { AdjustmentStatus } from "~/domain/codes/adjustments";
import { db } from "./db.server";
import { adjustments, readable } from "./schema";

/** An adjustment as the parent records it: what was asked for, the school's answer, and whether it works. */
export type AdjustmentInput = {
  description: string;
  requestedOn: string | null;
  requestedBy: string | null;
  status: AdjustmentStatus;
  respondedOn: string | null;
  reason: string | null;
  reviewNote: string | null;
};

/** The adjustments asked for, newest request first; those with no date come last. */
export async function listAdjustments(access: CaseAccess) {
  return db
    .select(readable(adjustments))
    .from(adjustments)
    .where(eq(adjustments.caseId, access.caseId))
    .orderBy(sql`${adjustments.requestedOn} desc nulls last`, asc(adjustments.createdAt));
}

/** One adjustment of this case, or null when there is none with that id in this case. */
export async function findAdjustment(access: CaseAccess, adjustmentId: string) {
  const [row] = await db
    .select(readable(adjustments))
    .from(adjustments)
    .where(and(eq(adjustments.caseId, access.caseId), eq(adjustments.id, adjustmentId)))
    .limit(1);
  return row ?? null;
}

export async function addAdjustment(access: CaseAccess, adjustment: AdjustmentInput) {
  const [row] = await db.insert(adjustments).values({ ...adjustment, caseId: access.caseId }).returning({ id: adjustments.id });
  return row!.id;
}

/** Saves the adjustment's new details; false when it is not in this case. */
export async function updateAdjustment(access: CaseAccess, adjustmentId: string, adjustment: AdjustmentInput): Promise<boolean> {
  const updated = await db
    .update(adjustments)
    .set({ ...adjustment, updatedAt: new Date() })
    .where(and(eq(adjustments.caseId, access.caseId), eq(adjustments.id, adjustmentId)))
    .returning({ id: adjustments.id });
  return updated.length > 0;
}

export async function removeAdjustment(access: CaseAccess, adjustmentId: string): Promise<boolean> {
  const removed = await db
    .delete(adjustments)
    .where(and(eq(adjustments.caseId, access.caseId), eq(adjustments.id, adjustmentId)))
    .returning({ id: adjustments.id });
  return removed.length > 0;
}
