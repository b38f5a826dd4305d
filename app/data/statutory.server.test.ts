import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { requireCaseAccess } from "~/auth/access.server";
import { getCaseDocument } from "./case-document.server";
import {
  addStatutoryEvent,
  findStatutoryEvent,
  listStatutoryEvents,
  removeStatutoryEvent,
  updateStatutoryEvent,
  type StatutoryEventInput,
} from "./statutory.server";

useTestDatabase();

async function ownCase() {
  const owner = await createParent();
  return requireCaseAccess(owner, await createChildCase(owner), "own");
}

const requestReceived: StatutoryEventInput = {
  type: "ehcna_request_received",
  date: "2026-09-14",
  transfer: null,
  key: null,
  notes: "Sent by email",
};

describe("the statutory timeline", () => {
  it("keeps how and when a request was sent, and clears it when the event is saved without it (decision 032)", async () => {
    const access = await ownCase();
    const id = await addStatutoryEvent(access, { ...requestReceived, date: "2026-09-14", sentBy: "email", sentOn: "2026-09-11", sentAfter5pm: true });
    expect(await findStatutoryEvent(access, id)).toMatchObject({ date: "2026-09-14", sentBy: "email", sentOn: "2026-09-11", sentAfter5pm: true });
    await updateStatutoryEvent(access, id, requestReceived);
    expect(await findStatutoryEvent(access, id)).toMatchObject({ sentBy: null, sentOn: null, sentAfter5pm: null });
  });

  it("lists events oldest first and puts them in the case document", async () => {
    const access = await ownCase();
    await addStatutoryEvent(access, { ...requestReceived, type: "ehcna_agreed", date: "2026-10-20", notes: null });
    await addStatutoryEvent(access, requestReceived);
    expect((await listStatutoryEvents(access)).map((e) => [e.type, e.date])).toEqual([
      ["ehcna_request_received", "2026-09-14"],
      ["ehcna_agreed", "2026-10-20"],
    ]);
    const document = await getCaseDocument(access);
    expect(document.statutoryEvents.map((e) => e.type)).toEqual(["ehcna_request_received", "ehcna_agreed"]);
  });

  it("updates and removes an event", async () => {
    const access = await ownCase();
    const id = await addStatutoryEvent(access, requestReceived);
    expect(await updateStatutoryEvent(access, id, { ...requestReceived, type: "phase_transfer", date: "2027-09-01", transfer: "school" })).toBe(true);
    expect(await findStatutoryEvent(access, id)).toMatchObject({ type: "phase_transfer", date: "2027-09-01", transfer: "school", notes: "Sent by email" });
    expect(await removeStatutoryEvent(access, id)).toBe(true);
    expect(await findStatutoryEvent(access, id)).toBeNull();
    expect(await removeStatutoryEvent(access, id)).toBe(false);
  });

  it("never finds, changes or removes another family's event", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const theirs = await addStatutoryEvent(otherAccess, requestReceived);
    expect(await findStatutoryEvent(access, theirs)).toBeNull();
    expect(await updateStatutoryEvent(access, theirs, { ...requestReceived, date: "2026-01-01" })).toBe(false);
    expect(await removeStatutoryEvent(access, theirs)).toBe(false);
    expect(await listStatutoryEvents(access)).toEqual([]);
    expect(await findStatutoryEvent(otherAccess, theirs)).toMatchObject({ date: "2026-09-14" });
  });
});
