import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { createDiaryEntry, createMeasurement } from "../../tests/factories/progress";
import { requireCaseAccess } from "~/auth/access.server";
import { MATCH_END, MATCH_START } from "~/domain/progress/search-marks";
import {
  findLastAddedMeasurement,
  listDiaryEntries,
  listMeasurements,
  removeDiaryEntry,
  removeMeasurement,
  updateDiaryAreas,
} from "./progress.server";

useTestDatabase();

async function twoFamilies() {
  const owner = await createParent();
  const other = await createParent();
  const access = await requireCaseAccess(owner, await createChildCase(owner), "own");
  const otherAccess = await requireCaseAccess(other, await createChildCase(other), "own");
  return { access, otherAccess };
}

describe("measurements", () => {
  it("keeps numbers as numbers, lists oldest first, and knows the last one added", async () => {
    const { access } = await twoFamilies();
    await createMeasurement(access, { date: "2025-09-15", value: 84.5 });
    await createMeasurement(access, { date: "2024-09-15", value: 80, label: "Single word reading" });
    const list = await listMeasurements(access);
    expect(list.map((m) => [m.date, m.value, m.expectedValue])).toEqual([
      ["2024-09-15", 80, 100],
      ["2025-09-15", 84.5, 100],
    ]);
    expect((await findLastAddedMeasurement(access))?.date).toBe("2024-09-15");
  });

  it("never lists or removes another family's measurements", async () => {
    const { access, otherAccess } = await twoFamilies();
    const theirs = await createMeasurement(otherAccess, { label: "Their secret score" });
    expect(await listMeasurements(access)).toEqual([]);
    expect(await findLastAddedMeasurement(access)).toBeNull();
    expect(await removeMeasurement(access, theirs.id)).toBe(false);
    expect(await listMeasurements(otherAccess)).toHaveLength(1);
    expect(await removeMeasurement(otherAccess, theirs.id)).toBe(true);
    expect(await listMeasurements(otherAccess)).toHaveLength(0);
  });
});

describe("the home diary", () => {
  it("finds entries by meaning-aware text search and marks the matching words", async () => {
    const { access } = await twoFamilies();
    await createDiaryEntry(access, { date: "2025-10-01", text: "He was worried about the supply teacher and cried at the gate." });
    await createDiaryEntry(access, { date: "2025-10-08", text: "Happy day, read two pages of his book." });
    const found = await listDiaryEntries(access, { q: "worry", area: null });
    expect(found.map((e) => e.date)).toEqual(["2025-10-01"]);
    expect(found[0]!.highlighted).toContain(`${MATCH_START}worried${MATCH_END}`);
    expect(found[0]!.highlighted.replaceAll(MATCH_START, "").replaceAll(MATCH_END, "")).toBe(found[0]!.text);
  });

  it("understands quoted phrases and minus signs, as people type in search boxes", async () => {
    const { access } = await twoFamilies();
    await createDiaryEntry(access, { date: "2025-10-01", text: "Supply teacher again today." });
    await createDiaryEntry(access, { date: "2025-10-02", text: "A teacher praised his supply of ideas." });
    expect((await listDiaryEntries(access, { q: '"supply teacher"', area: null })).map((e) => e.date)).toEqual(["2025-10-01"]);
    expect((await listDiaryEntries(access, { q: "teacher -ideas", area: null })).map((e) => e.date)).toEqual(["2025-10-01"]);
  });

  it("finds nothing, without failing, for words too common to search for", async () => {
    const { access } = await twoFamilies();
    await createDiaryEntry(access);
    expect(await listDiaryEntries(access, { q: "the and", area: null })).toEqual([]);
  });

  it("filters by area, newest first, and lets the parent change the tags", async () => {
    const { access } = await twoFamilies();
    const older = await createDiaryEntry(access, { date: "2025-09-01", areas: ["semh"] });
    await createDiaryEntry(access, { date: "2025-09-08", areas: ["sensory_physical"] });
    const newest = await createDiaryEntry(access, { date: "2025-09-15", areas: ["semh", "sensory_physical"] });
    expect((await listDiaryEntries(access, { q: null, area: "semh" })).map((e) => e.id)).toEqual([newest.id, older.id]);
    expect(await updateDiaryAreas(access, older.id, ["cognition_learning"])).toBe(true);
    expect((await listDiaryEntries(access, { q: null, area: "semh" })).map((e) => e.id)).toEqual([newest.id]);
    expect((await listDiaryEntries(access, { q: null, area: null })).map((e) => e.date)).toEqual(["2025-09-15", "2025-09-08", "2025-09-01"]);
  });

  it("never finds, retags or removes another family's entries", async () => {
    const { access, otherAccess } = await twoFamilies();
    const theirs = await createDiaryEntry(otherAccess, { text: "Their private worry", areas: ["semh"] });
    expect(await listDiaryEntries(access, { q: "worry", area: null })).toEqual([]);
    expect(await listDiaryEntries(access, { q: null, area: null })).toEqual([]);
    expect(await updateDiaryAreas(access, theirs.id, [])).toBe(false);
    expect(await removeDiaryEntry(access, theirs.id)).toBe(false);
    expect((await listDiaryEntries(otherAccess, { q: null, area: null }))[0]!.areas).toEqual(["semh"]);
  });
});
