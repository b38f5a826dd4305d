// Starts Clearpath (server/start.js): the production entry. It mounts nothing for tests.
import { startServer } from "./server/start.js";

await startServer();
