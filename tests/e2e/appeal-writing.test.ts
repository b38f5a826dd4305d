// Writing for the tribunal in a real browser, on a phone: from a final plan taken to appeal, the
// parent proposes a change to a Section F line with its evidence pages, sees it in the mark-up key
// with its footnote, and downloads the working document as Word (a numbered version with real bold,
// strike and footnotes); then adds a statement paragraph from the timeline and one of their own,
// sees them numbered in date order, and downloads the statement as a PDF. Every page is scanned.
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, test } from "vitest";
import { arrivedAt, checkA11y, expectBadRequests, mainText, useBrowser, widthsThatOverflow } from "../support/browser";
import { createCase, followCaseMenu, signedInParent } from "../support/journeys";

const browser = useBrowser();
const PHONE = { width: 390, height: 844 };

const PLAN = `Section B: Special educational needs
Communication and interaction
Robin finds it hard to follow spoken instructions.
Section F: Special educational provision
Communication and interaction
Speech therapy as needed.
Section I: Placement
Hill Top Primary School.`;

async function fillDate(page: Page, legend: string, [day, month, year]: [string, string, string]) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return readFile((await file.path())!);
}

async function startAppealAgainstTheFinalPlan(page: Page) {
  await signedInParent(page);
  await createCase(page, "Robin Hale");
  const caseBase = page.url().replace(/(\/cases\/[^/]+).*$/, "$1");
  await followCaseMenu(page, "EHC plans");
  await arrivedAt(page, "EHC plans");
  await page.getByRole("radio", { name: "Final plan" }).check();
  await page.getByLabel("Name").fill("Final plan");
  await page.getByLabel("Or paste the plan's text").fill(PLAN);
  await page.getByRole("button", { name: "Add the plan" }).click();
  await page.getByText(/^Plan added:/).waitFor();

  await page.goto(`${caseBase}/statutory`);
  await page.getByLabel("What happened", { exact: true }).selectOption({ label: "Final plan issued" });
  await fillDate(page, "When did it happen?", ["3", "3", "2026"]);
  await page.getByRole("button", { name: "Record event" }).click();
  await page.getByText("Event recorded.").waitFor();

  await page.goto(`${caseBase}/appeals`);
  await page.getByRole("link", { name: /^Start an appeal/ }).first().click();
  await arrivedAt(page, "Start an appeal");
  await page.getByRole("checkbox", { name: /Section B/ }).check();
  await page.getByRole("checkbox", { name: /Section F/ }).check();
  await page.getByRole("group", { name: /health and social care/ }).getByRole("radio", { name: "No" }).check();
  await page.getByRole("radio", { name: /mediation advice and chose not to mediate/ }).check();
  await fillDate(page, "If you have a certificate: what date is on it?", ["10", "4", "2026"]);
  await page.getByRole("button", { name: "Start the appeal" }).click();
  await page.getByRole("link", { name: "The working document" }).waitFor();
}

async function checkPage(page: Page) {
  await checkA11y(page);
  expect(await widthsThatOverflow(page)).toEqual([]);
}

async function writeForTheTribunal(page: Page) {
  expectBadRequests(page);
  await startAppealAgainstTheFinalPlan(page);

  // The working document starts from the final plan's Sections B and F, in normal type.
  await page.getByRole("link", { name: "The working document" }).click();
  await arrivedAt(page, "Working document");
  let text = await mainText(page);
  expect(text).toContain("Starting from the final plan");
  expect(text).toContain("Speech therapy as needed.");
  expect(text).not.toContain("Hill Top Primary School.");
  expect(text).toMatch(/Length: About 1 page of 25/);
  await checkPage(page);

  // A change with no words is refused, and what was chosen is kept.
  await page.getByRole("region", { name: /Section F/ }).getByRole("link", { name: "Propose a change to this line" }).click();
  await arrivedAt(page, "Working document");
  await page.getByRole("radio", { name: /I want words changed/ }).check();
  await page.getByRole("button", { name: "Add the change" }).click();
  await page.getByRole("alert").getByRole("link", { name: "Enter the words you want in the plan" }).waitFor();
  expect(await page.getByRole("radio", { name: /I want words changed/ }).isChecked()).toBe(true);
  await checkPage(page);

  await page.getByRole("textbox", { name: "The new words" }).fill("One hour of speech and language therapy a week, from a qualified therapist.");
  await page.getByLabel("Why (this goes in a footnote)").fill("The therapist's report recommends it");
  await page.getByLabel("Pages of your evidence in the bundle").fill("45–47");
  await page.getByRole("button", { name: "Add the change" }).click();
  await page.getByText("Change added.").waitFor();
  text = await mainText(page);
  expect(text).toContain("Family's deletion: Speech therapy as needed.");
  expect(text).toContain("Family's addition: One hour of speech and language therapy a week");
  expect(text).toContain("The therapist's report recommends it. Evidence: bundle pages 45–47.");
  await checkPage(page);

  // Downloading keeps version 1; the Word file carries the marks as real runs and the footnote.
  const word = unzipSync(new Uint8Array(await download(page, "Download as Word (version 1)")));
  const xml = strFromU8(word["word/document.xml"]!);
  expect(xml).toMatch(/<w:b\/>.*<w:strike\/>.*Speech therapy as needed\./);
  expect(xml).toContain("<w:footnoteReference");
  expect(strFromU8(word["word/footnotes.xml"]!)).toContain("Evidence: bundle pages 45–47.");
  await page.reload();
  await arrivedAt(page, "Working document");
  await page.getByRole("link", { name: "Word (version 1)" }).waitFor();

  // The statement: a paragraph from the timeline, then an undated one of the parent's own.
  await page.getByRole("link", { name: /^Back to/ }).click();
  await page.getByRole("link", { name: "Your witness statement" }).click();
  await arrivedAt(page, "Witness statement");
  expect(await mainText(page)).toContain("No paragraphs yet.");
  await checkPage(page);
  const fromTimeline = page.getByRole("region", { name: "From your timeline" });
  await fromTimeline.getByRole("button", { name: /^Add as a paragraph\W+On 3 March 2026: Final EHC plan issued/ }).click();
  await page.getByText("Paragraph added from the timeline.").waitFor();
  await page.getByRole("textbox", { name: "What happened" }).fill("I am Robin's mother. I make this statement about his speech and language needs.");
  await page.getByRole("button", { name: "Add the paragraph" }).click();
  await page.getByText("Paragraph added.").waitFor();
  // The undated paragraph stays where it was put (last); moving it up puts it first.
  text = await mainText(page);
  expect(text).toMatch(/1\.On 3 March 2026: Final EHC plan issued\..*2\.I am Robin's mother/);
  await page.getByRole("button", { name: "Move up paragraph 2" }).click();
  await page.getByText("Paragraph moved.").waitFor();
  expect(await mainText(page)).toMatch(/1\.I am Robin's mother.*2\.On 3 March 2026/);
  expect(await mainText(page)).toMatch(/Length: 1 page of 10 \(counted on the PDF\)/);
  await checkPage(page);

  const pdf = await download(page, "Download as PDF");
  const { text: pdfText } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  const flat = pdfText.replace(/\s+/g, " ");
  expect(flat).toContain("Witness statement of");
  expect(flat).toContain("1. I am Robin's mother.");
  expect(flat).toContain("2. On 3 March 2026: Final EHC plan issued.");
  expect(flat).toContain("Statement of truth");
}

describe("on a phone", () => {
  test("a parent writes the working document and the witness statement and downloads them", async () => {
    await writeForTheTribunal(await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, acceptDownloads: true }));
  });
});
