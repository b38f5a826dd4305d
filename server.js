// Starts Clearpath: applies migrations, creates the demo family when asked, then serves.
// Development (NODE_ENV unset) runs through Vite; otherwise it serves the production build.
import express from "express";

const isDevelopment = !process.env.NODE_ENV || process.env.NODE_ENV === "development";
const port = Number.parseInt(process.env.PORT || "3000", 10);
const startedAt = performance.now();
const buildDirectory = process.env.BUILD_DIR || "build";

const server = express();
server.disable("x-powered-by");

let app;
if (isDevelopment) {
  const vite = await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));
  server.use(vite.middlewares);
  app = await vite.ssrLoadModule("./server/app.ts");
  server.use((req, res, next) => vite.ssrLoadModule("./server/app.ts").then((m) => m.app(req, res, next)).catch(next));
} else {
  app = await import(new URL(`./${buildDirectory}/server/index.js`, import.meta.url).href);
  server.use("/assets", express.static(`${buildDirectory}/client/assets`, { immutable: true, maxAge: "1y", index: false }));
  server.use(express.static(`${buildDirectory}/client`, { maxAge: "1h", index: false }));
  server.use(app.app);
}

await app.startup();

const listener = server.listen(port, "0.0.0.0", () => {
  const address = listener.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  app.log("info", "listening", { port: actualPort, startupMs: Math.round(performance.now() - startedAt) });
});

function shutdown() {
  listener.close(() => app.shutdown().finally(() => process.exit(0)));
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
