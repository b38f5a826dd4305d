// Request letters in a real browser: a health-check finding about missed sessions opens the
// letter builder with that support already ticked; a letter that asks for nothing is refused;
// then a provision-map request is written from the records, edited, downloaded as Word and PDF,
// marked as sent, and found in the correspondence log with its reply-by date. The journey runs
// with JavaScript on and again with it off (a main journey).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import mammoth from "mammoth";
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
import { followCaseMenu } from "../support/journeys";
import { startTestServer, type TestServer } from "../support/test-server";
import { formatDate } from "~/domain/presentation";
import { addDays } from "~/domain/calendar/calendar-date";

const browser = useBrowser();
const PASSWORD = "quiet-meadow-lantern-letters";
const PHONICS =
  "Phonics catch-up group; given by Teaching assistant; three times a week; 20 minutes a session";

type Seeded = { email: string; caseId: string };
let server: TestServer;
let cleanup: () => Promise<void>;
const families: Record<"withJavaScript" | "withoutJavaScript", Seeded> = {} as never;

/** Today where the family lives, as the server works it out. */
function today(): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
}

beforeAll(async () => {
  // Seed the store in this process, close it, then start a server on it (PGlite allows one
  // process at a time): a finding about missed sessions needs a plan with a log of sessions.
  let existing: { dataDir: string } | { databaseUrl: string };
  if (isPostgres()) {
    await createDatabase(process.env.DATABASE_URL!);
    existing = { databaseUrl: process.env.DATABASE_URL! };
    cleanup = () => dropDatabase(process.env.DATABASE_URL!);
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), "clearpath-letters-"));
    process.env.DATA_DIR = dataDir;
    existing = { dataDir };
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  const { migrateDatabase, closeDatabase } = await import("~/data/db.server");
  const { createParent, createChildCase } = await import("../factories");
  const { createCycle, createProvision, createSessions } = await import("../factories/delivery");
  await migrateDatabase();
  const now = today();
  for (const key of ["withJavaScript", "withoutJavaScript"] as const) {
    const email = `${key.toLowerCase()}.letters@example.com`;
    const parent = await createParent({ email, password: PASSWORD, name: "Jo Hale" });
    const caseId = await createChildCase(parent, {
      childName: "Robin Hale",
      dateOfBirth: "2017-03-27",
      school: "Hill Top Primary",
      yearGroup: "Year 3",
      sencoName: "Mr Dev Patel",
    });
    const cycle = await createCycle(caseId, {
      title: "Autumn plan",
      startDate: addDays(now, -70),
      reviewDate: addDays(now, 30),
    });
    const phonics = await createProvision(cycle, {
      startDate: addDays(now, -63),
      endDate: addDays(now, 30),
    });
    // Eight sessions known, four of them missed: half of what was planned.
    await createSessions(
      phonics,
      Array.from({ length: 8 }, (_, index) => ({
        date: addDays(now, -60 + index * 2),
        status: index % 2 === 0 ? ("held" as const) : ("cancelled" as const),
      })),
    );
    families[key] = { email, caseId };
  }
  await closeDatabase();
  server = await startTestServer({ existing });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await cleanup?.();
});

async function signedIn(
  family: Seeded,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const page = await browser.newPage({ baseURL: server.baseUrl, ...options });
  await visit(page, "/sign-in", "Sign in");
  await signIn(page, { email: family.email, password: PASSWORD });
  return page;
}

async function download(page: Page, name: string) {
  const href = await page.getByRole("link", { name }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  return { headers: response.headers(), body: await response.body() };
}

async function writeEditDownloadAndSend(page: Page, family: Seeded) {
  expectBadRequests(page);
  const now = today();
  const replyBy = formatDate(addDays(now, 14));

  // The health check's finding about missed sessions leads to the letter that asks for the records.
  await visit(page, `/cases/${family.caseId}/health`, "Health check");
  const finding = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Only 50% of planned sessions happened" }) });
  await finding.getByRole("link", { name: "Ask for the session records" }).click();
  await arrivedAt(page, "Letters");
  const writing = page.getByRole("region", { name: "Ask for session records" });
  expect(await writing.getByRole("checkbox", { name: PHONICS }).isChecked()).toBe(true);

  // Asking for nothing is refused, and nothing is written.
  await writing.getByRole("checkbox", { name: PHONICS }).uncheck();
  await page.getByRole("button", { name: "Write the letter" }).click();
  const summary = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await summary
    .getByRole("link", { name: "Choose at least one line of support to ask about" })
    .waitFor();
  await arrivedAt(page, "Letters");
  expect(await page.getByLabel("Their name (optional)").inputValue()).toBe("Mr Dev Patel");
  expect(await mainText(page)).toContain("No letters yet.");

  // The provision-map request, from the list of letters.
  await page.getByRole("link", { name: "Ask for the provision map" }).click();
  await arrivedAt(page, "Letters");
  const provisionMap = page.getByRole("region", { name: "Ask for the provision map" });
  expect(await provisionMap.getByLabel("Their name (optional)").inputValue()).toBe("Mr Dev Patel");
  expect(await provisionMap.getByLabel("Their address (optional)").inputValue()).toBe(
    "Hill Top Primary",
  );
  expect(await provisionMap.getByLabel("Your name (optional)").inputValue()).toBe("Jo Hale");
  await provisionMap.getByLabel("Your address (optional)").fill("12 Oak Road\nLeeds LS1 1AA");
  await page.getByRole("button", { name: "Write the letter" }).click();
  await arrivedAt(page, "Request for Robin Hale's provision map");
  let text = await mainText(page);
  expect(text).toContain("Letter written from your records.");
  expect(text).toContain(
    "I am writing about my child, Robin Hale (date of birth 27 March 2017), who is in Year 3 at Hill Top Primary.",
  );
  expect(text).toContain(`• ${PHONICS}`);
  expect(text).toContain("Dear Mr Patel,");
  expect(text).toContain("Yours sincerely,");
  expect(text).toContain("What the law or guidance says");

  // Edit the text; a subject left empty is refused first, keeping the new words.
  const body = page.getByLabel("Text of the letter");
  const added = "Please include the speech and language sessions as well.";
  await body.fill(`${await body.inputValue()}\n\n${added}`);
  await page.getByLabel("Subject").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await summary.getByRole("link", { name: "Enter the subject of the letter" }).waitFor();
  await arrivedAt(page, "Request for Robin Hale's provision map");
  expect(await page.getByLabel("Text of the letter").inputValue()).toContain(added);
  await page.getByLabel("Subject").fill("Request for Robin Hale's provision map");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByText("Letter saved.").waitFor();
  await arrivedAt(page, "Request for Robin Hale's provision map");
  expect(
    await page.getByRole("article", { name: "The letter as it will print" }).innerText(),
  ).toContain(added);

  // Printed from the browser, the page is the letter alone: no site header, forms or buttons.
  await page.emulateMedia({ media: "print" });
  expect(await page.getByRole("article", { name: "The letter as it will print" }).isVisible()).toBe(
    true,
  );
  for (const hidden of [
    page.getByRole("banner", { includeHidden: true }),
    page.getByRole("search", { includeHidden: true }),
    page.getByLabel("Subject"),
    page.getByRole("button", { name: "Save changes", includeHidden: true }),
  ])
    expect(await hidden.isVisible()).toBe(false);
  await page.emulateMedia({ media: "screen" });

  // Word and PDF, with the edited text, as attachments with a sensible name.
  const word = await download(page, "Download as Word (.docx)");
  expect(word.headers["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  );
  expect(word.headers["content-disposition"]).toBe(
    `attachment; filename="request-for-robin-hale-s-provision-map-${now}.docx"`,
  );
  const wordText = (await mammoth.extractRawText({ buffer: word.body })).value;
  for (const part of [
    "12 Oak Road",
    formatDate(now),
    "Dear Mr Patel,",
    "Request for Robin Hale's provision map",
    added,
    "Jo Hale",
  ])
    expect(wordText).toContain(part);
  const pdf = await download(page, "Download as PDF");
  expect(pdf.headers["content-type"]).toBe("application/pdf");
  expect(pdf.headers["content-disposition"]).toBe(
    `attachment; filename="request-for-robin-hale-s-provision-map-${now}.pdf"`,
  );
  const pdfText = (
    await extractText(await getDocumentProxy(new Uint8Array(pdf.body)), { mergePages: true })
  ).text.replace(/\s+/g, " ");
  for (const part of ["Leeds LS1 1AA", "Dear Mr Patel,", added, "Yours sincerely,"])
    expect(pdfText).toContain(part);

  // Mark it as sent today, by post, leaving the reply-by date to the app: two weeks.
  await page.getByRole("radio", { name: "By post or by hand" }).check();
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await page
    .getByText(`Marked as sent and added to your correspondence log. A reply is due by ${replyBy}.`)
    .waitFor();
  await arrivedAt(page, "Request for Robin Hale's provision map");
  text = await mainText(page);
  expect(text).toContain(`Sent on ${formatDate(now)}, reply due by ${replyBy}.`);
  expect(await page.getByRole("button", { name: "Save changes" }).count()).toBe(0);
  expect(await page.getByRole("button", { name: "Delete this draft" }).count()).toBe(0);

  // The correspondence log has it, with the date a reply was asked for.
  await page.getByRole("link", { name: "See it in your correspondence log" }).click();
  await arrivedAt(page, "Correspondence");
  const logged = page.getByRole("article", { name: "Request for Robin Hale's provision map" });
  const loggedText = (await logged.innerText()).replace(/\s+/g, " ");
  expect(loggedText).toContain(formatDate(now));
  expect(loggedText).toContain(replyBy);
  expect(loggedText).toContain("To Mr Dev Patel, Hill Top Primary");

  // The list of letters shows it sent.
  await followCaseMenu(page, "Letters");
  await arrivedAt(page, "Letters");
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Request for Robin Hale's provision map" }) });
  expect((await card.innerText()).replace(/\s+/g, " ")).toContain(
    `Sent on ${formatDate(now)}; reply due by ${replyBy}`,
  );
}

test("a parent writes a provision-map request from the records, edits it, downloads it and marks it sent", async () => {
  const family = families.withJavaScript;
  const page = await signedIn(family);
  await writeEditDownloadAndSend(page, family);

  // A subject access request: its reply is due one calendar month after sending, and a draft can be deleted.
  await page
    .getByRole("link", { name: "Ask for your child's school records (subject access request)" })
    .click();
  await arrivedAt(page, "Letters");
  await page
    .getByRole("radio", { name: /^Yes: a community, foundation or voluntary school/ })
    .check();
  await page.getByRole("button", { name: "Write the letter" }).click();
  await arrivedAt(page, "Subject access request: Robin Hale's records");
  expect(await mainText(page)).toContain(
    "As Hill Top Primary is a maintained school, I also ask to see Robin's educational record",
  );
  expect(await mainText(page)).toContain(
    "one calendar month after the day you send it: the time the law allows",
  );
  await page.getByRole("button", { name: "Delete this draft" }).click();
  await page.getByText("Draft deleted.").waitFor();
  await arrivedAt(page, "Letters");
  expect(
    await page.getByRole("link", { name: "Subject access request: Robin Hale's records" }).count(),
  ).toBe(0);
});

test("without JavaScript, a parent writes, edits, downloads and sends a provision-map request", async () => {
  const family = families.withoutJavaScript;
  const page = await signedIn(family, { javaScriptEnabled: false });
  await writeEditDownloadAndSend(page, family);
});
