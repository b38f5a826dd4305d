// Builders for the support record as the delivery log and the audit need it: a cycle, a line of
// provision, recorded sessions and a review, inserted directly with sensible defaults.
import { db } from "~/data/db.server";
import { cycles, deliverySessions, provisions, reviews } from "~/data/schema";

type CycleInsert = typeof cycles.$inferInsert;
type ProvisionInsert = typeof provisions.$inferInsert;
type ReviewInsert = typeof reviews.$inferInsert;

/** A cycle of SEN support in `caseId`, autumn 2025 unless told otherwise. */
export async function createCycle(caseId: string, overrides: Partial<CycleInsert> = {}) {
  const [cycle] = await db
    .insert(cycles)
    .values({ caseId, title: "Autumn plan", startDate: "2025-09-01", reviewDate: "2025-12-12", ...overrides })
    .returning();
  return cycle!;
}

/** A line of provision in the cycle: 20-minute phonics sessions three times a week. */
export async function createProvision(cycle: { id: string; caseId: string }, overrides: Partial<ProvisionInsert> = {}) {
  const [provision] = await db
    .insert(provisions)
    .values({
      caseId: cycle.caseId,
      cycleId: cycle.id,
      what: "Phonics catch-up group",
      who: "Teaching assistant",
      sessionsPerWeek: 3,
      durationMinutes: 20,
      startDate: "2025-10-06",
      endDate: "2025-10-31",
      ...overrides,
    })
    .returning();
  return provision!;
}

/** Recorded sessions of a provision line, by date and status. */
export async function createSessions(
  provision: { id: string; caseId: string },
  sessions: Array<{ date: string; status: "held" | "cancelled" | "unknown"; cancelReason?: "staff_absence" | "trip" | "child_absent" | "other" | null }>,
) {
  if (sessions.length === 0) return [];
  return db
    .insert(deliverySessions)
    .values(sessions.map((s) => ({ caseId: provision.caseId, provisionId: provision.id, date: s.date, status: s.status, cancelReason: s.cancelReason ?? null })))
    .returning();
}

/** The review of a cycle, with views of how well each provision line worked. */
export async function createReview(cycle: { id: string; caseId: string }, overrides: Partial<ReviewInsert> = {}) {
  const [review] = await db
    .insert(reviews)
    .values({ caseId: cycle.caseId, cycleId: cycle.id, date: "2025-12-12", ...overrides })
    .returning();
  return review!;
}
