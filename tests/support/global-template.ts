// Vitest global setup, first for every project: makes the run's template databases once
// (tests/support/template.ts) and hands their places to the test workers and servers in the
// environment. The empty migrated template is made for any project; the demo template (which
// needs the production build) only for the server and e2e projects. Removed after the run.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { makeDemoTemplate, makeEmptyTemplate, removeTemplates } from "./template";

type Templates = { folder: string; baseDatabaseUrl: string | undefined; made: Record<string, string>; users: number; demo?: Promise<void> };

// Each project runs its global setup in this one main process: they share one set of templates.
const shared = globalThis as typeof globalThis & { clearpathTemplates?: Promise<Templates> };

function publish(made: Record<string, string>) {
  for (const [key, value] of Object.entries(made)) process.env[key] = value;
}

export default async function setup(project: TestProject) {
  shared.clearpathTemplates ??= (async () => {
    const started = performance.now();
    const folder = mkdtempSync(path.join(tmpdir(), "clearpath-template-"));
    const baseDatabaseUrl = process.env.TEST_BASE_DATABASE_URL ?? (process.env.DATABASE_URL || undefined);
    const made = await makeEmptyTemplate(folder, baseDatabaseUrl);
    publish(made);
    console.log(`Template database migrated in ${((performance.now() - started) / 1000).toFixed(1)}s`);
    return { folder, baseDatabaseUrl, made, users: 0 };
  })();
  const templates = await shared.clearpathTemplates;
  templates.users += 1;
  if (project.name !== "unit") {
    templates.demo ??= (async () => {
      const started = performance.now();
      const made = await makeDemoTemplate(templates.folder, templates.baseDatabaseUrl, templates.made);
      Object.assign(templates.made, made);
      publish(made);
      console.log(`Template with the demo family made in ${((performance.now() - started) / 1000).toFixed(1)}s`);
    })();
    await templates.demo;
  }
  return async () => {
    templates.users -= 1;
    if (templates.users === 0) await removeTemplates(templates.folder, templates.baseDatabaseUrl, templates.made);
  };
}
