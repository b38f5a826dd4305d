import { asc, desc, eq, getTableColumns } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { createCycle, createProvision, createReview, createSessions } from "../../tests/factories/delivery";
import { createMeasurement } from "../../tests/factories/progress";
import { requireCaseAccess } from "~/auth/access.server";
import { saveNeed } from "./cases.server";
import { db } from "./db.server";
import { columnsOf, jsonRowsPart, prepareJsonRows } from "./json-rows.server";
import { cases, deliverySessions, measurements, needs, provisions, readable, reviews } from "./schema";

useTestDatabase();

// Every readable column of the tables, so each column type the app stores is compared: text, ids,
// dates, timestamps, numbers with decimals, integers, booleans, lists and JSON.
const readRows = prepareJsonRows({
  name: "json_rows_test",
  parentId: cases.id,
  parts: {
    measurements: jsonRowsPart({ columns: readable(measurements), from: measurements, where: eq(measurements.caseId, cases.id), orderBy: [asc(measurements.date)] }),
    needs: jsonRowsPart({ columns: readable(needs), from: needs, where: eq(needs.caseId, cases.id), orderBy: [needs.area] }),
    provisions: jsonRowsPart({ columns: readable(provisions), from: provisions, where: eq(provisions.caseId, cases.id), orderBy: [provisions.position] }),
    reviews: jsonRowsPart({ columns: readable(reviews), from: reviews, where: eq(reviews.caseId, cases.id), orderBy: [] }),
    sessions: jsonRowsPart({
      columns: columnsOf(deliverySessions, ["id", "date", "status", "cancelReason"]),
      from: deliverySessions,
      where: eq(deliverySessions.caseId, cases.id),
      orderBy: [desc(deliverySessions.date)],
    }),
  },
});

async function recordedCase() {
  const owner = await createParent();
  const caseId = await createChildCase(owner, { childName: "Ada" });
  const access = await requireCaseAccess(owner, caseId, "own");
  await saveNeed(access, "semh", { signs: ["semh_anxiety", "semh_withdrawn"], otherSigns: "Cries \"before\" school\n", since: "2025-01-01", impact: "quite_a_lot", notes: null });
  await saveNeed(access, "cognition_learning", { signs: [], otherSigns: null, since: null, impact: null, notes: "Reads slowly" });
  await createMeasurement(access, { value: 84.5, expectedValue: 100, date: "2025-09-15" });
  await createMeasurement(access, { kind: "reading_age", value: 91, unit: "months", expectedValue: null, higherIsBetter: true, date: "2025-06-01" });
  const cycle = await createCycle(caseId);
  const provision = await createProvision(cycle, { sessionsPerWeek: 2.5, sessionWeekdays: [1, 3] });
  await createSessions(provision, [
    { date: "2025-10-06", status: "held" },
    { date: "2025-10-08", status: "cancelled", cancelReason: "trip" },
  ]);
  await createReview(cycle, {
    parentAttended: false,
    targetProgress: [{ targetId: provision.id, rating: "partly", evidence: "Reads ten more words" }],
    provisionEffectiveness: [{ provisionId: provision.id, parentView: null, schoolView: "Helped" }],
  });
  return caseId;
}

describe("prepareJsonRows", () => {
  it("gives back exactly the rows a Drizzle select of the same columns gives, in the same order", async () => {
    const caseId = await recordedCase();

    const read = await readRows(caseId);

    expect(read.measurements).toEqual(await db.select(readable(measurements)).from(measurements).where(eq(measurements.caseId, caseId)).orderBy(asc(measurements.date)));
    expect(read.needs).toEqual(await db.select(readable(needs)).from(needs).where(eq(needs.caseId, caseId)).orderBy(needs.area));
    expect(read.provisions).toEqual(await db.select(readable(provisions)).from(provisions).where(eq(provisions.caseId, caseId)));
    expect(read.reviews).toEqual(await db.select(readable(reviews)).from(reviews).where(eq(reviews.caseId, caseId)));
    expect(read.sessions.map((s) => [s.date, s.status, s.cancelReason])).toEqual([
      ["2025-10-08", "cancelled", "trip"],
      ["2025-10-06", "held", null],
    ]);
    expect(read.measurements.map((m) => m.value)).toEqual([91, 84.5]);
    expect(read.provisions[0]!.createdAt).toBeInstanceOf(Date);
  });

  it("gives empty lists for tables with no rows, and reads only the rows of the parent asked for", async () => {
    const first = await recordedCase();
    const owner = await createParent();
    const empty = await createChildCase(owner, { childName: "Bo" });

    const read = await readRows(empty);

    expect(read).toEqual({ measurements: [], needs: [], provisions: [], reviews: [], sessions: [] });
    expect((await readRows(first)).needs).toHaveLength(2);
  });

  it("names each column by the key it was given", () => {
    expect(Object.keys(columnsOf(deliverySessions, ["id", "status"]))).toEqual(["id", "status"]);
    expect(columnsOf(deliverySessions, ["status"]).status).toBe(getTableColumns(deliverySessions).status);
  });
});
