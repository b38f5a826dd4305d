// Whether this process is ready for visitors (/readyz, server/app.ts): the database answers and
// every migration in app/data/migrations is applied. /healthz says only that the process answers
// (docs/decisions/111-liveness-readiness-and-error-logs.md).
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "~/data/db.server";
import { describeError, log } from "./log.server";

export type Readiness = { isReady: true } | { isReady: false; reason: string };

// Drizzle's migrator records each applied migration with its journal time ("when"), and applies
// those newer than the newest it recorded: the same test says whether any is left to apply.
const JOURNAL = path.resolve("app/data/migrations/meta/_journal.json");
let newestMigrationAt: number | undefined;

function readNewestMigrationAt(): number {
  newestMigrationAt ??= Math.max(...(JSON.parse(readFileSync(JOURNAL, "utf8")) as { entries: Array<{ when: number }> }).entries.map((entry) => entry.when));
  return newestMigrationAt;
}

let isStopping = false;

/** From now on this process says it is not ready, so a load balancer sends no new visitors. */
export function markStopping(): void {
  isStopping = true;
}

/** One query: the newest migration the database has recorded. */
export async function checkReadiness(): Promise<Readiness> {
  if (isStopping) return { isReady: false, reason: "stopping" };
  let appliedAt: number;
  try {
    const result = await db.execute(sql`select max(created_at) as "appliedAt" from drizzle.__drizzle_migrations`);
    appliedAt = Number(rowsOf<{ appliedAt: string | number | null }>(result)[0]?.appliedAt ?? 0);
  } catch (error) {
    // No migrations table (or schema) yet: the database answers but was never migrated.
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    if (code === "42P01" || code === "3F000") return { isReady: false, reason: "database migrations not applied" };
    log("warn", "readiness check: the database did not answer", { error: describeError(error) });
    return { isReady: false, reason: "database unavailable" };
  }
  if (appliedAt < readNewestMigrationAt()) return { isReady: false, reason: "database migrations not applied" };
  return { isReady: true };
}
