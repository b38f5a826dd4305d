// The test files that take longest, longest first (seconds measured with `npm test` on this
// two-core machine, in test-results/vitest.json). Vitest starts them before every other file
// (tests/support/longest-first.ts), so the run does not end with one long file going on alone
// while the other workers stand idle. A file missing here only starts later; re-measure when the
// list's order no longer matches the times.
export const LONG_TESTS = [
  "tests/e2e/accessibility-2.test.ts", // 189 s
  "tests/e2e/accessibility-1.test.ts", // 174 s
  // The fuzz test's posts each have a time limit: it does not start beside both browser files.
  "tests/server/route-matrix.test.ts", // 106 s
  "tests/server/deployment.test.ts", // 141 s
  "tests/server/fuzz.test.ts", // 148 s
  "tests/server/durability.test.ts", // 104 s
  "tests/server/backup.test.ts", // 85 s
  "tests/e2e/working-together.test.ts", // 64 s
  "tests/e2e/documents.test.ts", // 51 s
  "tests/e2e/meetings.test.ts", // 46 s
  "app/data/db.server.test.ts", // 45 s
  "tests/server/read-only-links.test.ts", // 43 s
  "tests/e2e/reports.test.ts", // 42 s
  "tests/e2e/support.test.ts", // 42 s
  "tests/e2e/appeal-writing.test.ts", // 40 s
  "tests/e2e/account.test.ts", // 36 s
  "tests/e2e/progress.test.ts", // 34 s
  "tests/e2e/appeal-bundle.test.ts", // 33 s
  "tests/e2e/search-and-timeline.test.ts", // 32 s
  "tests/e2e/school-day.test.ts", // 30 s
  "tests/e2e/appeal.test.ts", // 30 s
  "tests/e2e/no-javascript.test.ts", // 30 s
  "tests/e2e/letters.test.ts", // 28 s
  "tests/server/forms-without-javascript.test.ts", // 27 s
  "cli/clearpath.test.ts", // 26 s
  "tests/e2e/evidence-pack.test.ts", // 25 s
  "tests/e2e/statutory.test.ts", // 24 s
];
