// Call useTestDatabase() at the top of a test file that needs the database: it creates and
// migrates a fresh one before the file's tests and removes it after.
import { afterAll, beforeAll } from "vitest";
import { createDatabase, dropDatabase, isPostgres } from "./database";

export function useTestDatabase() {
  beforeAll(async () => {
    if (isPostgres()) await createDatabase(process.env.DATABASE_URL!);
    const { migrateDatabase } = await import("~/data/db.server");
    await migrateDatabase();
  });
  afterAll(async () => {
    const { closeDatabase } = await import("~/data/db.server");
    await closeDatabase();
    if (isPostgres()) await dropDatabase(process.env.DATABASE_URL!);
  });
}
