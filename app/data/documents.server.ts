// Queries for the evidence library. Every function takes the CaseAccess from the gate and scopes
// its SQL to that case, including the ones given a document's id.
import { and, desc, eq, sql } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import { db } from "./db.server";
import { documents } from "./schema";

/** The case's documents, newest first, for a picker: id, title, date and kind of file. */
export async function listDocumentChoices(access: CaseAccess) {
  return db
    .select({ id: documents.id, title: documents.title, date: documents.date, mediaType: documents.mediaType, source: documents.source })
    .from(documents)
    .where(eq(documents.caseId, access.caseId))
    .orderBy(sql`${documents.date} desc nulls last`, desc(documents.createdAt));
}

/** The text read out of one of the case's documents (null when none could be read), or undefined when it is not in this case. */
export async function getDocumentText(access: CaseAccess, documentId: string): Promise<{ title: string; text: string | null } | undefined> {
  const [row] = await db
    .select({ title: documents.title, text: documents.text })
    .from(documents)
    .where(and(eq(documents.caseId, access.caseId), eq(documents.id, documentId)))
    .limit(1);
  return row;
}
