// The health check kept up to date on write (docs/decisions/131-health-check-refreshed-on-write.md).
// After someone changes a case, the server asks itself for that person's health check of the case,
// in the background, so the page cache (page-cache.server.ts) holds it by the time they open it,
// and the case's document and checks are ready for whatever page they open next. Changes that come
// close together (a bulk entry, several forms in a row) give one refresh. The page cache renders a
// refresh only where it would keep the page (the case's owner) and otherwise answers 204 at once:
// a refresh never reaches a page for anyone else, so nobody's activity log shows a view they did
// not make.
import http from "node:http";
import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import { caseIdOfPath } from "~/auth/access.server";
import { FLASH_COOKIE } from "./flash.server";

/** The header that marks the server's own refresh: the page cache keeps the page or answers 204. */
export const REFRESH_HEADER = "x-clearpath-refresh";
/** How long after the last change to a case the refresh starts. */
const REFRESH_AFTER_MS = 150;
/** The refresh gives up after this; the page is then rendered when it is opened, as before. */
const REFRESH_TIME_LIMIT_MS = 60_000;

const waiting = new Map<string, NodeJS.Timeout>();
/** Refreshes asked for and not yet answered. */
const inFlight = new Set<Promise<void>>();

/** Whether this request is the server's own refresh. */
export function isRefresh(req: ExpressRequest): boolean {
  return req.get(REFRESH_HEADER) === "1";
}

/**
 * Express middleware: once a form sent to a case page has been answered without an error, the
 * health check of that case is refreshed for the person who sent it.
 */
export function refreshAfterWrite() {
  return (req: ExpressRequest, res: ExpressResponse, next: () => void) => {
    const caseId = req.method === "POST" ? caseIdOfPath(req.path) : null;
    const cookies = req.headers.cookie;
    if (caseId && cookies) {
      res.once("finish", () => {
        if (res.statusCode < 400) schedule(req, caseId.toLowerCase(), withoutFlash(cookies));
      });
    }
    next();
  };
}

/** Stops every refresh not yet started (the server is stopping). */
export function stopRefreshes(): void {
  for (const timer of waiting.values()) clearTimeout(timer);
  waiting.clear();
}

/** Resolves once no refresh is waiting to start or under way (the tests' hook, /__test/refreshes). */
export async function refreshesSettled(): Promise<void> {
  while (waiting.size > 0 || inFlight.size > 0) {
    if (inFlight.size > 0) await Promise.all(inFlight);
    else await new Promise((resolve) => setTimeout(resolve, REFRESH_AFTER_MS));
  }
}

/** The session's cookies without a one-off message, which would stop the page being kept. */
function withoutFlash(cookies: string): string {
  return cookies
    .split(";")
    .map((cookie) => cookie.trim())
    .filter((cookie) => cookie && !cookie.startsWith(`${FLASH_COOKIE}=`))
    .join("; ");
}

function schedule(req: ExpressRequest, caseId: string, cookies: string) {
  const key = `${caseId}\u0000${cookies}`;
  clearTimeout(waiting.get(key));
  // The address and port this request came in on: the server is listening there.
  const target = { host: req.socket.localAddress, port: req.socket.localPort, hostHeader: req.headers.host ?? "" };
  const timer = setTimeout(() => {
    waiting.delete(key);
    askFor(`/cases/${caseId}/health`, cookies, target);
  }, REFRESH_AFTER_MS);
  timer.unref();
  waiting.set(key, timer);
}

function askFor(path: string, cookies: string, target: { host?: string; port?: number; hostHeader: string }) {
  if (!target.host || !target.port) return;
  const done = new Promise<void>((resolve) => {
    const request = http.get(
      {
        host: target.host,
        port: target.port,
        path,
        headers: { Host: target.hostHeader, Cookie: cookies, "Accept-Encoding": "identity", [REFRESH_HEADER]: "1" },
        timeout: REFRESH_TIME_LIMIT_MS,
      },
      (response) => response.resume().once("end", resolve).once("error", resolve),
    );
    // A refresh that fails changes nothing: the page is rendered when it is opened.
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve());
    request.on("close", () => resolve());
  });
  inFlight.add(done);
  void done.then(() => inFlight.delete(done));
}
