// The database connection: embedded PGlite on local disk by default, or PostgreSQL when
// DATABASE_URL is set. Both run the same Drizzle schema and the same migrations.
// Opening it is where start-up fails most often, so each failure becomes one plain sentence
// (DatabaseStartError) naming the folder or the server (docs/decisions/114-start-up.md).
import { AsyncLocalStorage } from "node:async_hooks";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { fillPlaceholders, type SQL } from "drizzle-orm";
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import { config } from "~/services/config.server";
import { describeError, log } from "~/services/log.server";
import { DataFolderInUseError, lockDataFolder } from "./data-folder-lock.server";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

type Connection = {
  db: Db;
  open: () => Promise<void>;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  /** Runs a statement by name, parsing and planning it only the first time on a connection. */
  runPrepared: (name: string, text: string, values: unknown[]) => Promise<Record<string, unknown>[]>;
};

/** The database cannot be opened; the message is one plain line saying what to do. */
export class DatabaseStartError extends Error {
  override name = "DatabaseStartError";
}

// Migrations are read from the project folder: the server always runs from the project root.
const MIGRATIONS_FOLDER = path.resolve("app/data/migrations");

/**
 * The PostgreSQL advisory lock held while migrating, so instances starting together on one
 * database migrate one after another (docs/decisions/112-migration-lock.md). Any fixed number
 * does; this one is "clearpath" read as a base-36 number.
 */
export const MIGRATION_LOCK_KEY = 35_530_092_480_005;

function connect(loadDataDir?: Blob): Connection {
  if (config.DATABASE_URL) {
    const url = config.DATABASE_URL;
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection the server closes (a restart, a dropped test database) must not take
    // the process down; the pool opens a new one when next needed.
    pool.on("error", (error) => log("warn", "database connection lost", { error: describeError(error) }));
    const db = drizzlePg(pool, { schema });
    return {
      db: db as unknown as Db,
      open: () => waitForPostgres(url, config.DATABASE_WAIT_SECONDS),
      migrate: () => migratePostgres(pool),
      close: () => pool.end(),
      // node-postgres parses a named statement once on each pooled connection.
      runPrepared: async (name, text, values) => (await pool.query({ name, text, values })).rows,
    };
  }
  // "memory://" gives a throwaway database (tests); anything else is a folder on disk.
  if (config.DATA_DIR.startsWith("memory://")) return connectPglite("memory://", loadDataDir);
  const dataDir = path.resolve(config.DATA_DIR);
  const pgdata = path.join(dataDir, "pgdata");
  try {
    mkdirSync(pgdata, { recursive: true });
    accessSync(pgdata, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw new DatabaseStartError(`Clearpath cannot start: it cannot write to its data folder ${dataDir} (${describeError(error)}). Check that the folder exists, that this user may write to it, and that the disk is not read-only or full; or set DATA_DIR to another folder.`);
  }
  let release: () => void;
  try {
    release = lockDataFolder(dataDir);
  } catch (error) {
    if (error instanceof DataFolderInUseError) throw new DatabaseStartError(error.message);
    throw new DatabaseStartError(`Clearpath cannot start: it cannot lock its data folder ${dataDir} (${describeError(error)}). Check that this user may write to it and that the disk is not read-only or full.`);
  }
  const connection = connectPglite(pgdata, readTemplateFor(pgdata));
  return {
    ...connection,
    open: () =>
      connection.open().catch((error: unknown) => {
        release();
        throw new DatabaseStartError(
          `Clearpath cannot start: the database in ${pgdata} cannot be opened (${describeError(error)}). Check that this user may write to the folder and that the disk has space. If the folder holds something other than a Clearpath database, set DATA_DIR to a new, empty folder.`,
        );
      }),
    close: () => connection.close().finally(release),
  };
}

/**
 * Where `npm run build` keeps an empty database with every migration applied, for this version of
 * PGlite and this list of migrations: a new database starts as a copy of it rather than running
 * PostgreSQL's initdb, which takes seconds and hundreds of MB (docs/decisions/115-start-up-speed.md).
 */
export function pgliteTemplatePath(): string {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8")) as { version: string };
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: Array<{ tag: string }> };
  return path.resolve("build", `pglite-template-${version}-${journal.entries.at(-1)?.tag ?? "none"}.tar.gz`);
}

/** The template for a folder with no database yet, if the build made one. */
function readTemplateFor(pgdata: string): Blob | undefined {
  if (existsSync(path.join(pgdata, "PG_VERSION"))) return undefined;
  const file = pgliteTemplatePath();
  if (!existsSync(file)) return undefined;
  log("info", "making the new database from the build's template", { template: path.basename(file) });
  return new Blob([readFileSync(file)]);
}

/** Makes the template a new database starts from (run by `npm run build`); returns its path. */
export async function makePgliteTemplate(): Promise<string> {
  const client = new PGlite("memory://");
  try {
    await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
    const dump = await client.dumpDataDir("gzip");
    const file = pgliteTemplatePath();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.part`, Buffer.from(await dump.arrayBuffer()));
    renameSync(`${file}.part`, file);
    return file;
  } finally {
    await client.close();
  }
}

/**
 * PGlite runs each statement on this thread, and one waiting statement starts the moment the one
 * before it ends, inside the same run of promise callbacks: while several requests wait for the
 * database, the event loop never gets a turn, so nothing else (not even /healthz, nor a new
 * connection) is answered until they are all done. Each statement first lets the event loop take
 * one turn (decision 128).
 */
function takingTurns(client: PGlite): void {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  for (const name of ["query", "exec", "transaction"] as const) {
    const run = (client[name] as (...args: unknown[]) => Promise<unknown>).bind(client);
    (client as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      await turn();
      return run(...args);
    };
  }
}

function connectPglite(dataDir: string, loadDataDir?: Blob): Connection {
  const client = new PGlite(dataDir, loadDataDir ? { loadDataDir } : {});
  takingTurns(client);
  // Caught here, read by open(): a folder PGlite cannot use must not end the process unhandled.
  const opened = client.waitReady.then(
    () => null,
    (error: unknown) => error,
  );
  const db = drizzlePglite(client, { schema });
  const prepared = new Map<string, Promise<unknown>>();
  return {
    db: db as unknown as Db,
    open: async () => {
      const error = await opened;
      if (error) throw error;
    },
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
    // PGlite's query() parses and plans every statement afresh and has no named statements, so
    // the statement is PREPAREd once (in SQL) and then EXECUTEd with its values written as
    // literals by pg's escapeLiteral.
    runPrepared: async (name, text, values) => {
      let ready = prepared.get(name);
      if (!ready) {
        ready = client.exec(`PREPARE ${name} AS ${text}`);
        prepared.set(name, ready);
        ready.catch(() => prepared.delete(name));
      }
      await ready;
      const [result] = await client.exec(`EXECUTE ${name}(${values.map(literal).join(", ")})`);
      return (result?.rows ?? []) as Record<string, unknown>[];
    },
  };
}

// Connection failures that mean "not up yet" (a server still starting, a container not yet
// resolvable), worth trying again; anything else (a wrong password, no such database) is not.
const NOT_UP_YET = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ENOTFOUND", "57P03", "53300", "TIMEOUT"]);
const RETRY_EVERY_MS = 2_000;

/**
 * Waits until the PostgreSQL server at `url` answers, trying every two seconds for `seconds`, with
 * a log line per try; then fails with a plain message. Exported for its tests.
 */
export async function waitForPostgres(url: string, seconds: number): Promise<void> {
  const where = describeServer(url);
  const deadline = Date.now() + seconds * 1000;
  for (let attempt = 1; ; attempt++) {
    const code = await tryPostgres(url);
    if (code === null) return;
    if (!NOT_UP_YET.has(code)) throw new DatabaseStartError(explainRefusal(code, where));
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      throw new DatabaseStartError(
        `Clearpath cannot start: the PostgreSQL server at ${where} did not answer within ${seconds} s (${code}). Check that it is running and that DATABASE_URL names it; DATABASE_WAIT_SECONDS sets how long to wait.`,
      );
    }
    log("warn", "the database is not answering yet: trying again", { attempt, code, server: where, waitMs: Math.min(RETRY_EVERY_MS, remaining) });
    await sleep(Math.min(RETRY_EVERY_MS, remaining));
  }
}

/** Null when the server answers, else the failure's code. */
async function tryPostgres(url: string): Promise<string | null> {
  // A client of its own, with a time limit: the pool waits for ever on a host that drops packets.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
    return /timeout/i.test(String((error as Error).message)) ? "TIMEOUT" : describeError(error);
  } finally {
    await client.end().catch(() => {});
  }
}

function explainRefusal(code: string, where: string): string {
  if (code === "28P01" || code === "28000") return `Clearpath cannot start: the PostgreSQL server at ${where} refused the user or password in DATABASE_URL (${code}). Check them.`;
  if (code === "3D000") return `Clearpath cannot start: the PostgreSQL server at ${where} has no such database (${code}). Create it first (createdb), or correct DATABASE_URL.`;
  return `Clearpath cannot start: the PostgreSQL server at ${where} refused the connection (${code}). Check DATABASE_URL.`;
}

/** host:port/database, without the user or password. */
function describeServer(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}

/**
 * Applies the migrations on PostgreSQL while holding the migration lock on a connection of its
 * own, so a second instance waits for the first to finish and then finds nothing to do. Exported
 * for its tests.
 */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  let isBroken = false;
  try {
    const [row] = (await client.query<{ locked: boolean }>("select pg_try_advisory_lock($1) as locked", [MIGRATION_LOCK_KEY])).rows;
    if (!row?.locked) {
      log("info", "another instance is migrating the database: waiting for it");
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    }
    try {
      await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {
        isBroken = true; // closing the connection gives the lock back
      });
    }
  } catch (error) {
    isBroken = true;
    throw error;
  } finally {
    client.release(isBroken);
  }
}

/** A value written into SQL as a constant: only the kinds a prepared statement is given. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "string") return pg.escapeLiteral(value);
  if (typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) return `'${String(value)}'`;
  throw new TypeError("A prepared statement takes strings, numbers, booleans or null");
}

let connection: Connection | undefined;

function getConnection(): Connection {
  connection ??= connect();
  return connection;
}

/**
 * Work run by `inOneTransaction`: while any runs, `db` looks here first, so only then does a use
 * of `db` pay for the look-up.
 */
const transactionScope = new AsyncLocalStorage<Db>();
let scopedTransactions = 0;

/** The app's database. Connects on first use. Inside `inOneTransaction`, that transaction. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const scoped = scopedTransactions > 0 ? transactionScope.getStore() : undefined;
    const target = (scoped ?? getConnection().db) as unknown as Record<PropertyKey, unknown>;
    const value = target[property];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  },
});

const dialect = new PgDialect();

/**
 * A statement the server runs on nearly every request, parsed and planned once per connection
 * rather than on every run (for a query with a few joins, planning costs more than running it).
 * `query` names its inputs with `sql.placeholder("…")`; each run gives their values, as strings.
 * The rows come back as the database sends them, keyed by the names the query gives its columns.
 * Names are SQL identifiers: lower case letters and underscores.
 *
 * @example const findGate = preparedStatement("kept_page_gate", sql`select … where ${sessions.id} = ${sql.placeholder("sessionId")}`);
 */
export function preparedStatement(name: string, query: SQL): (values: Record<string, string>) => Promise<Record<string, unknown>[]> {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`Not a statement name: ${name}`);
  let compiled: { sql: string; params: unknown[] } | undefined;
  return (values) => {
    compiled ??= dialect.sqlToQuery(query);
    return getConnection().runPrepared(name, compiled.sql, fillPlaceholders(compiled.params, values));
  };
}

/**
 * Runs `work` in one transaction, including every data function it calls that uses `db`: all of
 * it is kept, or none of it. For work made of many data functions (the demo family); a single
 * function uses `db.transaction` as usual. Files written meanwhile are not rolled back; the sweep
 * at the next start removes those left without a row.
 */
export async function inOneTransaction<T>(work: () => Promise<T>): Promise<T> {
  const outer = transactionScope.getStore();
  if (outer) return work();
  return getConnection().db.transaction(async (tx) => {
    scopedTransactions++;
    try {
      return await transactionScope.run(tx as unknown as Db, work);
    } finally {
      scopedTransactions--;
    }
  });
}

/**
 * Opens the in-memory database (DATA_DIR "memory://") as a copy of a dumped one, instead of an
 * empty one: the tests' template, migrated once per run (docs/decisions/019-template-database.md).
 */
export function connectFromDump(dump: Blob): void {
  if (connection) throw new Error("The database is already open");
  if (config.DATABASE_URL || !config.DATA_DIR.startsWith("memory://")) throw new Error("Only an in-memory database is opened from a dump");
  connection = connect(dump);
}

/**
 * Opens the database and applies any migrations not yet applied. Run at start, before the server
 * listens. Throws DatabaseStartError with a plain message when the database cannot be used.
 */
export async function migrateDatabase(): Promise<void> {
  const current = getConnection();
  try {
    await current.open();
  } catch (error) {
    // Not kept: the next try opens (and locks) afresh.
    if (connection === current) connection = undefined;
    throw error;
  }
  await current.migrate();
}

export async function closeDatabase(): Promise<void> {
  if (connection) {
    const current = connection;
    connection = undefined;
    await current.close();
  }
}

/** The rows of `db.execute(…)`: node-postgres and PGlite both give `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows?: T[] }).rows ?? (result as T[]);
}
