// The benchmark's measurements of one running server: CPU per request from the server's own CPU
// time, p95 at 32 connections, the overload run (32 clients on one page while /healthz is timed
// every 100 ms), and the bytes a first visit to a page transfers.
import http from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { load, percentile, readCpuMs } from "./bench-core.js";
import { post } from "./durability-core.js";

// A request on a loaded machine can take many seconds; only a server that has stopped answering
// should make one fail (issue 21).
export const REQUEST_TIMEOUT_MS = 60_000;
const PROBE_EVERY_MS = 100;
const PROBE_TIMEOUT_MS = 15_000;
// "Answers normally" after the overload: /healthz within a second, the page itself within ten.
const AFTER_LOAD_WAIT_MS = 2000;
const NORMAL_HEALTH_MS = 1000;
const NORMAL_PAGE_MS = 10_000;

/**
 * @typedef {object} Target  one running server of one build
 * @property {string} baseUrl
 * @property {number} pid
 * @property {string} cookie
 */

/**
 * One GET that must answer 200; returns the body's length.
 *
 * @param {Target} target
 * @param {string} path
 * @param {number} [timeoutMs]
 */
export async function getOk(target, path, timeoutMs = REQUEST_TIMEOUT_MS) {
  const response = await fetch(`${target.baseUrl}${path}`, {
    headers: { Cookie: target.cookie },
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  return body.byteLength;
}

/**
 * How many sequential requests make one round of about `cpuPerRoundMs` of server CPU: a short
 * probe estimates the page's cost (CPU time is counted in 10 ms ticks, so a cheap page needs many
 * requests). Between 5 and 400.
 *
 * @param {Target} target
 * @param {string} path
 * @param {number} cpuPerRoundMs
 */
export async function chooseRequestsPerRound(target, path, cpuPerRoundMs) {
  const cpuBefore = readCpuMs(target.pid);
  const startedAt = performance.now();
  let count = 0;
  while (count < 50 && (count < 2 || performance.now() - startedAt < 300)) {
    await getOk(target, path);
    count += 1;
  }
  const perRequest = Math.max(0.5, (readCpuMs(target.pid) - cpuBefore) / count);
  return Math.min(400, Math.max(5, Math.ceil(cpuPerRoundMs / perRequest)));
}

/**
 * Sequential GETs until the page has been served `requests` times, so the figures that follow are
 * those of a server that has been running (its code compiled and optimised), not of its first
 * requests, which cost up to twice as much.
 *
 * @param {Target} target
 * @param {string} path
 * @param {number} requests
 */
export async function warmUp(target, path, requests) {
  for (let n = 0; n < requests; n += 1) await getOk(target, path);
}

/**
 * The health check after a change: `times` times, a diary entry is added (a form, as a person
 * sends it), then, `openAfterMs` later (a person going to the page), the health check is opened.
 * Returns the server's CPU per change (the form and anything the server does after it) and per
 * first view of the health check after it.
 *
 * @param {Target} target
 * @param {{ caseId: string, times: number, openAfterMs: number }} options
 */
export async function measureAfterChange(target, { caseId, times, openAfterMs }) {
  let changeMs = 0;
  let viewMs = 0;
  for (let n = 0; n < times; n += 1) {
    const before = readCpuMs(target.pid);
    const fields = { intent: "add", "date.day": "2", "date.month": "11", "date.year": "2026", text: `Seen at home, note ${n + 1}` };
    const saved = await post(target.baseUrl, `/cases/${caseId}/diary`, fields, target.cookie);
    if (saved.status !== 302) throw new Error(`Adding a diary entry answered ${saved.status}`);
    await delay(openAfterMs);
    const opened = readCpuMs(target.pid);
    changeMs += opened - before;
    await getOk(target, `/cases/${caseId}/health`);
    viewMs += readCpuMs(target.pid) - opened;
  }
  return { changeMs: changeMs / times, viewMs: viewMs / times };
}

/**
 * The server's CPU per search for words not searched before in this case state: the search page
 * keeps its results per case state and words, so the repeated search of the page table costs
 * less than a new one. Each word once, after one change to the case so nothing is kept; the
 * `warmUpWords` first, unmeasured, as the repeated search no longer warms the database's search up.
 *
 * @param {Target} target
 * @param {{ caseId: string, warmUpWords: string[], words: string[] }} options
 */
export async function measureNewSearches(target, { caseId, warmUpWords, words }) {
  for (const word of warmUpWords) await getOk(target, `/cases/${caseId}/search?q=${encodeURIComponent(word)}`);
  const before = readCpuMs(target.pid);
  for (const word of words) await getOk(target, `/cases/${caseId}/search?q=${encodeURIComponent(word)}`);
  return (readCpuMs(target.pid) - before) / words.length;
}

/**
 * One round: the server's CPU milliseconds per request over `requests` sequential GETs.
 *
 * @param {Target} target
 * @param {string} path
 * @param {number} requests
 */
export async function measureCpuRound(target, path, requests) {
  const before = readCpuMs(target.pid);
  for (let n = 0; n < requests; n += 1) await getOk(target, path);
  return (readCpuMs(target.pid) - before) / requests;
}

/**
 * p95 at 32 connections: as many requests as about `cpuBudgetMs` of server CPU at the page's
 * measured cost, at least one for each connection (32 people asking at once) and at most 3,000,
 * stopped after `maxDurationS` in any case.
 *
 * @param {Target} target
 * @param {string} path
 * @param {{ cpuMsPerRequest: number, cpuBudgetMs: number, maxDurationS: number }} options
 */
export async function measureAtLoad(target, path, { cpuMsPerRequest, cpuBudgetMs, maxDurationS }) {
  const amount = Math.min(3000, Math.max(32, Math.round(cpuBudgetMs / Math.max(0.5, cpuMsPerRequest))));
  return load({
    url: `${target.baseUrl}${path}`,
    headers: { Cookie: target.cookie },
    connections: 32,
    amount,
    maxDurationS,
  });
}

/**
 * @typedef {object} OverloadResult
 * @property {number} answers  responses of any status during the load
 * @property {number} ok  of those, 200s
 * @property {number} unavailable  of those, 503s
 * @property {number} errors  connection errors and timeouts
 * @property {number} healthMaxMs  the slowest /healthz probe (an unanswered one counts as its wait)
 * @property {number} healthP95Ms
 * @property {number} healthFailed  probes that did not get a 200
 * @property {number} afterHealthMs  /healthz 2 s after the load stopped (NaN: no answer)
 * @property {number} afterPageMs  the page itself then (NaN: no 200)
 * @property {boolean} isNormalAfter
 */

/**
 * 32 clients on one page for `durationS` while another client times /healthz every 100 ms; then,
 * 2 s after the load stops, whether /healthz and the page answer normally.
 *
 * @param {Target} target
 * @param {string} path
 * @param {{ durationS: number }} options
 * @returns {Promise<OverloadResult>}
 */
export async function measureOverload(target, path, { durationS }) {
  /** @type {Array<Promise<{ ms: number, isOk: boolean }>>} */
  const probes = [];
  let isLoading = true;
  const probing = (async () => {
    while (isLoading) {
      probes.push(timeGet(`${target.baseUrl}/healthz`, "", PROBE_TIMEOUT_MS));
      await delay(PROBE_EVERY_MS);
    }
  })();
  const loaded = await load({
    url: `${target.baseUrl}${path}`,
    headers: { Cookie: target.cookie },
    connections: 32,
    durationS,
  });
  isLoading = false;
  // Exactly 2 s after the load, whether or not the probes sent during it have their answers yet.
  const after = delay(AFTER_LOAD_WAIT_MS).then(() =>
    Promise.all([
      timeGet(`${target.baseUrl}/healthz`, "", NORMAL_PAGE_MS),
      timeGet(`${target.baseUrl}${path}`, target.cookie, NORMAL_PAGE_MS),
    ]),
  );
  await probing;
  const probed = await Promise.all(probes);
  const [afterHealth, afterPage] = await after;
  const times = probed.map((p) => p.ms).sort((a, b) => a - b);
  return {
    answers: loaded.total,
    ok: loaded.total - loaded.non2xx,
    unavailable: loaded.unavailable,
    errors: loaded.errors,
    healthMaxMs: times.at(-1) ?? Number.NaN,
    healthP95Ms: percentile(times, 0.95),
    healthFailed: probed.filter((p) => !p.isOk).length,
    afterHealthMs: afterHealth.isOk ? afterHealth.ms : Number.NaN,
    afterPageMs: afterPage.isOk ? afterPage.ms : Number.NaN,
    isNormalAfter: afterHealth.isOk && afterHealth.ms < NORMAL_HEALTH_MS && afterPage.isOk && afterPage.ms < NORMAL_PAGE_MS,
  };
}

/** @param {string} url @param {string} cookie @param {number} timeoutMs */
async function timeGet(url, cookie, timeoutMs) {
  const startedAt = performance.now();
  try {
    const response = await fetch(url, {
      headers: cookie ? { Cookie: cookie } : {},
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    return { ms: performance.now() - startedAt, isOk: response.status === 200 };
  } catch {
    return { ms: performance.now() - startedAt, isOk: false };
  }
}

/**
 * The bytes a first visit to a page transfers: its HTML and every script and style sheet it
 * references, each asked for with `Accept-Encoding: gzip, br` and counted as sent (headers not
 * included), and the same unpacked.
 *
 * @param {Target} target
 * @param {string} path
 */
export async function measureFirstLoad(target, path) {
  const page = await getRaw(`${target.baseUrl}${path}`, target.cookie);
  if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}`);
  const html = page.unpacked.toString("utf8");
  const assets = new Set();
  for (const tag of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const isAsset = tag[0].startsWith("<script") || /rel="(?:stylesheet|modulepreload|preload)"/.test(tag[0]);
    const url = /(?:src|href)="([^"]+)"/.exec(tag[0])?.[1];
    if (isAsset && url && !url.startsWith("data:")) assets.add(new URL(url.replaceAll("&amp;", "&"), target.baseUrl).toString());
  }
  let wire = page.wire;
  let unpacked = page.unpacked.length;
  for (const url of assets) {
    const asset = await getRaw(url, target.cookie);
    if (asset.status !== 200) throw new Error(`GET ${url} answered ${asset.status}`);
    wire += asset.wire;
    unpacked += asset.unpacked.length;
  }
  return { files: assets.size + 1, wireKb: wire / 1024, unpackedKb: unpacked / 1024 };
}

/**
 * A GET without fetch's automatic unpacking, so the body is counted as the server sent it.
 *
 * @param {string} url
 * @param {string} cookie
 * @returns {Promise<{ status: number, wire: number, unpacked: Buffer }>}
 */
function getRaw(url, cookie) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { Cookie: cookie, "Accept-Encoding": "gzip, br" }, timeout: REQUEST_TIMEOUT_MS }, (response) => {
      /** @type {Buffer[]} */
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        const encoding = response.headers["content-encoding"];
        const unpacked = encoding === "gzip" ? gunzipSync(body) : encoding === "br" ? brotliDecompressSync(body) : body;
        resolve({ status: response.statusCode ?? 0, wire: body.length, unpacked });
      });
    });
    request.on("timeout", () => request.destroy(new Error(`GET ${url} timed out`)));
    request.on("error", reject);
  });
}
