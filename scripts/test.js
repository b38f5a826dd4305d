// `npm test`: typecheck, lint and build side by side, then every test (pure, unit and
// integration, server, end-to-end) in one Vitest run. Prints the time of each phase, of each test
// project, and how many pages the accessibility test scanned with JavaScript and without.
// Installs nothing: if a prerequisite is missing it says exactly how to get it, and stops.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { CALM_TESTS } from "./calm-tests.js";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const RESULTS = "test-results";
const VITEST_JSON = path.join(RESULTS, "vitest.json");
/** Written by each part of the accessibility test (tests/support/accessibility.ts). */
const A11Y_PARTS = [1, 2].map((part) => path.join(RESULTS, `a11y-scans-${part}.json`));

if (!existsSync(CHROMIUM)) {
  console.error(
    [
      `The end-to-end tests need Chromium at ${CHROMIUM}, and it is not there.`,
      "Install it from Debian's packages:",
      "  sudo apt-get update && sudo apt-get install -y chromium",
      "or point CHROMIUM_PATH at an existing Chromium or Chrome.",
    ].join("\n"),
  );
  process.exit(1);
}

if (!existsSync("node_modules")) {
  console.error("Dependencies are not installed. Run `npm ci` first.");
  process.exit(1);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
/** @type {Array<[string, number]>} */
const times = [];

/**
 * Runs a command. With `quiet`, its output is kept and printed when it ends, so steps that run
 * side by side do not interleave.
 */
function run(name, command, args, { quiet = false } = {}) {
  const started = Date.now();
  if (!quiet) console.log(`\n▶ ${name}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", env: process.env });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      const ms = Date.now() - started;
      times.push([name, ms]);
      if (quiet) console.log(`\n▶ ${name}${output.trim() ? `\n${output.trimEnd()}` : ""}`);
      if (code === 0) console.log(`✓ ${name} (${seconds(ms)})`);
      else console.error(`✗ ${name} failed after ${seconds(ms)}`);
      resolve(code ?? 1);
    });
  });
}

function finish(code) {
  console.log("\nPhase times");
  for (const [name, ms] of times) console.log(`  ${name.padEnd(36)} ${seconds(ms).padStart(8)}`);
  printProjectTimes();
  printAccessibilityScans();
  process.exit(code);
}

/** Wall time of each Vitest project: from its first test file's start to its last one's end. */
function printProjectTimes() {
  if (!existsSync(VITEST_JSON)) return;
  const report = JSON.parse(readFileSync(VITEST_JSON, "utf8"));
  const spans = new Map();
  for (const file of report.testResults ?? []) {
    const relative = path.relative(process.cwd(), file.name);
    const project = relative.startsWith("tests/e2e/")
      ? "e2e"
      : CALM_TESTS.includes(relative)
        ? "calm"
        : relative.startsWith("tests/server/")
        ? "server"
        : /^(app\/domain|cli)\//.test(relative)
          ? "pure"
          : "unit";
    const span = spans.get(project) ?? { start: Infinity, end: 0, files: 0 };
    span.start = Math.min(span.start, file.startTime);
    span.end = Math.max(span.end, file.endTime);
    span.files += 1;
    spans.set(project, span);
  }
  if (spans.size === 0) return;
  console.log("Test projects (first file's start to last file's end; every project but calm side by side, then calm)");
  for (const name of ["pure", "unit", "server", "e2e", "calm"]) {
    const span = spans.get(name);
    if (span) console.log(`  ${name.padEnd(36)} ${seconds(span.end - span.start).padStart(8)}  (${span.files} files)`);
  }
}

/** The accessibility test's counts, summed over its parts. */
function printAccessibilityScans() {
  const parts = A11Y_PARTS.filter((file) => existsSync(file)).map((file) => JSON.parse(readFileSync(file, "utf8")));
  if (parts.length === 0) return;
  const sum = (key) => parts.reduce((total, part) => total + part[key], 0);
  console.log(
    `Accessibility scans: ${sum("js")} pages and states with JavaScript, ${sum("nojs")} without; ` +
      `${sum("sameMarkup")} pages had the same markup without JavaScript, so one scan covered both; ` +
      `${sum("patterns")} route patterns in ${parts.length} of ${A11Y_PARTS.length} parts`,
  );
}

mkdirSync(RESULTS, { recursive: true });
rmSync(VITEST_JSON, { force: true });
for (const file of A11Y_PARTS) rmSync(file, { force: true });

// Independent of each other: route type generation must precede tsc (npm run typecheck does
// both), and the build must finish before the server and e2e tests, which run on it.
const checks = await Promise.all([
  run("Typecheck", "npm", ["run", "--silent", "typecheck"], { quiet: true }),
  run("Lint", "npx", ["eslint", "."], { quiet: true }),
  // The build as `npm start` makes it, with the empty database a new store starts from: the
  // deployment tests start the server on new stores (decision 115).
  run("Build", "npm", ["run", "--silent", "build"], { quiet: true }),
]);
if (checks.some((code) => code !== 0)) finish(1);

const tests = await run("Tests", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${VITEST_JSON}`,
  ...process.argv.slice(2),
]);
finish(tests);
