// The test servers of this project (tests/support/global-server.ts starts one per worker of the
// server and e2e projects): each test file talks to its own worker's server, so files that run at
// the same time never share one.
import { inject } from "vitest";

/** This worker's own test server (workers are numbered from 1 in VITEST_POOL_ID). */
export function workerBaseUrl(): string {
  const urls = inject("baseUrls");
  return urls[(Number(process.env.VITEST_POOL_ID ?? "1") - 1) % urls.length]!;
}
