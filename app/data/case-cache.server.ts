// Views computed from a whole case (the dashboard's health check, the audit), kept in memory
// until the case changes. cases.version goes up on every change to any of the case's records
// (database triggers, migration 0003), and is read fresh on every request, so a cached view is
// never older than the case: on PostgreSQL with several processes too, each with its own cache.
// Callers must have passed the gate: the cache is keyed by case, not by person.
import type { CaseAccess } from "~/auth/access.server";
import { getCase } from "./cases.server";

/** Enough for the cases a busy server has open at once; the oldest is dropped first. */
const MAX_ENTRIES = 200;

const entries = new Map<string, { version: number; value: Promise<unknown> }>();

/**
 * Returns the value computed for this case, view and key (for example today's date), or computes
 * and keeps it when the case has changed since.
 *
 * @example const audit = await rememberForCaseVersion(access, "audit", today, () => readAudit(access, today));
 */
export async function rememberForCaseVersion<T>(access: CaseAccess, view: string, key: string, compute: () => Promise<T>): Promise<T> {
  // The version is read before the data, so what is kept is never older than its version.
  const { version } = await getCase(access);
  const cacheKey = `${access.caseId}\u0000${view}\u0000${key}`;
  const hit = entries.get(cacheKey);
  if (hit && hit.version === version) {
    entries.delete(cacheKey);
    entries.set(cacheKey, hit);
    return hit.value as Promise<T>;
  }
  const value = compute();
  entries.set(cacheKey, { version, value });
  value.catch(() => entries.delete(cacheKey));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
