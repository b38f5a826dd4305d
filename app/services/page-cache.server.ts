// Finished HTML of the case's heaviest read-only pages (those whose route's handle says `kept`:
// dashboard, audit, health check, journey, progress), kept in memory per person and case state and
// served again without rendering until anything in the case changes. See
// docs/decisions/010-page-cache.md, 118-one-query-for-a-kept-page.md and
// 119-kept-pages-compressed-one-render.md.
//
// Every request still passes the session check and the gate, and reads the case's state (its
// version and who may see it), all in one prepared query (findKeptPageGate), so a signed-out
// session, a revoked person or a changed case never sees a kept page. Only owners are served kept
// pages: everyone else's views must pass the root middleware, which writes the activity log. Only
// a plain 200 HTML answer with no cookie set is kept; a request carrying a one-off message (the
// flash cookie) is never served from here.
//
// A kept page is sent as it was rendered, with the nonce of its own Content-Security-Policy header,
// so it can be stored compressed (gzip and brotli, each made the first time a browser asks for it)
// and sent with no work per request. Requests for a page that is being rendered wait for that
// render rather than render it again.
import { promisify } from "node:util";
import { brotliCompress, constants as zlibConstants, gzip } from "node:zlib";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { caseIdOfPath, findKeptPageGate } from "~/auth/access.server";
import { findSessionId } from "~/auth/session.server";
import { findAppPageMeta } from "~/route-meta.server";
import { todayIn } from "./clock.server";
import { FLASH_COOKIE } from "./flash.server";
import { isRefresh } from "./refresh-after-write.server";

/** At most about 40 MB: a large dashboard is 50 KB, and its two compressed copies about 12 KB each. */
const MAX_ENTRIES = 500;
const MAX_PAGE_BYTES = 2 * 1024 * 1024;
/**
 * How long a request waits for someone else's render of the same page. A render that takes longer
 * than this is stuck or the server is far behind; the waiting request then renders for itself.
 */
const RENDER_WAIT_MS = 10_000;
/** Brotli's quality 5 costs no more CPU than gzip and gives about 8% fewer bytes; 11 costs 50 times more. */
const BROTLI_QUALITY = 5;

type Encoding = "br" | "gzip";
type Kept = {
  /** The page as it was rendered, with the nonce of `csp`. */
  html: Buffer;
  contentType: string;
  /** The Content-Security-Policy header sent with the render: its nonce is the one in `html`. */
  csp: string | undefined;
  /** Compressed copies, each made the first time a request accepts it. */
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
};

const kept = new Map<string, Kept>();
/** The renders in progress, by key: each settles with what it kept, or null. */
const rendering = new Map<string, Promise<Kept | null>>();

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
  // A page of a case; which are kept, each showing only the case, the person and today's date, its route says.
  const caseId = caseIdOfPath(req.path);
  if (!caseId || req.path.endsWith(".data") || !(await findAppPageMeta(req.path))?.meta.kept) return null;
  const cookies = req.headers.cookie;
  if (!cookies || cookies.includes(`${FLASH_COOKIE}=`)) return null;
  const sessionId = findSessionId(cookies);
  if (!sessionId) return null;
  const gate = await findKeptPageGate(sessionId, caseId);
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
    } catch {
      key = null; // the app answers, and reports the failure, as it would anyway
    }
    // The server's own refresh after a change (refresh-after-write.server.ts) renders only a page
    // that is kept, and only when it is not kept already.
    const refresh = isRefresh(req);
    if (key === null) {
      if (refresh) res.status(204).end();
      else next();
      return;
    }
    const page = kept.get(key) ?? (await waitForRender(key));
    if (req.socket.destroyed) return; // the visitor left while the page was rendered for someone else
    if (page && refresh) {
      res.status(204).end();
      return;
    }
    if (page) {
      remember(key, page);
      await send(req, res, page);
      return;
    }
    if (!rendering.has(key)) keepWhatIsSent(res, key);
    next();
  };
}

/**
 * Waits, within RENDER_WAIT_MS, for another request's render of the same page, and returns what it
 * kept. If that render keeps nothing (it failed, or its visitor left), the first of the waiting
 * requests renders in its place and the others wait for that one.
 */
async function waitForRender(key: string): Promise<Kept | null> {
  const deadline = Date.now() + RENDER_WAIT_MS;
  for (let pending = rendering.get(key); pending; pending = rendering.get(key)) {
    let timer: NodeJS.Timeout | undefined;
    const timeLeft = new Promise<null>((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()), null)));
    const page = await Promise.race([pending, timeLeft]);
    clearTimeout(timer);
    if (page) return page;
    if (Date.now() >= deadline) return null;
  }
  return kept.get(key) ?? null;
}

/** The encoding to send a kept page in: brotli or gzip when the request accepts it, else none. */
function chooseEncoding(req: ExpressRequest): Encoding | null {
  const accepted = req.headers["accept-encoding"];
  if (!accepted) return null;
  if (req.acceptsEncodings("br")) return "br";
  if (req.acceptsEncodings("gzip")) return "gzip";
  return null;
}

const compressors: Record<Encoding, (html: Buffer) => Promise<Buffer>> = {
  br: (html) =>
    promisify(brotliCompress)(html, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: html.length },
    }),
  gzip: (html) => promisify(gzip)(html),
};

/** The page in this encoding, compressed the first time it is asked for. */
function encodedCopy(page: Kept, encoding: Encoding): Promise<Buffer> {
  let copy = page.encoded[encoding];
  if (!copy) {
    copy = compressors[encoding](page.html);
    page.encoded[encoding] = copy;
    copy.catch(() => delete page.encoded[encoding]);
  }
  return copy;
}

/**
 * Sends a kept page as it was rendered, with the Content-Security-Policy header it was rendered
 * with, so the nonce in the header is the nonce in the page. Compressed answers say so in
 * Content-Encoding, which compression middleware in front leaves alone.
 */
async function send(req: ExpressRequest, res: ExpressResponse, page: Kept) {
  const encoding = chooseEncoding(req);
  let body = page.html;
  if (encoding) {
    try {
      body = await encodedCopy(page, encoding);
      res.setHeader("Content-Encoding", encoding);
    } catch {
      body = page.html; // sent as it is; the next request tries again
    }
  }
  if (page.csp === undefined) res.removeHeader("Content-Security-Policy");
  else res.setHeader("Content-Security-Policy", page.csp);
  res.vary("Accept-Encoding");
  // Says the answer came from a kept page (for operators, and the tests of decision 131).
  res.setHeader("X-Page-Cache", "kept");
  res.status(200).setHeader("Content-Type", page.contentType);
  res.setHeader("Content-Length", body.length);
  res.end(body);
}

/**
 * Collects the body as it is written and keeps it when a keepable answer ends. Meanwhile other
 * requests for the same key wait for it (waitForRender).
 */
function keepWhatIsSent(res: ExpressResponse, key: string) {
  let settle!: (page: Kept | null) => void;
  const settled = new Promise<Kept | null>((resolve) => (settle = resolve));
  rendering.set(key, settled);
  const finish = (page: Kept | null) => {
    if (rendering.get(key) === settled) rendering.delete(key);
    settle(page);
  };
  // An answer that never ends (its visitor left) keeps nothing; settling twice changes nothing.
  res.once("close", () => finish(null));

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
    let page: Kept | null = null;
    // The bytes collected here are the page as rendered: the one compression is the middleware
    // mounted in front of this one (server/start.js), which compresses what this writes on.
    if (res.statusCode === 200 && contentType.startsWith("text/html") && !res.getHeader("Set-Cookie") && size <= MAX_PAGE_BYTES) {
      const csp = res.getHeader("Content-Security-Policy");
      page = { html: Buffer.concat(chunks), contentType, csp: csp === undefined ? undefined : String(csp), encoded: {} };
      remember(key, page);
    }
    finish(page);
    return end(chunk, ...rest);
  }) as typeof res.end;
}
