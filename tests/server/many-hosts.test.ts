// Two app servers with no shared disk, as on two hosts: one PostgreSQL database, one S3 bucket
// (the local S3-compatible test server, tests/support/s3-server.ts), two data folders. A file
// uploaded through one is downloaded through the other, and neither keeps files on its own disk.
// It starts its own servers: the project's global server is not used. Skipped when PostgreSQL is
// not up (two servers cannot share one embedded database).
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, dropDatabase, freshDatabaseUrl } from "../support/database";
import { Client } from "../support/http";
import { startS3Server, type TestS3Server } from "../support/s3-server";
import { createSignedInUser, signedInClient } from "../support/session";
import { startTestServer, type TestServer } from "../support/test-server";

// tests/support/setup-unit.ts keeps the base PostgreSQL URL here when DATABASE_URL is set.
const baseDatabaseUrl =
  process.env.TEST_BASE_DATABASE_URL ||
  process.env.DATABASE_URL ||
  "postgres://postgres@127.0.0.1:5432/postgres";

async function isPostgresUp(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: baseDatabaseUrl,
    connectionTimeoutMillis: 3_000,
  });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const BUCKET = "clearpath-hosts";
// Every host that shares the bucket must encrypt with the same key.
const STORAGE_KEY = Buffer.alloc(32, 11).toString("base64");

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

describe.skipIf(!(await isPostgresUp()))(
  "two hosts sharing a database and a bucket, with no shared disk",
  () => {
    const databaseUrl = freshDatabaseUrl(baseDatabaseUrl);
    const dataDirs = [
      mkdtempSync(path.join(tmpdir(), "clearpath-host-a-")),
      mkdtempSync(path.join(tmpdir(), "clearpath-host-b-")),
    ];
    let s3: TestS3Server | undefined;
    const hosts: TestServer[] = [];
    let clients: Client[] = [];
    let caseId: string;

    beforeAll(async () => {
      s3 = await startS3Server({ buckets: [BUCKET] });
      await createDatabase(databaseUrl);
      // One after the other: the first migrates the new database and adds the demo family.
      for (const dataDir of dataDirs) {
        hosts.push(
          await startTestServer({
            existing: { dataDir },
            env: {
              DATABASE_URL: databaseUrl,
              STORAGE_KEY,
              ...s3.settingsFor(BUCKET, "clearpath/"),
            },
          }),
        );
      }
      // Sessions live in the database, so one sign-in works on both hosts.
      const user = await createSignedInUser(hosts[0]!.baseUrl, { name: "Alex Morgan" });
      clients = hosts.map((host) => signedInClient(host.baseUrl, user));
      const created = await clients[0]!.post("/cases/new", { childName: "Sam Morgan" });
      caseId = /\/cases\/([0-9a-f-]{36})/.exec(created.headers.get("Location") ?? "")?.[1] ?? "";
      expect(caseId, `creating a case answered ${created.status}`).not.toBe("");
    }, 400_000);

    afterAll(async () => {
      await Promise.allSettled(hosts.map((host) => host.stop()));
      await dropDatabase(databaseUrl).catch(() => {});
      await s3?.stop();
      for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
    });

    async function upload(client: Client, name: string, text: string): Promise<string> {
      const form = new FormData();
      form.append("files", new Blob([text], { type: "text/plain" }), name);
      const response = await client.request(`/cases/${caseId}/documents`, {
        method: "POST",
        body: form,
        headers: { Origin: new URL(client.baseUrl).origin, "Sec-Fetch-Site": "same-origin" },
      });
      expect(response.status).toBe(302);
      const id = new URL(response.headers.get("Location") ?? "", "http://x").searchParams.get(
        "uploaded",
      );
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      return id!;
    }

    async function download(client: Client, id: string): Promise<{ status: number; text: string }> {
      const response = await client.get(`/cases/${caseId}/documents/${id}/file`);
      return { status: response.status, text: await response.text() };
    }

    it("serves a file uploaded through one host from the other, both ways", async () => {
      const [a, b] = clients as [Client, Client];
      const fromA = "Notes from the annual review, uploaded on host A.\n".repeat(40);
      const fromB = "Speech and language report, uploaded on host B.\n".repeat(40);
      const idA = await upload(a, "review-notes.txt", fromA);
      const idB = await upload(b, "salt-report.txt", fromB);
      expect(await download(b, idA)).toEqual({ status: 200, text: fromA });
      expect(await download(a, idB)).toEqual({ status: 200, text: fromB });
    });

    it("keeps no file on either host's disk", async () => {
      await upload(clients[0]!, "letter.txt", "A letter kept in the bucket only.");
      for (const dataDir of dataDirs) expect(filesUnder(path.join(dataDir, "storage"))).toEqual([]);
    });

    it("removes a file through one host so that the other no longer serves it", async () => {
      const [a, b] = clients as [Client, Client];
      const id = await upload(a, "to-delete.txt", "Soon gone");
      expect((await download(b, id)).status).toBe(200);
      expect((await b.post(`/cases/${caseId}/documents/${id}`, { intent: "delete" })).status).toBe(
        302,
      );
      expect((await download(a, id)).status).toBe(404);
    });
  },
);
