import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { requireCaseAccess } from "~/auth/access.server";
import { listCorrespondence } from "./correspondence.server";
import { db } from "./db.server";
import { createLetter, deleteDraft, findLetter, listLetters, markLetterSent, saveLetter, type NewLetter } from "./letters.server";
import { correspondence } from "./schema";
import { isFailure } from "~/errors";

useTestDatabase();

async function ownCase() {
  const owner = await createParent();
  return requireCaseAccess(owner, await createChildCase(owner), "own");
}

const DRAFT: NewLetter = {
  kind: "provision_map_request",
  senderName: "Jo Hale",
  senderAddress: "12 Oak Road\nLeeds",
  recipientName: "Mr Dev Patel",
  recipientAddress: "Hill Top Primary\nHill Top Lane",
  subject: "Request for Robin Hale's provision map",
  body: "I am writing about my child, Robin Hale.\n\nPlease send the provision map.",
  replyWithinDays: 14,
};

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(isFailure(error, "not_found")).toBe(true);
}

describe("letters", () => {
  it("keeps a draft, saves its new words, and lists the newest first", async () => {
    const access = await ownCase();
    const first = await createLetter(access, DRAFT);
    const second = await createLetter(access, { ...DRAFT, kind: "referral_request", subject: "Referral" });
    expect(await saveLetter(access, first, { ...DRAFT, subject: "Changed subject", body: "New words." })).toBe("done");
    expect(await findLetter(access, first)).toMatchObject({ subject: "Changed subject", body: "New words.", sentOn: null, replyBy: null });
    expect((await listLetters(access)).map((letter) => letter.id)).toEqual([second, first]);
  });

  it("marks a letter sent and logs it in the correspondence with its reply-by date, in one go", async () => {
    const access = await ownCase();
    const id = await createLetter(access, DRAFT);
    expect(await markLetterSent(access, id, { sentOn: "2026-03-12", replyBy: "2026-03-26", channel: "email" })).toBe("done");
    const letter = await findLetter(access, id);
    expect(letter).toMatchObject({ sentOn: "2026-03-12", replyBy: "2026-03-26", repliedOn: null });
    const [logged] = await listCorrespondence(access);
    expect(logged).toMatchObject({
      id: letter!.correspondenceId,
      direction: "sent",
      date: "2026-03-12",
      channel: "email",
      from: "Jo Hale",
      to: "Mr Dev Patel, Hill Top Primary",
      subject: "Request for Robin Hale's provision map",
      kind: "provision_map_request",
      replyBy: "2026-03-26",
      repliedOn: null,
    });
    expect(logged!.body).toBe("Dear Mr Patel,\n\nRequest for Robin Hale's provision map\n\nI am writing about my child, Robin Hale.\n\nPlease send the provision map.\n\nYours sincerely,\nJo Hale");
  });

  it("sends a letter once: a second send, a change or a delete leaves it and its log entry alone", async () => {
    const access = await ownCase();
    const id = await createLetter(access, DRAFT);
    await markLetterSent(access, id, { sentOn: "2026-03-12", replyBy: "2026-03-26", channel: "letter" });
    expect(await markLetterSent(access, id, { sentOn: "2026-03-13", replyBy: "2026-03-27", channel: "email" })).toBe("sent");
    expect(await saveLetter(access, id, { ...DRAFT, body: "Rewritten after sending" })).toBe("sent");
    expect(await deleteDraft(access, id)).toBe("sent");
    expect(await findLetter(access, id)).toMatchObject({ sentOn: "2026-03-12", body: DRAFT.body, replyBy: "2026-03-26" });
    expect(await listCorrespondence(access)).toHaveLength(1);
  });

  it("writes neither row when logging the letter fails", async () => {
    const access = await ownCase();
    const id = await createLetter(access, DRAFT);
    // A date PostgreSQL refuses makes the insert into the log fail after the letter was claimed.
    await expect(markLetterSent(access, id, { sentOn: "2026-03-12", replyBy: "2026-02-30", channel: "email" })).rejects.toThrow();
    expect(await findLetter(access, id)).toMatchObject({ sentOn: null, correspondenceId: null });
    expect(await listCorrespondence(access)).toEqual([]);
    // And the letter can still be sent once the date is right.
    expect(await markLetterSent(access, id, { sentOn: "2026-03-12", replyBy: "2026-03-26", channel: "email" })).toBe("done");
  });

  it("deletes a draft", async () => {
    const access = await ownCase();
    const id = await createLetter(access, DRAFT);
    expect(await deleteDraft(access, id)).toBe("done");
    expect(await findLetter(access, id)).toBeNull();
    await expectNotFound(deleteDraft(access, id));
  });

  it("never finds, changes, sends or deletes another family's letter", async () => {
    const access = await ownCase();
    const other = await ownCase();
    const theirs = await createLetter(other, DRAFT);
    expect(await findLetter(access, theirs)).toBeNull();
    await expectNotFound(saveLetter(access, theirs, { ...DRAFT, body: "Intruder" }));
    await expectNotFound(markLetterSent(access, theirs, { sentOn: "2026-03-12", replyBy: "2026-03-26", channel: "email" }));
    await expectNotFound(deleteDraft(access, theirs));
    expect(await listLetters(access)).toEqual([]);
    expect(await findLetter(other, theirs)).toMatchObject({ body: DRAFT.body, sentOn: null });
    expect(await db.select({ id: correspondence.id }).from(correspondence).where(eq(correspondence.caseId, other.caseId))).toEqual([]);
  });

  it("treats an id that is not an id as not found", async () => {
    const access = await ownCase();
    expect(await findLetter(access, "not-an-id")).toBeNull();
    await expectNotFound(saveLetter(access, "not-an-id", DRAFT));
    await expectNotFound(markLetterSent(access, "1; drop table letters", { sentOn: "2026-03-12", replyBy: "2026-03-26", channel: "email" }));
    await expectNotFound(deleteDraft(access, ""));
  });

  it("cannot point a letter at another case's log entry: the database refuses it (decision 027)", async () => {
    const access = await ownCase();
    const other = await ownCase();
    const [foreign] = await db
      .insert(correspondence)
      .values({ caseId: other.caseId, direction: "sent", date: "2026-03-12", replyBy: "2026-03-26" })
      .returning({ id: correspondence.id });
    const id = await createLetter(access, DRAFT);
    const { letters } = await import("./schema");
    await expect(db.update(letters).set({ correspondenceId: foreign!.id }).where(eq(letters.id, id))).rejects.toThrow();
    expect(await findLetter(access, id)).toMatchObject({ replyBy: null });
  });
});
