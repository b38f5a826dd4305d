// The Express app around React Router: request ids, security headers, the CSRF check, logs, and
// the /healthz route. Built by Vite as the server bundle's entry.
import "react-router";
import { createRequestHandler } from "@react-router/express";
import express from "express";
import { RouterContextProvider } from "react-router";
import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { requestInfoContext } from "~/context";
import { cleanQueryString } from "~/forms/parse";
import { isCrossSiteRequest, isForeignHost } from "~/auth/csrf.server";
import { closeDatabase, db, migrateDatabase } from "~/data/db.server";
import { ensureDemoFamily } from "~/data/demo.server";
import { unsafeSweepStoredFiles } from "~/data/documents.server";
import { ConfigError, config } from "~/services/config.server";
import { log } from "~/services/log.server";
import { getStorage } from "~/services/storage/get-storage.server";
import { verifyStorageKey } from "~/services/storage/key-check.server";
import { startStorageSweep, stopStorageSweep } from "~/services/storage/sweep-job.server";
import { startReminderJob, stopReminderJob } from "~/services/reminders/run-reminders.server";
import { todayIn } from "~/services/clock.server";
import { pageCache } from "~/services/page-cache.server";
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
  // start, in one line, before anything is written with it (docs/decisions/115-files-verified-before-sent.md).
  try {
    await verifyStorageKey(getStorage(), { keySource: config.STORAGE_KEY ? "STORAGE_KEY" : "the key file DATA_DIR/storage.key" });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  await migrateDatabase();
  if (config.isDemo) await ensureDemoFamily();
  // Files left without a row by a crash mid-upload, and half-written files (docs/decisions/008),
  // now and then every STORAGE_SWEEP_INTERVAL_MINUTES (decision 116).
  await unsafeSweepStoredFiles();
  startStorageSweep({ intervalMs: config.STORAGE_SWEEP_INTERVAL_MINUTES * 60_000 });
  startReminderJob(config.REMINDER_INTERVAL_MINUTES, () => todayIn("Europe/London"));
  if (config.isOutboxVisible) log("info", "SMTP_URL is not set: emails are kept in the outbox", { open: `${config.origin}/outbox` });
}

export async function shutdown() {
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

app.get("/healthz", async (_req, res) => {
  try {
    await db.execute(sql`select 1`);
    res.type("text/plain").send("ok");
  } catch {
    res.status(503).type("text/plain").send("database unavailable");
  }
});

app.use(pageCache());

app.use(
  createRequestHandler({
    build: () => import("virtual:react-router/server-build"),
    getLoadContext(req, res) {
      const context = new RouterContextProvider();
      context.set(requestInfoContext, {
        nonce: res.locals.nonce as string,
        requestId: res.locals.requestId as string,
        clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
      });
      return context;
    },
  }),
);
