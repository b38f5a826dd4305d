// Starts the production build through the test entry (tests/support/serve-for-tests.js) on a free
// port with its own temporary data directory (or its own PostgreSQL database when DATABASE_URL
// is set), and stops it afterwards. No orphans: the stop is ready before the wait for health, a
// server that does not become healthy is stopped and its store removed, and a server whose test
// process dies stops itself (it watches its IPC channel to this process).
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, dropDatabase, freshDatabaseUrl } from "./database";

/** Generous enough for a two-core machine running two browsers and the unit tests beside it. */
export const STARTUP_LIMIT_MS = 180_000;
const EXIT_LIMIT_MS = 10_000;

export type TestServer = {
  baseUrl: string;
  /** The server process, e.g. to read its memory from /proc/<pid>/status. */
  pid: number;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until the server is ready for visitors: /readyz (the database answers, migrated), not only alive. */
export async function waitForHealthy(baseUrl: string, child: ChildProcess, timeoutMs = STARTUP_LIMIT_MS) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The test server exited with code ${child.exitCode ?? child.signalCode}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The test server did not become ready within ${timeoutMs / 1000} s`);
}

/** SIGTERM, then SIGKILL if it has not exited in time; resolves once it has exited. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), EXIT_LIMIT_MS);
  await exited;
  clearTimeout(timer);
}

type StartOptions = {
  env?: Record<string, string>;
  /** Use this existing store (already migrated and seeded) instead of a fresh one. */
  existing?: { dataDir: string } | { databaseUrl: string };
};

export async function startTestServer({ env = {}, existing }: StartOptions = {}): Promise<TestServer> {
  if (!existsSync(path.resolve(process.env.BUILD_DIR || "build", "server/index.js"))) {
    throw new Error("No production build: run `npm run build` first (npm test does this for you).");
  }
  const port = await freePort();
  const ownsStore = !existing;
  const dataDir = existing && "dataDir" in existing ? existing.dataDir : mkdtempSync(path.join(tmpdir(), "clearpath-test-"));
  const baseDatabaseUrl = process.env.TEST_BASE_DATABASE_URL ?? process.env.DATABASE_URL;
  const databaseUrl =
    existing && "databaseUrl" in existing ? existing.databaseUrl : baseDatabaseUrl ? freshDatabaseUrl(baseDatabaseUrl) : undefined;
  const removeStore = async () => {
    if (!ownsStore) return;
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropDatabase(databaseUrl);
  };
  let child: ChildProcess;
  try {
    if (ownsStore) {
      // A copy of the run's template (migrated, with the demo family) when there is one
      // (tests/support/template.ts); otherwise the server migrates and seeds the new store itself.
      const template = process.env.TEST_TEMPLATE_DATA_DIR;
      if (template && env.DEMO !== "off") cpSync(template, dataDir, { recursive: true });
      if (databaseUrl) await createDatabase(databaseUrl, template && env.DEMO !== "off" ? process.env.TEST_TEMPLATE_DEMO_DATABASE : process.env.TEST_TEMPLATE_DATABASE);
    }
    child = spawn(process.execPath, ["tests/support/serve-for-tests.js"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        // Loopback, the local demo set-up: the outbox exists and links use http://localhost:PORT.
        HOST: "127.0.0.1",
        PORT: String(port),
        DATA_DIR: dataDir,
        DEMO: "on",
        LOG_LEVEL: "warn",
        // A request may wait its turn longer than in production (5 s): three test files and two
        // browsers share two cores, and a test that got "busy" would fail for the machine's load.
        REQUEST_WAIT_SECONDS: "60",
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: "" }),
        // If this process dies without stopping the server, the server removes its own folder.
        ...(ownsStore ? { TEST_SERVER_OWNS_DATA_DIR: "1" } : {}),
        ...env,
      },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    // The IPC channel is only the server's lifeline to this process; it must not keep it alive.
    child.unref();
    child.channel?.unref();
  } catch (error) {
    await removeStore();
    throw error;
  }
  const stop = async () => {
    await stopProcess(child);
    await removeStore();
  };
  const baseUrl = `http://localhost:${port}`;
  try {
    await waitForHealthy(baseUrl, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid: child.pid!, stop };
}
