// Queries for the correspondence log: letters and emails sent and received, and the replies
// awaited. Every function takes the CaseAccess from the gate and scopes its SQL to that case.
import type { CaseAccess } from "~/auth/access.server";
import { db } from "./db.server";
import { correspondence } from "./schema";

export type CorrespondenceInput = {
  direction: "sent" | "received";
  date: string;
  channel: "email" | "letter" | "phone" | "meeting" | "other";
  from: string | null;
  to: string | null;
  subject: string | null;
  body: string | null;
  kind: string | null;
  replyBy: string | null;
  meetingId?: string | null;
  documentId?: string | null;
  inReplyTo?: string | null;
};

/** Adds a letter, email or call to the log and returns its id. */
export async function logCorrespondence(access: CaseAccess, entry: CorrespondenceInput): Promise<string> {
  const [row] = await db.insert(correspondence).values({ ...entry, caseId: access.caseId }).returning({ id: correspondence.id });
  return row!.id;
}
