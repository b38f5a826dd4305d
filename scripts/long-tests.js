// The test files that take longest, longest first (seconds measured with `npm test` on this
// two-core machine, in test-results/vitest.json). Vitest starts them before every other file
// (tests/support/longest-first.ts), so the run does not end with one long file going on alone
// while the other workers stand idle. A file missing here only starts later; re-measure when the
// list's order no longer matches the times.
export const LONG_TESTS = [
  "tests/e2e/accessibility-1.test.ts",
  "tests/e2e/accessibility-2.test.ts",
  "tests/server/route-matrix.test.ts", // 106 s
  "tests/server/deployment.test.ts", // 70 s
  "tests/server/fuzz.test.ts", // 56 s
  "tests/e2e/working-together.test.ts", // 50 s
  "tests/server/durability.test.ts", // 44 s
  "tests/e2e/documents.test.ts", // 37 s
  "tests/e2e/support.test.ts", // 34 s
  "tests/server/backup.test.ts", // 34 s
  "tests/e2e/meetings.test.ts", // 33 s
  "tests/e2e/reports.test.ts", // 31 s
  "app/data/db.server.test.ts", // 23 s
  "tests/e2e/letters.test.ts", // 22 s
  "tests/server/read-only-links.test.ts", // 20 s
  "tests/e2e/account.test.ts", // 20 s
  "tests/e2e/progress.test.ts", // 19 s
  "cli/clearpath.test.ts", // 19 s
  "tests/e2e/audit.test.ts", // 18 s
  "tests/server/forms-without-javascript.test.ts", // 18 s
  "tests/e2e/search-and-timeline.test.ts", // 17 s
  "tests/e2e/case.test.ts", // 17 s
  "tests/e2e/no-javascript.test.ts", // 15 s
];
