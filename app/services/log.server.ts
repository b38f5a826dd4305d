// Structured logs: one JSON object a line. Never pass personal data or case content here:
// log ids, codes, timings and counts only.
import { DrizzleQueryError } from "drizzle-orm";
import { config } from "./config.server";

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function log(level: Level, message: string, fields: Record<string, string | number | boolean | null | undefined> = {}) {
  if (ORDER[level] < ORDER[config.LOG_LEVEL]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields });
  if (level === "error" || level === "warn") process.stderr.write(line + "\n");
  else process.stdout.write(line + "\n");
}

/**
 * A safe one-line description of an error for the logs (docs/decisions/111-liveness-readiness-and-error-logs.md):
 * its name, the first line of its message and its code, then the same for its cause.
 *
 * A failed database query says only "Failed query" with the database's error code and the
 * names of the constraint, table and column involved: Drizzle's message carries the SQL and the
 * values of its parameters (a session token's hash, a person's name), and the database's own
 * message can quote a value ('invalid input syntax for type uuid: "…"'), so neither is logged.
 *
 * Example: `Error: Failed query (code 23505, constraint users_email_unique, table users)`.
 */
export function describeError(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return typeof error;
  const cause = error.cause;
  if (isFailedQuery(error)) {
    const details = isDatabaseError(cause) ? databaseDetails(cause) : [];
    return `${error.name}: Failed query${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
  }
  if (isDatabaseError(error)) return `${error.name}: database error (${databaseDetails(error).join(", ")})`;
  const firstLine = error.message.split(/\r?\n|params:/)[0]!.trim().slice(0, 300);
  const code = (error as { code?: unknown }).code;
  const described = `${error.name}: ${firstLine}${typeof code === "string" || typeof code === "number" ? ` (code ${code})` : ""}`;
  return cause instanceof Error && depth < 2 ? `${described}; caused by ${describeError(cause, depth + 1)}` : described;
}

function isFailedQuery(error: Error): boolean {
  return error instanceof DrizzleQueryError || error.message.startsWith("Failed query:");
}

type DatabaseError = Error & { code: string; constraint?: string; table?: string; column?: string };

/** An error from PostgreSQL or PGlite: it carries a five-character SQLSTATE code and a severity. */
function isDatabaseError(error: unknown): error is DatabaseError {
  const fields = error as { code?: unknown; severity?: unknown } | null;
  return error instanceof Error && typeof fields?.code === "string" && /^[0-9A-Z]{5}$/.test(fields.code) && fields.severity !== undefined;
}

/** The code and the names of what was involved: names from the schema, never values. */
function databaseDetails(error: DatabaseError): string[] {
  return [`code ${error.code}`, ...(["constraint", "table", "column"] as const).filter((key) => error[key]).map((key) => `${key} ${error[key]}`)];
}
