// `npm run bench`: builds, starts the production server on a fresh database with the demo family,
// signs in as the demo parent, and load-tests the case dashboard and /healthz with autocannon
// (32 connections, 10 s each); then seeds a large case and measures its dashboard and audit page.
// Prints req/s and p50/p95/p99 latency for each, the ratio of the first two throughputs, the
// start-up time, and whether the goals in issues 3 and 5 are met.
//
//   npm run bench                          PGlite in a temporary data directory
//   DATABASE_URL=postgres://… npm run bench  a fresh database on that server, dropped afterwards
//   npm run bench -- --no-build            reuse the current build
//
// Exits 1 if the run itself fails (a non-2xx response, a server that will not start); missing
// a goal is reported, not an error, so the figures are always printed.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildUnlessAsked, describe, load } from "./bench-core.js";
import {
  cleanUpOnSignal,
  createScratchDatabase,
  findFirstCaseId,
  signIn,
  startServer,
} from "./durability-core.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CONNECTIONS = 32;
const DURATION_S = 10;
const WARM_UP_S = 2;
// The goals from issue 3.
const DASHBOARD_P95_GOAL_MS = 50;
const THROUGHPUT_RATIO_GOAL = 0.3;
// The goal from issue 5 for the audit page of a large case.
const AUDIT_P95_GOAL_MS = 100;

const baseDatabaseUrl = process.env.DATABASE_URL || undefined;
buildUnlessAsked(root);

cleanUpOnSignal();
const scratch = await createScratchDatabase({ baseDatabaseUrl, label: "bench" });
/** @type {import("./durability-core.js").RunningServer | undefined} */
let server;
let isFailed = false;
try {
  const database = baseDatabaseUrl
    ? "PostgreSQL (a fresh database at DATABASE_URL)"
    : "PGlite (a fresh data directory)";
  console.log(`Starting the production server on ${database}…`);
  server = await startServer({ root, dataDir: scratch.dataDir, databaseUrl: scratch.databaseUrl });
  const firstStartMs = server.startupMs;
  const cookie = await signIn(server.baseUrl);
  const caseId = await findFirstCaseId(server.baseUrl, cookie);
  const dashboardUrl = `${server.baseUrl}/cases/${caseId}`;
  const healthUrl = `${server.baseUrl}/healthz`;

  // Make sure the dashboard answers with the page itself, not a redirect to sign in.
  const check = await fetch(dashboardUrl, { headers: { Cookie: cookie }, redirect: "manual" });
  const checkBody = await check.text();
  if (check.status !== 200 || !checkBody.includes(`/cases/${caseId}/profile`)) {
    throw new Error(`The dashboard answered ${check.status} instead of the case page`);
  }

  console.log(
    `Warming up for ${WARM_UP_S} s each, then ${CONNECTIONS} connections for ${DURATION_S} s each…`,
  );
  await load({ url: dashboardUrl, headers: { Cookie: cookie }, durationS: WARM_UP_S });
  await load({ url: healthUrl, durationS: WARM_UP_S });
  const dashboard = await load({
    url: dashboardUrl,
    headers: { Cookie: cookie },
    durationS: DURATION_S,
  });
  const health = await load({ url: healthUrl, durationS: DURATION_S });

  // Start-up again on the data that is now there: what a restart of a running site costs.
  await server.stop();
  server = await startServer({ root, dataDir: scratch.dataDir, databaseUrl: scratch.databaseUrl });
  const restartMs = server.startupMs;
  await server.stop();

  // A large case (five years, fifteen cycles, 2,000 sessions, 500 measures, 300 diary entries),
  // seeded while the server is stopped: PGlite belongs to one process at a time.
  console.log("Seeding a large case and measuring its dashboard and audit…");
  const largeCaseId = execFileSync("npx", ["tsx", "scripts/seed-large-case.ts"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: scratch.dataDir ?? "", DATABASE_URL: scratch.databaseUrl ?? "", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  })
    .toString()
    .trim()
    .split("\n")
    .at(-1);
  server = await startServer({ root, dataDir: scratch.dataDir, databaseUrl: scratch.databaseUrl });
  const largeCookie = await signIn(server.baseUrl);
  const largeDashboardUrl = `${server.baseUrl}/cases/${largeCaseId}`;
  const largeAuditUrl = `${server.baseUrl}/cases/${largeCaseId}/audit`;
  for (const url of [largeDashboardUrl, largeAuditUrl]) {
    const response = await fetch(url, { headers: { Cookie: largeCookie }, redirect: "manual" });
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  }
  await load({ url: largeDashboardUrl, headers: { Cookie: largeCookie }, durationS: WARM_UP_S });
  const largeDashboard = await load({ url: largeDashboardUrl, headers: { Cookie: largeCookie }, durationS: DURATION_S });
  await load({ url: largeAuditUrl, headers: { Cookie: largeCookie }, durationS: WARM_UP_S });
  const largeAudit = await load({ url: largeAuditUrl, headers: { Cookie: largeCookie }, durationS: DURATION_S });
  await server.stop();

  const ratio = dashboard.requestsPerSecond / health.requestsPerSecond;
  const isP95Met = dashboard.p95 < DASHBOARD_P95_GOAL_MS;
  const isRatioMet = ratio >= THROUGHPUT_RATIO_GOAL;
  console.log("");
  console.log(describe("dashboard", dashboard));
  console.log(describe("/healthz", health));
  console.log(`ratio        dashboard / health throughput = ${ratio.toFixed(2)}`);
  console.log(
    `start-up   ${firstStartMs.toFixed(0)} ms from spawn to the first 200 from /healthz on an empty database`,
  );
  console.log(
    `           (migrations and the demo family included); ${restartMs.toFixed(0)} ms on a restart`,
  );
  console.log(describe("large dash", largeDashboard));
  console.log(describe("large audit", largeAudit));
  console.log("");
  console.log(
    `${`goal: dashboard p95 < ${DASHBOARD_P95_GOAL_MS} ms`.padEnd(44)}${isP95Met ? "met" : "NOT met"} (${dashboard.p95.toFixed(1)} ms)`,
  );
  console.log(
    `${`goal: dashboard ≥ ${THROUGHPUT_RATIO_GOAL}× health throughput`.padEnd(44)}${isRatioMet ? "met" : "NOT met"} (${ratio.toFixed(2)}×)`,
  );
  console.log(
    `${`goal: large-case dashboard p95 < ${DASHBOARD_P95_GOAL_MS} ms`.padEnd(44)}${largeDashboard.p95 < DASHBOARD_P95_GOAL_MS ? "met" : "NOT met"} (${largeDashboard.p95.toFixed(1)} ms)`,
  );
  console.log(
    `${`goal: large-case audit p95 < ${AUDIT_P95_GOAL_MS} ms`.padEnd(44)}${largeAudit.p95 < AUDIT_P95_GOAL_MS ? "met" : "NOT met"} (${largeAudit.p95.toFixed(1)} ms)`,
  );
  const all = [dashboard, health, largeDashboard, largeAudit];
  if (all.some((r) => r.non2xx + r.errors > 0)) {
    isFailed = true;
    console.error("FAIL: some responses were not 200, so the figures do not measure the pages");
  }
} catch (error) {
  isFailed = true;
  console.error(error);
} finally {
  await server?.stop();
  await scratch.remove();
}
process.exit(isFailed ? 1 : 0);
