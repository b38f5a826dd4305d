// The template databases, made once per test run and copied for each test file and test server
// (docs/decisions/019-template-database.md): migrating a fresh database costs seconds, a copy
// about one. Made by the global setup (tests/support/global-template.ts); where none was made
// (a test run some other way), everything falls back to a fresh, migrated database.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { createDatabase, dropDatabase } from "./database";

const MIGRATIONS_FOLDER = path.resolve("app/data/migrations");

/**
 * Where the templates are, passed to the test workers and servers in the environment:
 * TEST_TEMPLATE_DUMP, an in-memory PGlite dump of an empty migrated database (unit tests);
 * TEST_TEMPLATE_DATA_DIR, a DATA_DIR with the demo family (test servers: its pgdata and stored
 * files); with PostgreSQL, TEST_TEMPLATE_DATABASE and TEST_TEMPLATE_DEMO_DATABASE, the names of
 * template databases on the same server.
 */
export const TEMPLATE_ENV = ["TEST_TEMPLATE_DUMP", "TEST_TEMPLATE_DATA_DIR", "TEST_TEMPLATE_DATABASE", "TEST_TEMPLATE_DEMO_DATABASE"] as const;

/** A database URL on the server of `url` with the database `name`. */
export function databaseUrlNamed(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Makes the empty migrated template: a PGlite dump file, or a PostgreSQL database. */
export async function makeEmptyTemplate(folder: string, baseDatabaseUrl: string | undefined): Promise<Record<string, string>> {
  if (baseDatabaseUrl) {
    const name = `cp_tmpl_${path.basename(folder).replace(/[^a-z0-9]/gi, "").toLowerCase()}`;
    const url = databaseUrlNamed(baseDatabaseUrl, name);
    await createDatabase(url);
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      await migratePg(drizzlePg(pool), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await pool.end();
    }
    return { TEST_TEMPLATE_DATABASE: name };
  }
  const client = new PGlite("memory://");
  try {
    await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
    const dump = await client.dumpDataDir("none");
    const file = path.join(folder, "empty.tar");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    return { TEST_TEMPLATE_DUMP: file };
  } finally {
    await client.close();
  }
}

/**
 * Makes the demo template by starting a test server once on a new store (it migrates and adds the
 * demo family, as every server start does) and stopping it: a DATA_DIR folder, and with
 * PostgreSQL a database copied from the empty template.
 */
export async function makeDemoTemplate(folder: string, baseDatabaseUrl: string | undefined, empty: Record<string, string>): Promise<Record<string, string>> {
  const { startTestServer } = await import("./test-server");
  const dataDir = path.join(folder, "demo");
  mkdirSync(dataDir, { recursive: true });
  let databaseUrl: string | undefined;
  let name: string | undefined;
  if (baseDatabaseUrl) {
    name = `${empty.TEST_TEMPLATE_DATABASE}_demo`;
    databaseUrl = databaseUrlNamed(baseDatabaseUrl, name);
    await createDatabase(databaseUrl, empty.TEST_TEMPLATE_DATABASE);
  }
  const server = await startTestServer({ existing: databaseUrl ? { databaseUrl } : { dataDir }, env: { DATA_DIR: dataDir } });
  await server.stop();
  return { TEST_TEMPLATE_DATA_DIR: dataDir, ...(name ? { TEST_TEMPLATE_DEMO_DATABASE: name } : {}) };
}

/** Removes the templates made under `folder` with `made`'s names. */
export async function removeTemplates(folder: string, baseDatabaseUrl: string | undefined, made: Record<string, string>) {
  if (baseDatabaseUrl) {
    for (const key of ["TEST_TEMPLATE_DEMO_DATABASE", "TEST_TEMPLATE_DATABASE"]) {
      if (made[key]) await dropDatabase(databaseUrlNamed(baseDatabaseUrl, made[key]));
    }
  }
  rmSync(folder, { recursive: true, force: true });
}

/** The empty template as a dump to open an in-memory database from, if one was made. */
export function readEmptyDump(): Blob | undefined {
  const file = process.env.TEST_TEMPLATE_DUMP;
  return file && existsSync(file) ? new Blob([readFileSync(file)]) : undefined;
}
