// Vitest global setup for the server and e2e projects: one production server for the project,
// its address given to tests as inject("baseUrl").
import type { TestProject } from "vitest/node";
import { startTestServer } from "./test-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  project.provide("baseUrl", server.baseUrl);
  return () => server.stop();
}
