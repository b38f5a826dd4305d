// Runs before each test file. Points the app at a throwaway database (connected only if the file
// calls useTestDatabase), fails any test that logs an unexpected console error, and gives the
// clock back after a file that fixed it (files may share a worker: the pure project).
import { afterAll, afterEach, beforeEach, vi } from "vitest";
import { fixClockForTests } from "~/services/clock.server";
import { freshDatabaseUrl, isPostgres } from "./database";

process.env.LOG_LEVEL ??= "silent";
// Stored files live in memory too, whichever database the tests use.
process.env.DATA_DIR = "memory://";
// One database name per worker: files that share a worker's modules (the pure and unit projects)
// share the configuration read when it was first loaded. Each file creates the database from the
// template before its tests and drops it after (tests/support/db.ts).
if (isPostgres() && !process.env.TEST_BASE_DATABASE_URL) {
  process.env.TEST_BASE_DATABASE_URL = process.env.DATABASE_URL!;
  process.env.DATABASE_URL = freshDatabaseUrl(process.env.TEST_BASE_DATABASE_URL);
}

let errors: unknown[][] = [];
const original = console.error;

beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args);
    original(...args);
  };
});

afterEach(() => {
  const isSpied = vi.isMockFunction(console.error);
  console.error = original;
  if (!isSpied && errors.length > 0) {
    throw new Error(`Unexpected console.error: ${String(errors[0]?.[0])}`);
  }
});

afterAll(() => fixClockForTests(null));
