// Queries for the support record's Assess–Plan–Do–Review cycles: the cycle, its targets and
// provision, and its review. Every function takes the CaseAccess from the gate and scopes its SQL
// to that case; a child id from the URL (a cycle, a target, a provision line) is always looked up
// together with the case, so an id from another case is simply not found.
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import type { AreaOfNeed } from "~/domain/areas-of-need";
import { carryForward } from "~/domain/support/carry-forward";
import type { CycleKind, Effectiveness, OverallProgress, ReviewDecision, TargetRating } from "~/domain/support/review-options";
import { db } from "./db.server";
import { cycles, documents, provisions, readable, type ReadableRow, recommendationProvisions, reviews, targets } from "./schema";
import { isUuid } from "./ids";
import { fail } from "~/errors";

export type CycleInput = {
  kind: CycleKind;
  title: string | null;
  startDate: string;
  reviewDate: string | null;
  assessmentSummary: string | null;
  assessedBy: string | null;
  assessmentDate: string | null;
  assessmentFindings: string | null;
  schoolPlanNote: string | null;
};

export type TargetInput = { text: string; area: AreaOfNeed | null };

/** A provision line as the form gives it: "how often" is the number a week and the days, never free words. */
export type ProvisionInput = {
  what: string;
  who: string | null;
  sessionsPerWeek: number | null;
  sessionWeekdays: number[];
  durationMinutes: number | null;
  groupSize: string | null;
  startDate: string | null;
  endDate: string | null;
  targetId: string | null;
};

export type ReviewInput = {
  date: string;
  parentAttended: boolean | null;
  targetProgress: Array<{ targetId: string; rating: TargetRating; evidence: string | null }>;
  overallProgress: OverallProgress | null;
  whatWorked: string | null;
  barriers: string | null;
  childViews: string | null;
  parentViews: string | null;
  provisionEffectiveness: Array<{ provisionId: string; parentView: Effectiveness | null; schoolView: Effectiveness | null }>;
  decision: ReviewDecision;
};

export type CycleRow = ReadableRow<typeof cycles>;
export type TargetRow = ReadableRow<typeof targets>;
export type ProvisionRow = ReadableRow<typeof provisions>;
export type ReviewRow = ReadableRow<typeof reviews>;



/** The case's cycles, newest first, with how many targets and provision lines each has and its review decision. */
export async function listCycles(access: CaseAccess) {
  return db
    .select({
      id: cycles.id,
      kind: cycles.kind,
      title: cycles.title,
      startDate: cycles.startDate,
      reviewDate: cycles.reviewDate,
      targetCount: sql<number>`(select count(*) from ${targets} where ${targets.cycleId} = ${cycles.id})`.mapWith(Number),
      provisionCount: sql<number>`(select count(*) from ${provisions} where ${provisions.cycleId} = ${cycles.id})`.mapWith(Number),
      reviewDecision: reviews.decision,
      reviewedOn: reviews.date,
    })
    .from(cycles)
    .leftJoin(reviews, and(eq(reviews.cycleId, cycles.id), eq(reviews.caseId, access.caseId)))
    .where(eq(cycles.caseId, access.caseId))
    .orderBy(desc(cycles.startDate), desc(cycles.createdAt));
}

/** One cycle of this case; a 404 for an id that is not a cycle of this case. */
export async function getCycle(access: CaseAccess, cycleId: string | undefined): Promise<CycleRow> {
  if (!cycleId || !isUuid(cycleId)) fail("not_found");
  const [row] = await db
    .select(readable(cycles))
    .from(cycles)
    .where(and(eq(cycles.caseId, access.caseId), eq(cycles.id, cycleId)))
    .limit(1);
  return row ?? fail("not_found");
}

/** The most recent cycle (by start date), or null when the case has none yet. */
export async function findLatestCycle(access: CaseAccess): Promise<CycleRow | null> {
  const [row] = await db
    .select(readable(cycles))
    .from(cycles)
    .where(eq(cycles.caseId, access.caseId))
    .orderBy(desc(cycles.startDate), desc(cycles.createdAt))
    .limit(1);
  return row ?? null;
}

export async function listTargets(access: CaseAccess, cycle: Pick<CycleRow, "id">) {
  return db
    .select(readable(targets))
    .from(targets)
    .where(and(eq(targets.caseId, access.caseId), eq(targets.cycleId, cycle.id)))
    .orderBy(asc(targets.position), asc(targets.createdAt));
}

export async function listProvisions(access: CaseAccess, cycle: Pick<CycleRow, "id">) {
  return db
    .select(readable(provisions))
    .from(provisions)
    .where(and(eq(provisions.caseId, access.caseId), eq(provisions.cycleId, cycle.id)))
    .orderBy(asc(provisions.position), asc(provisions.createdAt));
}

export async function findReview(access: CaseAccess, cycle: Pick<CycleRow, "id">): Promise<ReviewRow | null> {
  const [row] = await db
    .select(readable(reviews))
    .from(reviews)
    .where(and(eq(reviews.caseId, access.caseId), eq(reviews.cycleId, cycle.id)))
    .limit(1);
  return row ?? null;
}

/**
 * The whole plan of a cycle, and the lines of the plan it was carried forward from (so the page
 * can say which are unchanged).
 */
export async function getPlan(access: CaseAccess, cycleId: string | undefined) {
  const cycle = await getCycle(access, cycleId);
  const [cycleTargets, cycleProvision, review] = await Promise.all([listTargets(access, cycle), listProvisions(access, cycle), findReview(access, cycle)]);
  const previous = cycle.carriedForwardFrom ? await findPreviousLines(access, cycleTargets, cycleProvision) : null;
  return { cycle, targets: cycleTargets, provision: cycleProvision, review, previous };
}

async function findPreviousLines(access: CaseAccess, cycleTargets: TargetRow[], cycleProvision: ProvisionRow[]) {
  const targetIds = cycleTargets.flatMap((t) => (t.carriedForwardFrom ? [t.carriedForwardFrom] : []));
  const provisionIds = cycleProvision.flatMap((p) => (p.carriedForwardFrom ? [p.carriedForwardFrom] : []));
  const [previousTargets, previousProvision] = await Promise.all([
    targetIds.length ? db.select(readable(targets)).from(targets).where(and(eq(targets.caseId, access.caseId), inArray(targets.id, targetIds))) : [],
    provisionIds.length ? db.select(readable(provisions)).from(provisions).where(and(eq(provisions.caseId, access.caseId), inArray(provisions.id, provisionIds))) : [],
  ]);
  return { targets: previousTargets, provision: previousProvision };
}

/**
 * Starts a cycle. When the case already has one, the latest cycle's targets and provision are
 * copied into the new plan (each copy remembers where it came from), so a plan repeated
 * unchanged shows as such. Returns the new cycle's id.
 */
export async function startCycle(access: CaseAccess, input: CycleInput): Promise<string> {
  const latest = await findLatestCycle(access);
  const previous = latest ? { targets: await listTargets(access, latest), provision: await listProvisions(access, latest) } : null;
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(cycles)
      .values({ ...input, caseId: access.caseId, carriedForwardFrom: latest?.id ?? null })
      .returning({ id: cycles.id });
    if (!created) throw new Error("Cycle was not created");
    if (!previous) return created.id;
    const plan = carryForward(
      {
        targets: previous.targets.map(({ id, text, area, position }) => ({ id, text, area, position })),
        provision: previous.provision.map(({ id, targetId, what, who, frequency, sessionsPerWeek, sessionWeekdays, durationMinutes, groupSize, provisionMapNote, position }) => ({
          id,
          targetId,
          what,
          who,
          frequency,
          sessionsPerWeek,
          sessionWeekdays,
          durationMinutes,
          groupSize,
          provisionMapNote,
          position,
        })),
      },
      input,
    );
    const newTargetIds = new Map<string, string>();
    for (const { key, ...target } of plan.targets) {
      const [copy] = await tx
        .insert(targets)
        .values({ ...target, caseId: access.caseId, cycleId: created.id })
        .returning({ id: targets.id });
      newTargetIds.set(key, copy!.id);
    }
    if (plan.provision.length > 0) {
      const copies = await tx
        .insert(provisions)
        .values(
          plan.provision.map(({ targetKey, ...line }) => ({
            ...line,
            caseId: access.caseId,
            cycleId: created.id,
            targetId: targetKey ? (newTargetIds.get(targetKey) ?? null) : null,
          })),
        )
        .returning({ id: provisions.id, carriedForwardFrom: provisions.carriedForwardFrom });
      // A professional's recommendation answered by a line is still answered by its copy.
      const copyOf = new Map(copies.flatMap((copy) => (copy.carriedForwardFrom ? [[copy.carriedForwardFrom, copy.id] as const] : [])));
      const links = copyOf.size
        ? await tx
            .select({ recommendationId: recommendationProvisions.recommendationId, provisionId: recommendationProvisions.provisionId })
            .from(recommendationProvisions)
            .where(and(eq(recommendationProvisions.caseId, access.caseId), inArray(recommendationProvisions.provisionId, [...copyOf.keys()])))
        : [];
      if (links.length > 0) {
        await tx
          .insert(recommendationProvisions)
          .values(links.map((link) => ({ caseId: access.caseId, recommendationId: link.recommendationId, provisionId: copyOf.get(link.provisionId)! })));
      }
    }
    return created.id;
  });
}

export async function updateCycle(access: CaseAccess, cycle: Pick<CycleRow, "id">, input: CycleInput) {
  await db
    .update(cycles)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(cycles.caseId, access.caseId), eq(cycles.id, cycle.id)));
}

/**
 * Links the school's own plan document to the cycle (or unlinks it, with null). The document
 * must be one of this case's: false, and nothing changed, when it is not.
 */
export async function setSchoolPlanDocument(access: CaseAccess, cycle: Pick<CycleRow, "id">, documentId: string | null): Promise<boolean> {
  if (documentId !== null) {
    const [found] = await db
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.caseId, access.caseId), eq(documents.id, documentId)))
      .limit(1);
    if (!found) return false;
  }
  await db
    .update(cycles)
    .set({ schoolPlanDocumentId: documentId, updatedAt: new Date() })
    .where(and(eq(cycles.caseId, access.caseId), eq(cycles.id, cycle.id)));
  return true;
}

/** The school's plan document linked to the cycle (its id, title and date), or null. */
export async function findSchoolPlanDocument(access: CaseAccess, cycle: Pick<CycleRow, "schoolPlanDocumentId">) {
  if (!cycle.schoolPlanDocumentId) return null;
  const [row] = await db
    .select({ id: documents.id, title: documents.title, date: documents.date })
    .from(documents)
    .where(and(eq(documents.caseId, access.caseId), eq(documents.id, cycle.schoolPlanDocumentId)))
    .limit(1);
  return row ?? null;
}

async function nextPosition(table: typeof targets | typeof provisions, access: CaseAccess, cycle: Pick<CycleRow, "id">): Promise<number> {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${table.position}) + 1, 0)`.mapWith(Number) })
    .from(table)
    .where(and(eq(table.caseId, access.caseId), eq(table.cycleId, cycle.id)));
  return row?.next ?? 0;
}

export async function addTarget(access: CaseAccess, cycle: Pick<CycleRow, "id">, input: TargetInput) {
  const position = await nextPosition(targets, access, cycle);
  await db.insert(targets).values({ ...input, position, caseId: access.caseId, cycleId: cycle.id });
}

/** Changes a target of this cycle; false when the id is not one of them. */
export async function updateTarget(access: CaseAccess, cycle: Pick<CycleRow, "id">, targetId: string, input: TargetInput): Promise<boolean> {
  const changed = await db
    .update(targets)
    .set(input)
    .where(and(eq(targets.caseId, access.caseId), eq(targets.cycleId, cycle.id), eq(targets.id, targetId)))
    .returning({ id: targets.id });
  return changed.length > 0;
}

export async function removeTarget(access: CaseAccess, cycle: Pick<CycleRow, "id">, targetId: string) {
  await db.delete(targets).where(and(eq(targets.caseId, access.caseId), eq(targets.cycleId, cycle.id), eq(targets.id, targetId)));
}

/** Whether `targetId` is a target of this cycle, so provision never points into another plan. */
async function isTargetOf(access: CaseAccess, cycle: Pick<CycleRow, "id">, targetId: string | null): Promise<boolean> {
  if (targetId === null) return true;
  const [row] = await db
    .select({ id: targets.id })
    .from(targets)
    .where(and(eq(targets.caseId, access.caseId), eq(targets.cycleId, cycle.id), eq(targets.id, targetId)))
    .limit(1);
  return Boolean(row);
}

/** Adds a provision line; false (and nothing written) when its target is not in this cycle. */
export async function addProvision(access: CaseAccess, cycle: Pick<CycleRow, "id">, input: ProvisionInput): Promise<boolean> {
  if (!(await isTargetOf(access, cycle, input.targetId))) return false;
  const position = await nextPosition(provisions, access, cycle);
  await db.insert(provisions).values({ ...input, frequency: null, position, caseId: access.caseId, cycleId: cycle.id });
  return true;
}

/** Changes a provision line of this cycle; false when the line or its target is not in it. */
export async function updateProvision(access: CaseAccess, cycle: Pick<CycleRow, "id">, provisionId: string, input: ProvisionInput): Promise<boolean> {
  if (!(await isTargetOf(access, cycle, input.targetId))) return false;
  const changed = await db
    .update(provisions)
    // The plan's old words for how often go: the number (read from them by the form) replaces them.
    .set({ ...input, frequency: null })
    .where(and(eq(provisions.caseId, access.caseId), eq(provisions.cycleId, cycle.id), eq(provisions.id, provisionId)))
    .returning({ id: provisions.id });
  return changed.length > 0;
}

export async function removeProvision(access: CaseAccess, cycle: Pick<CycleRow, "id">, provisionId: string) {
  await db.delete(provisions).where(and(eq(provisions.caseId, access.caseId), eq(provisions.cycleId, cycle.id), eq(provisions.id, provisionId)));
}

/** Records the cycle's review, or replaces it: there is one review per cycle. */
export async function saveReview(access: CaseAccess, cycle: Pick<CycleRow, "id">, input: ReviewInput) {
  await db
    .insert(reviews)
    .values({ ...input, caseId: access.caseId, cycleId: cycle.id })
    .onConflictDoUpdate({ target: reviews.cycleId, set: input, setWhere: eq(reviews.caseId, access.caseId) });
}
