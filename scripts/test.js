// `npm test`: typecheck, lint, build, then every test (unit, integration, server, end-to-end).
// Installs nothing: if a prerequisite is missing it says exactly how to get it, and stops.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

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

const steps = [
  ["Typecheck", "npm", ["run", "--silent", "typecheck"]],
  ["Lint", "npx", ["eslint", "."]],
  ["Build", "npx", ["react-router", "build"]],
  ["Tests", "npx", ["vitest", "run", ...process.argv.slice(2)]],
];

for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
