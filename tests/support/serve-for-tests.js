// The test servers' entry: the same start-up as server.js (server/start.js, on the production
// build), plus the test-only hooks under /__test (server/test-hooks.server.ts). Only
// tests/support/test-server.ts starts it; nothing in production can reach it.
import { startServer } from "../../server/start.js";

await startServer({ extend: (server, app) => server.use("/__test", app.testHooks()) });
