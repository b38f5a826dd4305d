import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { requireCaseAccess } from "~/auth/access.server";
import { addContact, deleteCase, removeContact, listContacts } from "./cases.server";
import { db } from "./db.server";
import { cases, cycles, deliverySessions, provisions } from "./schema";

useTestDatabase();

async function versionOf(caseId: string) {
  const [row] = await db.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
  return row?.version;
}

describe("the case version", () => {
  it("goes up whenever a record in the case is added, changed or removed, and only for that case", async () => {
    const owner = await createParent();
    const caseId = await createChildCase(owner);
    const otherCase = await createChildCase(owner);
    const access = await requireCaseAccess(owner, caseId, "own");
    const start = await versionOf(caseId);
    const otherStart = await versionOf(otherCase);

    await addContact(access, { name: "Ms Ray", role: null, email: null, phone: null });
    const afterAdd = await versionOf(caseId);
    expect(afterAdd).toBeGreaterThan(start!);

    const [cycle] = await db.insert(cycles).values({ caseId, startDate: "2026-09-01" }).returning();
    const [line] = await db.insert(provisions).values({ caseId, cycleId: cycle!.id, what: "Phonics" }).returning();
    const beforeSessions = await versionOf(caseId);
    await db.insert(deliverySessions).values([
      { caseId, provisionId: line!.id, date: "2026-09-02", status: "held" },
      { caseId, provisionId: line!.id, date: "2026-09-04", status: "held" },
    ]);
    expect(await versionOf(caseId)).toBeGreaterThan(beforeSessions!);

    const beforeChange = await versionOf(caseId);
    await db.update(deliverySessions).set({ status: "cancelled" }).where(eq(deliverySessions.date, "2026-09-02"));
    expect(await versionOf(caseId)).toBeGreaterThan(beforeChange!);

    const beforeRemove = await versionOf(caseId);
    const [contact] = await listContacts(access);
    await removeContact(access, contact!.id);
    expect(await versionOf(caseId)).toBeGreaterThan(beforeRemove!);

    expect(await versionOf(otherCase)).toBe(otherStart);
  });

  it("is kept by a trigger on every table that belongs to a case", async () => {
    const withCaseId = await db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.columns where column_name = 'case_id' and table_schema = current_schema()`,
    );
    const withTrigger = await db.execute<{ table_name: string }>(
      sql`select distinct event_object_table as table_name from information_schema.triggers where trigger_name like '%_touch_case'`,
    );
    const names = (result: unknown) =>
      ((result as { rows?: Array<{ table_name: string }> }).rows ?? (result as Array<{ table_name: string }>)).map((r) => r.table_name).sort();
    // Who may see a case, who looked at it, its shared links and bookings, and which reminders went out are not part of its records.
    const notRecords = new Set(["case_access", "reminders_sent", "case_invitations", "audit_events", "share_links", "bookings"]);
    expect(names(withTrigger)).toEqual(names(withCaseId).filter((t) => !notRecords.has(t)));
  });

  it("lets a case with records in every table be deleted", async () => {
    const owner = await createParent();
    const caseId = await createChildCase(owner);
    const [cycle] = await db.insert(cycles).values({ caseId, startDate: "2026-09-01" }).returning();
    const [line] = await db.insert(provisions).values({ caseId, cycleId: cycle!.id, what: "Phonics" }).returning();
    await db.insert(deliverySessions).values({ caseId, provisionId: line!.id, date: "2026-09-02", status: "held" });
    await deleteCase(await requireCaseAccess(owner, caseId, "own"));
    expect(await versionOf(caseId)).toBeUndefined();
  });
});
