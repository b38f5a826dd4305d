// What the benchmark scripts share: building first (unless --no-build), load-testing one URL
// with autocannon with every response's latency kept, printing a result on one line, and reading
// a server process's own CPU time and memory from /proc (Linux).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";
import autocannon from "autocannon";
import { PDFDocument, StandardFonts } from "pdf-lib";

// /proc/<pid>/stat counts CPU time in clock ticks: 100 a second on Linux (`getconf CLK_TCK`).
const TICKS_PER_SECOND = 100;
// A request on a loaded machine can take many seconds; only a server that has stopped answering
// should make one fail (issue 21).
const REQUEST_TIMEOUT_S = 60;

/**
 * @typedef {object} LoadResult
 * @property {number} requestsPerSecond
 * @property {number} p50
 * @property {number} p95
 * @property {number} p99
 * @property {number} total
 * @property {number} non2xx
 * @property {number} unavailable  of those, 503 answers (the server saying it is too busy)
 * @property {number} errors  connection errors and timeouts
 * @property {number} seconds  how long the load ran
 * @property {number} unfinished  requests still unanswered when a run with `amount` was cut
 *   short; the percentiles count each as the time it had waited so far
 */

/** Builds the app unless the command line says --no-build; exits when the build fails. @param {string} root */
export function buildUnlessAsked(root) {
  if (process.argv.includes("--no-build")) return;
  console.log("Building…");
  try {
    execFileSync("npm", ["run", "build"], { cwd: root, stdio: "pipe" });
  } catch (error) {
    // The build's own output only when it fails: its warnings would bury the figures.
    const failed = /** @type {{ stdout?: Buffer, stderr?: Buffer }} */ (error);
    console.error(`${failed.stdout ?? ""}${failed.stderr ?? ""}\nThe build failed.`);
    process.exit(1);
  }
}

/** @param {number[]} sorted @param {number} fraction */
export function percentile(sorted, fraction) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Runs autocannon against one URL, for `durationS` seconds or, with `amount`, until that many
 * requests are answered but never longer than `maxDurationS`. Latency percentiles come from every
 * response's own time (autocannon's summary has no p95). Each request may take up to 60 s.
 *
 * @param {{ url: string, headers?: Record<string, string>, durationS?: number, amount?: number,
 *   maxDurationS?: number, connections?: number, timeoutS?: number }} options
 * @returns {Promise<LoadResult>}
 */
export async function load({
  url,
  headers = {},
  durationS = 10,
  amount,
  maxDurationS = 60,
  connections = 32,
  timeoutS = REQUEST_TIMEOUT_S,
}) {
  /** @type {number[]} */
  const latencies = [];
  let unavailable = 0;
  // When each connection last had an answer: a request still out when the run is cut short has
  // waited at least since then (or since the start, on a connection that never had one).
  /** @type {Map<unknown, number>} */
  const lastAnswerAt = new Map();
  const startedAt = performance.now();
  const instance = autocannon({
    url,
    connections,
    headers,
    timeout: timeoutS,
    ...(amount ? { amount } : { duration: durationS }),
  });
  instance.on(
    "response",
    /** @param {unknown} client @param {number} status @param {number} _bytes @param {number} responseTimeMs */
    (client, status, _bytes, responseTimeMs) => {
      latencies.push(responseTimeMs);
      lastAnswerAt.set(client, performance.now());
      if (status === 503) unavailable += 1;
    },
  );
  let isCutShort = false;
  const stopper = amount
    ? setTimeout(() => {
        isCutShort = true;
        instance.stop();
      }, maxDurationS * 1000)
    : undefined;
  const result = await instance;
  clearTimeout(stopper);
  const stoppedAt = performance.now();
  const seconds = (stoppedAt - startedAt) / 1000;
  // A run cut short leaves slow requests unanswered; leaving them out would make a page that
  // answers nothing in time look fast. Each counts as the time it had waited, a lower bound.
  const unfinished = isCutShort ? Math.min(connections, (amount ?? 0) - result.requests.total) : 0;
  const waits = [
    ...Array.from({ length: Math.max(0, connections - lastAnswerAt.size) }, () => stoppedAt - startedAt),
    ...[...lastAnswerAt.values()].map((at) => stoppedAt - at),
  ].sort((a, b) => b - a);
  latencies.push(...waits.slice(0, Math.max(0, unfinished)));
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    total: result.requests.total,
    non2xx: result.non2xx,
    unavailable,
    errors: result.errors + result.timeouts,
    seconds,
    unfinished: Math.max(0, unfinished),
  };
}

/**
 * The CPU time a process has used so far (user and system, every thread), in milliseconds.
 *
 * @param {number} pid
 */
export function readCpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may hold spaces, so count fields from after its closing bracket:
  // utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/**
 * A process's resident memory now and at its peak, in MB.
 *
 * @param {number} pid
 */
export function readMemoryMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (/** @type {string} */ name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

/**
 * Waits until a process has used at most 5% of one core for half a second (work left over from
 * earlier load is finished), for at most `withinMs`. Returns whether it got there and how long
 * it waited.
 *
 * @param {number} pid
 * @param {{ withinMs?: number }} [options]
 */
export async function waitForQuiet(pid, { withinMs = 120_000 } = {}) {
  const startedAt = performance.now();
  let before = readCpuMs(pid);
  while (performance.now() - startedAt < withinMs) {
    await delay(500);
    const after = readCpuMs(pid);
    if (after - before <= 25) return { isQuiet: true, waitedMs: performance.now() - startedAt };
    before = after;
  }
  return { isQuiet: false, waitedMs: performance.now() - startedAt };
}

/** One result on one line. @param {string} label @param {LoadResult} r @param {number} [width] */
export function describe(label, r, width = 12) {
  const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;
  return (
    `${label.padEnd(width)} ${r.requestsPerSecond.toFixed(0).padStart(6)} req/s   ` +
    `p50 ${ms(r.p50)}   p95 ${ms(r.p95)}   p99 ${ms(r.p99)}   ` +
    `(${r.total} requests, ${r.non2xx} non-2xx, ${r.errors} errors)`
  );
}

/**
 * A report of `pages` pages of ordinary text, for the pack and bundle benchmarks; `date` (a Date)
 * goes in its details, which the upload reads as the document's date.
 *
 * @param {number} n
 * @param {number} pages
 * @param {Date} [date]
 */
export async function makeReportPdf(n, pages, date) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p += 1) {
    const page = pdf.addPage([595, 842]);
    page.drawText(`Report ${n}, page ${p}`, { x: 50, y: 800, size: 12, font });
    for (let line = 0; line < 40; line += 1)
      page.drawText(`${p}.${line + 1} Sam read with his teaching assistant and practised his spellings.`, { x: 50, y: 770 - line * 18, size: 9, font });
  }
  if (date) {
    pdf.setCreationDate(date);
    pdf.setModificationDate(date);
  }
  return Buffer.from(await pdf.save());
}

/**
 * Uploads files to a case through the documents page's form, as a person does.
 *
 * @param {string} baseUrl
 * @param {string} caseId
 * @param {string} cookie
 * @param {Array<{ name: string; type: string; bytes: Buffer }>} files
 */
export async function uploadFiles(baseUrl, caseId, cookie, files) {
  const form = new FormData();
  for (const file of files) form.append("files", new Blob([file.bytes], { type: file.type }), file.name);
  form.append("source", "school");
  const response = await fetch(`${baseUrl}/cases/${caseId}/documents`, { method: "POST", body: form, redirect: "manual", headers: { Cookie: cookie, Origin: baseUrl } });
  await response.arrayBuffer();
  if (response.status !== 302) throw new Error(`The upload answered ${response.status}`);
}
