// Queries for the tribunal (issue 23): appeals and everything made for them — the directions'
// dates, the evidence bundle, the working document's proposed changes, the witness statement, the
// exported versions and the order. Every function takes the CaseAccess from the gate and scopes its
// SQL to that case, including the ones given a record's id. A record of another case named in a
// write (an appeal, a decision, a document, a plan line) fails as not found: the same-case keys of
// migration 0014 refuse it (decision 027).
import { and, asc, desc, eq, inArray, max, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { CaseAccess } from "~/auth/access.server";
import type { CalendarDate } from "~/domain/calendar/calendar-date";
import type {
  Appeal,
  AppealBundleItem,
  AppealDate,
  AppealDocumentVersion,
  AppealOrder,
  AppealProposal,
  AppealStatementParagraph,
} from "~/domain/case/case-document";
import type { AppealDocumentKind } from "~/domain/codes/tribunal";
import type { BundleItem } from "~/domain/tribunal/paginate-bundle";
import { fail } from "~/errors";
import { todayIn } from "~/services/clock.server";
import { db } from "./db.server";
import { isUuid } from "./ids";
import { columnsOf } from "./json-rows.server";
import {
  appealBundleItems,
  appealDates,
  appealDocuments,
  appealOrders,
  appealProposals,
  appeals,
  appealStatementParagraphs,
  documents,
  type ReadableRow,
} from "./schema";

// ── Inputs ─────────────────────────────────────────────────────────────────────────────────

/** An appeal's own details, as the parent enters them (not its dates, bundle, documents or order). */
export type AppealDetails = Omit<Appeal, "id" | "startedOn" | "bundleFixed" | "bundleFixedOn" | "dates" | "bundleItems" | "proposals" | "statementParagraphs" | "documentVersions" | "order">;

/** Starting an appeal: the decision appealed and what the start page asks; the rest starts empty. */
export type StartAppealInput = Pick<AppealDetails, "appealType" | "sections" | "mediation" | "mediationCertificateOn"> & {
  /** The statutory event (the decision) appealed: one of this case's. */
  decisionEventId: string;
  wantsRecommendations?: boolean;
  notes?: string | null;
};

/** A change to an appeal's details: only the fields given change. */
export type UpdateAppealInput = Partial<AppealDetails>;

export type AppealDateInput = Omit<AppealDate, "id">;

/** A document of this case put in the bundle, with what was read from its file. */
export type BundleItemInput = Omit<AppealBundleItem, "id">;

/** What can change about a document in the bundle (not which document it is). */
export type BundleItemUpdate = Omit<AppealBundleItem, "id" | "documentId">;

export type ProposalInput = Omit<AppealProposal, "id">;

export type ParagraphInput = Omit<AppealStatementParagraph, "id">;

export type OrderInput = Omit<AppealOrder, "id">;

/** An appeal as listed: its details, without what was made for it. */
export type AppealSummary = Pick<Appeal, "id" | "startedOn" | keyof AppealDetails | "bundleFixedOn"> & { hasOrder: boolean };

/** A stored version of an exported document, with what was exported. */
export type AppealDocumentVersionWithContent = AppealDocumentVersion & { content: unknown };

export type MoveDirection = "up" | "down";

// ── Reading rows into the case document's shapes (also used by case-document.server.ts) ──────

/** The columns an appeal is read with. */
export const APPEAL_COLUMNS = [
  "id",
  "decisionEventId",
  "appealType",
  "sections",
  "wantsRecommendations",
  "mediation",
  "mediationCertificateOn",
  "submittedOn",
  "registeredOn",
  "tribunalReference",
  "status",
  "notes",
  "bundleFixed",
  "bundleFixedOn",
  "createdAt",
] as const satisfies readonly (keyof ReadableRow<typeof appeals>)[];
export const APPEAL_DATE_COLUMNS = ["id", "appealId", "kind", "date", "label", "notes"] as const satisfies readonly (keyof ReadableRow<typeof appealDates>)[];
export const BUNDLE_ITEM_COLUMNS = ["id", "appealId", "documentId", "section", "pages", "kind", "summaryPages", "reportDate"] as const satisfies readonly (keyof ReadableRow<
  typeof appealBundleItems
>)[];
export const PROPOSAL_COLUMNS = [
  "id",
  "appealId",
  "section",
  "planLineId",
  "originalText",
  "proposedText",
  "kind",
  "reason",
  "evidencePages",
] as const satisfies readonly (keyof ReadableRow<typeof appealProposals>)[];
export const PARAGRAPH_COLUMNS = ["id", "appealId", "date", "text", "exhibitDocumentIds"] as const satisfies readonly (keyof ReadableRow<typeof appealStatementParagraphs>)[];
export const DOCUMENT_VERSION_COLUMNS = ["id", "appealId", "kind", "version", "createdAt"] as const satisfies readonly (keyof typeof appealDocuments.$inferSelect)[];
export const ORDER_COLUMNS = ["id", "appealId", "kind", "madeOn", "notOpposedOn", "notes"] as const satisfies readonly (keyof ReadableRow<typeof appealOrders>)[];

type Picked<T extends { $inferSelect: object }, K extends readonly (keyof T["$inferSelect"])[]> = Pick<T["$inferSelect"], K[number]>;
type AppealRow = Picked<typeof appeals, typeof APPEAL_COLUMNS>;

/** The order each list is read in: dates earliest first, the bundle as added, the documents' own order. */
export const APPEAL_ORDER = {
  appeals: [asc(appeals.createdAt), asc(appeals.id)],
  dates: [asc(appealDates.date), asc(appealDates.createdAt)],
  bundleItems: [asc(appealBundleItems.createdAt), asc(appealBundleItems.id)],
  proposals: [asc(appealProposals.position), asc(appealProposals.createdAt)],
  paragraphs: [asc(appealStatementParagraphs.position), asc(appealStatementParagraphs.createdAt)],
  versions: [asc(appealDocuments.kind), asc(appealDocuments.version)],
  orders: [asc(appealOrders.createdAt)],
};

/** An appeal's stored rows, each list as its table's columns (with `appealId`), for `toAppeals`. */
export type AppealRows = {
  appeals: AppealRow[];
  dates: Picked<typeof appealDates, typeof APPEAL_DATE_COLUMNS>[];
  bundleItems: Picked<typeof appealBundleItems, typeof BUNDLE_ITEM_COLUMNS>[];
  proposals: Picked<typeof appealProposals, typeof PROPOSAL_COLUMNS>[];
  paragraphs: Picked<typeof appealStatementParagraphs, typeof PARAGRAPH_COLUMNS>[];
  versions: Picked<typeof appealDocuments, typeof DOCUMENT_VERSION_COLUMNS>[];
  orders: Picked<typeof appealOrders, typeof ORDER_COLUMNS>[];
};

function byAppeal<T extends { appealId: string }>(rows: T[]): Map<string, Omit<T, "appealId">[]> {
  const groups = new Map<string, Omit<T, "appealId">[]>();
  for (const { appealId, ...rest } of rows) {
    const list = groups.get(appealId);
    if (list) list.push(rest);
    else groups.set(appealId, [rest]);
  }
  return groups;
}

/** The day an appeal was started, in England. */
function startedOn(createdAt: Date | string): CalendarDate {
  return todayIn("Europe/London", new Date(createdAt));
}

/** The stored rows as the case document's appeals, each with its own records. */
export function toAppeals(rows: AppealRows): Appeal[] {
  const dates = byAppeal(rows.dates);
  const items = byAppeal(rows.bundleItems);
  const proposals = byAppeal(rows.proposals);
  const paragraphs = byAppeal(rows.paragraphs);
  const versions = byAppeal(rows.versions);
  const orders = byAppeal(rows.orders);
  return rows.appeals.map(({ createdAt, ...appeal }) => ({
    ...appeal,
    startedOn: startedOn(createdAt),
    sections: [...appeal.sections].sort(),
    dates: dates.get(appeal.id) ?? [],
    bundleItems: items.get(appeal.id) ?? [],
    proposals: proposals.get(appeal.id) ?? [],
    statementParagraphs: paragraphs.get(appeal.id) ?? [],
    documentVersions: (versions.get(appeal.id) ?? []).map((v) => ({ ...v, createdAt: new Date(v.createdAt).toISOString() })),
    order: orders.get(appeal.id)?.[0] ?? null,
  }));
}

// ── Writes that name records ───────────────────────────────────────────────────────────────

function codeOf(error: unknown): string {
  const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  return String(code);
}

/**
 * Runs a write that names records by id (`ids`: an appeal, a decision, a document, a plan line);
 * one that is not a record id, or a record of another case (a same-case key refuses it), fails as
 * not found, as any record of another case does. A second copy of a unique record is a conflict.
 */
async function naming<T>(ids: readonly (string | null | undefined)[], write: () => Promise<T>): Promise<T> {
  if (ids.some((id) => id !== null && id !== undefined && !isUuid(id))) fail("not_found");
  try {
    return await write();
  } catch (error) {
    const code = codeOf(error);
    if (code === "23503") fail("not_found");
    if (code === "23505") fail("conflict");
    throw error;
  }
}

/** Fails as not found unless every id is a document of this case. */
async function requireCaseDocuments(access: CaseAccess, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  if (ids.some((id) => !isUuid(id))) fail("not_found");
  const unique = [...new Set(ids)];
  const found = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.caseId, access.caseId), inArray(documents.id, unique)));
  if (found.length !== unique.length) fail("not_found");
}

/** The next position at the end of an appeal's ordered list. */
async function nextPosition(table: typeof appealProposals | typeof appealStatementParagraphs, access: CaseAccess, appealId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(table.position) })
    .from(table)
    .where(and(eq(table.caseId, access.caseId), eq(table.appealId, appealId)));
  return (row?.last ?? 0) + 1;
}

/**
 * Swaps a record of an ordered list with its neighbour above or below; false when it is not in
 * this case, or already first (up) or last (down).
 */
async function moveInList(table: typeof appealProposals | typeof appealStatementParagraphs, access: CaseAccess, id: string, direction: MoveDirection): Promise<boolean> {
  if (!isUuid(id)) return false;
  const [row] = await db
    .select({ appealId: table.appealId, position: table.position, createdAt: table.createdAt })
    .from(table)
    .where(and(eq(table.caseId, access.caseId), eq(table.id, id)));
  if (!row) return false;
  const siblings = await db
    .select({ id: table.id, position: table.position })
    .from(table)
    .where(and(eq(table.caseId, access.caseId), eq(table.appealId, row.appealId)))
    .orderBy(asc(table.position), asc(table.createdAt));
  const index = siblings.findIndex((s) => s.id === id);
  const otherIndex = direction === "up" ? index - 1 : index + 1;
  const other = siblings[otherIndex];
  if (!other) return false;
  // Renumbered 1, 2, 3 … with the two swapped, so equal positions left by a race cannot stick.
  const order = siblings.map((s) => s.id);
  order[index] = other.id;
  order[otherIndex] = id;
  const cases = sql.join(
    order.map((sibling, i) => sql`when ${table.id} = ${sibling} then ${sql.raw(String(i + 1))}`),
    sql` `,
  );
  await db
    .update(table)
    .set({ position: sql`case ${cases} end` })
    .where(and(eq(table.caseId, access.caseId), inArray(table.id, order)));
  return true;
}

// ── Appeals ────────────────────────────────────────────────────────────────────────────────

const summaryColumns = {
  ...columnsOf(
    appeals,
    APPEAL_COLUMNS.filter((key): key is Exclude<(typeof APPEAL_COLUMNS)[number], "bundleFixed"> => key !== "bundleFixed"),
  ),
  // Written out: inside a select of one table, Drizzle names columns without their table.
  hasOrder: sql<boolean>`exists (select 1 from "appeal_orders" o where o.appeal_id = "appeals"."id")`,
};

/** The case's appeals, the first started first. */
export async function listAppeals(access: CaseAccess): Promise<AppealSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(appeals)
    .where(eq(appeals.caseId, access.caseId))
    .orderBy(...APPEAL_ORDER.appeals);
  return rows.map(({ createdAt, ...row }) => ({ ...row, startedOn: startedOn(createdAt), sections: [...row.sections].sort() }));
}

/** One appeal of this case with its dates, bundle, proposals, paragraphs, versions and order; null when there is none. */
export async function getAppeal(access: CaseAccess, appealId: string): Promise<Appeal | null> {
  if (!isUuid(appealId)) return null;
  const inAppeal = <T extends { caseId: PgColumn; appealId: PgColumn }>(table: T) => and(eq(table.caseId, access.caseId), eq(table.appealId, appealId));
  const [appealRows, dates, bundleItems, proposals, paragraphs, versions, orders] = await Promise.all([
    db
      .select(columnsOf(appeals, APPEAL_COLUMNS))
      .from(appeals)
      .where(and(eq(appeals.caseId, access.caseId), eq(appeals.id, appealId))),
    db.select(columnsOf(appealDates, APPEAL_DATE_COLUMNS)).from(appealDates).where(inAppeal(appealDates)).orderBy(...APPEAL_ORDER.dates),
    db
      .select(columnsOf(appealBundleItems, BUNDLE_ITEM_COLUMNS))
      .from(appealBundleItems)
      .where(inAppeal(appealBundleItems))
      .orderBy(...APPEAL_ORDER.bundleItems),
    db
      .select(columnsOf(appealProposals, PROPOSAL_COLUMNS))
      .from(appealProposals)
      .where(inAppeal(appealProposals))
      .orderBy(...APPEAL_ORDER.proposals),
    db
      .select(columnsOf(appealStatementParagraphs, PARAGRAPH_COLUMNS))
      .from(appealStatementParagraphs)
      .where(inAppeal(appealStatementParagraphs))
      .orderBy(...APPEAL_ORDER.paragraphs),
    db
      .select(columnsOf(appealDocuments, DOCUMENT_VERSION_COLUMNS))
      .from(appealDocuments)
      .where(inAppeal(appealDocuments))
      .orderBy(...APPEAL_ORDER.versions),
    db.select(columnsOf(appealOrders, ORDER_COLUMNS)).from(appealOrders).where(inAppeal(appealOrders)).orderBy(...APPEAL_ORDER.orders),
  ]);
  if (appealRows.length === 0) return null;
  return toAppeals({ appeals: appealRows, dates, bundleItems, proposals, paragraphs, versions, orders })[0]!;
}

/** Starts an appeal against one of this case's decisions and gives its id. */
export async function startAppeal(access: CaseAccess, input: StartAppealInput): Promise<string> {
  return naming([input.decisionEventId], async () => {
    const [row] = await db
      .insert(appeals)
      .values({
        caseId: access.caseId,
        decisionEventId: input.decisionEventId,
        appealType: input.appealType,
        sections: [...input.sections],
        wantsRecommendations: input.wantsRecommendations ?? false,
        mediation: input.mediation,
        mediationCertificateOn: input.mediationCertificateOn,
        notes: input.notes ?? null,
      })
      .returning({ id: appeals.id });
    return row!.id;
  });
}

/** Saves the given details of an appeal; false when it is not in this case. */
export async function updateAppeal(access: CaseAccess, appealId: string, input: UpdateAppealInput): Promise<boolean> {
  if (!isUuid(appealId)) return false;
  const values = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  if (Object.keys(values).length === 0) return (await getAppeal(access, appealId)) !== null;
  return naming([input.decisionEventId], async () => {
    const updated = await db
      .update(appeals)
      .set(values)
      .where(and(eq(appeals.caseId, access.caseId), eq(appeals.id, appealId)))
      .returning({ id: appeals.id });
    return updated.length > 0;
  });
}

/** Removes an appeal of this case and everything made for it; false when it is not in this case. */
export async function removeAppeal(access: CaseAccess, appealId: string): Promise<boolean> {
  if (!isUuid(appealId)) return false;
  const removed = await db
    .delete(appeals)
    .where(and(eq(appeals.caseId, access.caseId), eq(appeals.id, appealId)))
    .returning({ id: appeals.id });
  return removed.length > 0;
}

// ── The directions' dates ──────────────────────────────────────────────────────────────────

/** Adds a date from the tribunal's directions to an appeal of this case and gives its id. */
export async function addAppealDate(access: CaseAccess, appealId: string, input: AppealDateInput): Promise<string> {
  return naming([appealId], async () => {
    const [row] = await db
      .insert(appealDates)
      .values({ caseId: access.caseId, appealId, kind: input.kind, date: input.date, label: input.label, notes: input.notes })
      .returning({ id: appealDates.id });
    return row!.id;
  });
}

/** Removes one directions date of this case; false when it is not in this case. */
export async function removeAppealDate(access: CaseAccess, dateId: string): Promise<boolean> {
  if (!isUuid(dateId)) return false;
  const removed = await db
    .delete(appealDates)
    .where(and(eq(appealDates.caseId, access.caseId), eq(appealDates.id, dateId)))
    .returning({ id: appealDates.id });
  return removed.length > 0;
}

// ── The evidence bundle ────────────────────────────────────────────────────────────────────

/**
 * Puts a document of this case in an appeal's bundle and gives the item's id. A document already
 * in that bundle is a conflict; another case's document or appeal is not found.
 */
export async function addBundleItem(access: CaseAccess, appealId: string, input: BundleItemInput): Promise<string> {
  return naming([appealId, input.documentId], async () => {
    const [row] = await db
      .insert(appealBundleItems)
      .values({
        caseId: access.caseId,
        appealId,
        documentId: input.documentId,
        section: input.section,
        kind: input.kind,
        pages: input.pages,
        summaryPages: input.summaryPages,
        reportDate: input.reportDate,
      })
      .returning({ id: appealBundleItems.id });
    return row!.id;
  });
}

/** Changes a bundle item's section, kind, pages or report details; false when it is not in this case. */
export async function updateBundleItem(access: CaseAccess, itemId: string, input: BundleItemUpdate): Promise<boolean> {
  if (!isUuid(itemId)) return false;
  const updated = await db
    .update(appealBundleItems)
    .set({ section: input.section, kind: input.kind, pages: input.pages, summaryPages: input.summaryPages, reportDate: input.reportDate })
    .where(and(eq(appealBundleItems.caseId, access.caseId), eq(appealBundleItems.id, itemId)))
    .returning({ id: appealBundleItems.id });
  return updated.length > 0;
}

/** Takes a document out of the bundle (not out of the case); false when it is not in this case. */
export async function removeBundleItem(access: CaseAccess, itemId: string): Promise<boolean> {
  if (!isUuid(itemId)) return false;
  const removed = await db
    .delete(appealBundleItems)
    .where(and(eq(appealBundleItems.caseId, access.caseId), eq(appealBundleItems.id, itemId)))
    .returning({ id: appealBundleItems.id });
  return removed.length > 0;
}

/**
 * Keeps the bundle's pages as they were sent on `on` (`BundlePagination["items"]`, decision 140),
 * so later pagination keeps those page numbers; false when the appeal is not in this case.
 */
export async function fixBundle(access: CaseAccess, appealId: string, items: readonly BundleItem[], on: CalendarDate): Promise<boolean> {
  if (!isUuid(appealId)) return false;
  const updated = await db
    .update(appeals)
    .set({ bundleFixed: [...items], bundleFixedOn: on })
    .where(and(eq(appeals.caseId, access.caseId), eq(appeals.id, appealId)))
    .returning({ id: appeals.id });
  return updated.length > 0;
}

// ── The working document ───────────────────────────────────────────────────────────────────

/** Adds a proposed change at the end of an appeal's working document and gives its id. */
export async function addProposal(access: CaseAccess, appealId: string, input: ProposalInput): Promise<string> {
  return naming([appealId, input.planLineId], async () => {
    const position = await nextPosition(appealProposals, access, appealId);
    const [row] = await db
      .insert(appealProposals)
      .values({ ...input, caseId: access.caseId, appealId, position })
      .returning({ id: appealProposals.id });
    return row!.id;
  });
}

/** Saves a proposed change; false when it is not in this case. */
export async function updateProposal(access: CaseAccess, proposalId: string, input: ProposalInput): Promise<boolean> {
  if (!isUuid(proposalId)) return false;
  return naming([input.planLineId], async () => {
    const updated = await db
      .update(appealProposals)
      .set(input)
      .where(and(eq(appealProposals.caseId, access.caseId), eq(appealProposals.id, proposalId)))
      .returning({ id: appealProposals.id });
    return updated.length > 0;
  });
}

/** Removes a proposed change; false when it is not in this case. */
export async function removeProposal(access: CaseAccess, proposalId: string): Promise<boolean> {
  if (!isUuid(proposalId)) return false;
  const removed = await db
    .delete(appealProposals)
    .where(and(eq(appealProposals.caseId, access.caseId), eq(appealProposals.id, proposalId)))
    .returning({ id: appealProposals.id });
  return removed.length > 0;
}

/** Moves a proposed change one place up or down; false when it is not in this case or cannot move that way. */
export function moveProposal(access: CaseAccess, proposalId: string, direction: MoveDirection): Promise<boolean> {
  return moveInList(appealProposals, access, proposalId, direction);
}

// ── The witness statement ──────────────────────────────────────────────────────────────────

/** Adds a paragraph at the end of an appeal's witness statement and gives its id. Its exhibits must be this case's documents. */
export async function addParagraph(access: CaseAccess, appealId: string, input: ParagraphInput): Promise<string> {
  return naming([appealId], async () => {
    await requireCaseDocuments(access, input.exhibitDocumentIds);
    const position = await nextPosition(appealStatementParagraphs, access, appealId);
    const [row] = await db
      .insert(appealStatementParagraphs)
      .values({ caseId: access.caseId, appealId, position, date: input.date, text: input.text, exhibitDocumentIds: [...input.exhibitDocumentIds] })
      .returning({ id: appealStatementParagraphs.id });
    return row!.id;
  });
}

/** Saves a paragraph; false when it is not in this case. */
export async function updateParagraph(access: CaseAccess, paragraphId: string, input: ParagraphInput): Promise<boolean> {
  if (!isUuid(paragraphId)) return false;
  await requireCaseDocuments(access, input.exhibitDocumentIds);
  const updated = await db
    .update(appealStatementParagraphs)
    .set({ date: input.date, text: input.text, exhibitDocumentIds: [...input.exhibitDocumentIds] })
    .where(and(eq(appealStatementParagraphs.caseId, access.caseId), eq(appealStatementParagraphs.id, paragraphId)))
    .returning({ id: appealStatementParagraphs.id });
  return updated.length > 0;
}

/** Removes a paragraph; false when it is not in this case. */
export async function removeParagraph(access: CaseAccess, paragraphId: string): Promise<boolean> {
  if (!isUuid(paragraphId)) return false;
  const removed = await db
    .delete(appealStatementParagraphs)
    .where(and(eq(appealStatementParagraphs.caseId, access.caseId), eq(appealStatementParagraphs.id, paragraphId)))
    .returning({ id: appealStatementParagraphs.id });
  return removed.length > 0;
}

/** Moves a paragraph one place up or down; false when it is not in this case or cannot move that way. */
export function moveParagraph(access: CaseAccess, paragraphId: string, direction: MoveDirection): Promise<boolean> {
  return moveInList(appealStatementParagraphs, access, paragraphId, direction);
}

// ── Exported versions ──────────────────────────────────────────────────────────────────────

/** Tries to give two exports at once the same number this many times before giving up. */
const VERSION_ATTEMPTS = 5;

/**
 * Keeps what was exported as the next version of that kind of document (1, 2, 3 …) and gives its
 * number. Two exports at the same moment get two numbers.
 */
export async function saveAppealDocumentVersion(access: CaseAccess, appealId: string, kind: AppealDocumentKind, content: unknown): Promise<number> {
  if (!isUuid(appealId)) fail("not_found");
  for (let attempt = 1; ; attempt += 1) {
    try {
      const [row] = await db
        .insert(appealDocuments)
        .values({
          caseId: access.caseId,
          appealId,
          kind,
          content,
          version: sql`(select coalesce(max(${sql.identifier("version")}), 0) + 1 from ${appealDocuments} where ${sql.identifier("appeal_id")} = ${appealId} and ${sql.identifier("kind")} = ${kind})`,
        })
        .returning({ version: appealDocuments.version });
      return row!.version;
    } catch (error) {
      const code = codeOf(error);
      if (code === "23503") fail("not_found");
      if (code !== "23505" || attempt >= VERSION_ATTEMPTS) throw error;
    }
  }
}

/** One exported version of an appeal of this case, with its content; null when there is none. */
export async function getAppealDocumentVersion(
  access: CaseAccess,
  appealId: string,
  kind: AppealDocumentKind,
  version: number,
): Promise<AppealDocumentVersionWithContent | null> {
  if (!isUuid(appealId) || !Number.isSafeInteger(version)) return null;
  const [row] = await db
    .select({ id: appealDocuments.id, kind: appealDocuments.kind, version: appealDocuments.version, createdAt: appealDocuments.createdAt, content: appealDocuments.content })
    .from(appealDocuments)
    .where(and(eq(appealDocuments.caseId, access.caseId), eq(appealDocuments.appealId, appealId), eq(appealDocuments.kind, kind), eq(appealDocuments.version, version)));
  return row ? { ...row, createdAt: row.createdAt.toISOString() } : null;
}

/** The latest version number of that kind of document, or 0 when none was exported. */
export async function latestAppealDocumentVersion(access: CaseAccess, appealId: string, kind: AppealDocumentKind): Promise<number> {
  if (!isUuid(appealId)) return 0;
  const [row] = await db
    .select({ version: appealDocuments.version })
    .from(appealDocuments)
    .where(and(eq(appealDocuments.caseId, access.caseId), eq(appealDocuments.appealId, appealId), eq(appealDocuments.kind, kind)))
    .orderBy(desc(appealDocuments.version))
    .limit(1);
  return row?.version ?? 0;
}

// ── The order ──────────────────────────────────────────────────────────────────────────────

/** Records the tribunal's order (or the concession) for an appeal of this case, replacing one recorded before; gives its id. */
export async function recordOrder(access: CaseAccess, appealId: string, input: OrderInput): Promise<string> {
  return naming([appealId], async () => {
    const values = { kind: input.kind, madeOn: input.madeOn, notOpposedOn: input.notOpposedOn, notes: input.notes };
    const [row] = await db
      .insert(appealOrders)
      .values({ ...values, caseId: access.caseId, appealId })
      .onConflictDoUpdate({ target: appealOrders.appealId, set: values, where: eq(appealOrders.caseId, access.caseId) })
      .returning({ id: appealOrders.id });
    if (!row) fail("not_found");
    return row.id;
  });
}

/** Removes the order recorded for an appeal of this case; false when there is none. */
export async function removeOrder(access: CaseAccess, appealId: string): Promise<boolean> {
  if (!isUuid(appealId)) return false;
  const removed = await db
    .delete(appealOrders)
    .where(and(eq(appealOrders.caseId, access.caseId), eq(appealOrders.appealId, appealId)))
    .returning({ id: appealOrders.id });
  return removed.length > 0;
}
