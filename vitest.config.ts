// Test projects: pure (the domain and the command line: no database, no isolation needed), unit
// (data access and services on a copy of the run's template database per file, sharing a worker's
// modules), mocking (the unit files that replace a module, each with modules of its own), server (HTTP
// against the production build, two files at once, each on its own worker's server), e2e (a real
// browser against the production build) and calm (the server tests that time the server, alone
// at the end).
import { readdirSync, readFileSync } from "node:fs";
import { configDefaults, defineConfig } from "vitest/config";
import { CALM_TESTS } from "./scripts/calm-tests.js";
import { LongestFirst } from "./tests/support/longest-first";

const PURE = ["app/domain/**/*.test.{ts,tsx}", "cli/**/*.test.ts"];
/** Unit files that replace a module (vi.mock): a replaced module must not reach another file's tests. */
const APP = new URL("./app/", import.meta.url);
const MOCKING = readdirSync(APP, { recursive: true, encoding: "utf8" })
  .filter((file) => /\.test\.tsx?$/.test(file) && /\bvi\.(mock|doMock)\(/.test(readFileSync(new URL(file, APP), "utf8")))
  .map((file) => `app/${file}`);

export default defineConfig({
  resolve: { alias: { "~": APP.pathname.replace(/\/$/, "") } },
  test: {
    // Three files at once on this two-core machine, from every project but calm: server and
    // browser tests spend much of their time waiting for their test server, and a unit or pure
    // file fills that time. (Vitest's default is one fewer than the cores.)
    maxWorkers: 3,
    // The longest files first, so the run does not end on one of them alone (decision 129).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: "pure",
          include: PURE,
          setupFiles: ["tests/support/setup-unit.ts"],
          // Pure functions of their arguments (lint keeps app/domain so): files can share a
          // worker's modules instead of loading them again for each file.
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "unit",
          include: ["app/**/*.test.{ts,tsx}"],
          exclude: [...configDefaults.exclude, ...PURE, ...MOCKING],
          globalSetup: ["tests/support/global-template.ts"],
          setupFiles: ["tests/support/setup-unit.ts"],
          // Each file opens its own database (tests/support/db.ts) but shares the worker's
          // modules: loading them again for every file was half the project's CPU (decision 129).
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "mocking",
          include: MOCKING,
          globalSetup: ["tests/support/global-template.ts"],
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
          exclude: [...configDefaults.exclude, ...CALM_TESTS],
          globalSetup: ["tests/support/global-template.ts", "tests/support/global-server.ts"],
          setupFiles: ["tests/support/setup-unit.ts"],
          testTimeout: 60_000,
          // A test server may take up to three minutes to start on a loaded machine.
          hookTimeout: 240_000,
          // Files side by side, each on its own worker's test server (tests/support/servers.ts).
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/global-template.ts", "tests/support/global-server.ts"],
          setupFiles: ["tests/support/setup-unit.ts"],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          // Browsers side by side with the other projects' files, each with its own worker's test
          // server (tests/support/global-server.ts); each journey signs up its own family.
          // Journeys are long on a busy two-core machine.
        },
      },
      {
        extends: true,
        test: {
          name: "calm",
          include: CALM_TESTS,
          globalSetup: ["tests/support/global-template.ts"],
          setupFiles: ["tests/support/setup-unit.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          // After every other file: alone.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
