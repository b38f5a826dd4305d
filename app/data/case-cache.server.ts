// Views computed from a whole case (the dashboard's health check, the audit), kept in memory
// until the case changes. What a kept view or page depends on is the case's state: cases.version,
// which goes up on every change to any of the case's records (database triggers, migration 0003),
// and who may see the case (access in force, open invitations, live shared links), which raises no
// version and can change with no write at all, when a grant ends. Both are read fresh, in one
// query, on every request, so a cached view is never older than the case or its sharing: on
// PostgreSQL with several processes too, each with its own cache.
// Callers must have passed the gate: the cache is keyed by case, not by person.
import { eq, type SQLWrapper } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import { db } from "./db.server";
import { cases } from "./schema";
import { sharingStateOf } from "./sharing.server";

/** Enough for the cases a busy server has open at once; the oldest is dropped first. */
const MAX_ENTRIES = 200;

const entries = new Map<string, { state: string; value: Promise<unknown> }>();

/**
 * The case's state now: its version and who may see it, as one string that changes whenever
 * either does. Read fresh on every call (one query), never kept.
 */
export async function readCaseState(access: CaseAccess): Promise<string> {
  const [row] = await db.select(caseStateColumns(access.caseId)).from(cases).where(eq(cases.id, access.caseId)).limit(1);
  if (!row) throw new Response("Not Found", { status: 404 });
  return caseStateFrom(row);
}

/**
 * The two parts of a case's state as SQL values, for a query on `cases`. The page cache's gate
 * (findKeptPageGate in access.server.ts) reads them in its own query; the case and the instant may
 * be placeholders of a prepared statement.
 */
export function caseStateColumns(caseId: string | SQLWrapper, at?: Date | SQLWrapper) {
  return { version: cases.version, sharing: sharingStateOf(caseId, at) };
}

/** The one string a case's state is kept under, from its two parts. */
export function caseStateFrom(row: { version: number | string; sharing: string | null }): string {
  return `${row.version}\u0000${row.sharing ?? ""}`;
}

/**
 * Returns the value computed for this case, view and key (for example today's date), or computes
 * and keeps it when the case or its sharing has changed since.
 *
 * @example const audit = await rememberForCaseVersion(access, "audit", today, () => readAudit(access, today));
 */
export async function rememberForCaseVersion<T>(access: CaseAccess, view: string, key: string, compute: () => Promise<T>): Promise<T> {
  // The state is read before the data, so what is kept is never older than its state.
  const state = await readCaseState(access);
  const cacheKey = `${access.caseId}\u0000${view}\u0000${key}`;
  const hit = entries.get(cacheKey);
  if (hit && hit.state === state) {
    entries.delete(cacheKey);
    entries.set(cacheKey, hit);
    return hit.value as Promise<T>;
  }
  // Kept before it is awaited, so requests that come while it is computed share this one
  // computation. A failure is forgotten, unless a newer state has already taken its place.
  const value = compute();
  entries.set(cacheKey, { state, value });
  value.catch(() => {
    if (entries.get(cacheKey)?.value === value) entries.delete(cacheKey);
  });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
