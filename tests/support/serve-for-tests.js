// The test servers' entry: the same start-up as server.js (server/start.js, on the production
// build), plus the test-only hooks under /__test (server/test-hooks.server.ts). Only
// tests/support/test-server.ts starts it; nothing in production can reach it.
import { rmSync } from "node:fs";
import { startServer } from "../../server/start.js";

// No orphans: when the test process that started this server goes away, even by SIGKILL, the IPC
// channel closes and the server stops as on SIGTERM (and removes its folder if it owns it).
// Before it is listening there is nothing to close in order, so it just exits.
let isListening = false;
process.on("disconnect", () => (isListening ? process.kill(process.pid, "SIGTERM") : process.exit(1)));
if (process.env.TEST_SERVER_OWNS_DATA_DIR === "1") {
  process.on("exit", () => rmSync(process.env.DATA_DIR, { recursive: true, force: true }));
}

await startServer({ extend: (server, app) => server.use("/__test", app.testHooks()) });
isListening = true;
