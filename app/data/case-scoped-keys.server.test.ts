// The database itself keeps every record inside its case: a reference to a record of another
// case is refused (migration 0008, decision 027), and deleting what is pointed at still clears
// only the reference, never the case it belongs to.
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { db } from "./db.server";
import { correspondence, cycles, documents, ehcPlanLines, ehcPlans, targets } from "./schema";

useTestDatabase();

async function twoCases() {
  const parent = await createParent();
  return { mine: await createChildCase(parent, { childName: "Mina" }), theirs: await createChildCase(parent, { childName: "Theo" }) };
}

/** The error PostgreSQL gives for a broken foreign key, wherever the driver puts it. */
async function refusedAsForeignKey(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).not.toBeNull();
  const text = `${String(error)} ${String((error as { cause?: unknown }).cause ?? "")}`;
  expect(text).toMatch(/same_case_fk|foreign key/);
}

describe("case-scoped keys", () => {
  it("refuse a target, or a plan line, pointing at another case's cycle or plan", async () => {
    const { mine, theirs } = await twoCases();
    const [theirCycle] = await db.insert(cycles).values({ caseId: theirs, startDate: "2026-09-07" }).returning();
    await refusedAsForeignKey(db.insert(targets).values({ caseId: mine, cycleId: theirCycle!.id, text: "Read 20 words" }));
    await db.insert(targets).values({ caseId: theirs, cycleId: theirCycle!.id, text: "Read 20 words" });

    const [theirPlan] = await db.insert(ehcPlans).values({ caseId: theirs, stage: "draft", title: "Draft" }).returning();
    await refusedAsForeignKey(db.insert(ehcPlanLines).values({ caseId: mine, planId: theirPlan!.id, section: "F", position: 1, text: "Therapy" }));
  });

  it("refuse a letter log pointing at another case's document, and clear only the reference when the document goes", async () => {
    const { mine, theirs } = await twoCases();
    const [theirDocument] = await db.insert(documents).values({ caseId: theirs, title: "Report", fileName: "r.txt", mediaType: "text/plain", sizeBytes: 1, sha256: "0", storageKey: "k-theirs" }).returning();
    await refusedAsForeignKey(db.insert(correspondence).values({ caseId: mine, direction: "sent", channel: "email", date: "2026-10-01", subject: "Hello", documentId: theirDocument!.id }));

    const [myDocument] = await db.insert(documents).values({ caseId: mine, title: "Plan", fileName: "p.txt", mediaType: "text/plain", sizeBytes: 1, sha256: "1", storageKey: "k-mine" }).returning();
    const [logged] = await db.insert(correspondence).values({ caseId: mine, direction: "sent", channel: "email", date: "2026-10-01", subject: "Hello", documentId: myDocument!.id }).returning();
    await db.delete(documents).where(eq(documents.id, myDocument!.id));
    const [after] = await db.select().from(correspondence).where(eq(correspondence.id, logged!.id));
    expect(after).toMatchObject({ caseId: mine, documentId: null });
  });
});
