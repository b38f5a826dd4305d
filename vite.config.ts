import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig(({ isSsrBuild }) => ({
  // The server build's entry is our Express app, which wraps React Router's request handler.
  build: { rollupOptions: isSsrBuild ? { input: "./server/app.ts" } : undefined },
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  plugins: [reactRouter()],
}));
