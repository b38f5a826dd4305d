// Queries for the letters a parent writes from the case: drafts they edit, and letters marked as
// sent, each of which is logged in the correspondence with the date a reply is due. Every
// function takes the CaseAccess from the gate and scopes its SQL to that case.
import { and, desc, eq, isNull } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import { letterAsText } from "~/domain";
import type { CorrespondenceInput } from "./correspondence.server";
import { db } from "./db.server";
import { correspondence, letters, readable } from "./schema";
import { isUuid } from "./ids";
import { fail } from "~/errors";

/** The words of a letter, as the parent edits them. */
export type LetterText = {
  senderName: string | null;
  senderAddress: string | null;
  recipientName: string | null;
  recipientAddress: string | null;
  subject: string;
  body: string;
};

export type NewLetter = LetterText & { kind: string; replyWithinDays: number | null };

export type Sending = { sentOn: string; replyBy: string; channel: "letter" | "email" };

// An id that is not a uuid would make PostgreSQL throw; it is simply not found.

/** A letter's columns, with the reply dates from its entry in the correspondence log. */
const letterWithReply = {
  ...readable(letters),
  replyBy: correspondence.replyBy,
  repliedOn: correspondence.repliedOn,
};

function joinLog() {
  // Joined on the case as well as the id: the log entry must be this case's too.
  return and(eq(correspondence.id, letters.correspondenceId), eq(correspondence.caseId, letters.caseId));
}

/** The case's letters, newest first. */
export async function listLetters(access: CaseAccess) {
  return db
    .select(letterWithReply)
    .from(letters)
    .leftJoin(correspondence, joinLog())
    .where(eq(letters.caseId, access.caseId))
    .orderBy(desc(letters.createdAt));
}

export type LetterRow = Awaited<ReturnType<typeof listLetters>>[number];

/** One letter of this case, or null when there is none with that id in this case. */
export async function findLetter(access: CaseAccess, letterId: string): Promise<LetterRow | null> {
  if (!isUuid(letterId)) return null;
  const [row] = await db
    .select(letterWithReply)
    .from(letters)
    .leftJoin(correspondence, joinLog())
    .where(and(eq(letters.caseId, access.caseId), eq(letters.id, letterId)))
    .limit(1);
  return row ?? null;
}

/** Saves a new draft; returns its id. */
export async function createLetter(access: CaseAccess, letter: NewLetter): Promise<string> {
  const [row] = await db.insert(letters).values({ ...letter, caseId: access.caseId }).returning({ id: letters.id });
  return row!.id;
}

/** "sent": the letter was sent already, so it was left as it was. A letter not in this case fails as not found. */
type Outcome = "done" | "sent";

/** Tells a letter that is not this case's from one already sent, after a change found no draft. */
async function explainNoDraft(access: CaseAccess, letterId: string): Promise<Outcome> {
  return (await findLetter(access, letterId)) ? "sent" : fail("not_found");
}

/** Saves a draft's new words. A sent letter is a record of what was sent, so it stays as it was. */
export async function saveLetter(access: CaseAccess, letterId: string, text: LetterText): Promise<Outcome> {
  if (!isUuid(letterId)) fail("not_found");
  const saved = await db
    .update(letters)
    .set({ ...text, updatedAt: new Date() })
    .where(and(eq(letters.caseId, access.caseId), eq(letters.id, letterId), isNull(letters.sentOn)))
    .returning({ id: letters.id });
  return saved.length > 0 ? "done" : explainNoDraft(access, letterId);
}

/** Deletes a draft. A sent letter stays, with its entry in the correspondence log. */
export async function deleteDraft(access: CaseAccess, letterId: string): Promise<Outcome> {
  if (!isUuid(letterId)) fail("not_found");
  const removed = await db
    .delete(letters)
    .where(and(eq(letters.caseId, access.caseId), eq(letters.id, letterId), isNull(letters.sentOn)))
    .returning({ id: letters.id });
  return removed.length > 0 ? "done" : explainNoDraft(access, letterId);
}

/**
 * Marks a draft as sent and logs it in the correspondence, in one transaction: both happen or
 * neither does, so the log never misses a letter the page says was sent. A letter already sent
 * is left alone ("sent"), so sending twice does not log it twice.
 */
export async function markLetterSent(access: CaseAccess, letterId: string, sending: Sending): Promise<Outcome> {
  if (!isUuid(letterId)) fail("not_found");
  const outcome = await db.transaction(async (tx): Promise<Outcome | null> => {
    // Claiming the draft first means a second, simultaneous "mark as sent" finds nothing to claim.
    const [letter] = await tx
      .update(letters)
      .set({ sentOn: sending.sentOn, updatedAt: new Date() })
      .where(and(eq(letters.caseId, access.caseId), eq(letters.id, letterId), isNull(letters.sentOn)))
      .returning(readable(letters));
    if (!letter) return null;
    const entry: CorrespondenceInput = {
      direction: "sent",
      date: sending.sentOn,
      channel: sending.channel,
      from: letter.senderName,
      to: [letter.recipientName, letter.recipientAddress?.split("\n")[0]?.trim()].filter(Boolean).join(", ") || null,
      subject: letter.subject,
      body: letterAsText(letter),
      kind: letter.kind,
      replyBy: sending.replyBy,
    };
    const [logged] = await tx.insert(correspondence).values({ ...entry, caseId: access.caseId }).returning({ id: correspondence.id });
    await tx
      .update(letters)
      .set({ correspondenceId: logged!.id })
      .where(and(eq(letters.caseId, access.caseId), eq(letters.id, letterId)));
    return "done";
  });
  return outcome ?? explainNoDraft(access, letterId);
}
