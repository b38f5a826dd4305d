// Starts the production build on a free port with its own temporary data directory (or its own
// PostgreSQL database when DATABASE_URL is set), and stops it afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, dropDatabase, freshDatabaseUrl } from "./database";

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

export async function waitForHealthy(baseUrl: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The test server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("The test server did not become healthy in time");
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
  if (databaseUrl && ownsStore) await createDatabase(databaseUrl);
  const child = spawn(process.execPath, ["tests/support/serve-for-tests.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      // Loopback, the local demo set-up: the outbox exists and links use http://localhost:PORT.
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO: "on",
      LOG_LEVEL: "warn",
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: "" }),
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseUrl = `http://localhost:${port}`;
  await waitForHealthy(baseUrl, child);
  return {
    baseUrl,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      if (!ownsStore) return;
      rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl) await dropDatabase(databaseUrl);
    },
  };
}
