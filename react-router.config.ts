import path from "node:path";
import type { Config } from "@react-router/dev/config";
import { bundleWorker } from "./app/services/isolate/bundle-worker.server";

export default {
  ssr: true,
  // BUILD_DIR lets several builds live side by side (parallel test runs); server.js reads it too.
  buildDirectory: process.env.BUILD_DIR || "build",
  future: { v8_middleware: true },
  // The worker that reads untrusted files is bundled next to the server (see docs/decisions/014).
  async buildEnd({ reactRouterConfig }) {
    await bundleWorker(path.resolve(reactRouterConfig.buildDirectory, "server"));
  },
} satisfies Config;
