// The Express app around React Router: request ids, security headers, the CSRF check, logs, the
// liveness and readiness checks, back-pressure, the refresh after a change, the page cache, and
// React Router itself. Built by Vite as the server bundle's entry.
import { createReadableStreamFromReadable } from "@react-router/node";
import compression from "compression";
import express from "express";
import { createRequestHandler, RouterContextProvider } from "react-router";
import * as serverBuild from "virtual:react-router/server-build";
import { randomBytes, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { requestInfoContext } from "~/context";
import { cleanQueryString } from "~/forms/parse";
import { isCrossSiteRequest, isForeignHost } from "~/auth/csrf.server";
import { closeDatabase, DatabaseStartError, migrateDatabase } from "~/data/db.server";
import { isDemoNeeded } from "~/data/demo-needed.server";
import { unsafeSweepStoredFiles } from "~/data/documents.server";
import { backPressure, requestSignal } from "~/services/back-pressure.server";
import { ConfigError, config } from "~/services/config.server";
import { describeError, log } from "~/services/log.server";
import { checkReadiness, markStopping } from "~/services/readiness.server";
import { getStorage } from "~/services/storage/get-storage.server";
import { verifyStorageKey } from "~/services/storage/key-check.server";
import { startStorageSweep, stopStorageSweep } from "~/services/storage/sweep-job.server";
import { startReminderJob, stopReminderJob } from "~/services/reminders/run-reminders.server";
import { todayIn } from "~/services/clock.server";
import { pageCache } from "~/services/page-cache.server";
import { refreshAfterWrite, stopRefreshes } from "~/services/refresh-after-write.server";
import { securityHeaders } from "~/services/security-headers.server";

export { log };
// Mounted only by the test entry (tests/support/serve-for-tests.js), never by server.js.
export { testHooks } from "./test-hooks.server";

/** Where server.js listens, and the address to open (docs/decisions/015-where-it-listens.md). */
export const listenAddress = { host: config.HOST, port: config.PORT, origin: config.origin };

/**
 * A plain line for the person who started Clearpath (the address to open), printed beside the
 * JSON logs. A server told to log only warnings or errors (the test servers) keeps it to itself.
 */
export function announce(line: string) {
  if (config.LOG_LEVEL === "debug" || config.LOG_LEVEL === "info") process.stdout.write(`${line}\n`);
}

export async function startup() {
  // A key that cannot read the stored files would turn every download into an error: refuse to
  // start, in one line, before anything is written with it (docs/decisions/126-files-verified-before-sent.md).
  try {
    await verifyStorageKey(getStorage(), { keySource: config.STORAGE_KEY ? "STORAGE_KEY" : "the key file DATA_DIR/storage.key" });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  try {
    await migrateDatabase();
  } catch (error) {
    // A database that cannot be opened (a folder in use or unwritable, a server that never
    // answered) is said in one plain line, as a configuration error is (docs/decisions/114).
    if (error instanceof DatabaseStartError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  if (config.isDemo && (await isDemoNeeded())) {
    // Loaded only when it is needed: the demo brings PDF drawing, slow to load (decision 115).
    const { ensureDemoFamily } = await import("~/data/demo.server");
    await ensureDemoFamily();
  }
  // Files left without a row by a crash mid-upload, and half-written files (docs/decisions/008),
  // now and then every STORAGE_SWEEP_INTERVAL_MINUTES (decision 116).
  await unsafeSweepStoredFiles();
  startStorageSweep({ intervalMs: config.STORAGE_SWEEP_INTERVAL_MINUTES * 60_000 });
  startReminderJob(config.REMINDER_INTERVAL_MINUTES, () => todayIn("Europe/London"));
  if (config.isOutboxVisible) log("info", "SMTP_URL is not set: emails are kept in the outbox", { open: `${config.origin}/outbox` });
}

/** Called first on SIGTERM: /readyz says "stopping" while open connections finish. */
export function beginStopping() {
  markStopping();
}

export async function shutdown() {
  stopRefreshes();
  stopReminderJob();
  stopStorageSweep();
  await closeDatabase();
}

const DOCUMENT_FILE = /^\/cases\/[^/]+\/documents\/[^/]+\/file$/;

export const app = express();
app.disable("x-powered-by");
// The visitor's address comes from X-Forwarded-For only when TRUST_PROXY says which proxies to believe.
if (config.trustProxy !== false) app.set("trust proxy", config.trustProxy);

app.use((req, res, next) => {
  const started = performance.now();
  const requestId = randomUUID();
  const nonce = randomBytes(16).toString("base64");
  res.locals.requestId = requestId;
  res.locals.nonce = nonce;
  // Each layer watches for the answer closing (the log, back-pressure, the compression, the page
  // cache, the pipe of the body): a fixed set, one more than the count Node warns of as a leak.
  res.setMaxListeners(20);
  res.setHeader("X-Request-Id", requestId);
  for (const [name, value] of Object.entries(securityHeaders(nonce))) {
    // An uploaded file sets its own, stricter policy (app/routes/document-file.ts); the page
    // policy would also stop a browser from showing a PDF.
    if (name === "Content-Security-Policy" && DOCUMENT_FILE.test(req.path)) continue;
    res.setHeader(name, value);
  }
  res.on("finish", () => {
    // The path only: query strings can carry tokens, and nothing personal goes in logs.
    log("info", "request", {
      requestId,
      method: req.method,
      path: req.path,
      status: res.statusCode,
      ms: Math.round(performance.now() - started),
    });
  });
  next();
});

app.use((req, res, next) => {
  if (isForeignHost(req.get("host"))) {
    res.status(421).type("text/plain").send(`This Clearpath runs on this computer only. Open it at ${config.origin}`);
    return;
  }
  if (isCrossSiteRequest({ method: req.method, headers: req.headers })) {
    res.status(403).type("text/plain").send("This form was sent from another site, so it was refused.");
    return;
  }
  next();
});

// Control characters in an address's query (a NUL in ?q=) are removed before any page reads it,
// as they are from posted forms (app/forms/parse.ts): PostgreSQL refuses NUL.
app.use((req, _res, next) => {
  const at = req.originalUrl.indexOf("?");
  const cleaned = at < 0 ? null : cleanQueryString(req.originalUrl.slice(at + 1));
  if (cleaned !== null) {
    req.url = `${req.url.slice(0, req.url.indexOf("?"))}?${cleaned}`;
    req.originalUrl = `${req.originalUrl.slice(0, at)}?${cleaned}`;
  }
  next();
});

// Liveness: the process answers. No database query, so it never waits behind a busy database.
app.get("/healthz", (_req, res) => {
  res.type("text/plain").set("Cache-Control", "no-store").send("ok");
});

// Readiness: the database answers and its migrations are applied. Wait for this, not /healthz,
// before sending visitors (docs/decisions/111-liveness-readiness-and-error-logs.md).
app.get("/readyz", async (_req, res) => {
  const readiness = await checkReadiness();
  res.set("Cache-Control", "no-store").type("text/plain");
  if (readiness.isReady) res.send("ready");
  else res.status(503).send(`not ready: ${readiness.reason}`);
});

// Everything below works on the request, so it waits its turn (docs/decisions/109-back-pressure.md).
app.use(
  backPressure({
    maxInProgress: config.MAX_REQUESTS_IN_PROGRESS,
    maxWaiting: config.MAX_REQUESTS_WAITING,
    waitMs: config.REQUEST_WAIT_SECONDS * 1000,
    timeLimitMs: config.REQUEST_TIME_LIMIT_SECONDS * 1000,
  }),
);

app.use(refreshAfterWrite());

app.use(pageCache());

app.use(reactRouter());

/**
 * React Router behind Express: @react-router/express's handler, written out here for one
 * difference. Its `request.signal` aborts only when the client goes; ours is back-pressure's,
 * which also aborts at the request's time limit, so loaders and the render stop then too.
 */
function reactRouter(): express.RequestHandler {
  // The build itself, not a function that imports it: given a function, React Router rebuilds
  // its route tables (flattening and ranking every route) on every request (decision 130).
  const handle = createRequestHandler(serverBuild, process.env.NODE_ENV);
  return async (req, res, next) => {
    try {
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      const request = new Request(requestUrl(req), {
        method: req.method,
        headers: requestHeaders(req),
        signal: requestSignal(res),
        ...(hasBody ? { body: createReadableStreamFromReadable(req), duplex: "half" } : {}),
      } as RequestInit);
      const context = new RouterContextProvider();
      context.set(requestInfoContext, {
        nonce: res.locals.nonce as string,
        requestId: res.locals.requestId as string,
        clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
      });
      const response = await handle(request, context);
      if (res.destroyed || res.writableEnded) {
        // Answered already (the time limit) or the client has gone: drop what was made.
        await response.body?.cancel();
        return;
      }
      res.statusMessage = response.statusText;
      res.status(response.status);
      for (const [name, value] of response.headers.entries()) res.append(name, value);
      if (!response.body) return void res.end();
      // Piped, not written chunk by chunk with a flush after each: the compression in front
      // (decision 110) then makes whole blocks, and waiting for "drain" adds one listener per
      // answer instead of one per wait, which the compression stream never removed (decision 130).
      await pipeline(Readable.fromWeb(response.body as import("node:stream/web").ReadableStream), res).catch((error: unknown) => {
        if (!res.destroyed && !res.writableEnded) throw error;
      });
    } catch (error) {
      next(error);
    }
  };
}

/** The address React Router sees, built as @react-router/express builds it. */
function requestUrl(req: express.Request): string {
  const [, forwardedPort] = req.app.enabled("trust proxy") ? (req.get("X-Forwarded-Host")?.split(":") ?? []) : [];
  const [, hostPort] = req.get("host")?.split(":") ?? [];
  const port = [forwardedPort, hostPort].map((value) => Number.parseInt(value ?? "", 10)).find(Number.isSafeInteger);
  const hostname = req.hostname.split(/[\\/?#@]/)[0] || "localhost";
  return new URL(`${req.protocol}://${hostname}${port ? `:${port}` : ""}${req.originalUrl}`).href;
}

function requestHeaders(req: express.Request): Headers {
  const headers = new Headers();
  for (const [name, values] of Object.entries(req.headers)) {
    if (values === undefined) continue;
    for (const value of Array.isArray(values) ? values : [values]) headers.append(name, value);
  }
  return headers;
}

/**
 * Compression for pages and static files (docs/decisions/110-compression.md), mounted by
 * server/start.js before the static files. An answer that already carries Content-Encoding (a
 * kept page stored compressed) passes untouched, and the page cache behind it keeps the page as
 * rendered, before this compresses it; an uploaded document is sent exactly as stored.
 */
export const compressResponses = compression({
  // The fastest settings: a page is compressed on every request, and the fastest level still
  // takes off most of the bytes (decision 110).
  level: zlib.constants.Z_BEST_SPEED,
  brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } },
  filter: (req, res) => !DOCUMENT_FILE.test(req.path ?? "") && compression.filter(req, res),
});

/**
 * The last handler (mounted by server/start.js): anything that failed unexpectedly is logged as
 * one JSON line without query parameters, and the visitor gets a short plain answer. Express's
 * own handler would print the whole stack, SQL and parameters included.
 */
export const answerUnexpectedError: express.ErrorRequestHandler = (error, req, res, _next) => {
  const status = Number((error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode);
  const isOurs = !(status >= 400 && status < 500);
  if (isOurs) log("error", "unhandled error", { requestId: res.locals.requestId as string | undefined, method: req.method, path: req.path, error: describeError(error) });
  if (res.headersSent) return void req.socket.destroy();
  res
    .status(isOurs ? 500 : status)
    .type("text/plain; charset=utf-8")
    .send(isOurs ? "Something went wrong on our side. Please try again." : "This request could not be read.");
};
