// The one way Clearpath starts: applies migrations, creates the demo family when asked, then
// serves. Development (NODE_ENV unset) runs through Vite; otherwise it serves the production build.
// It listens where the configuration says (HOST, PORT; loopback unless set), and refuses to start,
// in one line, when the configuration is not safe (app/services/config.server.ts).
// server.js calls it as it is; the test entry (tests/support/serve-for-tests.js) passes `extend`
// to mount the test-only hooks, so tests run exactly this start-up and nothing else differs.
import express from "express";

/**
 * Starts the server. `extend(server, app)` runs after the static files and before the app, so
 * whatever it mounts answers only its own paths (docs/decisions/018-test-only-server-hooks.md).
 */
export async function startServer({ extend } = {}) {
  const isDevelopment = !process.env.NODE_ENV || process.env.NODE_ENV === "development";
  const startedAt = performance.now();
  const buildDirectory = process.env.BUILD_DIR || "build";

  const server = express();
  server.disable("x-powered-by");

  let app;
  try {
    app = await loadApp();
  } catch (error) {
    if (error instanceof Error && error.name === "ConfigError") {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  async function loadApp() {
    if (isDevelopment) {
      const vite = await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));
      server.use(vite.middlewares);
      const loaded = await vite.ssrLoadModule("./server/app.ts");
      extend?.(server, loaded);
      server.use((req, res, next) => vite.ssrLoadModule("./server/app.ts").then((m) => m.app(req, res, next)).catch(next));
      server.use(loaded.answerUnexpectedError);
      return loaded;
    }
    const loaded = await import(new URL(`../${buildDirectory}/server/index.js`, import.meta.url).href);
    // Before the static files, so the JavaScript and CSS go compressed too (decision 110).
    server.use(loaded.compressResponses);
    // Hashed file names change with their content, so a browser may keep them for a year.
    server.use("/assets", express.static(`${buildDirectory}/client/assets`, { immutable: true, maxAge: "1y", index: false }));
    server.use(express.static(`${buildDirectory}/client`, { maxAge: "1h", index: false }));
    extend?.(server, loaded);
    server.use(loaded.app);
    server.use(loaded.answerUnexpectedError);
    return loaded;
  }

  await app.startup();

  const { host, port, origin } = app.listenAddress;
  const listener = server.listen(port, host, () => {
    const address = listener.address();
    const bound = typeof address === "object" && address ? address : { address: host, port };
    app.log("info", "listening", { host: bound.address, port: bound.port, open: origin, startupMs: Math.round(performance.now() - startedAt) });
    // The JSON line is for whatever reads the logs; this one is for the person who typed `npm start`.
    app.announce(`Clearpath is running at ${origin}`);
  });
  listener.on("error", (error) => {
    process.stderr.write(`Clearpath cannot start: it cannot listen on ${host} port ${port} (${error.code ?? error.message}).\n`);
    process.exit(1);
  });

  function shutdown() {
    app.beginStopping();
    listener.close(() => app.shutdown().finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  }
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}
