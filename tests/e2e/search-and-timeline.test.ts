// Search and the timeline in a real browser: search the case from the box in its header, see the
// matching passages with the words marked, follow a result; filter the timeline by type, area
// and dates, change its order and grouping, and download it as a spreadsheet. Without
// JavaScript, both are plain GET forms: tests/server/forms-without-javascript.test.ts checks
// them. The records are seeded: the pages that make them are tested in their own journeys.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { allowConsoleError, arrivedAt, expectBadRequests, mainText, signIn, useBrowser, visit } from "../support/browser";
import { createDatabase, dropDatabase, isPostgres } from "../support/database";
import { followCaseMenu } from "../support/journeys";
import { startTestServer, type TestServer } from "../support/test-server";

const browser = useBrowser();
const PASSWORD = "quiet-meadow-lantern-search";

type Seeded = { email: string; caseId: string; childName: string; documentId: string; diaryId: string };
let server: TestServer;
let cleanup: () => Promise<void>;
const families: Record<"withJavaScript", Seeded> = {} as never;

beforeAll(async () => {
  // Seed the store in this process, close it, then start a server on it (PGlite allows one
  // process at a time).
  let existing: { dataDir: string } | { databaseUrl: string };
  if (isPostgres()) {
    await createDatabase(process.env.DATABASE_URL!);
    existing = { databaseUrl: process.env.DATABASE_URL! };
    cleanup = () => dropDatabase(process.env.DATABASE_URL!);
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), "clearpath-search-"));
    process.env.DATA_DIR = dataDir;
    existing = { dataDir };
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  const { migrateDatabase, closeDatabase, db } = await import("~/data/db.server");
  const schema = await import("~/data/schema");
  const { createParent, createChildCase } = await import("../factories");
  const { createCycle } = await import("../factories/delivery");
  await migrateDatabase();

  // Another family whose records use the same words: none of them may ever show.
  const stranger = await createParent({ email: "stranger.search@example.com", password: PASSWORD });
  const strangerCase = await createChildCase(stranger, { childName: "Stranger Child" });
  await db.insert(schema.diaryEntries).values({ caseId: strangerCase, date: "2025-10-01", text: "Stranger's trampoline diary." });

  for (const [key, childName] of [["withJavaScript", "Ada Brook"]] as const) {
    const email = `${key.toLowerCase()}.search@example.com`;
    const parent = await createParent({ email, password: PASSWORD });
    const caseId = await createChildCase(parent, { childName });
    const cycle = await createCycle(caseId, { title: "Autumn plan", startDate: "2025-09-01", reviewDate: "2025-12-12" });
    await db.insert(schema.targets).values({ caseId, cycleId: cycle.id, text: "Read 20 tricky words by December", area: "cognition_learning" });
    const [document] = await db
      .insert(schema.documents)
      .values({
        caseId,
        title: "Occupational therapy report",
        date: "2025-10-20",
        source: "professional",
        author: "Ms Okafor",
        areas: ["sensory_physical"],
        fileName: "ot-report.txt",
        mediaType: "text/plain",
        sizeBytes: 200,
        sha256: "0".repeat(64),
        storageKey: `search-e2e-${key}`,
        text: `${"Background and history were discussed with the family. ".repeat(20)}Daily time on a trampoline helps ${childName.split(" ")[0]} to settle before lessons. ${"Other advice follows in the sections below. ".repeat(20)}`,
      })
      .returning();
    const [diary] = await db
      .insert(schema.diaryEntries)
      .values([
        { caseId, date: "2025-10-06", text: "Bounced on the trampolines at the park and slept well.", areas: ["sensory_physical"] },
        { caseId, date: "2025-10-13", text: "=HYPERLINK(\"http://example.com\") was pasted from an email.", areas: [] },
      ])
      .returning();
    await db.insert(schema.meetings).values({ caseId, date: "2025-11-20", kind: "senco", title: "Meeting with Mrs Patel", attendees: ["Mrs Patel"], agreed: "Phonics three times a week" });
    await db.insert(schema.correspondence).values({ caseId, direction: "sent", date: "2025-11-21", channel: "email", to: "Mrs Patel", subject: "What we agreed", body: "To confirm what we agreed at the meeting." });
    await db.insert(schema.measurements).values({ caseId, kind: "reading_age", label: "Reading age", date: "2024-03-01", value: 80, unit: "months", area: "cognition_learning" });
    families[key] = { email, caseId, childName, documentId: document!.id, diaryId: diary!.id };
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

/** Search from the case's header, see the marked passages, follow a result, and search again. */
async function searchTheCase(page: Page, family: Seeded) {
  await visit(page, `/cases/${family.caseId}`, family.childName);
  await page.getByLabel("Search this case").fill("trampolines");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await arrivedAt(page, "Search this case");
  // One search box: the page's own, which keeps the words; the case frame's box is not there.
  expect(await page.getByRole("search").count()).toBe(1);
  expect(await page.getByRole("status").innerText()).toBe("2 matches for “trampolines”, best first.");
  expect(await page.getByLabel("Words to find").inputValue()).toBe("trampolines");

  const results = page.getByRole("article");
  expect(await results.count()).toBe(2);
  // Equally good matches, newest first. The document's passage is cut from the middle of its
  // text, round the match.
  const documentResult = results.nth(0);
  expect(await documentResult.innerText()).toContain("Document · 20 October 2025");
  expect(await documentResult.locator("mark").allInnerTexts()).toEqual(["trampoline"]);
  expect(await documentResult.getByRole("link", { name: "Occupational therapy report" }).getAttribute("href")).toBe(
    `/cases/${family.caseId}/documents/${family.documentId}`,
  );
  const diaryResult = results.nth(1);
  expect(await diaryResult.innerText()).toContain("Diary entry · 6 October 2025");
  expect(await diaryResult.locator("mark").allInnerTexts()).toEqual(["trampolines"]);
  expect(await mainText(page)).not.toContain("Stranger");

  // The diary result leads to the diary, searched for the same words.
  await diaryResult.getByRole("link", { name: "Home diary, 6 October 2025" }).click();
  await arrivedAt(page, "Home diary");
  expect(await page.getByRole("article").count()).toBe(1);
  expect(await page.getByRole("article").innerText()).toContain("Bounced on the trampolines");

  // Nothing found: the query stays in the box, with tips.
  await page.goBack();
  await arrivedAt(page, "Search this case");
  await page.getByLabel("Words to find").fill('xylophone "');
  await page.getByRole("button", { name: "Search", exact: true }).last().click();
  await page.getByText("No matches for “xylophone \"”.").waitFor();
  await arrivedAt(page, "Search this case");
  expect(await page.getByLabel("Words to find").inputValue()).toBe('xylophone "');
  expect(await mainText(page)).toContain("Check the spelling");

  // Only punctuation: nothing to search for, and no error.
  await page.getByLabel("Words to find").fill("?!");
  await page.getByRole("button", { name: "Search", exact: true }).last().click();
  await page.getByText("Type a word to search for").waitFor();
  await arrivedAt(page, "Search this case");

  // A phrase in quotes.
  await page.getByLabel("Words to find").fill('"settle before lessons"');
  await page.getByRole("button", { name: "Search", exact: true }).last().click();
  await page.getByText("1 match for “\"settle before lessons\"”.").waitFor();
  await arrivedAt(page, "Search this case");
  expect(await page.getByRole("article").locator("mark").allInnerTexts()).toEqual(["settle", "lessons"]);
}

/** The page's own headings at `level`, without those of "Do this next" above it. */
async function pageHeadings(page: Page, level: 2 | 3) {
  const nextStep = await page.getByRole("region", { name: "Do this next" }).getByRole("heading", { level }).allInnerTexts();
  return (await page.getByRole("main").getByRole("heading", { level }).allInnerTexts()).filter((heading) => !nextStep.includes(heading));
}

function timelineHeadings(page: Page) {
  return pageHeadings(page, 2);
}

/** Filter the timeline, change its order and grouping, fix a wrong date, download it. */
async function filterTheTimeline(page: Page, family: Seeded) {
  expectBadRequests(page);
  await visit(page, `/cases/${family.caseId}`, family.childName);
  await followCaseMenu(page, "Timeline");
  await arrivedAt(page, "Timeline");
  const status = page.getByRole("status");
  expect(await status.innerText()).toBe("8 entries, newest first.");
  expect(await timelineHeadings(page)).toEqual(["December 2025", "November 2025", "October 2025", "September 2025", "March 2024"]);
  expect(await mainText(page)).toContain("Email to Mrs Patel: What we agreed");
  expect(await mainText(page)).not.toContain("Stranger");
  await page.getByRole("button", { name: "Print the timeline" }).waitFor();

  // The filter is folded away until it is needed.
  await page.getByText("Filter the timeline").click();
  const filter = page.getByRole("form", { name: "Filter the timeline" });
  await filter.getByLabel("Meetings").check();
  await filter.getByLabel("Letters and emails").check();
  const from = filter.getByRole("group", { name: "From (optional)" });
  await from.getByLabel("Day").fill("21");
  await from.getByLabel("Month").fill("11");
  await from.getByLabel("Year").fill("2025");
  await filter.getByRole("button", { name: "Show timeline" }).click();
  await page.getByText("1 of 8 entries, newest first: Meetings, Letters and emails; from 21 November 2025.").waitFor();
  await arrivedAt(page, "Timeline");
  const entry = page.getByRole("listitem").filter({ hasText: "Email to Mrs Patel" });
  expect(await entry.innerText()).toContain("21 November 2025 · Letter or email");
  expect(await entry.getByRole("link", { name: "Email to Mrs Patel: What we agreed" }).getAttribute("href")).toBe(`/cases/${family.caseId}/correspondence`);

  // The spreadsheet has the same filter.
  const filteredCsv = await page.request.get((await page.getByRole("link", { name: /Download these entries as a spreadsheet/ }).getAttribute("href"))!);
  expect(filteredCsv.status()).toBe(200);
  expect(filteredCsv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(filteredCsv.headers()["content-disposition"]).toMatch(/^attachment; filename="timeline-[a-z-]+-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect((await filteredCsv.text()).replace(/^\uFEFF/, "").trim().split(/\r?\n/)).toEqual([
    "Date,Type,What happened,Details,Areas of need",
    "2025-11-21,Letter or email,Email to Mrs Patel: What we agreed,To confirm what we agreed at the meeting.,",
  ]);

  // One area, oldest first, grouped by year.
  await page.goto(`/cases/${family.caseId}/timeline`);
  await arrivedAt(page, "Timeline");
  await page.getByText("Filter the timeline").click();
  await filter.getByLabel("Area of need").selectOption({ label: "Cognition and learning" });
  await filter.getByRole("radio", { name: "Oldest first" }).check();
  await filter.getByRole("radio", { name: "Year" }).check();
  await filter.getByRole("button", { name: "Show timeline" }).click();
  await page.getByText("3 of 8 entries, oldest first: Cognition and learning.").waitFor();
  await arrivedAt(page, "Timeline");
  expect(await timelineHeadings(page)).toEqual(["2024", "2025"]);
  expect(await pageHeadings(page, 3)).toEqual([
    "Reading age: 80 months",
    "Support plan started: Autumn plan",
    "Review due: Autumn plan",
  ]);

  // A date that does not exist: the problem is named, what was typed is kept.
  await filter.getByRole("group", { name: "To (optional)" }).getByLabel("Day").fill("31");
  await filter.getByRole("group", { name: "To (optional)" }).getByLabel("Month").fill("2");
  await filter.getByRole("group", { name: "To (optional)" }).getByLabel("Year").fill("2025");
  await filter.getByRole("button", { name: "Show timeline" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await summary.getByRole("link", { name: "Last date must be a real date, for example 27 3 2017" }).waitFor();
  await arrivedAt(page, "Timeline");
  expect(await filter.getByRole("group", { name: "To (optional)" }).getByLabel("Day").inputValue()).toBe("31");
  expect(await filter.getByRole("radio", { name: "Year" }).isChecked()).toBe(true);

  // The whole timeline as a spreadsheet: a cell that would run as a formula is kept as text.
  await page.getByRole("link", { name: "Show everything" }).click();
  await arrivedAt(page, "Timeline");
  const csv = await page.request.get((await page.getByRole("link", { name: "Download the timeline as a spreadsheet (CSV)" }).getAttribute("href"))!);
  const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  expect(lines).toHaveLength(9);
  expect(lines).toContain(`2025-10-13,Diary entry,Diary entry,"'=HYPERLINK(""http://example.com"") was pasted from an email.",`);
  expect(lines).toContain("2025-10-20,Document,Occupational therapy report,From a professional. By Ms Okafor,Sensory and/or physical needs");
}

describe("search and the timeline", () => {
  test("a parent searches the case and follows a result, with JavaScript", async () => {
    await searchTheCase(await signedIn(families.withJavaScript), families.withJavaScript);
  });

  test("a parent filters the timeline and downloads it, with JavaScript", async () => {
    await filterTheTimeline(await signedIn(families.withJavaScript), families.withJavaScript);
  });

  test("another family's search finds none of this family's records", async () => {
    const page = await browser.newPage({ baseURL: server.baseUrl });
    await visit(page, "/sign-in", "Sign in");
    await signIn(page, { email: "stranger.search@example.com", password: PASSWORD });
    allowConsoleError(page, /status of 404/);
    const response = await page.goto(`/cases/${families.withJavaScript.caseId}/search?q=trampoline`);
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain("Occupational therapy report");
  });
});
