// What the benchmark scripts share: building first (unless --no-build), load-testing one URL
// with autocannon with every response's latency kept, and printing a result on one line.
import { execFileSync } from "node:child_process";
import autocannon from "autocannon";

/**
 * @typedef {object} LoadResult
 * @property {number} requestsPerSecond
 * @property {number} p50
 * @property {number} p95
 * @property {number} p99
 * @property {number} total
 * @property {number} non2xx
 * @property {number} errors  connection errors and timeouts
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
 * Runs autocannon against one URL. Latency percentiles come from every response's own time
 * (autocannon's summary has no p95).
 *
 * @param {{ url: string, headers?: Record<string, string>, durationS: number, connections?: number }} options
 * @returns {Promise<LoadResult>}
 */
export async function load({ url, headers = {}, durationS, connections = 32 }) {
  /** @type {number[]} */
  const latencies = [];
  const instance = autocannon({ url, connections, duration: durationS, headers, timeout: 10 });
  instance.on(
    "response",
    /** @param {unknown} _client @param {number} _status @param {number} _bytes @param {number} responseTimeMs */
    (_client, _status, _bytes, responseTimeMs) => latencies.push(responseTimeMs),
  );
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / durationS,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
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
