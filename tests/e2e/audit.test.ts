// The delivery log and the provision audit in a real browser: record a term's sessions in plain
// words and from a spreadsheet, mark one by hand, see the audit by term, note what the school's
// provision map says, and download the audit as CSV and PDF. The key journey again without
// JavaScript. The plan itself is seeded: its pages are tested with the support-plan journey.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { arrivedAt, expectBadRequests, mainText, signIn, visit } from "../support/browser";
import { createDatabase, dropDatabase, isPostgres } from "../support/database";
import { followCaseMenu } from "../support/journeys";
import { startTestServer, type TestServer } from "../support/test-server";
import { useBrowser } from "../support/browser";

const browser = useBrowser();
const PASSWORD = "quiet-meadow-lantern-audit";

type Seeded = { email: string; caseId: string; cycleId: string };
let server: TestServer;
let cleanup: () => Promise<void>;
const families: Record<"withJavaScript" | "withoutJavaScript", Seeded> = {} as never;

beforeAll(async () => {
  // Seed the store in this process, close it, then start a server on it (PGlite allows one
  // process at a time): no page can create provision lines for this journey to log against.
  let existing: { dataDir: string } | { databaseUrl: string };
  if (isPostgres()) {
    await createDatabase(process.env.DATABASE_URL!);
    existing = { databaseUrl: process.env.DATABASE_URL! };
    cleanup = () => dropDatabase(process.env.DATABASE_URL!);
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), "clearpath-audit-"));
    process.env.DATA_DIR = dataDir;
    existing = { dataDir };
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  const { migrateDatabase, closeDatabase } = await import("~/data/db.server");
  const { createParent, createChildCase } = await import("../factories");
  const { createCycle, createProvision, createReview } = await import("../factories/delivery");
  await migrateDatabase();
  for (const [key, name] of [["withJavaScript", "Ada Brook"], ["withoutJavaScript", "Noor Vale"]] as const) {
    const email = `${key.toLowerCase()}.audit@example.com`;
    const parent = await createParent({ email, password: PASSWORD });
    const caseId = await createChildCase(parent, { childName: name });
    const cycle = await createCycle(caseId, { title: "Autumn plan", startDate: "2025-09-01", reviewDate: "2025-12-12" });
    // Three a week (Monday, Wednesday, Friday) from 6 to 31 October 2025: 12 sessions.
    const phonics = await createProvision(cycle, { what: "Phonics catch-up group", sessionsPerWeek: 3, durationMinutes: 20, startDate: "2025-10-06", endDate: "2025-10-31" });
    // Once a week (Monday) over the same weeks: 4 sessions.
    await createProvision(cycle, { what: "Lego therapy", who: "ELSA", sessionsPerWeek: 1, durationMinutes: 30, startDate: "2025-10-06", endDate: "2025-10-31", position: 1 });
    await createReview(cycle, { date: "2025-12-12", provisionEffectiveness: [{ provisionId: phonics.id, parentView: "Reading more at home", schoolView: "Good progress on sounds" }] });
    families[key] = { email, caseId, cycleId: cycle.id };
  }
  await closeDatabase();
  server = await startTestServer({ existing });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await cleanup?.();
});

async function signedIn(family: Seeded, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ baseURL: server.baseUrl, ...options });
  await visit(page, "/sign-in", "Sign in");
  await signIn(page, { email: family.email, password: PASSWORD });
  return page;
}

function lineSection(page: Page, heading: string) {
  return page.getByRole("region", { name: heading });
}

/** Logs the phonics group in bulk and sees the rate; the key journey, with and without JavaScript. */
async function logInBulkAndSeeTheAudit(page: Page, family: Seeded) {
  expectBadRequests(page);
  await visit(page, `/cases/${family.caseId}/support/${family.cycleId}/delivery`, "Delivery log");
  expect(await lineSection(page, "Phonics catch-up group").innerText()).toContain("No session is recorded as held or cancelled yet (12 planned)");

  // Something it cannot read: the error says what to do, and nothing changes.
  await page.getByRole("group", { name: "Which support?" }).getByLabel("Phonics catch-up group").check();
  await page.getByLabel("What do the school's records say?").fill("all held except 8 and 17");
  await page.getByRole("button", { name: "Update sessions" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await summary.getByRole("link", { name: /Say which month "8" is in/ }).waitFor();
  await arrivedAt(page, "Delivery log");
  expect(await page.getByLabel("What do the school's records say?").inputValue()).toBe("all held except 8 and 17");

  await page.getByRole("group", { name: "Which support?" }).getByLabel("Phonics catch-up group").check();
  await page.getByLabel("What do the school's records say?").fill("all held except 8 and 17 October — staff absence");
  await page.getByRole("button", { name: "Update sessions" }).click();
  await page.getByText("12 sessions of Phonics catch-up group updated.").waitFor();
  await arrivedAt(page, "Delivery log");
  const phonics = lineSection(page, "Phonics catch-up group");
  expect(await phonics.innerText()).toContain("Delivery rate 83%: 10 of 12 known sessions held.");
  expect(await phonics.getByLabel("Happened on Wednesday 8 October 2025?").inputValue()).toBe("cancelled");
  expect(await phonics.getByLabel("Reason on Wednesday 8 October 2025, if cancelled").inputValue()).toBe("staff_absence");
  expect(await phonics.getByLabel("Happened on Friday 10 October 2025?").inputValue()).toBe("held");

  await followCaseMenu(page, "Audit");
  await arrivedAt(page, "Promised against delivered");
  const table = page.getByRole("table", { name: "Phonics catch-up group: sessions by term" });
  const autumn = table.getByRole("row", { name: /Autumn term 2025/ });
  expect((await autumn.innerText()).replace(/\s+/g, " ")).toBe("Autumn term 2025 12 10 2 0 83% 40 minutes Staff absence: 2 (40 minutes)");
  const text = await mainText(page);
  expect(text).toContain("Reading more at home");
  expect(text).toContain("Good progress on sounds");
}

test("a parent logs sessions in bulk, from a spreadsheet and by hand, sees the audit, notes the provision map and downloads the audit", async () => {
  const family = families.withJavaScript;
  const page = await signedIn(family);
  await logInBulkAndSeeTheAudit(page, family);

  // A spreadsheet for the Lego therapy: first with a bad line (nothing imported), then fixed.
  await visit(page, `/cases/${family.caseId}/support/${family.cycleId}/delivery`, "Delivery log");
  await page.getByRole("group", { name: "Which support is the spreadsheet for?" }).getByLabel("Lego therapy").check();
  await page.getByLabel("CSV file").setInputFiles({ name: "lego.csv", mimeType: "text/csv", buffer: Buffer.from("date,status,reason\n06/10/2025,held\n13/10/2025,cancelled,trip\n31/02/2025,held\n") });
  await page.getByRole("button", { name: "Import sessions" }).click();
  await page.getByText('Line 4: "31/02/2025" is not a date we can read.', { exact: false }).waitFor();
  await arrivedAt(page, "Delivery log");
  expect(await lineSection(page, "Lego therapy").innerText()).toContain("No session is recorded as held or cancelled yet (4 planned)");

  await page.getByRole("group", { name: "Which support is the spreadsheet for?" }).getByLabel("Lego therapy").check();
  await page.getByLabel("CSV file").setInputFiles({ name: "lego.csv", mimeType: "text/csv", buffer: Buffer.from("date,status,reason\n06/10/2025,held\n13/10/2025,cancelled,trip\n2025-10-20,held\n") });
  await page.getByRole("button", { name: "Import sessions" }).click();
  await page.getByText("3 sessions of Lego therapy imported.").waitFor();
  await arrivedAt(page, "Delivery log");
  const lego = lineSection(page, "Lego therapy");
  expect(await lego.innerText()).toContain("Delivery rate 66%: 2 of 3 known sessions held. 1 session is not known either way and is left out.");

  // One session by hand: 27 October happened after all.
  await lego.getByLabel("Happened on Monday 27 October 2025?").selectOption("held");
  await lego.getByRole("button", { name: "Save sessions of Lego therapy" }).click();
  await page.getByText("Sessions of Lego therapy saved.").waitFor();
  await arrivedAt(page, "Delivery log");
  expect(await lineSection(page, "Lego therapy").innerText()).toContain("Delivery rate 75%: 3 of 4 known sessions held.");

  // The provision map says more sessions happened than the log shows: the difference is in words.
  await followCaseMenu(page, "Audit");
  await arrivedAt(page, "Promised against delivered");
  await page.getByRole("link", { name: "Change what the provision map says about Phonics catch-up group" }).click();
  await arrivedAt(page, "Promised against delivered");
  await page.getByLabel("What the provision map says").fill("Phonics, 3 x 20 minutes a week");
  await page.getByLabel("Sessions the provision map says were delivered (optional)").fill("twelve");
  await page.getByRole("button", { name: "Save provision map" }).click();
  await page.getByRole("alert").getByRole("link", { name: /whole number/ }).waitFor();
  await arrivedAt(page, "Promised against delivered");
  await page.getByLabel("Sessions the provision map says were delivered (optional)").fill("12");
  await page.getByRole("button", { name: "Save provision map" }).click();
  await page.getByText("Provision map saved.").waitFor();
  await arrivedAt(page, "Promised against delivered");
  const phonicsAudit = lineSection(page, "Phonics catch-up group");
  expect((await phonicsAudit.innerText()).replace(/\s+/g, " ")).toContain(
    "Difference: The provision map says 12 sessions; your log shows 10 held: 2 more on the map than in your log.",
  );

  await page.getByRole("link", { name: "Printable page" }).click();
  await arrivedAt(page, "Promised against delivered");
  expect(await page.getByRole("link", { name: /Change what the provision map says/ }).count()).toBe(0);

  // The downloads, fetched with the page's own cookies.
  await visit(page, `/cases/${family.caseId}/audit`, "Promised against delivered");
  const csvHref = await page.getByRole("link", { name: "Download as a spreadsheet (CSV)" }).getAttribute("href");
  const csv = await page.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="audit-ada-brook-\d{4}-\d{2}-\d{2}\.csv"$/);
  const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^Plan,Provision,Who,Term,Sessions planned,Held,Cancelled,Not known,Delivery rate \(%\),Minutes missed,/);
  expect(lines).toContain("Autumn plan,Phonics catch-up group,Teaching assistant,Autumn term 2025,12,10,2,0,83,40,2,0,0,0,0,,,");
  expect(lines).toContain("Autumn plan,Phonics catch-up group,Teaching assistant,All terms,12,10,2,0,83,40,2,0,0,0,0,\"Phonics, 3 x 20 minutes a week\",12,2");
  expect(lines).toContain("Autumn plan,Lego therapy,ELSA,All terms,4,3,1,0,75,30,0,1,0,0,0,,,");

  const pdfHref = await page.getByRole("link", { name: "Download as a PDF" }).getAttribute("href");
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.length).toBeGreaterThan(1000);
});

test("without JavaScript, a parent logs sessions in bulk and sees the audit", async () => {
  const family = families.withoutJavaScript;
  const page = await signedIn(family, { javaScriptEnabled: false });
  await logInBulkAndSeeTheAudit(page, family);
});
