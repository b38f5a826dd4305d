// The database connection: embedded PGlite on local disk by default, or PostgreSQL when
// DATABASE_URL is set. Both run the same Drizzle schema and the same migrations.
import { mkdirSync } from "node:fs";
import path from "node:path";
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
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

type Connection = {
  db: Db;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  /** Runs a statement by name, parsing and planning it only the first time on a connection. */
  runPrepared: (name: string, text: string, values: unknown[]) => Promise<Record<string, unknown>[]>;
};

// Migrations are read from the project folder: the server always runs from the project root.
const MIGRATIONS_FOLDER = path.resolve("app/data/migrations");

function connect(loadDataDir?: Blob): Connection {
  if (config.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 10 });
    // An idle connection the server closes (a restart, a dropped test database) must not take
    // the process down; the pool opens a new one when next needed.
    pool.on("error", (error) => log("warn", "database connection lost", { error: describeError(error) }));
    const db = drizzlePg(pool, { schema });
    return {
      db: db as unknown as Db,
      migrate: () => migratePg(db, { migrationsFolder: MIGRATIONS_FOLDER }),
      close: () => pool.end(),
      // node-postgres parses a named statement once on each pooled connection.
      runPrepared: async (name, text, values) => (await pool.query({ name, text, values })).rows,
    };
  }
  // "memory://" gives a throwaway database (tests); anything else is a folder on disk.
  const dataDir = config.DATA_DIR.startsWith("memory://")
    ? "memory://"
    : path.resolve(config.DATA_DIR, "pgdata");
  if (dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir, loadDataDir ? { loadDataDir } : {});
  const db = drizzlePglite(client, { schema });
  const prepared = new Map<string, Promise<unknown>>();
  return {
    db: db as unknown as Db,
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

/** The app's database. Connects on first use. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = getConnection().db as unknown as Record<PropertyKey, unknown>;
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
 * Opens the in-memory database (DATA_DIR "memory://") as a copy of a dumped one, instead of an
 * empty one: the tests' template, migrated once per run (docs/decisions/019-template-database.md).
 */
export function connectFromDump(dump: Blob): void {
  if (connection) throw new Error("The database is already open");
  if (config.DATABASE_URL || !config.DATA_DIR.startsWith("memory://")) throw new Error("Only an in-memory database is opened from a dump");
  connection = connect(dump);
}

/** Applies any migrations not yet applied. Run at start, before the server listens. */
export async function migrateDatabase(): Promise<void> {
  await getConnection().migrate();
}

export async function closeDatabase(): Promise<void> {
  if (connection) {
    const current = connection;
    connection = undefined;
    await current.close();
  }
}
