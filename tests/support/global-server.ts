// Vitest global setup for the server and e2e projects: production servers for the project, their
// addresses given to tests as inject("baseUrls") (read through tests/support/servers.ts). Each
// worker of the project gets its own server: the embedded database answers one query at a time,
// so two workers on one server would queue, and files running at once never share a server.
import type { TestProject } from "vitest/node";
import { startTestServer } from "./test-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrls: string[];
  }
}

export default async function setup(project: TestProject) {
  const workers = Number(project.config.maxWorkers) || 1;
  const started = await Promise.allSettled(Array.from({ length: workers }, () => startTestServer()));
  const servers = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failed = started.find((result) => result.status === "rejected");
  if (failed) {
    // One that failed must not leave the others running.
    await Promise.all(servers.map((server) => server.stop()));
    throw failed.reason;
  }
  project.provide(
    "baseUrls",
    servers.map((server) => server.baseUrl),
  );
  return () => Promise.all(servers.map((server) => server.stop())).then(() => undefined);
}
