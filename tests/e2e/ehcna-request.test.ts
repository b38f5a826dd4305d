// The EHC needs assessment request in a real browser: the letter builder opened at the request
// (where the health check's next step links); the parent ticks a document as an enclosure, addresses
// the council's SEND team, writes the letter from the records, sees the enclosure and the legal
// test in the text, and downloads it as a PDF.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  arrivedAt,
  expectBadRequests,
  mainText,
  signIn,
  useBrowser,
  visit,
} from "../support/browser";
import { createDatabase, dropDatabase, isPostgres } from "../support/database";
import { startTestServer, type TestServer } from "../support/test-server";

const browser = useBrowser();
const PASSWORD = "quiet-meadow-lantern-ehcna";
const EMAIL = "ehcna.request@example.com";
const REPORT = "Educational psychologist's report (20 January 2026)";
let server: TestServer;
let cleanup: () => Promise<void>;
let caseId = "";

beforeAll(async () => {
  // Seed the store in this process, close it, then start a server on it (PGlite allows one
  // process at a time). Stored files live in the data folder on PostgreSQL too.
  let existing: { dataDir: string } | { databaseUrl: string };
  const dataDir = mkdtempSync(path.join(tmpdir(), "clearpath-ehcna-"));
  process.env.DATA_DIR = dataDir;
  if (isPostgres()) {
    await createDatabase(process.env.DATABASE_URL!);
    existing = { databaseUrl: process.env.DATABASE_URL! };
    cleanup = async () => {
      await dropDatabase(process.env.DATABASE_URL!);
      rmSync(dataDir, { recursive: true, force: true });
    };
  } else {
    existing = { dataDir };
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  const { migrateDatabase, closeDatabase } = await import("~/data/db.server");
  const { createParent, createChildCase } = await import("../factories");
  const { requireCaseAccess } = await import("~/auth/access.server");
  const { addDocumentFromBytes } = await import("~/services/uploads/upload-documents.server");
  await migrateDatabase();
  const parent = await createParent({ email: EMAIL, password: PASSWORD, name: "Jo Hale" });
  caseId = await createChildCase(parent, {
    childName: "Robin Hale",
    dateOfBirth: "2017-03-27",
    school: "Hill Top Primary",
    yearGroup: "Year 3",
    sencoName: "Mr Dev Patel",
  });
  const access = await requireCaseAccess(parent, caseId, "own");
  for (const [title, date] of [
    ["Educational psychologist's report", "2026-01-20"],
    ["School report", "2025-07-15"],
  ] as const) {
    const added = await addDocumentFromBytes(access, {
      fileName: `${title}.txt`,
      bytes: Buffer.from(`${title} for Robin Hale.`),
      details: { source: "professional", author: null, areas: [], tags: [] },
      title,
      date,
      today: "2026-03-12",
    });
    if (!added.ok) throw new Error(added.problem);
  }
  await closeDatabase();
  server = await startTestServer({ existing });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await cleanup?.();
});

async function signedIn(): Promise<Page> {
  const page = await browser.newPage({ baseURL: server.baseUrl });
  await visit(page, "/sign-in", "Sign in");
  await signIn(page, { email: EMAIL, password: PASSWORD });
  return page;
}

test("a parent writes an EHC needs assessment request with an enclosure and downloads it", async () => {
  const page = await signedIn();
  expectBadRequests(page);

  await visit(page, `/cases/${caseId}/letters?kind=ehcna_request`, "Letters");
  const writing = page.getByRole("region", { name: "Ask the council for an EHC needs assessment" });
  expect(
    await writing.getByRole("radio", { name: "I am the parent, asking for my child" }).isChecked(),
  ).toBe(true);
  expect(await writing.getByRole("checkbox", { name: REPORT }).isChecked()).toBe(false);
  await writing.getByRole("checkbox", { name: REPORT }).check();
  await writing.getByLabel("Your views (optional)").fill("Robin comes home exhausted every day.");
  await writing.getByLabel("Their name (optional)").fill("");
  await writing.getByLabel("Their address (optional)").fill("The SEND team\nLeeds City Council");
  await page.getByRole("button", { name: "Write the letter" }).click();

  await arrivedAt(page, "Request for an EHC needs assessment for Robin Hale");
  const text = await mainText(page);
  expect(text).toContain("Letter written from your records.");
  expect(text).toContain("Dear Sir or Madam,");
  expect(text).toContain("(Children and Families Act 2014, section 36(8))");
  expect(text).toContain("I understand that a diagnosis is not needed");
  expect(text).toContain("My views as a parent:");
  expect(text).toContain("Robin comes home exhausted every day.");
  expect(text).toContain(`I enclose copies of the following evidence: • ${REPORT}`);
  expect(text).not.toContain("• School report");
  expect(text).toContain("within 6 weeks of receiving this request");

  const href = await page.getByRole("link", { name: "Download as PDF" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const pdfText = (
    await extractText(await getDocumentProxy(new Uint8Array(await response.body())), {
      mergePages: true,
    })
  ).text.replace(/\s+/g, " ");
  for (const part of [
    "The SEND team",
    "Leeds City Council",
    "Dear Sir or Madam,",
    REPORT,
    "Yours faithfully,",
  ])
    expect(pdfText).toContain(part);
});
