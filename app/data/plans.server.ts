// EHC plans kept as their sections' lines, and the family's own priorities. A plan is made from
// its text (pasted, or read from an uploaded document) in one transaction: the plan and every line.
import { and, asc, desc, eq } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import type { AreaOfNeed } from "~/domain/areas-of-need";
import type { CalendarDate } from "~/domain/calendar/calendar-date";
import { listCaseDeadlines } from "~/domain/letters/statutory-facts";
import { reviewPlan, type PlanReview } from "~/domain/plans/review-plan";
import type { PlanLine } from "~/domain/plans/split-plan";
import { getCheckedCase } from "./case-document.server";
import { rememberForCaseVersion } from "./case-cache.server";
import { db } from "./db.server";
import { ehcPlanLines, ehcPlans, familyPriorities, readable, type ReadableRow } from "./schema";
import { isUuid } from "./ids";

export type PlanRow = ReadableRow<typeof ehcPlans>;
export type PlanLineRow = ReadableRow<typeof ehcPlanLines>;
export type PlanDetails = { stage: PlanRow["stage"]; title: string; issuedOn: string | null; documentId: string | null };


export async function listPlans(access: CaseAccess): Promise<PlanRow[]> {
  return db
    .select(readable(ehcPlans))
    .from(ehcPlans)
    .where(eq(ehcPlans.caseId, access.caseId))
    .orderBy(desc(ehcPlans.issuedOn), desc(ehcPlans.createdAt));
}

/** Every plan line of the case, in order, for the case document. */
export async function listAllPlanLines(access: CaseAccess): Promise<PlanLineRow[]> {
  return db
    .select(readable(ehcPlanLines))
    .from(ehcPlanLines)
    .where(eq(ehcPlanLines.caseId, access.caseId))
    .orderBy(asc(ehcPlanLines.position));
}

export async function findPlan(access: CaseAccess, planId: string | undefined | null): Promise<{ plan: PlanRow; lines: PlanLineRow[] } | null> {
  if (!planId || !isUuid(planId)) return null;
  const [plan] = await db
    .select(readable(ehcPlans))
    .from(ehcPlans)
    .where(and(eq(ehcPlans.caseId, access.caseId), eq(ehcPlans.id, planId)))
    .limit(1);
  if (!plan) return null;
  const lines = await db
    .select(readable(ehcPlanLines))
    .from(ehcPlanLines)
    .where(and(eq(ehcPlanLines.caseId, access.caseId), eq(ehcPlanLines.planId, planId)))
    .orderBy(asc(ehcPlanLines.position));
  return { plan, lines };
}

export type PlanReviewed = {
  plan: PlanRow;
  lines: PlanLineRow[];
  review: PlanReview;
  /** When the family's comments on a draft plan are due, while that time limit is still open. */
  commentsDue: CalendarDate | null;
};

/**
 * One plan with its lines, reviewed against the case's recommendations, kept until the case
 * changes (any change to its lines, its reports or its events raises the case's version) or the
 * day does (decision 121). The case document comes from the checked case the case frame has
 * already read.
 *
 * @example const reviewed = await findPlanReview(access, params.planId, today); // null: no such plan here
 */
export function findPlanReview(access: CaseAccess, planId: string | undefined | null, today: CalendarDate): Promise<PlanReviewed | null> {
  if (!planId || !isUuid(planId)) return Promise.resolve(null);
  return rememberForCaseVersion(access, "plan-review", `${planId}\u0000${today}`, async () => {
    const [found, { document }] = await Promise.all([findPlan(access, planId), getCheckedCase(access, today)]);
    if (!found) return null;
    const window =
      found.plan.stage === "draft" ? listCaseDeadlines(document, today).find((deadline) => deadline.key === "draft_plan_comments" && deadline.status !== "met") : undefined;
    return { ...found, review: reviewPlan(found.lines, document.reports), commentsDue: window?.due ?? null };
  });
}

export async function createPlan(access: CaseAccess, details: PlanDetails, lines: readonly PlanLine[]): Promise<string> {
  return db.transaction(async (tx) => {
    const [plan] = await tx.insert(ehcPlans).values({ ...details, caseId: access.caseId }).returning({ id: ehcPlans.id });
    if (lines.length > 0)
      await tx.insert(ehcPlanLines).values(
        lines.map((line, index) => ({ caseId: access.caseId, planId: plan!.id, section: line.section, position: (index + 1) * 10, text: line.text, area: line.area })),
      );
    return plan!.id;
  });
}

export async function updatePlanLine(access: CaseAccess, planId: string, lineId: string, change: { text: string; section: string; area: AreaOfNeed | null }): Promise<boolean> {
  if (!isUuid(lineId) || !isUuid(planId)) return false;
  const updated = await db
    .update(ehcPlanLines)
    .set(change)
    .where(and(eq(ehcPlanLines.caseId, access.caseId), eq(ehcPlanLines.planId, planId), eq(ehcPlanLines.id, lineId)))
    .returning({ id: ehcPlanLines.id });
  return updated.length > 0;
}

export async function removePlanLine(access: CaseAccess, planId: string, lineId: string): Promise<boolean> {
  if (!isUuid(lineId) || !isUuid(planId)) return false;
  const removed = await db
    .delete(ehcPlanLines)
    .where(and(eq(ehcPlanLines.caseId, access.caseId), eq(ehcPlanLines.planId, planId), eq(ehcPlanLines.id, lineId)))
    .returning({ id: ehcPlanLines.id });
  return removed.length > 0;
}

export async function deletePlan(access: CaseAccess, planId: string): Promise<boolean> {
  if (!isUuid(planId)) return false;
  const removed = await db
    .delete(ehcPlans)
    .where(and(eq(ehcPlans.caseId, access.caseId), eq(ehcPlans.id, planId)))
    .returning({ id: ehcPlans.id });
  return removed.length > 0;
}

export async function listFamilyPriorities(access: CaseAccess) {
  return db.select(readable(familyPriorities)).from(familyPriorities).where(eq(familyPriorities.caseId, access.caseId)).orderBy(asc(familyPriorities.createdAt));
}

export async function addFamilyPriority(access: CaseAccess, priority: { text: string; area: AreaOfNeed | null }): Promise<void> {
  await db.insert(familyPriorities).values({ ...priority, caseId: access.caseId });
}

export async function removeFamilyPriority(access: CaseAccess, priorityId: string): Promise<boolean> {
  if (!isUuid(priorityId)) return false;
  const removed = await db
    .delete(familyPriorities)
    .where(and(eq(familyPriorities.caseId, access.caseId), eq(familyPriorities.id, priorityId)))
    .returning({ id: familyPriorities.id });
  return removed.length > 0;
}
