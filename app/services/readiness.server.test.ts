import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "~/data/db.server";
import { useTestDatabase } from "../../tests/support/db";
import { checkReadiness, markStopping } from "./readiness.server";

useTestDatabase();

describe("readiness", () => {
  it("is ready once the database answers with every migration applied", async () => {
    expect(await checkReadiness()).toEqual({ isReady: true });
  });

  it("is not ready while the newest migration is missing, and says so", async () => {
    const result = await db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations) returning hash, created_at`);
    const [newest] = (result as unknown as { rows: Array<{ hash: string; created_at: string }> }).rows;
    try {
      expect(await checkReadiness()).toEqual({ isReady: false, reason: "database migrations not applied" });
    } finally {
      await db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${newest!.hash}, ${newest!.created_at})`);
    }
    expect(await checkReadiness()).toEqual({ isReady: true });
  });

  it("is not ready once the process is stopping", async () => {
    markStopping();
    expect(await checkReadiness()).toEqual({ isReady: false, reason: "stopping" });
  });
});
