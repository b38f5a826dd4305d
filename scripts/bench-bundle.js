// `node scripts/bench-bundle.js`: builds, starts the production server on a fresh database with the
// demo family, uploads 30 reports of 10 pages (300 pages, each with its own date) to the demo case
// through the real form, records a refusal to assess and starts an appeal against it, puts every
// report in the appeal's evidence bundle through the bundle page (each one's pages counted in the
// worker, as for a person), marks the bundle as sent, restarts the server (so its memory
// high-water mark is the bundle's, not the uploads'), then downloads the bundle PDF BUILDS times.
// Prints the page count, p50/p95 build time, the server's peak memory (VmHWM) before and after,
// and whether the goal of issue 23 is met: a 300-page bundle in < 3 s (the evidence pack's
// figure), the builds adding < 300 MB. `npm run bench` makes the same bundle in its large case
// (scripts/bench-large-case.js) with `uploadReports` and `addReportsToBundle`, and times it with
// `timeBundlePdf`.
//
//   node scripts/bench-bundle.js                          PGlite in a temporary data directory
//   DATABASE_URL=postgres://… node scripts/bench-bundle.js  a fresh database on that server
//   node scripts/bench-bundle.js --no-build               reuse the current build
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PDFDocument } from "pdf-lib";
import { buildUnlessAsked, makeReportPdf, percentile, readMemoryMb, uploadFiles } from "./bench-core.js";
import { cleanUpOnSignal, createScratchDatabase, findFirstCaseId, post, signIn, startServer } from "./durability-core.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BUILDS = 5;
export const REPORTS = 30;
export const PAGES_EACH = 10;
export const GOAL_MS = 3000;
const GOAL_MB = 300;
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** @param {string} baseUrl @param {string} pathname @param {string} cookie */
async function html(baseUrl, pathname, cookie) {
  const response = await fetch(`${baseUrl}${pathname}`, { headers: { Cookie: cookie } });
  if (response.status !== 200) throw new Error(`${pathname} answered ${response.status}`);
  return response.text();
}

/** @param {Response} response @param {string} what */
function expectRedirect(response, what) {
  if (response.status !== 302) throw new Error(`${what} answered ${response.status}`);
  return (response.headers.get("location") ?? "").split("?")[0] ?? "";
}

/**
 * Uploads 30 reports of 10 pages, each with its own date, to a case through the documents form.
 *
 * @param {{ baseUrl: string, cookie: string, caseId: string }} options
 */
export async function uploadReports({ baseUrl, cookie, caseId }) {
  const files = await Promise.all(
    Array.from({ length: REPORTS }, async (_, n) => ({
      name: `bundle-report-${n + 1}.pdf`,
      type: "application/pdf",
      bytes: await makeReportPdf(n + 1, PAGES_EACH, new Date(Date.UTC(2025, 0, 10 + n * 9, 10))),
    })),
  );
  console.log(`Uploading ${files.length} reports of ${PAGES_EACH} pages…`);
  for (let start = 0; start < files.length; start += 15) await uploadFiles(baseUrl, caseId, cookie, files.slice(start, start + 15));
}

/**
 * Puts every uploaded report in the appeal's bundle through the bundle page (each one's pages
 * counted in the worker, as for a person), and marks the bundle as sent. Returns the times each
 * addition took, sorted.
 *
 * @param {{ baseUrl: string, cookie: string, bundlePath: string }} options
 * @returns {Promise<number[]>}
 */
export async function addReportsToBundle({ baseUrl, cookie, bundlePath }) {
  const page = await html(baseUrl, bundlePath, cookie);
  const ids = [...page.matchAll(new RegExp(`<option value="(${UUID})">bundle report \\d+ \\(`, "g"))].map((match) => match[1]);
  if (ids.length !== REPORTS) throw new Error(`The bundle page offered ${ids.length} of the ${REPORTS} reports: ${[...page.matchAll(/<option[^>]*>[^<]*/g)].slice(0, 5).map((m) => m[0]).join(" | ")} | ${/no date[^<]*/.exec(page)?.[0] ?? ""}`);
  console.log(`Adding ${ids.length} reports to the bundle (each one's pages counted in the worker)…`);
  const addTimes = [];
  for (const documentId of ids) {
    const started = performance.now();
    expectRedirect(await post(baseUrl, bundlePath, { intent: "add", documentId, section: "reports", kind: "document" }, cookie), "Adding a report");
    addTimes.push(performance.now() - started);
  }
  expectRedirect(await post(baseUrl, bundlePath, { intent: "fix", confirm: "yes" }, cookie), "Marking the bundle as sent");
  return addTimes.sort((a, b) => a - b);
}

/**
 * Downloads an appeal's bundle PDF once to warm up, then `builds` times, and gives its page count
 * and the build times, sorted.
 *
 * @param {{ baseUrl: string, cookie: string, bundlePath: string, builds?: number }} options
 * @returns {Promise<{ pages: number, firstMs: number, times: number[] }>}
 */
export async function timeBundlePdf({ baseUrl, cookie, bundlePath, builds = BUILDS }) {
  const times = [];
  let pages = 0;
  let firstMs = Number.NaN;
  for (let n = 0; n <= builds; n += 1) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${bundlePath}.pdf`, { headers: { Cookie: cookie } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`The bundle answered ${response.status}`);
    pages = (await PDFDocument.load(bytes)).getPageCount();
    if (n > 0) times.push(ms);
    else firstMs = ms;
  }
  return { pages, firstMs, times: times.sort((a, b) => a - b) };
}

async function main() {
  buildUnlessAsked(root);
  cleanUpOnSignal();
  const scratch = await createScratchDatabase({ baseDatabaseUrl: process.env.DATABASE_URL || undefined, label: "bench-bundle" });
  let server;
  let isFailed = false;
  try {
    server = await startServer({ root, dataDir: scratch.dataDir, databaseUrl: scratch.databaseUrl });
    let cookie = await signIn(server.baseUrl);
    const caseId = await findFirstCaseId(server.baseUrl, cookie);
    await uploadReports({ baseUrl: server.baseUrl, cookie, caseId });
    expectRedirect(
      await post(server.baseUrl, `/cases/${caseId}/statutory`, { intent: "add", type: "ehcna_refused", "date.day": "3", "date.month": "3", "date.year": "2026" }, cookie),
      "Recording the refusal",
    );
    const appeals = await html(server.baseUrl, `/cases/${caseId}/appeals`, cookie);
    const start = new RegExp(`href="(/cases/${caseId}/appeals/new\\?decision=${UUID})"`).exec(appeals)?.[1];
    if (!start) throw new Error("The appeals page offered no decision to appeal");
    const startFields = { mediation: "certificate_after_advice", "mediationCertificateOn.day": "10", "mediationCertificateOn.month": "4", "mediationCertificateOn.year": "2026" };
    const appealPath = expectRedirect(await post(server.baseUrl, start.replace(/&amp;/g, "&"), startFields, cookie), "Starting the appeal");
    const addTimes = await addReportsToBundle({ baseUrl: server.baseUrl, cookie, bundlePath: `${appealPath}/bundle` });
    console.log(`adding a report (counting its pages): p50 ${percentile(addTimes, 0.5).toFixed(0)} ms, p95 ${percentile(addTimes, 0.95).toFixed(0)} ms`);
    console.log("Restarting the server…");

    await server.stop();
    server = await startServer({ root, dataDir: scratch.dataDir, databaseUrl: scratch.databaseUrl });
    cookie = await signIn(server.baseUrl);
    const afterStartMb = readMemoryMb(server.child.pid).peak;
    const { pages, firstMs, times } = await timeBundlePdf({ baseUrl: server.baseUrl, cookie, bundlePath: `${appealPath}/bundle` });
    console.log(`first build ${firstMs.toFixed(0)} ms (warm-up)`);
    const p95 = percentile(times, 0.95);
    const peakMb = readMemoryMb(server.child.pid).peak;
    const addedMb = peakMb - afterStartMb;
    console.log("");
    console.log(`bundle: ${pages} pages (${REPORTS * PAGES_EACH} numbered pages of ${REPORTS} reports, with the cover, index and a section page)`);
    console.log(`build p50 ${percentile(times, 0.5).toFixed(0)} ms   p95 ${p95.toFixed(0)} ms   (${BUILDS} builds)`);
    console.log(`server memory: ${afterStartMb.toFixed(0)} MB after start-up, peak ${peakMb.toFixed(0)} MB after the builds (the builds added ${addedMb.toFixed(0)} MB)`);
    console.log("");
    const met = pages >= REPORTS * PAGES_EACH && p95 < GOAL_MS && addedMb < GOAL_MB;
    console.log(`${`goal: 300-page bundle < ${GOAL_MS} ms, < ${GOAL_MB} MB added`.padEnd(48)}${met ? "met" : "NOT met"} (p95 ${p95.toFixed(0)} ms, ${addedMb.toFixed(0)} MB; whole server ${peakMb.toFixed(0)} MB)`);
  } catch (error) {
    isFailed = true;
    console.error(error);
  } finally {
    await server?.stop();
    await scratch.remove();
  }
  process.exit(isFailed ? 1 : 0);
}

// Run as a command; imported by the large case and `npm run bench`, it only lends its functions.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
