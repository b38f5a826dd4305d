// Call useTestDatabase() at the top of a test file that needs the database: before the file's
// tests it opens a copy of the run's migrated template (tests/support/template.ts), or creates and
// migrates a fresh database if there is none; it removes it after.
import { afterAll, beforeAll } from "vitest";
import { createDatabase, dropDatabase, isPostgres } from "./database";
import { readEmptyDump } from "./template";

export function useTestDatabase() {
  beforeAll(async () => {
    const { connectFromDump, migrateDatabase } = await import("~/data/db.server");
    if (isPostgres()) await createDatabase(process.env.DATABASE_URL!, process.env.TEST_TEMPLATE_DATABASE);
    else {
      const dump = readEmptyDump();
      if (dump) connectFromDump(dump);
    }
    // A copy of the template is already migrated; this then only checks it.
    await migrateDatabase();
  });
  afterAll(async () => {
    const { closeDatabase } = await import("~/data/db.server");
    await closeDatabase();
    if (isPostgres()) await dropDatabase(process.env.DATABASE_URL!);
  });
}
