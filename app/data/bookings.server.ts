// The advice organisation: its settings, session types, advisers, their hours, and bookings.
// Organisation pages ask requireOrgRole first; a parent's bookings are always scoped to them.
import { alias } from "drizzle-orm/pg-core";
import { and, asc, eq, gt, gte, inArray, isNotNull, lt, ne, sql } from "drizzle-orm";
import type { SignedInUser } from "~/context";
import { freeSlots, toMinutes, type Slot, type WeeklyHours } from "~/domain/bookings/free-slots";
import { addDays } from "~/domain/calendar/calendar-date";
import { instantAt, now as clockNow, todayIn, wallClockIn } from "~/services/clock.server";
import { db, type Db } from "./db.server";
import { isUuid } from "./ids";
import { adviserAvailability, availabilityExceptions, bookings, caseAccess, organisationSettings, sessionTypes, users } from "./schema";

const ZONE = "Europe/London";
/** How far ahead parents can book. */
export const BOOKING_DAYS_AHEAD = 28;

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// ── Settings and session types ────────────────────────────────────────────────────────────

export async function getOrganisation() {
  const [row] = await db.select().from(organisationSettings).where(eq(organisationSettings.id, 1));
  return row ?? { id: 1, name: "SEN advice service", noticeHours: 24, updatedAt: new Date() };
}

export async function saveOrganisation(input: { name: string; noticeHours: number }) {
  await db
    .insert(organisationSettings)
    .values({ id: 1, ...input })
    .onConflictDoUpdate({ target: organisationSettings.id, set: { ...input, updatedAt: sql`now()` } });
}

export async function listSessionTypes({ activeOnly }: { activeOnly: boolean }) {
  return db
    .select()
    .from(sessionTypes)
    .where(activeOnly ? eq(sessionTypes.active, true) : undefined)
    .orderBy(asc(sessionTypes.minutes), asc(sessionTypes.name));
}

export async function addSessionType(input: { name: string; minutes: number; description: string | null }) {
  await db.insert(sessionTypes).values(input);
}

export async function setSessionTypeActive(id: string, active: boolean) {
  if (!isUuid(id)) return;
  await db.update(sessionTypes).set({ active }).where(eq(sessionTypes.id, id));
}

// ── Advisers ──────────────────────────────────────────────────────────────────────────────

export async function listAdvisers() {
  return db
    .select({ id: users.id, name: users.name, email: users.email, hasTwoFactor: isNotNull(users.totpEnabledAt) })
    .from(users)
    .where(eq(users.orgRole, "adviser"))
    .orderBy(asc(users.name));
}

/** Makes an existing account an adviser. Returns false if the account is the admin's. */
export async function makeAdviser(userId: string): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ orgRole: "adviser" })
    .where(and(eq(users.id, userId), sql`${users.orgRole} is distinct from 'admin'`))
    .returning({ id: users.id });
  return updated.length > 0;
}

/**
 * Ends a person's place as an adviser: they lose every case shared with them as an adviser at
 * once, and their future sessions are cancelled.
 */
export async function removeAdviser(userId: string): Promise<boolean> {
  if (!isUuid(userId)) return false;
  return db.transaction(async (tx) => {
    const updated = await tx.update(users).set({ orgRole: null }).where(and(eq(users.id, userId), eq(users.orgRole, "adviser"))).returning({ id: users.id });
    if (updated.length === 0) return false;
    await tx.update(caseAccess).set({ revokedAt: sql`now()` }).where(and(eq(caseAccess.userId, userId), eq(caseAccess.role, "adviser")));
    await tx
      .update(bookings)
      .set({ status: "cancelled", cancelledAt: sql`now()` })
      .where(and(eq(bookings.adviserId, userId), eq(bookings.status, "booked"), gt(bookings.startsAt, sql`now()`)));
    return true;
  });
}

// ── Hours ─────────────────────────────────────────────────────────────────────────────────

export async function getHours(adviserId: string) {
  const hours = await db
    .select({ weekday: adviserAvailability.weekday, startTime: adviserAvailability.startTime, endTime: adviserAvailability.endTime })
    .from(adviserAvailability)
    .where(eq(adviserAvailability.adviserId, adviserId))
    .orderBy(asc(adviserAvailability.weekday), asc(adviserAvailability.startTime));
  const daysOff = await db
    .select({ id: availabilityExceptions.id, day: availabilityExceptions.day, reason: availabilityExceptions.reason })
    .from(availabilityExceptions)
    .where(and(eq(availabilityExceptions.adviserId, adviserId), gte(availabilityExceptions.day, todayIn(ZONE))))
    .orderBy(asc(availabilityExceptions.day));
  return { hours, daysOff };
}

/** Replaces the adviser's weekly hours. */
export async function saveHours(adviserId: string, hours: WeeklyHours[]) {
  await db.transaction(async (tx) => {
    await tx.delete(adviserAvailability).where(eq(adviserAvailability.adviserId, adviserId));
    if (hours.length > 0) await tx.insert(adviserAvailability).values(hours.map((h) => ({ adviserId, ...h })));
  });
}

export async function addDayOff(adviserId: string, day: string, reason: string | null) {
  await db.insert(availabilityExceptions).values({ adviserId, day, reason }).onConflictDoUpdate({
    target: [availabilityExceptions.adviserId, availabilityExceptions.day],
    set: { reason },
  });
}

export async function removeDayOff(adviserId: string, id: string) {
  if (!isUuid(id)) return;
  await db.delete(availabilityExceptions).where(and(eq(availabilityExceptions.id, id), eq(availabilityExceptions.adviserId, adviserId)));
}

// ── Free slots and booking ────────────────────────────────────────────────────────────────

async function slotsFor(tx: Tx | Db, adviserId: string, minutes: number, now: Date, exceptBookingId?: string): Promise<Slot[]> {
  const from = todayIn(ZONE, now);
  const until = instantAt(ZONE, addDays(from, BOOKING_DAYS_AHEAD + 1));
  const [hours, off, taken] = await Promise.all([
    tx.select().from(adviserAvailability).where(eq(adviserAvailability.adviserId, adviserId)),
    tx.select({ day: availabilityExceptions.day }).from(availabilityExceptions).where(eq(availabilityExceptions.adviserId, adviserId)),
    tx
      .select({ startsAt: bookings.startsAt, endsAt: bookings.endsAt })
      .from(bookings)
      .where(
        and(
          eq(bookings.adviserId, adviserId),
          eq(bookings.status, "booked"),
          gt(bookings.endsAt, now),
          lt(bookings.startsAt, until),
          exceptBookingId ? ne(bookings.id, exceptBookingId) : undefined,
        ),
      ),
  ]);
  const nowWall = wallClockIn(ZONE, now);
  return freeSlots({
    hours,
    daysOff: off.map((o) => o.day),
    taken: taken.map((t) => {
      const start = wallClockIn(ZONE, t.startsAt);
      const end = wallClockIn(ZONE, t.endsAt);
      return { date: start.date, startMinute: toMinutes(start.time), endMinute: end.date === start.date ? toMinutes(end.time) : 24 * 60 };
    }),
    from: addDays(from, 1),
    days: BOOKING_DAYS_AHEAD,
    minutes,
    // Sessions can be booked from tomorrow, so an adviser always has some warning.
    earliest: { date: addDays(nowWall.date, 1), minute: 0 },
  });
}

/** Every free slot for a session type, with the adviser for each. */
export async function listFreeSlots(sessionTypeId: string, now = clockNow(), exceptBookingId?: string) {
  if (!isUuid(sessionTypeId)) return null;
  const [type] = await db.select().from(sessionTypes).where(and(eq(sessionTypes.id, sessionTypeId), eq(sessionTypes.active, true)));
  if (!type) return null;
  const advisers = await listAdvisers();
  const slots = [];
  for (const adviser of advisers) {
    for (const slot of await slotsFor(db, adviser.id, type.minutes, now, exceptBookingId)) slots.push({ ...slot, adviserId: adviser.id, adviserName: adviser.name });
  }
  slots.sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime) || a.adviserName.localeCompare(b.adviserName));
  return { type, slots };
}

export type BookResult = { ok: true; bookingId: string; startsAt: Date; endsAt: Date } | { ok: false; reason: "taken" | "unknown" };

/**
 * Books a slot. The adviser's row is locked for the transaction, so two parents asking for the
 * same time queue up: the first gets it, the second finds it taken. The partial unique index on
 * (adviser, start) backs this up. With `replacing`, the old booking is cancelled in the same
 * transaction (a rebooking), so the parent never ends up with both or neither.
 */
export async function bookSlot(
  parent: SignedInUser,
  input: { adviserId: string; sessionTypeId: string; date: string; startTime: string; caseId: string | null; replacing?: string },
  now = clockNow(),
): Promise<BookResult> {
  if (!isUuid(input.adviserId) || !isUuid(input.sessionTypeId)) return { ok: false, reason: "unknown" };
  try {
    return await db.transaction(async (tx) => {
      const [adviser] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, input.adviserId), eq(users.orgRole, "adviser"))).for("update");
      const [type] = await tx.select().from(sessionTypes).where(and(eq(sessionTypes.id, input.sessionTypeId), eq(sessionTypes.active, true)));
      if (!adviser || !type) return { ok: false, reason: "unknown" } as const;
      const free = await slotsFor(tx, adviser.id, type.minutes, now, input.replacing);
      if (!free.some((s) => s.date === input.date && s.startTime === input.startTime)) return { ok: false, reason: "taken" } as const;
      if (input.replacing) {
        const moved = await tx
          .update(bookings)
          .set({ status: "cancelled", cancelledAt: sql`now()` })
          .where(and(eq(bookings.id, input.replacing), eq(bookings.parentId, parent.id), eq(bookings.status, "booked")))
          .returning({ id: bookings.id });
        if (moved.length === 0) return { ok: false, reason: "unknown" } as const;
      }
      const startsAt = instantAt(ZONE, input.date, input.startTime);
      const endsAt = new Date(startsAt.getTime() + type.minutes * 60_000);
      const [created] = await tx
        .insert(bookings)
        .values({ adviserId: adviser.id, parentId: parent.id, sessionTypeId: type.id, startsAt, endsAt, caseId: input.caseId })
        .returning({ id: bookings.id });
      return { ok: true, bookingId: created!.id, startsAt, endsAt } as const;
    });
  } catch (error) {
    // The unique index: someone else's transaction took the slot first.
    if (String((error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code) === "23505") return { ok: false, reason: "taken" };
    throw error;
  }
}

const bookingColumns = {
  id: bookings.id,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  status: bookings.status,
  caseId: bookings.caseId,
  adviserId: bookings.adviserId,
  parentId: bookings.parentId,
  sessionTypeId: bookings.sessionTypeId,
  typeName: sessionTypes.name,
  minutes: sessionTypes.minutes,
};

/** A parent's sessions, or an adviser's, newest last; cancelled ones included for the record. */
export async function listBookings(user: SignedInUser) {
  const adviser = alias(users, "adviser");
  const rows = await db
    .select({ ...bookingColumns, adviserName: adviser.name, parentName: users.name, parentEmail: users.email })
    .from(bookings)
    .innerJoin(sessionTypes, eq(sessionTypes.id, bookings.sessionTypeId))
    .innerJoin(users, eq(users.id, bookings.parentId))
    .innerJoin(adviser, eq(adviser.id, bookings.adviserId))
    .where(sql`${bookings.parentId} = ${user.id} or ${bookings.adviserId} = ${user.id}`)
    .orderBy(asc(bookings.startsAt));
  return rows.map((row) => ({ ...row, isMine: row.parentId === user.id }));
}

/** One booking, only for its parent or its adviser. */
export async function getBooking(user: SignedInUser, bookingId: string) {
  if (!isUuid(bookingId)) return null;
  const all = await listBookings(user);
  return all.find((b) => b.id === bookingId) ?? null;
}

/** Cancels a parent's own booking if the notice period allows. */
export async function cancelBooking(parent: SignedInUser, bookingId: string, noticeHours: number, now = clockNow()): Promise<boolean> {
  if (!isUuid(bookingId)) return false;
  const latestStart = new Date(now.getTime() + noticeHours * 60 * 60 * 1000);
  const updated = await db
    .update(bookings)
    .set({ status: "cancelled", cancelledAt: sql`now()` })
    .where(and(eq(bookings.id, bookingId), eq(bookings.parentId, parent.id), eq(bookings.status, "booked"), gte(bookings.startsAt, latestStart)))
    .returning({ id: bookings.id });
  return updated.length > 0;
}

/** The users with these ids that are advisers (for checks before sharing a case). */
export async function findAdviserEmails(ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(and(inArray(users.id, ids), eq(users.orgRole, "adviser")));
}
