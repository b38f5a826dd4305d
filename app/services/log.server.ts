// Structured logs: one JSON object a line. Never pass personal data or case content here:
// log ids, codes, timings and counts only.
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
 * A safe one-line description of an error for the logs. Database errors can carry the values of
 * a query's parameters (personal data) after "params:", so that part is cut off.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const message = error.message.split(/\nparams:|params:/)[0]!.slice(0, 300);
  const code = (error.cause as { code?: string } | undefined)?.code;
  return `${error.name}: ${message}${code ? ` (code ${code})` : ""}`;
}
