// Builders for letters, EHC plans with their lines, and evidence packs, inserted directly with
// sensible defaults: a test states only what matters to it.
import { db } from "~/data/db.server";
import { ehcPlanLines, ehcPlans, evidencePacks, letters } from "~/data/schema";

type LetterInsert = typeof letters.$inferInsert;
type PlanInsert = typeof ehcPlans.$inferInsert;
type PlanLineInsert = typeof ehcPlanLines.$inferInsert;
type PackInsert = typeof evidencePacks.$inferInsert;

/** A letter written from the case: a request for the provision map unless told otherwise. */
export async function createLetter(caseId: string, overrides: Partial<LetterInsert> = {}) {
  const [letter] = await db
    .insert(letters)
    .values({ caseId, kind: "provision_map_request", subject: "The provision map", body: "Please send the provision map.", ...overrides })
    .returning();
  return letter!;
}

/** A draft EHC plan. */
export async function createEhcPlan(caseId: string, overrides: Partial<PlanInsert> = {}) {
  const [plan] = await db.insert(ehcPlans).values({ caseId, stage: "draft", title: "Draft EHC plan", issuedOn: "2026-10-05", ...overrides }).returning();
  return plan!;
}

/** A line of the plan: the first line of Section F unless told otherwise. */
export async function createPlanLine(plan: { id: string; caseId: string }, overrides: Partial<PlanLineInsert> = {}) {
  const [line] = await db
    .insert(ehcPlanLines)
    .values({ caseId: plan.caseId, planId: plan.id, section: "F", position: 1, text: "Speech and language therapy", ...overrides })
    .returning();
  return line!;
}

/** An evidence pack of the given documents, in that order. */
export async function createEvidencePack(caseId: string, documentIds: string[], overrides: Partial<PackInsert> = {}) {
  const [pack] = await db.insert(evidencePacks).values({ caseId, title: "Evidence pack", documentIds, ...overrides }).returning();
  return pack!;
}
