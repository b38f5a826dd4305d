// Opening the database at start (issue 21): instances starting together on one PostgreSQL
// database, one process at a time on a PGlite folder, and a plain message when the database
// cannot be used (docs/decisions/112, 113 and 114). Processes are started for real where the
// behaviour is between processes (`npm run make-admin` opens the database as the server does).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, dropDatabase, freshDatabaseUrl } from "../../tests/support/database";
import { LOCK_FILE_NAME, lockDataFolder } from "./data-folder-lock.server";
import { DatabaseStartError, makePgliteTemplate, migratePostgres, pgliteTemplatePath, waitForPostgres } from "./db.server";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const scratch = mkdtempSync(path.join(tmpdir(), "clearpath-db-open-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The PostgreSQL server the tests may use, or undefined when none is up (those tests are skipped). */
async function findPostgres(): Promise<string | undefined> {
  const url = process.env.TEST_BASE_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    return url;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}
const postgresUrl = await findPostgres();

type Finished = { code: number | null; stdout: string; stderr: string };

/** Runs `npm run make-admin` (as tsx runs it) with `env`, to its end. */
function runMakeAdmin(env: Record<string, string>): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["scripts/make-admin.ts", "nobody@example.org"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "warn", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!postgresUrl)("migrating PostgreSQL", () => {
  it("lets three instances migrate one empty database at once", async () => {
    const url = freshDatabaseUrl(postgresUrl!);
    await createDatabase(url);
    const pools = [1, 2, 3].map(() => new pg.Pool({ connectionString: url, max: 2 }));
    // Dropping the database ends any connection still closing, as the app's own pool expects.
    for (const pool of pools) pool.on("error", () => {});
    try {
      const results = await Promise.allSettled(pools.map((pool) => migratePostgres(pool)));
      expect(results.map((result) => (result.status === "rejected" ? String(result.reason) : "done"))).toEqual(["done", "done", "done"]);
      const { rows } = await pools[0]!.query<{ n: string }>("select count(*) as n from drizzle.__drizzle_migrations");
      const journal = JSON.parse(readFileSync(path.join(root, "app/data/migrations/meta/_journal.json"), "utf8")) as { entries: unknown[] };
      expect(Number(rows[0]!.n)).toBe(journal.entries.length);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
      await dropDatabase(url);
    }
  }, 300_000);

  it("says at once that a database does not exist, without waiting", async () => {
    const url = freshDatabaseUrl(postgresUrl!);
    const failure = await waitForPostgres(url, 600).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseStartError);
    expect((failure as Error).message).toMatch(/^Clearpath cannot start: the PostgreSQL server at .+ has no such database \(3D000\)/);
  });
});

describe("a PostgreSQL server that is not up", () => {
  it("is tried again with a line logged each time, then a plain message and a failed exit", async () => {
    const finished = await runMakeAdmin({ DATABASE_URL: "postgres://postgres@127.0.0.1:9/clearpath", DATABASE_WAIT_SECONDS: "3" });
    expect(finished.code).toBe(1);
    const lines = finished.stderr.trim().split("\n");
    const tries = lines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as { msg: string; attempt: number; code: string });
    expect(tries.length).toBeGreaterThanOrEqual(1);
    expect(tries[0]).toMatchObject({ msg: "the database is not answering yet: trying again", attempt: 1, code: "ECONNREFUSED" });
    expect(lines.at(-1)).toBe(
      "npm run make-admin cannot run: the PostgreSQL server at 127.0.0.1:9/clearpath did not answer within 3 s (ECONNREFUSED). Check that it is running and that DATABASE_URL names it; DATABASE_WAIT_SECONDS sets how long to wait.",
    );
  }, 120_000);
});

describe("the lock on a PGlite data folder", () => {
  it("refuses a second process at once, naming the one that holds it, and is free again once that one is killed", async () => {
    const dataDir = path.join(scratch, "in-use");
    mkdirSync(dataDir);
    // Node itself, not the tsx command (which would run it as a child), so that its pid is the holder's.
    const holder = spawn(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", `import { lockDataFolder } from ${JSON.stringify(path.join(root, "app/data/data-folder-lock.server.ts"))}; lockDataFolder(${JSON.stringify(dataDir)}); console.log("locked"); setInterval(() => {}, 1000);`],
      { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
        holder.on("exit", () => reject(new Error("The process holding the lock stopped")));
      });
      const refused = await runMakeAdmin({ DATA_DIR: dataDir });
      const { startedAt } = JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE_NAME), "utf8")) as { startedAt: number };
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(
        `npm run make-admin cannot run: its data folder ${dataDir} is in use by another process (pid ${holder.pid}, started ${new Date(startedAt).toISOString()}). Stop that process first, or give this one a different DATA_DIR.\n`,
      );
      // Killed as a crash would: its lock file stays behind, but it holds nothing.
      const exited = new Promise((resolve) => holder.once("exit", resolve));
      holder.kill("SIGKILL");
      await exited;
      expect(existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(true);
      const release = lockDataFolder(dataDir);
      expect(JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE_NAME), "utf8"))).toMatchObject({ pid: process.pid });
      release();
      expect(existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
    } finally {
      holder.kill("SIGKILL");
    }
  }, 120_000);

  it("does not count a lock left by a process whose pid now belongs to another program", () => {
    const dataDir = path.join(scratch, "reused-pid");
    mkdirSync(dataDir);
    // Our parent runs, but did not start at the time written in this lock.
    writeFileSync(path.join(dataDir, LOCK_FILE_NAME), JSON.stringify({ pid: process.ppid, startedAt: Date.UTC(2020, 0, 1), host: hostname(), command: "the process node server.js" }));
    const release = lockDataFolder(dataDir);
    expect(JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE_NAME), "utf8"))).toMatchObject({ pid: process.pid });
    release();
  });
});

describe("a data folder that cannot be used", () => {
  it("is named in one plain line when it is not a folder", async () => {
    const notAFolder = path.join(scratch, "a-file");
    writeFileSync(notAFolder, "not a folder");
    const finished = await runMakeAdmin({ DATA_DIR: notAFolder });
    expect(finished.code).toBe(1);
    expect(finished.stderr).toMatch(new RegExp(`^npm run make-admin cannot run: it cannot write to its data folder ${notAFolder} \\(.*ENOTDIR.*\\)\\. Check that the folder exists, that this user may write to it, and that the disk is not read-only or full; or set DATA_DIR to another folder\\.\\n$`));
  }, 120_000);

  it("is named in one plain line when it holds something that is not a database", async () => {
    const dataDir = path.join(scratch, "not-a-database");
    const pgdata = path.join(dataDir, "pgdata");
    mkdirSync(pgdata, { recursive: true });
    writeFileSync(path.join(pgdata, "PG_VERSION"), "not a version\n");
    const finished = await runMakeAdmin({ DATA_DIR: dataDir });
    expect(finished.code).toBe(1);
    expect(finished.stderr.trim().split("\n").at(-1)).toMatch(new RegExp(`^npm run make-admin cannot run: the database in ${pgdata} cannot be opened \\(.+\\)\\. Check that this user may write to the folder and that the disk has space\\.`));
    expect(existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
  }, 120_000);
});

describe("a new PGlite database", () => {
  it("starts from the build's template, with every migration applied", async () => {
    // `npm run build` makes it; a test run builds with react-router alone, so it may be missing.
    if (!existsSync(pgliteTemplatePath())) await makePgliteTemplate();
    const dataDir = path.join(scratch, "from-template");
    const finished = await runMakeAdmin({ DATA_DIR: dataDir, LOG_LEVEL: "info" });
    expect(finished.stderr).toBe("No account with the email nobody@example.org. Sign up in the app first, then run this again.\n");
    expect(finished.stdout).toContain('"msg":"making the new database from the build\'s template"');
  }, 300_000);
});
