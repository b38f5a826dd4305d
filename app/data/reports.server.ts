// Queries for professionals' reports, the recommendations in them, and the links from each
// recommendation to the provision lines that answer it. Every function takes the CaseAccess from
// the gate and scopes its SQL to that case, including the link rows; any id that arrives from a
// form (a professional, a document, a provision line) is looked up in this case before it is
// stored, so a record can never point into another family's case.
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import type { AreaOfNeed } from "~/domain/areas-of-need";
import type { RecommendationStatus } from "~/domain/codes/recommendations";
import type { ExtractedRecommendation } from "~/domain/recommendations/extract-recommendations";
import { db } from "./db.server";
import { isProfessionalOf } from "./professionals.server";
import { cycles, documents, professionals, provisions, readable, recommendationProvisions, recommendations, reports } from "./schema";

/** A report's details: its title, who wrote it (a professional of the case, or a name) and when. */
export type ReportDetailsInput = { title: string; professionalId: string | null; author: string | null; date: string | null };

/** A recommendation in the report's words, with the parts of the help it names. */
export type RecommendationInput = {
  text: string;
  area: AreaOfNeed | null;
  what: string | null;
  who: string | null;
  frequency: string | null;
  duration: string | null;
};

/**
 * Where a recommendation stands: the provision lines (of this case) that answer it, and whether
 * the EHC plan has it and it is being delivered (null: the parent does not know).
 */
export type TrackingInput = { provisionIds: string[]; inEhcPlan: boolean | null; isBeingDelivered: boolean | null };

/**
 * How many cycles' provision a recommendation can be linked to: the latest three plans (usually
 * the one running now and the two before it), so support already in place when the report came
 * can still be linked.
 */
export const RECENT_CYCLES = 3;

/** How many of the report's recommendations have this status (the report row is already this case's). */
const countWhere = (access: CaseAccess, status: RecommendationStatus) =>
  sql<number>`(select count(*) from ${recommendations} where ${recommendations.caseId} = ${access.caseId} and ${recommendations.reportId} = ${reports.id} and ${recommendations.status} = ${status})`.mapWith(
    Number,
  );

/** The case's reports, newest first (undated last), with who wrote them and how many recommendations each has. */
export async function listReports(access: CaseAccess) {
  return db
    .select({
      id: reports.id,
      title: reports.title,
      author: reports.author,
      date: reports.date,
      documentId: reports.documentId,
      documentTitle: documents.title,
      professionalName: professionals.name,
      suggestedCount: countWhere(access, "suggested"),
      confirmedCount: countWhere(access, "confirmed"),
    })
    .from(reports)
    .leftJoin(professionals, and(eq(professionals.id, reports.professionalId), eq(professionals.caseId, access.caseId)))
    .leftJoin(documents, and(eq(documents.id, reports.documentId), eq(documents.caseId, access.caseId)))
    .where(eq(reports.caseId, access.caseId))
    .orderBy(sql`${reports.date} desc nulls last`, desc(reports.createdAt));
}

/**
 * One report of this case with its professional and document, or null when there is none with
 * that id in this case. `documentHasText` says whether any text could be read from the document.
 */
export async function findReport(access: CaseAccess, reportId: string) {
  const [row] = await db
    .select({
      ...readable(reports),
      professionalName: professionals.name,
      professionalRole: professionals.role,
      documentTitle: documents.title,
      documentHasText: sql<boolean>`${documents.text} is not null and btrim(${documents.text}) <> ''`,
      documentExtractionNote: documents.extractionNote,
    })
    .from(reports)
    .leftJoin(professionals, and(eq(professionals.id, reports.professionalId), eq(professionals.caseId, access.caseId)))
    .leftJoin(documents, and(eq(documents.id, reports.documentId), eq(documents.caseId, access.caseId)))
    .where(and(eq(reports.caseId, access.caseId), eq(reports.id, reportId)))
    .limit(1);
  return row ?? null;
}

async function isDocumentOf(access: CaseAccess, documentId: string | null): Promise<boolean> {
  if (documentId === null) return true;
  const [row] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.caseId, access.caseId), eq(documents.id, documentId)))
    .limit(1);
  return Boolean(row);
}

export type AddReportResult = { ok: true; id: string } | { ok: false; problem: "unknown_professional" | "unknown_document" };

/**
 * Adds a report and stores each recommendation found in its text as a suggestion for the parent
 * to check. Nothing is written when the professional or the document is not in this case.
 */
export async function addReport(
  access: CaseAccess,
  report: ReportDetailsInput & { documentId: string | null },
  suggestions: readonly ExtractedRecommendation[],
): Promise<AddReportResult> {
  if (!(await isProfessionalOf(access, report.professionalId))) return { ok: false, problem: "unknown_professional" };
  if (!(await isDocumentOf(access, report.documentId))) return { ok: false, problem: "unknown_document" };
  const id = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(reports)
      .values({ ...report, caseId: access.caseId })
      .returning({ id: reports.id });
    if (!created) throw new Error("Report was not created");
    if (suggestions.length > 0) {
      await tx.insert(recommendations).values(
        suggestions.map((suggestion, position) => ({
          caseId: access.caseId,
          reportId: created.id,
          text: suggestion.text,
          area: suggestion.areaOfNeed,
          ...suggestion.provision,
          status: "suggested" as const,
          position,
        })),
      );
    }
    return created.id;
  });
  return { ok: true, id };
}

/** Saves the report's details; "unknown_professional" (nothing written) when the professional is not in this case. */
export async function updateReport(
  access: CaseAccess,
  reportId: string,
  details: ReportDetailsInput,
): Promise<"saved" | "not_found" | "unknown_professional"> {
  if (!(await isProfessionalOf(access, details.professionalId))) return "unknown_professional";
  const updated = await db
    .update(reports)
    .set(details)
    .where(and(eq(reports.caseId, access.caseId), eq(reports.id, reportId)))
    .returning({ id: reports.id });
  return updated.length > 0 ? "saved" : "not_found";
}

/** Removes a report and its recommendations. The document it came from stays in the library. */
export async function removeReport(access: CaseAccess, reportId: string): Promise<boolean> {
  const removed = await db
    .delete(reports)
    .where(and(eq(reports.caseId, access.caseId), eq(reports.id, reportId)))
    .returning({ id: reports.id });
  return removed.length > 0;
}

/** The report's recommendations in the report's order, each with the provision lines linked to it. */
export async function listRecommendations(access: CaseAccess, reportId: string) {
  const [rows, links] = await Promise.all([
    db
      .select(readable(recommendations))
      .from(recommendations)
      .where(and(eq(recommendations.caseId, access.caseId), eq(recommendations.reportId, reportId)))
      .orderBy(asc(recommendations.position), asc(recommendations.createdAt)),
    db
      .select({ recommendationId: recommendationProvisions.recommendationId, provisionId: recommendationProvisions.provisionId })
      .from(recommendationProvisions)
      .innerJoin(recommendations, eq(recommendations.id, recommendationProvisions.recommendationId))
      .where(
        and(
          eq(recommendationProvisions.caseId, access.caseId),
          eq(recommendations.caseId, access.caseId),
          eq(recommendations.reportId, reportId),
        ),
      ),
  ]);
  return rows.map((row) => ({
    ...row,
    provisionIds: links.filter((link) => link.recommendationId === row.id).map((link) => link.provisionId),
  }));
}

async function isReportOf(access: CaseAccess, reportId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.caseId, access.caseId), eq(reports.id, reportId)))
    .limit(1);
  return Boolean(row);
}

/** The parent's own recommendation, added as confirmed at the end of the list; false when the report is not in this case. */
export async function addRecommendation(access: CaseAccess, reportId: string, input: RecommendationInput): Promise<boolean> {
  if (!(await isReportOf(access, reportId))) return false;
  const [last] = await db
    .select({ next: sql<number>`coalesce(max(${recommendations.position}) + 1, 0)`.mapWith(Number) })
    .from(recommendations)
    .where(and(eq(recommendations.caseId, access.caseId), eq(recommendations.reportId, reportId)));
  await db.insert(recommendations).values({
    ...input,
    caseId: access.caseId,
    reportId,
    status: "confirmed",
    position: last?.next ?? 0,
  });
  return true;
}

const recommendationOf = (access: CaseAccess, reportId: string, recommendationId: string) =>
  and(eq(recommendations.caseId, access.caseId), eq(recommendations.reportId, reportId), eq(recommendations.id, recommendationId));

/**
 * Saves the parent's wording of a recommendation. Changing a suggestion confirms it: the parent
 * has read it and made it right. False when it is not a recommendation of this report.
 */
export async function updateRecommendation(access: CaseAccess, reportId: string, recommendationId: string, input: RecommendationInput): Promise<boolean> {
  const updated = await db
    .update(recommendations)
    .set({ ...input, status: sql`case when ${recommendations.status} = 'suggested' then 'confirmed' else ${recommendations.status} end` })
    .where(recommendationOf(access, reportId, recommendationId))
    .returning({ id: recommendations.id });
  return updated.length > 0;
}

/** Confirms, discards or puts back one recommendation; false when it is not a recommendation of this report. */
export async function setRecommendationStatus(
  access: CaseAccess,
  reportId: string,
  recommendationId: string,
  status: RecommendationStatus,
): Promise<boolean> {
  const updated = await db
    .update(recommendations)
    .set({ status })
    .where(recommendationOf(access, reportId, recommendationId))
    .returning({ id: recommendations.id });
  return updated.length > 0;
}

/** Confirms every suggestion still waiting in the report; returns how many. */
export async function confirmAllSuggestions(access: CaseAccess, reportId: string): Promise<number> {
  const updated = await db
    .update(recommendations)
    .set({ status: "confirmed" })
    .where(and(eq(recommendations.caseId, access.caseId), eq(recommendations.reportId, reportId), eq(recommendations.status, "suggested")))
    .returning({ id: recommendations.id });
  return updated.length;
}

/**
 * Records where a recommendation stands: the provision lines that answer it (replacing the ones
 * linked before), whether the EHC plan has it, and whether it is being delivered. Every provision
 * id must be a line of this case; otherwise nothing is written and the answer is "unknown_provision".
 */
export async function saveTracking(
  access: CaseAccess,
  reportId: string,
  recommendationId: string,
  tracking: TrackingInput,
): Promise<"saved" | "not_found" | "unknown_provision"> {
  const { provisionIds, inEhcPlan, isBeingDelivered } = tracking;
  if (provisionIds.length > 0) {
    const known = await db
      .select({ id: provisions.id })
      .from(provisions)
      .where(and(eq(provisions.caseId, access.caseId), inArray(provisions.id, provisionIds)));
    if (known.length !== provisionIds.length) return "unknown_provision";
  }
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(recommendations)
      .set({ inEhcPlan, isBeingDelivered })
      .where(recommendationOf(access, reportId, recommendationId))
      .returning({ id: recommendations.id });
    if (updated.length === 0) return "not_found";
    await tx
      .delete(recommendationProvisions)
      .where(and(eq(recommendationProvisions.caseId, access.caseId), eq(recommendationProvisions.recommendationId, recommendationId)));
    if (provisionIds.length > 0) {
      await tx
        .insert(recommendationProvisions)
        .values(provisionIds.map((provisionId) => ({ caseId: access.caseId, recommendationId, provisionId })));
    }
    return "saved";
  });
}

/**
 * The provision lines a recommendation can be linked to, by cycle, newest first: the latest
 * RECENT_CYCLES cycles (even with no lines yet), and any older cycle with a line in `linkedIds`
 * so a saved link is never dropped from the form.
 */
export async function listProvisionChoices(access: CaseAccess, linkedIds: readonly string[]) {
  const [cycleRows, lineRows] = await Promise.all([
    db
      .select({ id: cycles.id, title: cycles.title, kind: cycles.kind, startDate: cycles.startDate })
      .from(cycles)
      .where(eq(cycles.caseId, access.caseId))
      .orderBy(desc(cycles.startDate), desc(cycles.createdAt)),
    db
      .select({
        id: provisions.id,
        cycleId: provisions.cycleId,
        what: provisions.what,
        who: provisions.who,
        frequency: provisions.frequency,
        sessionsPerWeek: provisions.sessionsPerWeek,
        durationMinutes: provisions.durationMinutes,
        groupSize: provisions.groupSize,
      })
      .from(provisions)
      .where(eq(provisions.caseId, access.caseId))
      .orderBy(asc(provisions.position), asc(provisions.createdAt)),
  ]);
  const linked = new Set(linkedIds);
  const cyclesWithLinks = new Set(lineRows.filter((line) => linked.has(line.id)).map((line) => line.cycleId));
  return cycleRows
    .filter((cycle, index) => index < RECENT_CYCLES || cyclesWithLinks.has(cycle.id))
    .map((cycle) => ({ cycle, lines: lineRows.filter((line) => line.cycleId === cycle.id) }));
}
