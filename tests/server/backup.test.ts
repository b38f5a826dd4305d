// `npm run backup` and `npm run restore` as an operator runs them: a backup of a Clearpath with the
// demo family and its documents, restored into a new data folder (or a new PostgreSQL database),
// holds every record and every file, and the restored Clearpath serves them.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, dropDatabase, freshDatabaseUrl, isPostgres } from "../support/database";
import { startTestServer } from "../support/test-server";
import { findFirstCaseId, signIn } from "../../scripts/durability-core.js";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");

type Store = { dataDir: string; databaseUrl?: string };

async function npmScript(script: "backup" | "restore", store: Store, folder: string) {
  return run(TSX, [`scripts/${script}.ts`, folder], {
    env: { ...process.env, DATA_DIR: store.dataDir, DATABASE_URL: store.databaseUrl ?? "", LOG_LEVEL: "warn" },
  }).catch((error: { stdout: string; stderr: string; code: number }) => ({ ...error, failed: true }));
}

/** Every table's rows and every file's bytes in a backup folder. */
function contentsOf(folder: string) {
  const tables = Object.fromEntries(readdirSync(path.join(folder, "tables")).map((name) => [name, JSON.parse(readFileSync(path.join(folder, "tables", name), "utf8")) as unknown[]]));
  const files = Object.fromEntries(readdirSync(path.join(folder, "files")).map((name) => [name, readFileSync(path.join(folder, "files", name)).toString("base64")]));
  return { tables, files };
}

describe("backup and restore", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "clearpath-backup-"));
  const original: Store = { dataDir: path.join(scratch, "original") };
  const restored: Store = { dataDir: path.join(scratch, "restored") };

  beforeAll(async () => {
    // The original: a copy of the run's store with the demo family and its documents.
    const template = process.env.TEST_TEMPLATE_DATA_DIR;
    if (!template) throw new Error("No template store: run through Vitest's global set-up");
    cpSync(template, original.dataDir, { recursive: true });
    if (isPostgres()) {
      original.databaseUrl = freshDatabaseUrl(process.env.DATABASE_URL!);
      restored.databaseUrl = freshDatabaseUrl(process.env.DATABASE_URL!);
      await createDatabase(original.databaseUrl, process.env.TEST_TEMPLATE_DEMO_DATABASE);
      await createDatabase(restored.databaseUrl);
    }
  });

  afterAll(async () => {
    for (const store of [original, restored]) if (store.databaseUrl) await dropDatabase(store.databaseUrl);
    rmSync(scratch, { recursive: true, force: true });
  });

  it("restores every record and every file into a new, empty place, which then serves them", { timeout: 300_000 }, async () => {
    const first = path.join(scratch, "backup-1");
    const backedUp = await npmScript("backup", original, first);
    expect(backedUp.stderr).toBe("");
    expect(backedUp.stdout).toMatch(/Backed up \d+ records in \d+ tables and [1-9]\d* files/);

    const restoring = await npmScript("restore", restored, first);
    expect(restoring.stderr).toBe("");
    expect(restoring.stdout).toMatch(/Restored \d+ records and [1-9]\d* files/);

    // A backup of the restored Clearpath holds exactly what the first one did.
    const second = path.join(scratch, "backup-2");
    expect((await npmScript("backup", restored, second)).stderr).toBe("");
    const before = contentsOf(first);
    const after = contentsOf(second);
    expect(Object.keys(after.tables).sort()).toEqual(Object.keys(before.tables).sort());
    for (const name of Object.keys(before.tables)) expect({ name, rows: after.tables[name] }).toEqual({ name, rows: before.tables[name] });
    expect(after.files).toEqual(before.files);
    expect(Object.keys(before.tables).length).toBeGreaterThan(30);
    expect(before.tables["documents.json"]!.length).toBe(Object.keys(before.files).length);
    // New case tables are found, not listed: the school day's (migration 0013) come back too.
    expect(Object.keys(before.tables)).toEqual(expect.arrayContaining(["school_day_events.json", "school_terms.json"]));
    expect(before.tables["school_terms.json"]!.length).toBeGreaterThan(0);
    // And the tribunal's (migration 0014).
    expect(Object.keys(before.tables)).toEqual(
      expect.arrayContaining(["appeals.json", "appeal_dates.json", "appeal_bundle_items.json", "appeal_proposals.json", "appeal_documents.json", "appeal_statement_paragraphs.json", "appeal_orders.json"]),
    );

    // The restored Clearpath starts, the demo parent signs in with the same password, and a
    // document's file downloads with the same bytes as the backup holds.
    const server = await startTestServer({ existing: restored.databaseUrl ? { databaseUrl: restored.databaseUrl } : { dataDir: restored.dataDir }, env: { DATA_DIR: restored.dataDir } });
    try {
      const cookie = await signIn(server.baseUrl);
      const caseId = await findFirstCaseId(server.baseUrl, cookie);
      const documents = before.tables["documents.json"] as Array<{ id: string; case_id: string; storage_key: string }>;
      const document = documents.find((d) => d.case_id === caseId)!;
      const file = await fetch(`${server.baseUrl}/cases/${caseId}/documents/${document.id}/file`, { headers: { Cookie: cookie } });
      expect(file.status).toBe(200);
      expect(Buffer.from(await file.arrayBuffer()).toString("base64")).toBe(before.files[document.storage_key]);
    } finally {
      await server.stop();
    }
  });

  it("refuses to restore over a Clearpath that holds data, and changes nothing", { timeout: 300_000 }, async () => {
    // The first test's backup, of this same Clearpath.
    const folder = path.join(scratch, "backup-1");
    const refused = await npmScript("restore", original, folder);
    expect(refused.stderr).toContain("Nothing was restored: The database to restore into already holds accounts or cases.");
    const again = path.join(scratch, "backup-3");
    expect((await npmScript("backup", original, again)).stderr).toBe("");
    expect(contentsOf(again)).toEqual(contentsOf(folder));
  });

  it("says so, and writes nothing, when the backup folder is not new or the backup is not finished", { timeout: 300_000 }, async () => {
    const used = path.join(scratch, "backup-1");
    expect((await npmScript("backup", original, used)).stderr).toContain("is not empty. Choose a new folder.");
    const unfinished = mkdtempSync(path.join(scratch, "unfinished-"));
    expect((await npmScript("restore", { dataDir: path.join(scratch, "nowhere") }, unfinished)).stderr).toContain("holds no finished backup");
  });
});
