// Builders for who may see a case and the advice organisation's bookings, inserted directly with
// sensible defaults (no page can make an access row without an invitation).
import { db } from "~/data/db.server";
import { bookings, caseAccess, sessionTypes } from "~/data/schema";

type AccessInsert = typeof caseAccess.$inferInsert;
type BookingInsert = typeof bookings.$inferInsert;

/** Access to a case for a person: an adviser with read access unless told otherwise. */
export async function grantAccess(caseId: string, userId: string, overrides: Partial<AccessInsert> = {}) {
  const [row] = await db.insert(caseAccess).values({ caseId, userId, role: "adviser", level: "read", ...overrides }).returning();
  return row!;
}

/** A kind of session the organisation offers: 45 minutes. */
export async function createSessionType(overrides: Partial<typeof sessionTypes.$inferInsert> = {}) {
  const [type] = await db.insert(sessionTypes).values({ name: "Advice session", minutes: 45, ...overrides }).returning();
  return type!;
}

/** A session the parent booked with the adviser, a week from now unless told otherwise. */
export async function createBooking(
  input: { adviserId: string; parentId: string; sessionType: { id: string; minutes: number } },
  overrides: Partial<BookingInsert> = {},
) {
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  const [booking] = await db
    .insert(bookings)
    .values({
      adviserId: input.adviserId,
      parentId: input.parentId,
      sessionTypeId: input.sessionType.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + input.sessionType.minutes * 60_000),
      ...overrides,
    })
    .returning();
  return booking!;
}
