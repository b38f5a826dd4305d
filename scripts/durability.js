// `npm run durability`: kills the production server with SIGKILL in the middle of a stream of
// acknowledged writes, restarts it on the same data, and checks every acknowledged write is
// there. Runs on PGlite, or on PostgreSQL when DATABASE_URL is set (a fresh database per round).
//
//   npm run durability                      5 rounds
//   ROUNDS=20 npm run durability            more rounds
//   npm run durability -- --rounds 20 --concurrency 16 --no-build
//
// Exits 1 if any acknowledged write is missing. See docs/decisions/002-database-and-durability.md.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cleanUpOnSignal, runDurabilityCheck } from "./durability-core.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** @param {string} name */
function option(name) {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** @param {string | undefined} text @param {number} fallback */
function positiveInteger(text, fallback) {
  if (text === undefined || text === "") return fallback;
  const value = Number.parseInt(text, 10);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`Expected a positive whole number, got "${text}"`);
  return value;
}

const rounds = positiveInteger(option("rounds") ?? process.env.ROUNDS, 5);
const concurrency = positiveInteger(option("concurrency") ?? process.env.CONCURRENCY, 8);
const baseDatabaseUrl = process.env.DATABASE_URL || undefined;

if (!process.argv.includes("--no-build")) {
  console.log("Building…");
  try {
    execFileSync("npm", ["run", "build"], { cwd: root, stdio: "pipe" });
  } catch (error) {
    // The build's own output only when it fails: its warnings would bury the results.
    const failed = /** @type {{ stdout?: Buffer, stderr?: Buffer }} */ (error);
    console.error(`${failed.stdout ?? ""}${failed.stderr ?? ""}\nThe build failed.`);
    process.exit(1);
  }
}

cleanUpOnSignal();
console.log(
  `kill -9 durability on ${baseDatabaseUrl ? "PostgreSQL (DATABASE_URL)" : "PGlite"}: ${rounds} rounds, ${concurrency} writes in flight`,
);
const results = await runDurabilityCheck({
  root,
  rounds,
  concurrency,
  baseDatabaseUrl,
  log: (line) => console.log(line),
});

const acknowledged = results.reduce((sum, r) => sum + r.acknowledged, 0);
const lost = results.reduce((sum, r) => sum + r.lost, 0);
console.log(
  `total: ${results.length} rounds, ${acknowledged} writes acknowledged, ${acknowledged - lost} found, ${lost} lost`,
);
if (lost > 0 || acknowledged === 0) {
  console.error(
    lost > 0
      ? "FAIL: acknowledged writes were lost"
      : "FAIL: no write was acknowledged, so nothing was tested",
  );
  process.exit(1);
}
console.log("OK: every acknowledged write survived kill -9");
