// kill -9 durability: a write the server acknowledged (answered with a redirect) must be there
// after the server is killed mid-stream and restarted. One short round of `npm run durability`
// (scripts/durability-core.js), which runs as many rounds as it is asked for; see
// docs/decisions/002-database-and-durability.md.
// It starts its own servers: the project's global server is not used.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findMissing, runDurabilityCheck } from "../../scripts/durability-core.js";

const root = path.resolve(import.meta.dirname, "../..");
// tests/support/setup-unit.ts keeps the base PostgreSQL URL here when DATABASE_URL is set.
const baseDatabaseUrl = process.env.TEST_BASE_DATABASE_URL || undefined;

describe("kill -9 durability", () => {
  it("counts an acknowledged write as lost when the page does not show it", () => {
    const html = '<h2 class="card__title"><a href="/cases/x">dur-a-1</a></h2><h2>dur-a-10</h2>';
    expect(findMissing(["dur-a-1", "dur-a-10", "dur-a-2"], html)).toEqual(["dur-a-2"]);
  });

  // Generous limits: each start-up may take up to three minutes on a loaded machine
  // (scripts/durability-core.js); these only stop a run that hangs.
  it("keeps every acknowledged write when the server is killed mid-stream", async () => {
    const results = await runDurabilityCheck({
      root,
      rounds: 1,
      minAcknowledged: 10,
      maxAcknowledged: 60,
      maxStreamMs: 8_000,
      baseDatabaseUrl,
    });
    expect(results).toHaveLength(1);
    for (const result of results) {
      expect(result.acknowledged, `round ${result.round} acknowledged nothing`).toBeGreaterThan(0);
      expect(result.missing, `round ${result.round} lost acknowledged writes`).toEqual([]);
      expect(result.found).toBe(result.acknowledged);
    }
  }, 600_000);

  // The check must be able to fail: a database that keeps nothing across a restart loses everything.
  it.skipIf(baseDatabaseUrl)(
    "reports the writes lost by a database that keeps nothing",
    async () => {
      const [result] = await runDurabilityCheck({
        root,
        rounds: 1,
        minAcknowledged: 5,
        maxAcknowledged: 10,
        maxStreamMs: 8_000,
        isFromTemplate: false,
        env: { DATA_DIR: "memory://" },
      });
      expect(result?.acknowledged).toBeGreaterThan(0);
      expect(result?.lost).toBe(result?.acknowledged);
    },
    300_000,
  );
});
