import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { createProfessional, createReferral } from "../../tests/factories/reports";
import { requireCaseAccess } from "~/auth/access.server";
import {
  addReferral,
  findProfessional,
  findReferral,
  listProfessionals,
  listReferrals,
  removeProfessional,
  removeReferral,
  updateProfessional,
  updateReferral,
} from "./professionals.server";
import { isFailure } from "~/errors";

useTestDatabase();

async function ownCase() {
  const owner = await createParent();
  return requireCaseAccess(owner, await createChildCase(owner), "own");
}

describe("professionals", () => {
  it("records, changes and removes a professional", async () => {
    const access = await ownCase();
    const ep = await createProfessional(access);
    await createProfessional(access, { name: "Ms Ana Silva", role: "speech_and_language_therapist" });
    expect((await listProfessionals(access)).map((p) => p.name)).toEqual(["Dr Amira Khan", "Ms Ana Silva"]);
    const { id, ...details } = ep;
    expect(await updateProfessional(access, id, { ...details, email: "a.khan@example.com" })).toBe(true);
    expect(await findProfessional(access, id)).toMatchObject({ email: "a.khan@example.com", role: "educational_psychologist" });
    expect(await removeProfessional(access, id)).toBe(true);
    expect((await listProfessionals(access)).map((p) => p.name)).toEqual(["Ms Ana Silva"]);
  });

  it("keeps a referral when its professional is removed, no longer naming them", async () => {
    const access = await ownCase();
    const slt = await createProfessional(access, { name: "Ms Ana Silva", role: "speech_and_language_therapist" });
    const referral = await createReferral(access, { professionalId: slt.id });
    expect(await listReferrals(access)).toEqual([expect.objectContaining({ id: referral.id, professionalName: "Ms Ana Silva" })]);
    await removeProfessional(access, slt.id);
    expect(await listReferrals(access)).toEqual([expect.objectContaining({ id: referral.id, professionalId: null, professionalName: null })]);
  });

  it("lists the most recent referral first, undated ones last", async () => {
    const access = await ownCase();
    await createReferral(access, { requestedBy: "Undated", requestedOn: null });
    await createReferral(access, { requestedBy: "Older", requestedOn: "2025-11-01" });
    await createReferral(access, { requestedBy: "Newer", requestedOn: "2026-02-01" });
    expect((await listReferrals(access)).map((r) => r.requestedBy)).toEqual(["Newer", "Older", "Undated"]);
  });

  it("follows a referral from asked for to seen", async () => {
    const access = await ownCase();
    const referral = await createReferral(access);
    const { id, ...details } = referral;
    expect(await updateReferral(access, id, { ...details, status: "seen", seenOn: "2026-05-11" })).toBe("saved");
    expect(await findReferral(access, id)).toMatchObject({ status: "seen", seenOn: "2026-05-11", requestedBy: "The SENCO" });
    expect(await removeReferral(access, id)).toBe(true);
    expect(await findReferral(access, id)).toBeNull();
  });
});

describe("another family's records", () => {
  it("are never found, changed or removed", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const theirs = await createProfessional(otherAccess, { name: "Their EP" });
    const theirReferral = await createReferral(otherAccess);
    const { id: _id, ...details } = theirs;
    expect(await findProfessional(access, theirs.id)).toBeNull();
    expect(await updateProfessional(access, theirs.id, { ...details, name: "Changed" })).toBe(false);
    expect(await removeProfessional(access, theirs.id)).toBe(false);
    const { id: _referralId, ...referral } = theirReferral;
    expect(await findReferral(access, theirReferral.id)).toBeNull();
    const refused = await updateReferral(access, theirReferral.id, { ...referral, status: "closed" }).then(() => null, (e: unknown) => e);
    expect(isFailure(refused, "not_found")).toBe(true);
    expect(await removeReferral(access, theirReferral.id)).toBe(false);
    expect(await findProfessional(otherAccess, theirs.id)).toMatchObject({ name: "Their EP" });
    expect(await findReferral(otherAccess, theirReferral.id)).toMatchObject({ status: "waiting" });
    expect(await listProfessionals(access)).toEqual([]);
    expect(await listReferrals(access)).toEqual([]);
  });

  it("cannot be named in a referral", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const theirs = await createProfessional(otherAccess);
    const referral = { service: "educational_psychologist" as const, professionalId: theirs.id, requestedBy: null, requestedOn: null, status: "requested" as const, seenOn: null, notes: null };
    expect(await addReferral(access, referral)).toBeNull();
    expect(await listReferrals(access)).toEqual([]);
    const mine = await createReferral(access);
    expect(await updateReferral(access, mine.id, { ...referral })).toBe("unknown_professional");
    expect(await findReferral(access, mine.id)).toMatchObject({ professionalId: null, service: "speech_and_language_therapist" });
  });
});
