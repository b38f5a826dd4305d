// Finished HTML of the case's heaviest read-only pages (those whose route's handle says `kept`:
// dashboard, audit, health check, journey, progress), kept in memory per person and case version and served again without rendering
// until anything in the case changes. See docs/decisions/010-page-cache.md.
//
// Every request still passes the session check and the gate, and reads the case's state (its
// version and who may see it), all in one prepared query (findKeptPageGate, decision 118), so a revoked adviser or a changed case never sees a
// kept page, and the owner's kept page changes at once when someone is given access, loses it, or
// their access ends. Only owners are served kept pages:
// everyone else's views must pass the root middleware, which writes the activity log. Only a plain 200 HTML answer with no
// cookie set is kept; a request carrying a one-off message (the flash cookie) is never served
// from here. The page's CSP nonce is swapped for this request's own.
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { findKeptPageGate } from "~/auth/access.server";
import { findSessionId } from "~/auth/session.server";
import { todayIn } from "./clock.server";
import { FLASH_COOKIE } from "./flash.server";
import { findAppPageMeta } from "~/route-meta.server";

/** A page of a case; which are kept, each showing only the case, the person and today's date, its route says. */
const CASE_PAGE = /^\/cases\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;
const MAX_ENTRIES = 500;
const MAX_PAGE_BYTES = 2 * 1024 * 1024;

type Kept = { html: string; nonce: string; contentType: string };
const kept = new Map<string, Kept>();

/** Forgets every kept page (tests, and a switch for operators). */
export function clearPageCache(): void {
  kept.clear();
}

function remember(key: string, page: Kept) {
  kept.delete(key);
  kept.set(key, page);
  while (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value!);
}

/** The key of a request's page, or null when this request must be rendered afresh. */
async function keyFor(req: ExpressRequest): Promise<string | null> {
  if (req.method !== "GET") return null;
  const match = CASE_PAGE.exec(req.path);
  if (!match || req.path.endsWith(".data") || !(await findAppPageMeta(req.path))?.meta.kept) return null;
  const cookies = req.headers.cookie;
  if (!cookies || cookies.includes(`${FLASH_COOKIE}=`)) return null;
  const sessionId = findSessionId(cookies);
  if (!sessionId) return null;
  const gate = await findKeptPageGate(sessionId, match[1]!);
  if (!gate) return null;
  const { user, access, caseState } = gate;
  // Nobody else is served kept pages; an adviser without a second factor is sent to set one up.
  if (user.orgRole && !user.hasTwoFactor) return null;
  // Anyone but the owner is rendered afresh, so every view of theirs reaches the activity log.
  // Anyone without access is too: the app answers 404 as it would anyway.
  if (!access || access.role !== "owner" || caseState === null) return null;
  return [user.id, user.name, user.email, access.level, access.caseId, caseState, todayIn("Europe/London"), req.originalUrl].join("\u0000");
}

/** Express middleware: answers from a kept page, or renders and keeps the answer. */
export function pageCache() {
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    let key: string | null;
    try {
      key = await keyFor(req);
    } catch (error) {
      next(error);
      return;
    }
    if (key === null) {
      next();
      return;
    }
    const nonce = res.locals.nonce as string;
    const hit = kept.get(key);
    if (hit) {
      remember(key, hit);
      res.status(200).type(hit.contentType).send(hit.html.replaceAll(hit.nonce, nonce));
      return;
    }
    keepWhatIsSent(res, (html, contentType) => remember(key, { html, nonce, contentType }));
    next();
  };
}

/** Collects the body as it is written and hands it over when a keepable answer ends. */
function keepWhatIsSent(res: ExpressResponse, keep: (html: string, contentType: string) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ExpressResponse;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_PAGE_BYTES) return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    size += buffer.length;
    chunks.push(buffer);
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    const contentType = String(res.getHeader("Content-Type") ?? "");
    if (res.statusCode === 200 && contentType.startsWith("text/html") && !res.getHeader("Set-Cookie") && size <= MAX_PAGE_BYTES) {
      keep(Buffer.concat(chunks).toString("utf8"), contentType);
    }
    return end(chunk, ...rest);
  }) as typeof res.end;
}
