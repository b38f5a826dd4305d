// `node scripts/bench-search.js`: the search benchmark of issue 6. Builds, seeds a case with 300
// documents (a few pages of varied text each) and about 2,000 records straight into a fresh
// database (scripts/seed-search-case.ts, which also times the search SQL alone, in-process),
// starts the production server, signs in as the demo parent and load-tests
// /cases/:id/search?q=… with autocannon for a common word, a rare word, a phrase and an OR query:
// at 32 connections (the goal's load) and at 1 (the time of one search with no queue).
// Prints req/s and p50/p95/p99 for each, and whether the goal (p95 under 50 ms) is met.
//
//   node scripts/bench-search.js                          PGlite in a temporary data directory
//   DATABASE_URL=postgres://… node scripts/bench-search.js  a fresh database on that server, dropped afterwards
//   node scripts/bench-search.js --no-build               reuse the current build
//
// Exits 1 if the run itself fails (a non-2xx response, a server that will not start); missing
// the goal is reported, not an error, so the figures are always printed.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildUnlessAsked, describe, load } from "./bench-core.js";
import { cleanUpOnSignal, createScratchDatabase, signIn, startServer } from "./durability-core.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CONNECTIONS = 32;
const DURATION_S = 10;
const SINGLE_DURATION_S = 5;
const WARM_UP_S = 2;
// The goal from issue 6: search across 300 documents and 2,000 records.
const SEARCH_P95_GOAL_MS = 50;

const baseDatabaseUrl = process.env.DATABASE_URL || undefined;
buildUnlessAsked(root);

cleanUpOnSignal();
const scratch = await createScratchDatabase({ baseDatabaseUrl, label: "bench-search" });
/** @type {import("./durability-core.js").RunningServer | undefined} */
let server;
let isFailed = false;
try {
  // Seeded before the server starts: PGlite belongs to one process at a time.
  console.log("Seeding 300 documents and about 2,000 records, and timing the SQL alone…");
  const seeded = JSON.parse(
    execFileSync("npx", ["tsx", "scripts/seed-search-case.ts"], {
      cwd: root,
      env: { ...process.env, DATA_DIR: scratch.dataDir ?? "", DATABASE_URL: scratch.databaseUrl ?? "", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 16 * 1024 * 1024,
    })
      .toString()
      .trim()
      .split("\n")
      .at(-1) ?? "{}",
  );
  /** @type {string} */
  const caseId = seeded.caseId;
  /** @type {Record<string, { p50: number, p95: number, matches: number }>} */
  const sqlTimings = seeded.sql;

  const database = baseDatabaseUrl ? "PostgreSQL (a fresh database at DATABASE_URL)" : "PGlite (a fresh data directory)";
  console.log(`Starting the production server on ${database}…`);
  server = await startServer({ root, dataDir: scratch.dataDir, databaseUrl: scratch.databaseUrl });
  const cookie = await signIn(server.baseUrl);
  const headers = { Cookie: cookie };

  /** @type {Array<{ q: string, pageUrl: string, atLoad: LoadResult, single: LoadResult }>} */
  const results = [];
  for (const q of Object.keys(sqlTimings)) {
    const pageUrl = `${server.baseUrl}/cases/${caseId}/search?q=${encodeURIComponent(q)}`;
    // The page itself, with results: not a redirect to sign in, not an empty search.
    const check = await fetch(pageUrl, { headers, redirect: "manual" });
    const body = await check.text();
    if (check.status !== 200 || !body.includes("search-result")) throw new Error(`${pageUrl} answered ${check.status} without results`);
    console.log(`Searching for ${q}: warming up ${WARM_UP_S} s, then ${CONNECTIONS} connections for ${DURATION_S} s and 1 for ${SINGLE_DURATION_S} s…`);
    await load({ url: pageUrl, headers, durationS: WARM_UP_S, connections: CONNECTIONS });
    const atLoad = await load({ url: pageUrl, headers, durationS: DURATION_S, connections: CONNECTIONS });
    const single = await load({ url: pageUrl, headers, durationS: SINGLE_DURATION_S, connections: 1 });
    results.push({ q, pageUrl, atLoad, single });
  }
  await server.stop();

  console.log("");
  console.log("The SQL alone (in-process, one search at a time, 60 runs each):");
  for (const [q, t] of Object.entries(sqlTimings)) {
    console.log(`  ${q.padEnd(38)} p50 ${t.p50.toFixed(1)} ms   p95 ${t.p95.toFixed(1)} ms   (${t.matches} matches)`);
  }
  console.log("");
  console.log(`The search page over HTTP:`);
  for (const r of results) {
    console.log(`  ${describe(`${r.q}, ${CONNECTIONS} connections`, r.atLoad, 40)}`);
    console.log(`  ${describe(`${r.q}, 1 connection`, r.single, 40)}`);
  }
  console.log("");
  const worstSql = Math.max(...Object.values(sqlTimings).map((t) => t.p95));
  const worstPage = Math.max(...results.map((r) => r.atLoad.p95));
  const worstSingle = Math.max(...results.map((r) => r.single.p95));
  console.log(`${`goal: search SQL p95 < ${SEARCH_P95_GOAL_MS} ms`.padEnd(52)}${worstSql < SEARCH_P95_GOAL_MS ? "met" : "NOT met"} (worst ${worstSql.toFixed(1)} ms)`);
  console.log(`${`goal: search page p95 < ${SEARCH_P95_GOAL_MS} ms, 1 connection`.padEnd(52)}${worstSingle < SEARCH_P95_GOAL_MS ? "met" : "NOT met"} (worst ${worstSingle.toFixed(1)} ms)`);
  console.log(`${`goal: search page p95 < ${SEARCH_P95_GOAL_MS} ms, ${CONNECTIONS} connections`.padEnd(52)}${worstPage < SEARCH_P95_GOAL_MS ? "met" : "NOT met"} (worst ${worstPage.toFixed(1)} ms)`);
  if (results.some((r) => r.atLoad.non2xx + r.atLoad.errors + r.single.non2xx + r.single.errors > 0)) {
    isFailed = true;
    console.error("FAIL: some responses were not 200, so the figures do not measure the page");
  }
} catch (error) {
  isFailed = true;
  console.error(error);
} finally {
  await server?.stop();
  await scratch.remove();
}
process.exit(isFailed ? 1 : 0);
