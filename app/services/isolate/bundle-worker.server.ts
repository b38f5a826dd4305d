// Bundles the worker (worker.server.ts and what it imports) into one plain ESM file, with npm
// packages left as imports. The production build does this once (react-router.config.ts); in
// development and tests it is done on first use. Never imported by the production server.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The worker's file name, next to the server bundle in production. */
export const WORKER_FILE_NAME = "isolate-worker.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");

async function bundle(): Promise<string> {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [path.join(here, "worker.server.ts")],
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    target: "node20",
    // npm packages are imported from node_modules at run time, as the server bundle does.
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

/** Writes the worker into `directory` (the build's server folder); returns its path. */
export async function bundleWorker(directory: string): Promise<string> {
  const file = path.join(directory, WORKER_FILE_NAME);
  mkdirSync(directory, { recursive: true });
  // Written whole then renamed, so test processes bundling at the same time never read half a file.
  const partial = `${file}.${process.pid}.${Date.now()}`;
  writeFileSync(partial, await bundle());
  renameSync(partial, file);
  return file;
}

/** In development and tests: the worker bundled from the current source, inside the project so its imports resolve. */
export function bundleWorkerForDevelopment(): Promise<string> {
  return bundleWorker(path.join(root, "node_modules", ".cache", "clearpath"));
}
