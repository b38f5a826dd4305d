// The database connection: embedded PGlite on local disk by default, or PostgreSQL when
// DATABASE_URL is set. Both run the same Drizzle schema and the same migrations.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import { config } from "~/services/config.server";
import { describeError, log } from "~/services/log.server";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

type Connection = { db: Db; migrate: () => Promise<void>; close: () => Promise<void> };

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
    };
  }
  // "memory://" gives a throwaway database (tests); anything else is a folder on disk.
  const dataDir = config.DATA_DIR.startsWith("memory://")
    ? "memory://"
    : path.resolve(config.DATA_DIR, "pgdata");
  if (dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir, loadDataDir ? { loadDataDir } : {});
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
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
