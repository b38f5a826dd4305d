// The kill -9 durability check: stream acknowledged writes at the production server, kill it
// with SIGKILL mid-stream, restart it on the same data, and look for every acknowledged write.
// Used by `npm run durability` (scripts/durability.js) and tests/server/durability.test.ts; the
// server helpers are shared with `npm run bench` (scripts/bench.js).
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as delay } from "node:timers/promises";
import pg from "pg";

/** The demo parent that start-up creates when DEMO is not off. */
export const DEMO_PARENT = {
  email: "demo.parent@clearpath.example",
  password: "rainy-kite-harbour",
};

// Every wait below is bounded, so a broken server fails the run instead of hanging it.
// Three minutes: generous enough for a loaded two-core machine (issue 17).
const HEALTHY_WITHIN_MS = 180_000;
const HEALTH_POLL_MS = 20;
const EXIT_WITHIN_MS = 10_000;
const REQUEST_TIMEOUT_MS = 10_000;

// What to undo if the run is interrupted (Ctrl-C) before its own clean-up runs.
/** @type {Set<() => Promise<void>>} */
const pendingCleanUps = new Set();

// Every server still running when this process exits (a test file that timed out, an uncaught
// error) is killed with it, so none is left behind as an orphan.
/** @type {Set<import("node:child_process").ChildProcess>} */
const runningChildren = new Set();
process.once("exit", () => {
  for (const child of runningChildren) child.kill("SIGKILL");
});

/**
 * On SIGINT or SIGTERM, stops every server this module started and removes every scratch
 * database it made, then exits. For the command-line scripts; tests have their own clean-up.
 */
export function cleanUpOnSignal() {
  /** @param {NodeJS.Signals} signal */
  const onSignal = async (signal) => {
    await Promise.allSettled([...pendingCleanUps].map((cleanUp) => cleanUp()));
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
}

/** A free TCP port on the loopback interface. */
export async function findFreePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A fresh, empty database for one run: a temporary data directory for PGlite, or, when
 * `baseDatabaseUrl` is given, a new database on that PostgreSQL server. `remove()` deletes it.
 *
 * `copyFrom` (PGlite only) starts the new data directory as a copy of another one that is not in
 * use, which skips initdb, the migrations and the demo family's password hash.
 *
 * @param {{ baseDatabaseUrl?: string, label: string, copyFrom?: string }} options
 * @returns {Promise<{ dataDir: string, databaseUrl: string | undefined, remove: () => Promise<void> }>}
 */
export async function createScratchDatabase({ baseDatabaseUrl, label, copyFrom }) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `clearpath-${label}-`));
  if (!baseDatabaseUrl) {
    if (copyFrom) {
      cpSync(path.join(copyFrom, "pgdata"), path.join(dataDir, "pgdata"), { recursive: true });
    }
    return {
      dataDir,
      databaseUrl: undefined,
      remove: undoOnSignal(async () => rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  const url = new URL(baseDatabaseUrl);
  const name = `cp_${label}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  url.pathname = `/${name}`;
  const maintenance = new URL(baseDatabaseUrl);
  maintenance.pathname = "/postgres";
  /** @param {string} statement */
  const onMaintenance = async (statement) => {
    const client = new pg.Client({ connectionString: maintenance.toString() });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await onMaintenance(`CREATE DATABASE "${name}"`);
  return {
    dataDir,
    databaseUrl: url.toString(),
    remove: undoOnSignal(async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await onMaintenance(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }),
  };
}

/**
 * Registers a clean-up for cleanUpOnSignal and returns it; once it has run, it is forgotten and
 * running it again does nothing.
 *
 * @param {() => Promise<void>} cleanUp
 * @returns {() => Promise<void>}
 */
function undoOnSignal(cleanUp) {
  let isDone = false;
  const once = async () => {
    pendingCleanUps.delete(once);
    if (isDone) return;
    isDone = true;
    await cleanUp();
  };
  pendingCleanUps.add(once);
  return once;
}

/**
 * @typedef {object} RunningServer
 * @property {string} baseUrl  http://127.0.0.1:<port>
 * @property {number} startupMs  from spawn to the first 200 from the readiness path
 * @property {string} readyPath  the path that answered 200 (the first of readyPaths the build knows)
 * @property {import("node:child_process").ChildProcess} child
 * @property {() => Promise<void>} stop  SIGTERM, then SIGKILL if it does not exit in time
 * @property {() => Promise<void>} kill  SIGKILL, as a crash or power cut would
 */

/**
 * Starts the production build (`node server.js`) from the repository root and waits until
 * /readyz (or the first of `readyPaths` the build knows: a path that answers 404 is dropped, so an
 * older build without /readyz is waited for on /healthz)
 * answers 200, for at most `readyWithinMs`.
 *
 * @param {{ root: string, dataDir: string, databaseUrl?: string, env?: Record<string, string>,
 *   readyPaths?: string[], readyWithinMs?: number }} options
 * @returns {Promise<RunningServer>}
 */
export async function startServer({
  root,
  dataDir,
  databaseUrl,
  env = {},
  readyPaths = ["/readyz", "/healthz"],
  readyWithinMs = HEALTHY_WITHIN_MS,
}) {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const startedAt = performance.now();
  const child = spawn(process.execPath, ["server.js"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      // This computer only, whatever the calling shell has set: no APP_ORIGIN or SMTP_URL needed.
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO: "on",
      LOG_LEVEL: "warn",
      DATABASE_URL: databaseUrl ?? "",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  /** @type {Promise<void>} */
  const exited = new Promise((resolve) => child.once("exit", () => resolve()));
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const stopOnSignal = async () => signalAndWait("SIGTERM");
  pendingCleanUps.add(stopOnSignal);
  runningChildren.add(child);
  child.once("exit", () => {
    pendingCleanUps.delete(stopOnSignal);
    runningChildren.delete(child);
  });

  /** @param {NodeJS.Signals} signal */
  const signalAndWait = async (signal) => {
    if (!isRunning()) return;
    child.kill(signal);
    const timedOut = await Promise.race([
      exited.then(() => false),
      delay(EXIT_WITHIN_MS, true, { ref: false }),
    ]);
    if (timedOut && isRunning()) {
      child.kill("SIGKILL");
      await exited;
    }
  };

  const paths = [...readyPaths];
  const deadline = performance.now() + readyWithinMs;
  while (performance.now() < deadline) {
    if (!isRunning())
      throw new Error(`The server exited during start-up (code ${child.exitCode}):\n${stderr}`);
    const readyPath = paths[0] ?? "/healthz";
    try {
      const response = await fetch(`${baseUrl}${readyPath}`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === 404 && paths.length > 1) paths.shift();
      if (response.status === 200) {
        return {
          baseUrl,
          readyPath,
          startupMs: performance.now() - startedAt,
          child,
          stop: () => signalAndWait("SIGTERM"),
          kill: () => signalAndWait("SIGKILL"),
        };
      }
    } catch {
      // not listening yet
    }
    await delay(HEALTH_POLL_MS);
  }
  await signalAndWait("SIGKILL");
  throw new Error(`The server did not answer ${paths[0]} within ${readyWithinMs} ms:\n${stderr}`);
}

/**
 * Signs in through the sign-in form, as a browser with JavaScript off would, and returns the
 * Cookie header value that carries the session.
 *
 * @param {string} baseUrl
 * @param {{ email: string, password: string }} [account]
 * @param {{ timeoutMs?: number }} [options]
 */
export async function signIn(baseUrl, account = DEMO_PARENT, { timeoutMs } = {}) {
  const response = await post(
    baseUrl,
    "/sign-in",
    { email: account.email, password: account.password, redirectTo: "/cases" },
    undefined,
    { timeoutMs },
  );
  const session = response.headers.getSetCookie().find((c) => c.startsWith("cp_session="));
  if (response.status < 300 || response.status >= 400 || !session) {
    throw new Error(`Sign-in failed with status ${response.status}`);
  }
  return session.split(";")[0] ?? "";
}

/**
 * The first case on the signed-in person's /cases page.
 *
 * @param {string} baseUrl
 * @param {string} cookie
 * @param {{ timeoutMs?: number }} [options]
 */
export async function findFirstCaseId(baseUrl, cookie, { timeoutMs } = {}) {
  const ids = listCaseIds(await getPage(baseUrl, "/cases", cookie, { timeoutMs }));
  if (ids.length === 0) throw new Error("No case found on /cases");
  return /** @type {string} */ (ids[0]);
}

/**
 * A form post with the same-origin header a browser sends. Redirects are not followed: the
 * redirect is the server's acknowledgement that the write was committed.
 *
 * @param {string} baseUrl
 * @param {string} pathname
 * @param {Record<string, string>} fields
 * @param {string} [cookie]
 * @param {{ timeoutMs?: number }} [options]  the default suits a quiet machine (10 s)
 */
export async function post(baseUrl, pathname, fields, cookie, { timeoutMs = REQUEST_TIMEOUT_MS } = {}) {
  const response = await fetch(`${baseUrl}${pathname}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      Origin: baseUrl,
      "Content-Type": "application/x-www-form-urlencoded",
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(fields).toString(),
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.arrayBuffer();
  return response;
}

/**
 * A page's HTML; with `isMissingAllowed`, a 404 gives an empty page instead of an error.
 *
 * @param {string} baseUrl
 * @param {string} pathname
 * @param {string} cookie
 * @param {{ isMissingAllowed?: boolean, timeoutMs?: number }} [options]
 */
export async function getPage(
  baseUrl,
  pathname,
  cookie,
  { isMissingAllowed = false, timeoutMs = REQUEST_TIMEOUT_MS } = {},
) {
  const response = await fetch(`${baseUrl}${pathname}`, {
    headers: { Cookie: cookie },
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.text();
  if (response.status === 404 && isMissingAllowed) return "";
  if (response.status !== 200) throw new Error(`GET ${pathname} answered ${response.status}`);
  return body;
}

/** @param {string} html */
function listCaseIds(html) {
  return [...html.matchAll(/href="\/cases\/([0-9a-f-]{36})"/g)].map(
    (m) => /** @type {string} */ (m[1]),
  );
}

/**
 * The acknowledged writes that a page does not show. Names are letters, digits and dashes, so
 * they appear in the HTML exactly as written.
 *
 * @param {string[]} acknowledged
 * @param {string} html
 * @returns {string[]}
 */
export function findMissing(acknowledged, html) {
  return acknowledged.filter((name) => !html.includes(`>${name}<`));
}

/**
 * @typedef {object} RoundResult
 * @property {number} round
 * @property {number} acknowledged  writes the server answered with a redirect before the kill
 * @property {number} found  of those, how many were there after the restart
 * @property {number} lost
 * @property {number} unacknowledged  writes in flight at the kill that were not answered
 * @property {number} killedAfterMs  how long the stream ran before the kill
 * @property {number} restartMs  from the restart's spawn to the first 200 from /readyz
 * @property {number} roundMs  the whole round, start to clean-up
 * @property {string[]} missing  names of lost writes (at most 20)
 */

/**
 * @typedef {object} DurabilityOptions
 * @property {string} root  the repository root, with a production build in build/
 * @property {number} [rounds]  default 5
 * @property {number} [concurrency]  writes in flight at once, default 8
 * @property {number} [minAcknowledged]  the kill comes once a random number of writes in
 *   [minAcknowledged, maxAcknowledged] has been acknowledged (defaults 20 and 300), plus a random
 *   few milliseconds, so it lands at any point in the life of the writes in flight
 * @property {number} [maxAcknowledged]
 * @property {number} [maxStreamMs]  kill by then even if too few writes were acknowledged; default 30000
 * @property {number} [maxWritesPerRound]  a cap, so a round cannot run away; default 20000
 * @property {string} [baseDatabaseUrl]  run against PostgreSQL: a fresh database per round
 * @property {boolean} [isFromTemplate]  PGlite only: copy each round's data directory from one
 *   made at the start (default true; see runDurabilityCheck)
 * @property {Record<string, string>} [env]  extra environment for the server, e.g.
 *   DATA_DIR=memory:// to prove the check notices a database that keeps nothing
 * @property {(line: string) => void} [log]
 */

/**
 * Runs the kill -9 check for several rounds and returns what each round found.
 *
 * @param {DurabilityOptions} options
 * @returns {Promise<RoundResult[]>}
 */
export async function runDurabilityCheck(options) {
  const rounds = options.rounds ?? 5;
  /** @type {RoundResult[]} */
  const results = [];
  // On PGlite, initdb, the migrations and the demo family take most of a start on a fresh folder.
  // Do them once, stop cleanly, and give each round its own copy: each round still starts from
  // a freshly made database that no earlier round has touched.
  const isFromTemplate = !options.baseDatabaseUrl && (options.isFromTemplate ?? true);
  const template = isFromTemplate ? await createPgliteTemplate(options.root) : undefined;
  try {
    for (let round = 1; round <= rounds; round += 1) {
      const result = await runRound(round, { ...options, templateDir: template?.dataDir });
      options.log?.(
        `round ${round}: acknowledged ${result.acknowledged}, found ${result.found}, lost ${result.lost}` +
          ` (killed after ${result.killedAfterMs} ms with ${result.unacknowledged} unanswered in flight;` +
          ` restart ${result.restartMs} ms; round ${result.roundMs} ms)` +
          (result.missing.length ? `; missing: ${result.missing.join(", ")}` : ""),
      );
      results.push(result);
    }
  } finally {
    await template?.remove();
  }
  return results;
}

/** @param {string} root */
async function createPgliteTemplate(root) {
  const template = await createScratchDatabase({ label: "durability-template" });
  try {
    const server = await startServer({ root, dataDir: template.dataDir });
    await server.stop();
    if (server.child.exitCode !== 0)
      throw new Error(`The template server stopped with code ${server.child.exitCode}`);
    return template;
  } catch (error) {
    await template.remove();
    throw error;
  }
}

/**
 * @param {number} round
 * @param {DurabilityOptions & { templateDir?: string }} options
 * @returns {Promise<RoundResult>}
 */
async function runRound(round, options) {
  const concurrency = options.concurrency ?? 8;
  const minAcknowledged = options.minAcknowledged ?? 20;
  const maxAcknowledged = Math.max(minAcknowledged, options.maxAcknowledged ?? 300);
  const maxStreamMs = options.maxStreamMs ?? 30_000;
  const maxWrites = options.maxWritesPerRound ?? 20_000;
  const roundStarted = performance.now();
  const scratch = await createScratchDatabase({
    baseDatabaseUrl: options.baseDatabaseUrl,
    label: "durability",
    copyFrom: options.templateDir,
  });
  /** @type {RunningServer | undefined} */
  let server;
  try {
    server = await startServer({
      root: options.root,
      dataDir: scratch.dataDir,
      databaseUrl: scratch.databaseUrl,
      env: options.env,
    });
    const { baseUrl } = server;
    const cookie = await signIn(baseUrl);
    const caseId = await findFirstCaseId(baseUrl, cookie);

    // Two kinds of write: a new case (a transaction over two tables) and a contact on the demo case.
    const tag = `r${round}-${Date.now().toString(36)}`;
    /** @type {string[]} */
    const acknowledgedCases = [];
    /** @type {string[]} */
    const acknowledgedContacts = [];
    let started = 0;
    let answered = 0;
    let isKilled = false;
    const killAtAcknowledged =
      minAcknowledged + Math.floor(Math.random() * (maxAcknowledged - minAcknowledged + 1));
    /** @type {() => void} */
    let callForKill = () => {};
    /** @type {Promise<void>} */
    const killIsDue = new Promise((resolve) => {
      callForKill = resolve;
    });

    /** @param {number} n */
    const write = async (n) => {
      const isCase = n % 2 === 0;
      const name = `dur-${tag}-${n}`;
      const response = isCase
        ? await post(baseUrl, "/cases/new", { childName: name }, cookie)
        : await post(
            baseUrl,
            `/cases/${caseId}/contacts`,
            { intent: "add", name, role: "", email: "", phone: "" },
            cookie,
          );
      const location = response.headers.get("location") ?? "";
      const isAcknowledged =
        (response.status === 302 || response.status === 303) &&
        (isCase
          ? /^\/cases\/[0-9a-f-]{36}\/profile$/.test(location)
          : location === `/cases/${caseId}/contacts`);
      if (!isAcknowledged) {
        if (isKilled) return;
        throw new Error(`Write ${name} answered ${response.status} ${location}`);
      }
      answered += 1;
      (isCase ? acknowledgedCases : acknowledgedContacts).push(name);
      if (answered >= killAtAcknowledged) callForKill();
    };

    const worker = async () => {
      while (!isKilled && started < maxWrites) {
        const n = started;
        started += 1;
        try {
          await write(n);
        } catch (error) {
          // A request cut off by the kill was never acknowledged, so it may or may not be there.
          if (isKilled) return;
          callForKill();
          throw error;
        }
      }
    };

    const streamStarted = performance.now();
    const workers = Array.from({ length: concurrency }, () => worker());
    await Promise.race([
      killIsDue,
      delay(maxStreamMs, undefined, { ref: false }),
      Promise.allSettled(workers),
    ]);
    await delay(Math.random() * 20);
    isKilled = true;
    await server.kill();
    const ranForMs = Math.round(performance.now() - streamStarted);
    const failure = (await Promise.allSettled(workers)).find(
      (outcome) => outcome.status === "rejected",
    );
    if (failure) throw failure.reason;

    server = await startServer({
      root: options.root,
      dataDir: scratch.dataDir,
      databaseUrl: scratch.databaseUrl,
      env: options.env,
    });
    const afterCookie = await signIn(server.baseUrl);
    const casesPage = await getPage(server.baseUrl, "/cases", afterCookie);
    // A 404 here means the demo case itself is gone, and every contact with it.
    const contactsPage = await getPage(server.baseUrl, `/cases/${caseId}/contacts`, afterCookie, {
      isMissingAllowed: true,
    });
    const missing = [
      ...findMissing(acknowledgedCases, casesPage),
      ...findMissing(acknowledgedContacts, contactsPage),
    ];
    const acknowledged = acknowledgedCases.length + acknowledgedContacts.length;
    const restartMs = Math.round(server.startupMs);
    await server.stop();
    return {
      round,
      acknowledged,
      found: acknowledged - missing.length,
      lost: missing.length,
      unacknowledged: started - answered,
      killedAfterMs: ranForMs,
      restartMs,
      roundMs: Math.round(performance.now() - roundStarted),
      missing: missing.slice(0, 20),
    };
  } finally {
    await server?.stop();
    await scratch.remove();
  }
}
