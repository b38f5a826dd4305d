// Server tests that time the server itself (it must answer its health check within two seconds
// while it reads a hostile file; an upload must finish before a kill a few hundred milliseconds
// in). Vitest's "calm" project runs them last and alone (vitest.config.ts), so the rest of the
// suite does not slow the server they time; scripts/test.js reports their time apart.
export const CALM_TESTS = ["tests/server/hostile-files.test.ts", "tests/server/documents.test.ts"];
