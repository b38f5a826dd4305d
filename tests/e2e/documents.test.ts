// The evidence library in a real browser: upload several files at once, see the dates suggested
// for them, correct a document's details, preview it, download the original and delete it; a
// refused file is named in the error summary; the school's plan is attached to a support cycle.
// The uploads (of documents and of the school's plan) run again without JavaScript (a main
// journey); a refused file without it is the plain form's 400, checked in tests/server/documents.test.ts.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { EXE, makeDocx, makeEmail, makePdf } from "../fixtures/documents/make";
import { arrivedAt, expectBadRequests, mainText, useBrowser } from "../support/browser";
import { createCase, followCaseMenu, signedInParent } from "../support/journeys";

const browser = useBrowser();
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function fillDate(page: Page, legend: string, [day, month, year]: [string, string, string]) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

async function openDocuments(page: Page, childName: string) {
  await signedInParent(page);
  await createCase(page, childName);
  await followCaseMenu(page, "Documents");
  await arrivedAt(page, "Documents");
  expect(await mainText(page)).toContain("No documents yet.");
}

async function uploadCorrectPreviewDownloadAndDelete(page: Page) {
  await openDocuments(page, "Sam Morgan");
  // A real picture, drawn by the browser itself.
  const picture = await page.screenshot({
    type: "png",
    clip: { x: 0, y: 0, width: 240, height: 120 },
  });
  await page.getByLabel("Choose files").setInputFiles([
    {
      name: "EP report.pdf",
      mimeType: "application/pdf",
      buffer: await makePdf({
        lines: ["Educational Psychology Service", "Recommendations", "1. Daily precision teaching"],
        creationDate: new Date("2026-02-10T10:00:00Z"),
      }),
    },
    {
      name: "support-plan.docx",
      mimeType: DOCX,
      buffer: await makeDocx(["Support plan agreed on 8 September 2025", "Target: read 40 words"]),
    },
    { name: "reply.eml", mimeType: "message/rfc822", buffer: Buffer.from(makeEmail()) },
    {
      name: "call-notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Phone call with the SENCO on 5 November 2026. Sam is happier at lunch."),
    },
    { name: "classroom.png", mimeType: "image/png", buffer: picture },
  ]);
  await page.getByRole("radio", { name: "School" }).check();
  await page.getByLabel("Who wrote it (optional)").fill("Mrs Shah");
  await page.getByLabel("Cognition and learning").check();
  await page.getByLabel("Tags (optional)").fill("reading, plan");
  await page.getByRole("button", { name: "Upload" }).click();
  await page.getByText("5 documents uploaded. Check their dates and details below.").waitFor();
  await arrivedAt(page, "Documents");

  const justUploaded = page.getByRole("region", { name: "Just uploaded: check the details" });
  const fresh = await justUploaded.innerText();
  expect(fresh).toContain("EP report");
  expect(fresh).toContain("10 February 2026 (suggested from the file's own details: check it)");
  expect(fresh).toContain("5 November 2026 (suggested from a date in its text: check it)");
  expect(fresh).toContain("cannot read the words in a picture");
  expect(await page.getByRole("region", { name: "All documents" }).innerText()).toContain(
    "5 documents, newest first.",
  );

  // Correct the details of the notes: a clearer title and the day the call really was.
  await justUploaded
    .getByRole("link", { name: "Check or change the details of call notes" })
    .click();
  await arrivedAt(page, "call notes");
  expect(await mainText(page)).toContain("Phone call with the SENCO on 5 November 2026.");
  await page.getByLabel("Title").fill("Call with Mrs Shah about lunchtimes");
  await fillDate(page, "Date of the document (optional)", ["4", "11", "2026"]);
  await page.getByRole("radio", { name: "Home (from us)" }).check();
  await page.getByLabel("Social, emotional and mental health").check();
  await page.getByRole("button", { name: "Save details" }).click();
  await page.getByText("Details saved.").waitFor();
  await arrivedAt(page, "Call with Mrs Shah about lunchtimes");
  const details = await mainText(page);
  expect(details).toContain("4 November 2026 (as you entered it)");
  expect(details).toContain("Home (from us)");
  expect(details).toContain("Cognition and learning, Social, emotional and mental health");

  // Download the original: the same bytes come back, under the file's own name.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the original" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("call-notes.txt");
  expect(readFileSync((await download.path())!, "utf8")).toBe(
    "Phone call with the SENCO on 5 November 2026. Sam is happier at lunch.",
  );

  // Preview: the picture is drawn on its page; the PDF opens in a new tab, in a sandbox.
  await page.getByRole("link", { name: "All documents" }).click();
  await arrivedAt(page, "Documents");
  await page.getByRole("link", { name: "classroom" }).click();
  await arrivedAt(page, "classroom");
  const image = page.getByRole("img", { name: "The uploaded picture, classroom" });
  await image.waitFor();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(240);
  await page.getByRole("link", { name: "All documents" }).click();
  await arrivedAt(page, "Documents");
  await page.getByRole("link", { name: "EP report" }).click();
  await arrivedAt(page, "EP report");
  expect(await mainText(page)).toContain("1. Daily precision teaching");
  const open = page.getByRole("link", { name: "Open the PDF in a new tab" });
  expect(await open.getAttribute("target")).toBe("_blank");
  const inline = await page.request.get((await open.getAttribute("href"))!);
  expect(inline.headers()["content-type"]).toBe("application/pdf");
  expect(inline.headers()["content-disposition"]).toMatch(/^inline; /);
  expect(inline.headers()["content-security-policy"]).toBe("default-src 'none'; object-src 'self'; frame-ancestors 'none'");
  await page.getByRole("link", { name: "Record it as a professional's report" }).waitFor();

  // The list can be narrowed to one source.
  await page.getByRole("link", { name: "All documents" }).click();
  await arrivedAt(page, "Documents");
  await page.getByLabel("Where it came from").selectOption("home");
  await page.getByRole("button", { name: "Show" }).click();
  await page.getByText("1 document match, newest first.").waitFor();
  await arrivedAt(page, "Documents");
  expect(await page.getByRole("region", { name: "All documents" }).innerText()).toContain(
    "Call with Mrs Shah about lunchtimes",
  );

  // Delete, after saying yes.
  await page.getByRole("link", { name: "Call with Mrs Shah about lunchtimes" }).click();
  await arrivedAt(page, "Call with Mrs Shah about lunchtimes");
  await page.getByRole("link", { name: "Delete this document" }).click();
  await page.getByRole("heading", { name: "Delete this document?" }).waitFor();
  await arrivedAt(page, "Call with Mrs Shah about lunchtimes");
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await page
    .getByText("“Call with Mrs Shah about lunchtimes” and its file have been deleted.")
    .waitFor();
  await arrivedAt(page, "Documents");
  const remaining = await page.getByRole("region", { name: "All documents" }).innerText();
  expect(remaining).toContain("4 documents, newest first.");
  expect(remaining).not.toContain("Call with Mrs Shah");
}

async function uploadARefusedFile(page: Page) {
  expectBadRequests(page);
  await openDocuments(page, "Kai Brook");
  await page.getByLabel("Choose files").setInputFiles([
    { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("A harmless note") },
    { name: "budget.docx", mimeType: DOCX, buffer: EXE },
  ]);
  await page.getByRole("button", { name: "Upload" }).click();
  const summary = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  const problem = summary.getByRole("link", {
    name: /budget\.docx is not a file type Clearpath keeps: use PDF, Word, an image, plain text or a saved email\./,
  });
  await problem.waitFor();
  await arrivedAt(page, "Documents");
  await problem.click();
  expect(
    await page.getByLabel("Choose files").evaluate((el) => el === document.activeElement),
  ).toBe(true);
  expect(await page.getByLabel("Choose files").getAttribute("aria-invalid")).toBe("true");
  expect(await mainText(page)).toContain("No documents yet.");

  // Nothing chosen at all.
  await page.getByLabel("Choose files").setInputFiles([]);
  await page.getByRole("button", { name: "Upload" }).click();
  await summary.getByRole("link", { name: "Choose at least one file to upload" }).waitFor();
  await arrivedAt(page, "Documents");
}

async function attachTheSchoolsPlan(page: Page) {
  await signedInParent(page);
  await createCase(page, "Ellis Moor");
  await followCaseMenu(page, "Support plans");
  await arrivedAt(page, "Support plans");
  await page.getByRole("link", { name: "Start a new cycle" }).click();
  await arrivedAt(page, "Start a new cycle");
  await page.getByLabel("Name of the plan (optional)").fill("Spring plan");
  await fillDate(page, "Start date", ["5", "1", "2026"]);
  await page.getByRole("button", { name: "Start cycle" }).click();
  await arrivedAt(page, "Spring plan");
  expect(await mainText(page)).toContain(
    "Not recorded. You can attach it when you change the cycle.",
  );

  await page
    .getByRole("link", { name: "Change dates, kind, assessment or the school's plan" })
    .click();
  await arrivedAt(page, "Change Spring plan");
  await page
    .getByLabel("Or upload it")
    .setInputFiles({
      name: "Spring SEN support plan.pdf",
      mimeType: "application/pdf",
      buffer: await makePdf({ lines: ["SEN support plan", "Spring term 2026"] }),
    });
  await page.getByRole("button", { name: "Save cycle" }).click();
  await page.getByText("Cycle saved.").waitFor();
  await arrivedAt(page, "Spring plan");
  await page.getByRole("link", { name: /Spring SEN support plan/ }).click();
  await arrivedAt(page, "Spring SEN support plan");
  expect(await mainText(page)).toContain("Spring term 2026");

  // It is one of the case's documents now, and can be picked again or unlinked.
  await page.goBack();
  await arrivedAt(page, "Spring plan");
  await page
    .getByRole("link", { name: "Change dates, kind, assessment or the school's plan" })
    .click();
  await arrivedAt(page, "Change Spring plan");
  const choice = page.getByLabel("Choose from your documents");
  expect(await choice.locator("option:checked").innerText()).toMatch(/^Spring SEN support plan/);
  await choice.selectOption("");
  await page.getByRole("button", { name: "Save cycle" }).click();
  await page.getByText("Cycle saved.").waitFor();
  await arrivedAt(page, "Spring plan");
  expect(await mainText(page)).toContain(
    "Not recorded. You can attach it when you change the cycle.",
  );
}

describe("with JavaScript", () => {
  test("a parent uploads several files, checks the suggested dates, corrects one, previews, downloads and deletes", async () => {
    await uploadCorrectPreviewDownloadAndDelete(await browser.newPage());
  });

  test("a parent is told which file was refused, and nothing is kept", async () => {
    await uploadARefusedFile(await browser.newPage());
  });

  test("a parent attaches the school's own plan to a support cycle", async () => {
    await attachTheSchoolsPlan(await browser.newPage());
  });
});

describe("without JavaScript", () => {
  const withoutJavaScript = { javaScriptEnabled: false };

  test("a parent uploads several files, checks the suggested dates, corrects one, previews, downloads and deletes", async () => {
    await uploadCorrectPreviewDownloadAndDelete(await browser.newPage(withoutJavaScript));
  });

  test("a parent attaches the school's own plan to a support cycle", async () => {
    await attachTheSchoolsPlan(await browser.newPage(withoutJavaScript));
  });
});
