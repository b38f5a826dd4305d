import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createParent } from "../../tests/factories";
import { requireCaseAccess } from "~/auth/access.server";
import { createChildCase } from "../../tests/factories";
import { bookSlot, cancelBooking, listBookings, listFreeSlots, removeAdviser, saveHours } from "./bookings.server";
import { db } from "./db.server";
import { bookings, sessionTypes, users } from "./schema";

useTestDatabase();

async function adviserWithHours() {
  const adviser = await createParent({ email: `adviser.${crypto.randomUUID()}@example.test`, name: "Ada Adviser" });
  await db.update(users).set({ orgRole: "adviser" }).where(eq(users.id, adviser.id));
  await saveHours(adviser.id, [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: "09:00", endTime: "12:00" })));
  const [type] = await db.insert(sessionTypes).values({ name: "Advice call", minutes: 60 }).returning();
  return { adviser, typeId: type!.id };
}

describe("bookings", () => {
  it("offers free slots in the adviser's hours, from tomorrow", async () => {
    const { adviser, typeId } = await adviserWithHours();
    const found = await listFreeSlots(typeId, new Date("2026-12-02T10:00:00Z"));
    const mine = found!.slots.filter((s) => s.adviserId === adviser.id);
    expect(mine[0]).toMatchObject({ date: "2026-12-03", startTime: "09:00", endTime: "10:00" });
    expect(mine.every((s) => s.date > "2026-12-02")).toBe(true);
    expect(mine.filter((s) => s.date === "2026-12-03").map((s) => s.startTime)).toEqual(["09:00", "10:00", "11:00"]);
  });

  it("gives a slot to exactly one of several parents asking at the same moment", async () => {
    const { adviser, typeId } = await adviserWithHours();
    const now = new Date("2026-12-02T10:00:00Z");
    const parents = await Promise.all(Array.from({ length: 5 }, (_, i) => createParent({ email: `racer${i}.${crypto.randomUUID()}@example.test` })));
    const results = await Promise.all(
      parents.map((parent) => bookSlot(parent, { adviserId: adviser.id, sessionTypeId: typeId, date: "2026-12-03", startTime: "10:00", caseId: null }, now)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "taken")).toHaveLength(4);
    const rows = await db.select().from(bookings).where(eq(bookings.adviserId, adviser.id));
    expect(rows).toHaveLength(1);
    // The slot is gone from the free list; the ones either side stay.
    const left = (await listFreeSlots(typeId, now))!.slots.filter((s) => s.adviserId === adviser.id && s.date === "2026-12-03").map((s) => s.startTime);
    expect(left).toEqual(["09:00", "11:00"]);
  });

  it("cancels only within the notice period, and a rebooking swaps the time in one step", async () => {
    const { adviser, typeId } = await adviserWithHours();
    const parent = await createParent({ email: `mover.${crypto.randomUUID()}@example.test` });
    const now = new Date("2026-12-02T10:00:00Z");
    const first = await bookSlot(parent, { adviserId: adviser.id, sessionTypeId: typeId, date: "2026-12-03", startTime: "09:00", caseId: null }, now);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    // 23 hours before: too late with 24 hours' notice.
    expect(await cancelBooking(parent, first.bookingId, 24, new Date("2026-12-02T10:00:00Z"))).toBe(false);
    const moved = await bookSlot(parent, { adviserId: adviser.id, sessionTypeId: typeId, date: "2026-12-04", startTime: "11:00", caseId: null, replacing: first.bookingId }, now);
    expect(moved.ok).toBe(true);
    const mine = await listBookings(parent);
    expect(mine.map((b) => `${b.status}`).sort()).toEqual(["booked", "cancelled"]);
    if (!moved.ok) return;
    expect(await cancelBooking(parent, moved.bookingId, 24, now)).toBe(true);
    // Someone else's booking cannot be cancelled.
    const stranger = await createParent({ email: `stranger.${crypto.randomUUID()}@example.test` });
    expect(await cancelBooking(stranger, first.bookingId, 0, now)).toBe(false);
  });

  it("removing an adviser ends their access to shared cases and cancels their future sessions", async () => {
    const { adviser, typeId } = await adviserWithHours();
    const parent = await createParent({ email: `sharer.${crypto.randomUUID()}@example.test` });
    const caseId = await createChildCase(parent);
    const { shareWithAdviser } = await import("./sharing.server");
    await shareWithAdviser(await requireCaseAccess(parent, caseId, "own"), adviser.id, new Date(Date.now() + 7 * 24 * 3600 * 1000));
    expect((await requireCaseAccess(adviser, caseId, "comment")).role).toBe("adviser");
    const later = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    const day = later.toISOString().slice(0, 10);
    await saveHours(adviser.id, [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: "09:00", endTime: "12:00" })));
    const booked = await bookSlot(parent, { adviserId: adviser.id, sessionTypeId: typeId, date: day, startTime: "10:00", caseId });
    expect(booked.ok).toBe(true);
    expect(await removeAdviser(adviser.id)).toBe(true);
    await expect(requireCaseAccess({ ...adviser, sessionId: "fresh-request" }, caseId, "read")).rejects.toMatchObject({ init: { status: 404 } });
    expect((await listBookings(parent)).every((b) => b.status === "cancelled")).toBe(true);
  });
});
