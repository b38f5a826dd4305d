// Fresh databases for tests: an in-memory PGlite by default, or a new PostgreSQL database on the
// server at DATABASE_URL (one per test file or test server, dropped afterwards), each a copy of
// the run's template when there is one (tests/support/template.ts).
import pg from "pg";

export function isPostgres(): boolean {
  return Boolean(process.env.DATABASE_URL);
}

/** A database URL on the same server as `baseUrl`, with a new random database name. */
export function freshDatabaseUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/cp_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return url.toString();
}

function maintenanceUrl(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}

async function onMaintenance(url: string, statement: string) {
  const client = new pg.Client({ connectionString: maintenanceUrl(url) });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url`, as a copy of the database `template` if given. */
export async function createDatabase(url: string, template?: string) {
  const name = new URL(url).pathname.slice(1);
  await onMaintenance(url, template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
}

export async function dropDatabase(url: string) {
  await onMaintenance(url, `DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
}
