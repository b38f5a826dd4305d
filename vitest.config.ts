// Test projects: unit (pure code and data access on a fresh PGlite per file), server (HTTP
// against the production build) and e2e (a real browser against the production build).
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["app/**/*.test.{ts,tsx}", "cli/**/*.test.ts"],
          setupFiles: ["tests/support/setup-unit.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "server",
          include: ["tests/server/**/*.test.ts"],
          globalSetup: ["tests/support/global-server.ts"],
          setupFiles: ["tests/support/setup-unit.ts"],
          testTimeout: 60_000,
          // A test server may take up to three minutes to start on a loaded machine.
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/global-server.ts"],
          setupFiles: ["tests/support/setup-unit.ts"],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          // Two browsers at once, each with its own test server (tests/support/global-server.ts);
          // each journey signs up its own family. Journeys are long on a busy two-core machine.
          fileParallelism: true,
          maxWorkers: 2,
          // Runs after the unit and server tests, which share the machine's other workers.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
