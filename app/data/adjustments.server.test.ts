import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { createAdjustment } from "../../tests/factories/progress";
import { requireCaseAccess } from "~/auth/access.server";
import { findAdjustment, listAdjustments, removeAdjustment, updateAdjustment } from "./adjustments.server";

useTestDatabase();

async function ownCase() {
  const owner = await createParent();
  return requireCaseAccess(owner, await createChildCase(owner), "own");
}

describe("the adjustments register", () => {
  it("lists the newest request first, with undated ones last", async () => {
    const access = await ownCase();
    await createAdjustment(access, { description: "Undated", requestedOn: null });
    await createAdjustment(access, { description: "Older", requestedOn: "2025-01-10" });
    await createAdjustment(access, { description: "Newer", requestedOn: "2025-06-10" });
    expect((await listAdjustments(access)).map((a) => a.description)).toEqual(["Newer", "Older", "Undated"]);
  });

  it("records the school's answer as it changes", async () => {
    const access = await ownCase();
    const asked = await createAdjustment(access);
    const { id: _id, ...details } = asked;
    expect(await updateAdjustment(access, asked.id, { ...details, status: "refused", respondedOn: "2025-09-20", reason: "No budget" })).toBe(true);
    expect(await findAdjustment(access, asked.id)).toMatchObject({ status: "refused", respondedOn: "2025-09-20", reason: "No budget" });
    expect(await updateAdjustment(access, asked.id, { ...details, status: "in_place", respondedOn: "2025-10-01", reviewNote: "Helps in assembly" })).toBe(true);
    expect(await findAdjustment(access, asked.id)).toMatchObject({ status: "in_place", reviewNote: "Helps in assembly" });
  });

  it("never finds, changes or removes another family's adjustment", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const theirs = await createAdjustment(otherAccess, { description: "Theirs" });
    const { id: _id, ...details } = theirs;
    expect(await findAdjustment(access, theirs.id)).toBeNull();
    expect(await updateAdjustment(access, theirs.id, { ...details, status: "agreed" })).toBe(false);
    expect(await removeAdjustment(access, theirs.id)).toBe(false);
    expect(await findAdjustment(otherAccess, theirs.id)).toMatchObject({ status: "requested", description: "Theirs" });
    expect(await listAdjustments(access)).toEqual([]);
  });
});
