// `npm run bench`: what the server costs, measured from outside on the large case (decision 124).
// Builds, then for each build under test: starts it on an empty embedded database (start-up),
// seeds the large case with the build's own scripts/seed-large-case.ts, adds 300 documents, an
// EHC plan, statutory events and letters through HTTP, restarts it (start-up on an existing
// database), and measures, for every heavy page and /healthz: the server's CPU milliseconds per
// request (its own CPU time from /proc over sequential requests, the median of a few rounds) and
// the ratio to /healthz (after warming each page up), the health check after a change, then p95 at
// 32 connections; the overload run (32 clients on search and
// the timeline while /healthz is timed every 100 ms); memory at rest and at peak; the bytes of a
// first visit to the dashboard; and, when PostgreSQL is there, two instances started at once on
// one empty database with the load spread over both. Each figure is printed when it is known,
// and all of them in a table at the end.
//
//   npm run bench                           this checkout (builds first)
//   npm run bench -- --quick                fewer rounds and shorter loads (about half the time)
//   npm run bench -- --compare ../base   another checkout, already built, side by side:
//                                           rounds alternate, the table has before/after/ratio
//   npm run bench -- --no-build             reuse the current build
//   DATABASE_URL=postgres://…               the PostgreSQL server for the two-instance run
//                                           (default postgres://postgres@127.0.0.1:5432)
//
// The large case has an appeal whose bundle holds 300 numbered pages (30 reports, added as
// scripts/bench-bundle.js adds them): its PDF is built five times once the server has seen every
// page, timed against issue 23's goal (< 3 s) with the memory the builds added. The evidence pack
// benchmark (scripts/bench-pack.js: a 300-page pack) runs at the end, for each build, and its
// figures join the table. The search, upload and stand-alone bundle benchmarks are their own
// commands (node scripts/bench-search.js, bench-upload.js, bench-bundle.js), to keep this one near
// five minutes.
//
// Survives a loaded machine: start-up may take ten minutes, each request a minute, and each
// measurement waits until the server has finished the work left from the one before.
// Exits 1 if the run itself fails (a page that does not answer 200, a server that will not
// start); slow figures are reported, not errors.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import pg from "pg";
import { buildUnlessAsked, load, percentile, readCpuMs, readMemoryMb, waitForQuiet } from "./bench-core.js";
import { GOAL_MS as BUNDLE_GOAL_MS, timeBundlePdf } from "./bench-bundle.js";
import { OTHER_SEARCHES, WARM_UP_SEARCHES, fillLargeCase, listHeavyPages, seedLargeCase } from "./bench-large-case.js";
import {
  REQUEST_TIMEOUT_MS,
  chooseRequestsPerRound,
  getOk,
  measureAtLoad,
  measureCpuRound,
  measureFirstLoad,
  measureAfterChange,
  measureNewSearches,
  measureOverload,
  warmUp,
} from "./bench-measures.js";
import { Report } from "./bench-report.js";
import { cleanUpOnSignal, createScratchDatabase, findFirstCaseId, signIn, startServer } from "./durability-core.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: options } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    compare: { type: "string" },
    "no-build": { type: "boolean", default: false },
  },
});
const isQuick = options.quick ?? false;
// Sized so that a full comparison of two builds takes about ten minutes on a two-core machine.
const SETTINGS = isQuick
  ? { warmUp: 15, changes: 5, rounds: 2, cpuPerRoundMs: 250, atLoadCpuBudgetMs: 600, atLoadMaxS: 30, overloadS: 5, overloadPages: ["search"], twoInstancesS: 5 }
  : { warmUp: 30, changes: 10, rounds: 3, cpuPerRoundMs: 400, atLoadCpuBudgetMs: 1200, atLoadMaxS: 30, overloadS: 10, overloadPages: ["search", "timeline"], twoInstancesS: 8 };
// /readyz where the build has it, else /healthz (older builds have only that).
const READY_PATHS = ["/readyz", "/healthz"];
const START_WITHIN_MS = 600_000;
const QUIET_WITHIN_MS = 90_000;
const DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * @typedef {object} Build  one checkout under test and, while measured, its running server
 * @property {string} label
 * @property {string} root
 * @property {{ dataDir: string, databaseUrl: string | undefined, remove: () => Promise<void> }} [scratch]
 * @property {import("./durability-core.js").RunningServer} [server]
 * @property {string} [caseId]
 * @property {string} [planId]
 * @property {string | null} [bundlePath]  the large case's appeal bundle; null for a build without appeals
 * @property {import("./bench-measures.js").Target} [target]
 * @property {Array<{ name: string, path: string }>} [pages]
 */

/** @type {Build[]} */
const builds = options.compare
  ? [
      { label: "before", root: path.resolve(options.compare) },
      { label: "after", root },
    ]
  : [{ label: "this build", root }];
for (const build of builds) {
  if (build.root !== root && !existsSync(path.join(build.root, "build", "server"))) {
    console.error(`${build.root} has no build/ yet: build it there first (npm run build).`);
    process.exit(1);
  }
}
if (!options["no-build"]) buildUnlessAsked(root);

const report = new Report(builds.map((b) => b.label));
/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(middle)] ?? Number.NaN) + (sorted[Math.ceil(middle)] ?? Number.NaN)) / 2;
};
/** The builds in turn, the other way round on every second call, so neither always goes first. */
let turn = 0;
const inTurn = () => (turn++ % 2 === 0 ? builds : [...builds].reverse());
/** @param {Build} build */
const need = (build) => {
  if (!build.target || !build.server || !build.pages) throw new Error(`${build.label} is not running`);
  return { target: build.target, server: build.server, pages: build.pages };
};

/** @param {Build} build @param {{ dataDir: string, databaseUrl?: string }} database */
async function start(build, database) {
  return startServer({
    root: build.root,
    dataDir: database.dataDir,
    databaseUrl: database.databaseUrl,
    readyPaths: READY_PATHS,
    readyWithinMs: START_WITHIN_MS,
  });
}

/** @param {Build} build @param {import("./durability-core.js").RunningServer} server */
function recordStart(build, server, kind) {
  const pid = /** @type {number} */ (server.child.pid);
  const cpu = readCpuMs(pid);
  const label = kind === "fresh" ? "an empty database" : "the large case's database";
  report.add({ key: `start-${kind}`, label: `start-up on ${label}`, unit: "ms", build: build.label, value: server.startupMs, note: `until ${server.readyPath} answered 200` });
  report.add({ key: `start-${kind}-cpu`, label: `  of which the server's CPU`, unit: "ms", build: build.label, value: cpu });
  if (kind === "fresh") report.add({ key: "rss-fresh", label: "  memory at peak during that start", unit: "MB", build: build.label, value: readMemoryMb(pid).peak });
}

/**
 * Waits until the server has finished earlier work; a server that does not settle is restarted
 * on the same data (its earlier load would otherwise be measured too).
 *
 * @param {Build} build
 */
async function settle(build) {
  const { server } = need(build);
  const quiet = await waitForQuiet(/** @type {number} */ (server.child.pid), { withinMs: QUIET_WITHIN_MS });
  if (quiet.isQuiet) return quiet.waitedMs;
  console.log(`  [${build.label}] still busy ${Math.round(quiet.waitedMs / 1000)} s later: restarting it`);
  await server.stop();
  await attach(build, await start(build, /** @type {NonNullable<Build["scratch"]>} */ (build.scratch)));
  return quiet.waitedMs;
}

/** @param {Build} build @param {import("./durability-core.js").RunningServer} server */
async function attach(build, server) {
  build.server = server;
  const cookie = await signIn(server.baseUrl, undefined, { timeoutMs: REQUEST_TIMEOUT_MS });
  build.target = { baseUrl: server.baseUrl, pid: /** @type {number} */ (server.child.pid), cookie };
}

cleanUpOnSignal();
let isFailed = false;
try {
  console.log(
    `Measuring ${builds.map((b) => `${b.label} (${b.root})`).join(" and ")}${isQuick ? ", quickly" : ""}. Each figure is printed as soon as it is known.`,
  );

  report.startSection("Start-up (wall-clock time to the first ready answer, and memory)");
  for (const build of builds) {
    build.scratch = await createScratchDatabase({ label: `bench-${build.label.replace(/\W/g, "")}` });
    const server = await start(build, build.scratch);
    recordStart(build, server, "fresh");
    await server.stop();
  }

  const seedingAt = performance.now();
  console.log("\nSeeding the large case (5 years, 15 cycles, 2,000 sessions, 500 measures, 300 diary entries)…");
  await Promise.all(
    builds.map(async (build) => {
      const scratch = /** @type {NonNullable<Build["scratch"]>} */ (build.scratch);
      build.caseId = await seedLargeCase({ root: build.root, dataDir: scratch.dataDir });
    }),
  );
  const fillingAt = performance.now();
  console.log(`  done in ${Math.round((fillingAt - seedingAt) / 1000)} s`);
  console.log("Adding 300 documents, an EHC plan, 14 statutory events, 30 letters and emails and an appeal with a 300-page bundle through HTTP…");
  await Promise.all(
    builds.map(async (build) => {
      const server = await start(build, /** @type {NonNullable<Build["scratch"]>} */ (build.scratch));
      await attach(build, server);
      const { target } = /** @type {{ target: NonNullable<Build["target"]> }} */ (build);
      const filled = await fillLargeCase({ ...target, caseId: /** @type {string} */ (build.caseId) });
      build.planId = filled.planId;
      build.bundlePath = filled.bundlePath;
      if (filled.refusedEvents > 0) console.log(`  [${build.label}] refused ${filled.refusedEvents} statutory events`);
      await server.stop();
    }),
  );
  console.log(`  done in ${Math.round((performance.now() - fillingAt) / 1000)} s`);
  for (const build of builds) {
    const server = await start(build, /** @type {NonNullable<Build["scratch"]>} */ (build.scratch));
    recordStart(build, server, "restart");
    await attach(build, server);
    const { target } = need({ ...build, pages: [] });
    build.pages = await listHeavyPages({ ...target, caseId: /** @type {string} */ (build.caseId), planId: /** @type {string} */ (build.planId) });
  }
  // Every page once (each must answer 200), then memory once the server has settled.
  for (const build of builds) {
    const { target, pages } = need(build);
    for (const page of pages) await getOk(target, page.path);
    await settle(build);
    report.add({ key: "rss-rest", label: "memory at rest (large case, every page seen once)", unit: "MB", build: build.label, value: readMemoryMb(target.pid).rss });
  }

  // Before the loads, so the memory the builds add is theirs, not the loads' high-water mark.
  report.startSection("The large case's tribunal bundle: 300 numbered pages of 30 reports (a warm-up, then 5 builds of its PDF)");
  for (const build of builds) {
    const { target } = need(build);
    if (!build.bundlePath) {
      report.add({ key: "large-bundle-p95", label: "building the bundle, p95", unit: "ms", build: build.label, value: Number.NaN, note: "no appeals in this build" });
      continue;
    }
    await settle(build);
    const before = readMemoryMb(target.pid).peak;
    const bundle = await timeBundlePdf({ ...target, bundlePath: build.bundlePath });
    const p95 = percentile(bundle.times, 0.95);
    const met = bundle.pages >= 300 && p95 < BUNDLE_GOAL_MS ? "goal met" : "goal NOT met";
    report.add({ key: "large-bundle-p95", label: `building the bundle (${bundle.pages} pages), p95`, unit: "ms", build: build.label, value: p95, note: `p50 ${percentile(bundle.times, 0.5).toFixed(0)} ms; first ${bundle.firstMs.toFixed(0)} ms; < ${BUNDLE_GOAL_MS} ms: ${met}` });
    report.add({ key: "large-bundle-memory", label: "  memory the builds added", unit: "MB", build: build.label, value: readMemoryMb(target.pid).peak - before });
  }

  report.startSection("First visit to the dashboard (HTML, scripts and styles; Accept-Encoding: gzip, br)");
  for (const build of builds) {
    const { target, pages } = need(build);
    const first = await measureFirstLoad(target, pages[0]?.path ?? "/");
    report.add({ key: "first-wire", label: "bytes transferred", unit: "KB", build: build.label, value: first.wireKb, note: `${first.files} files` });
    report.add({ key: "first-unpacked", label: "  the same unpacked", unit: "KB", build: build.label, value: first.unpackedKb });
  }

  report.startSection(`Server CPU per request (after ${SETTINGS.warmUp} requests to warm up, median of ${SETTINGS.rounds} rounds of sequential requests, one server at a time)`);
  const pageNames = need(/** @type {Build} */ (builds[0])).pages.map((p) => p.name);
  /** @type {Map<string, Map<string, number>>} page name → build label → CPU ms per request */
  const cpuByPage = new Map();
  for (const name of ["/healthz", ...pageNames.filter((n) => n !== "/healthz")]) {
    /** @type {Map<string, { requests: number, rounds: number[] }>} */
    const runs = new Map();
    for (const build of builds) {
      const { target, pages } = need(build);
      const page = /** @type {{ path: string }} */ (pages.find((p) => p.name === name));
      await settle(build);
      await warmUp(target, page.path, SETTINGS.warmUp);
      runs.set(build.label, { requests: await chooseRequestsPerRound(target, page.path, SETTINGS.cpuPerRoundMs), rounds: [] });
    }
    for (let round = 0; round < SETTINGS.rounds; round += 1) {
      for (const build of inTurn()) {
        const { target, pages } = need(build);
        const page = /** @type {{ path: string }} */ (pages.find((p) => p.name === name));
        const run = /** @type {{ requests: number, rounds: number[] }} */ (runs.get(build.label));
        run.rounds.push(await measureCpuRound(target, page.path, run.requests));
      }
    }
    const byBuild = new Map();
    for (const build of builds) {
      const run = /** @type {{ requests: number, rounds: number[] }} */ (runs.get(build.label));
      const cpu = median(run.rounds);
      byBuild.set(build.label, cpu);
      report.add({ key: `cpu-${name}`, label: name, unit: "ms", build: build.label, value: cpu, note: `${run.requests} requests a round; rounds ${run.rounds.map((r) => r.toFixed(2)).join(", ")}` });
    }
    cpuByPage.set(name, byBuild);
  }
  report.startSection(`After a change (${SETTINGS.changes} times: a diary entry added, then the health check opened half a second later; then new searches)`);
  for (const build of inTurn()) {
    const { target } = need(build);
    await settle(build);
    const after = await measureAfterChange(target, { caseId: /** @type {string} */ (build.caseId), times: SETTINGS.changes, openAfterMs: 500 });
    report.add({ key: "after-change-view", label: "first view of the health check", unit: "ms", build: build.label, value: after.viewMs, note: "server CPU" });
    report.add({ key: "after-change-write", label: "  the change, and what the server does after it", unit: "ms", build: build.label, value: after.changeMs, note: "server CPU" });
    // Right after those changes, nothing of the case's searches is kept.
    const search = await measureNewSearches(target, { caseId: /** @type {string} */ (build.caseId), warmUpWords: WARM_UP_SEARCHES, words: OTHER_SEARCHES });
    report.add({ key: "new-search", label: `a search for words not searched before (${OTHER_SEARCHES.length} words, after ${WARM_UP_SEARCHES.length} others)`, unit: "ms", build: build.label, value: search, note: "server CPU" });
  }

  report.startSection("CPU per request as a multiple of /healthz's, in the same run");
  for (const name of pageNames.filter((n) => n !== "/healthz")) {
    for (const build of builds) {
      const cpu = cpuByPage.get(name)?.get(build.label) ?? Number.NaN;
      const health = cpuByPage.get("/healthz")?.get(build.label) ?? Number.NaN;
      report.add({ key: `ratio-${name}`, label: name, unit: "×", build: build.label, value: cpu / health });
    }
  }

  report.startSection("p95 at 32 connections (wall-clock; answers of any status)");
  for (const name of pageNames) {
    for (const build of inTurn()) {
      const { target, pages } = need(build);
      const page = /** @type {{ path: string }} */ (pages.find((p) => p.name === name));
      await settle(build);
      const result = await measureAtLoad(target, page.path, {
        cpuMsPerRequest: cpuByPage.get(name)?.get(build.label) ?? 10,
        cpuBudgetMs: SETTINGS.atLoadCpuBudgetMs,
        maxDurationS: SETTINGS.atLoadMaxS,
      });
      const problems = result.non2xx + result.errors > 0 ? `; ${result.non2xx} not 200, ${result.errors} errors` : "";
      const cutShort = result.unfinished > 0 ? `; stopped with ${result.unfinished} unanswered, counted as their wait so far` : "";
      report.add({ key: `p95-${name}`, label: name, unit: "ms", build: build.label, value: result.p95, note: `${result.total} answers in ${result.seconds.toFixed(1)} s, ${result.requestsPerSecond.toFixed(0)} req/s${problems}${cutShort}` });
    }
  }

  for (const name of SETTINGS.overloadPages) {
    report.startSection(`Overload: 32 clients on ${name} for ${SETTINGS.overloadS} s while /healthz is timed every 100 ms`);
    for (const build of inTurn()) {
      const { target, pages } = need(build);
      const page = /** @type {{ path: string }} */ (pages.find((p) => p.name === name));
      await settle(build);
      const result = await measureOverload(target, page.path, { durationS: SETTINGS.overloadS });
      const add = (/** @type {string} */ key, /** @type {string} */ label, /** @type {string} */ unit, /** @type {number | string} */ value) =>
        report.add({ key: `overload-${name}-${key}`, label, unit, build: build.label, value });
      add("answers", "answers", "", result.answers);
      add("ok", "  of which 200", "", result.ok);
      add("503", "  of which 503", "", result.unavailable);
      add("errors", "connection errors and timeouts", "", result.errors);
      add("health-max", "/healthz slowest (a probe waits at most 15 s)", "ms", result.healthMaxMs);
      add("health-p95", "/healthz p95", "ms", result.healthP95Ms);
      add("health-failed", "/healthz probes without a 200", "", result.healthFailed);
      add("after-health", "2 s after: /healthz", "ms", result.afterHealthMs);
      add("after-page", `2 s after: ${name}`, "ms", result.afterPageMs);
      add("after", "answers normally 2 s after", "", result.isNormalAfter ? "yes" : "no");
      const waitedMs = await settle(build);
      add("settled", "busy with old work after the load", "ms", waitedMs);
    }
  }

  report.startSection("Memory at peak over the whole run");
  for (const build of builds) {
    const { target, server } = need(build);
    report.add({ key: "rss-peak", label: "memory at peak (large case, after the loads)", unit: "MB", build: build.label, value: readMemoryMb(target.pid).peak });
    await server.stop();
  }

  report.startSection("A 300-page evidence pack from 45 documents (node scripts/bench-pack.js, 5 builds)");
  for (const build of builds) {
    const pack = await measurePack(build.root);
    report.add({ key: "pack-p95", label: `building the pack (${pack.pages} pages), p95`, unit: "ms", build: build.label, value: pack.p95Ms, note: `p50 ${pack.p50Ms} ms` });
    report.add({ key: "pack-memory", label: "  memory the builds added", unit: "MB", build: build.label, value: pack.addedMb });
  }

  await measureTwoInstances();
} catch (error) {
  isFailed = true;
  console.error(error);
} finally {
  for (const build of builds) {
    await build.server?.stop();
    await build.scratch?.remove();
  }
}
report.printTable();
process.exit(isFailed ? 1 : 0);

/** Two instances of each build started at once on one empty PostgreSQL database, then loaded together. */
async function measureTwoInstances() {
  const baseDatabaseUrl = process.env.DATABASE_URL || DEFAULT_POSTGRES_URL;
  const probe = new pg.Client({ connectionString: baseDatabaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await probe.connect();
    await probe.end();
  } catch {
    console.log(`\nNo PostgreSQL at ${new URL(baseDatabaseUrl).host}: the two-instance run is left out.`);
    return;
  }
  report.startSection(`Two instances on one PostgreSQL database, started at once, 16 connections each for ${SETTINGS.twoInstancesS} s (demo case dashboard)`);
  for (const build of builds) {
    const scratch = await createScratchDatabase({ baseDatabaseUrl, label: "bench_pg" });
    try {
      const outcomes = await Promise.allSettled([start(build, scratch), start(build, scratch)]);
      const servers = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
      const failure = outcomes.find((o) => o.status === "rejected");
      // The server's own words for why it stopped: the last line of its error output that says so.
      const why = failure?.status === "rejected" ? String(failure.reason?.message ?? failure.reason).split("\n").findLast((l) => /\b\w*error\b[:\s]/i.test(l) && !/^\s*(at|throw)\b/.test(l)) ?? "" : "";
      report.add({ key: "pg-started", label: "instances that started", unit: "", build: build.label, value: `${servers.length} of 2`, note: why.slice(0, 160) || undefined });
      try {
        if (servers.length === 0) continue;
        report.add({ key: "pg-start", label: "start-up, the slower of those that started", unit: "ms", build: build.label, value: Math.max(...servers.map((s) => s.startupMs)) });
        const cookie = await signIn(servers[0]?.baseUrl ?? "", undefined, { timeoutMs: REQUEST_TIMEOUT_MS });
        const caseId = await findFirstCaseId(servers[0]?.baseUrl ?? "", cookie, { timeoutMs: REQUEST_TIMEOUT_MS });
        const targets = servers.map((s) => ({ baseUrl: s.baseUrl, pid: /** @type {number} */ (s.child.pid), cookie }));
        for (const target of targets) await getOk(target, `/cases/${caseId}`);
        const before = targets.map((t) => readCpuMs(t.pid));
        const results = await Promise.all(
          targets.map((t) => load({ url: `${t.baseUrl}/cases/${caseId}`, headers: { Cookie: cookie }, connections: 32 / targets.length, durationS: SETTINGS.twoInstancesS })),
        );
        targets.forEach((t, n) => {
          const result = /** @type {import("./bench-core.js").LoadResult} */ (results[n]);
          const cpu = (readCpuMs(t.pid) - (before[n] ?? 0)) / Math.max(1, result.total);
          report.add({ key: `pg-cpu-${n}`, label: `instance ${n + 1}: CPU per request`, unit: "ms", build: build.label, value: cpu, note: `${result.total} answers, ${result.non2xx} not 200, ${result.errors} errors, p95 ${result.p95.toFixed(0)} ms` });
        });
        const total = results.reduce((sum, r) => sum + r.total - r.non2xx, 0);
        report.add({ key: "pg-throughput", label: "both together", unit: "req/s", build: build.label, value: total / SETTINGS.twoInstancesS });
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
      }
    } finally {
      await scratch.remove();
    }
  }
}

/**
 * The evidence pack benchmark of a built checkout, run as it runs on its own, and its figures read
 * from what it prints.
 *
 * @param {string} checkout
 */
async function measurePack(checkout) {
  const { stdout } = await promisify(execFile)(process.execPath, ["scripts/bench-pack.js", "--no-build"], { cwd: checkout, maxBuffer: 16 * 1024 * 1024 });
  const number = (/** @type {RegExp} */ pattern) => Number(pattern.exec(stdout)?.[1] ?? Number.NaN);
  return {
    pages: number(/pack: (\d+) pages/),
    p50Ms: number(/build p50 (\d+) ms/),
    p95Ms: number(/p95 (\d+) ms/),
    addedMb: number(/the builds added (\d+) MB/),
  };
}
