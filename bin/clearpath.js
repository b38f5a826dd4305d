#!/usr/bin/env node
// Runs the Clearpath command-line interface straight from its TypeScript source: tsx compiles it
// on the fly, so `npx clearpath <command>` works after `npm install` with no build step.
import { register } from "tsx/esm/api";

register();
await import(new URL("../cli/clearpath.ts", import.meta.url).href);
