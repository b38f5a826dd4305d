// Queries for the delivery log and the provision audit: sessions of each provision line, and
// what the school's provision map says. Every function takes the CaseAccess from the gate and
// scopes its SQL to that case; a cycle or provision id from the URL is checked to belong to it.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import {
  buildProvisionAudit,
  findSessionSpan,
  listExpectedSessionDates,
  mergeSessionLog,
  type DateSpan,
  type LoggedSession,
  type ProvisionAudit,
} from "~/domain/delivery";
import { db } from "./db.server";
import { cycles, deliverySessions, provisions, readable, type ReadableRow, reviews } from "./schema";
import { rememberForCaseVersion } from "./case-cache.server";
import { getCycle, type CycleRow } from "./cycles.server";
import { isUuid } from "./ids";
import { fail } from "~/errors";
import { formatDate } from "~/domain/presentation";

type ProvisionRow = ReadableRow<typeof provisions>;

/** One provision line with its session log: every expected session and every recorded one. */
export type ProvisionLog = {
  provision: ProvisionRow;
  cycle: Pick<CycleRow, "id" | "title" | "startDate" | "reviewDate">;
  /** The days sessions may be logged on; null before the support starts. */
  span: DateSpan | null;
  sessions: LoggedSession[];
};


/** The session logs of one cycle's provision lines, in plan order. */
export async function listCycleDeliveryLogs(access: CaseAccess, cycleId: string, today: string): Promise<{ cycle: CycleRow; logs: ProvisionLog[] }> {
  const cycle = await getCycle(access, cycleId);
  const lines = await db
    .select(readable(provisions))
    .from(provisions)
    .where(and(eq(provisions.caseId, access.caseId), eq(provisions.cycleId, cycle.id)))
    .orderBy(asc(provisions.position), asc(provisions.createdAt));
  return { cycle, logs: await buildLogs(access, lines.map((provision) => ({ provision, cycle })), today) };
}

/** Every provision line of the case with its log, oldest cycle first, and the reviews. */
export async function listCaseDeliveryLogs(access: CaseAccess, today: string) {
  const rows = await db
    .select({ provision: provisions, cycle: { id: cycles.id, title: cycles.title, startDate: cycles.startDate, reviewDate: cycles.reviewDate } })
    .from(provisions)
    .innerJoin(cycles, eq(cycles.id, provisions.cycleId))
    .where(and(eq(provisions.caseId, access.caseId), eq(cycles.caseId, access.caseId)))
    .orderBy(asc(cycles.startDate), asc(provisions.position), asc(provisions.createdAt));
  const caseReviews = await db
    .select({ cycleId: reviews.cycleId, date: reviews.date, provisionEffectiveness: reviews.provisionEffectiveness, cycleTitle: cycles.title, cycleStartDate: cycles.startDate })
    .from(reviews)
    .innerJoin(cycles, eq(cycles.id, reviews.cycleId))
    .where(and(eq(reviews.caseId, access.caseId), eq(cycles.caseId, access.caseId)))
    .orderBy(asc(reviews.date));
  return { logs: await buildLogs(access, rows, today), reviews: caseReviews };
}

/** The provision audit of the whole case, "promised against delivered", as of `today`. */
/** The audit of the whole case, reused until the case changes. */
export function getProvisionAudit(access: CaseAccess, today: string): Promise<ProvisionAudit> {
  return rememberForCaseVersion(access, "audit", today, () => readProvisionAudit(access, today));
}

async function readProvisionAudit(access: CaseAccess, today: string): Promise<ProvisionAudit> {
  const { logs, reviews: caseReviews } = await listCaseDeliveryLogs(access, today);
  const cycleName = (cycle: { title: string | null; startDate: string }) => cycle.title ?? `Plan from ${formatDate(cycle.startDate)}`;
  return buildProvisionAudit(
    logs.map((log) => ({
      id: log.provision.id,
      what: log.provision.what,
      who: log.provision.who,
      cycleTitle: cycleName(log.cycle),
      durationMinutes: log.provision.durationMinutes,
      provisionMapNote: log.provision.provisionMapNote,
      provisionMapSessions: log.provision.provisionMapSessions,
      sessions: log.sessions,
    })),
    caseReviews.map((review) => ({ cycleTitle: cycleName({ title: review.cycleTitle, startDate: review.cycleStartDate }), date: review.date, provisionEffectiveness: review.provisionEffectiveness })),
  );
}

async function buildLogs(access: CaseAccess, lines: Array<{ provision: ProvisionRow; cycle: ProvisionLog["cycle"] }>, today: string): Promise<ProvisionLog[]> {
  if (lines.length === 0) return [];
  const recorded = await db
    .select({ provisionId: deliverySessions.provisionId, date: deliverySessions.date, status: deliverySessions.status, cancelReason: deliverySessions.cancelReason })
    .from(deliverySessions)
    .where(and(eq(deliverySessions.caseId, access.caseId), inArray(deliverySessions.provisionId, lines.map((line) => line.provision.id))))
    .orderBy(asc(deliverySessions.date));
  const byProvision = new Map<string, LoggedSession[]>();
  for (const { provisionId, ...session } of recorded) {
    const list = byProvision.get(provisionId) ?? [];
    list.push(session);
    byProvision.set(provisionId, list);
  }
  return lines.map(({ provision, cycle }) => {
    const span = findSessionSpan({ startDate: provision.startDate, endDate: provision.endDate, cycleStartDate: cycle.startDate, cycleReviewDate: cycle.reviewDate, today });
    const expected = span && provision.sessionsPerWeek ? listExpectedSessionDates({ startDate: span.from, endDate: span.to, sessionsPerWeek: provision.sessionsPerWeek, weekdays: provision.sessionWeekdays }) : [];
    return { provision, cycle, span, sessions: mergeSessionLog(expected, byProvision.get(provision.id) ?? []) };
  });
}

/** The provision line, if it belongs to this case (and to `cycleId` when given); a 404 otherwise. */
export async function getProvision(access: CaseAccess, provisionId: string, cycleId?: string): Promise<ProvisionRow> {
  if (!isUuid(provisionId)) fail("not_found");
  const [found] = await db
    .select(readable(provisions))
    .from(provisions)
    .where(and(eq(provisions.caseId, access.caseId), eq(provisions.id, provisionId), cycleId ? eq(provisions.cycleId, cycleId) : undefined))
    .limit(1);
  return found ?? fail("not_found");
}

/** Records sessions of one provision line, replacing what was recorded for the same dates. */
export async function saveSessions(access: CaseAccess, provisionId: string, sessions: readonly LoggedSession[]): Promise<void> {
  const provision = await getProvision(access, provisionId);
  if (sessions.length === 0) return;
  await db
    .insert(deliverySessions)
    .values(
      sessions.map((session) => ({
        caseId: access.caseId,
        provisionId: provision.id,
        date: session.date,
        status: session.status,
        cancelReason: session.status === "cancelled" ? session.cancelReason : null,
      })),
    )
    .onConflictDoUpdate({
      target: [deliverySessions.provisionId, deliverySessions.date],
      set: { status: sql`excluded.status`, cancelReason: sql`excluded.cancel_reason` },
      // The unique key is per provision, and the provision was checked above; this keeps a row
      // of another case from ever being touched even so.
      setWhere: eq(deliverySessions.caseId, access.caseId),
    });
}

/** What the school's provision map says about one line: a note and a number of sessions. */
export async function saveProvisionMap(access: CaseAccess, provisionId: string, map: { note: string | null; sessions: number | null }): Promise<void> {
  const provision = await getProvision(access, provisionId);
  await db
    .update(provisions)
    .set({ provisionMapNote: map.note, provisionMapSessions: map.sessions })
    .where(and(eq(provisions.caseId, access.caseId), eq(provisions.id, provision.id)));
}

// An id that is not a uuid would make PostgreSQL throw; it is simply not found.
