// The evidence pack in a real browser: upload a PDF, a picture and notes, make a pack (a missing
// title is refused first), choose the documents, change their order, download the PDF and read it
// back: its page count, "Page N of M" on every page, and the index's page ranges. Without
// JavaScript, these forms are checked over plain HTTP in tests/server/forms-without-javascript.test.ts.
import type { Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, test } from "vitest";
import { makePdf } from "../fixtures/documents/make";
import { arrivedAt, expectBadRequests, mainText, useBrowser } from "../support/browser";
import { createCase, followCaseMenu, signedInParent } from "../support/journeys";

const browser = useBrowser();

async function makeAPack(page: Page) {
  expectBadRequests(page);
  await signedInParent(page);
  await createCase(page, "Ellis Moor");
  await followCaseMenu(page, "Documents");
  await arrivedAt(page, "Documents");
  const picture = await page.screenshot({ type: "png", clip: { x: 0, y: 0, width: 200, height: 100 } });
  await page.getByLabel("Choose files").setInputFiles([
    {
      name: "EP report.pdf",
      mimeType: "application/pdf",
      buffer: await makePdf({ pages: 3, lines: ["Educational Psychology Service"], creationDate: new Date("2026-02-10T10:00:00Z") }),
    },
    { name: "call-notes.txt", mimeType: "text/plain", buffer: Buffer.from("Phone call with the SENCO on 5 November 2025. Ellis is tired.") },
    { name: "drawing.png", mimeType: "image/png", buffer: picture },
  ]);
  await page.getByRole("radio", { name: "School" }).check();
  await page.getByRole("button", { name: "Upload" }).click();
  await page.getByText("3 documents uploaded. Check their dates and details below.").waitFor();

  await followCaseMenu(page, "Evidence packs");
  await arrivedAt(page, "Evidence packs");
  expect(await mainText(page)).toContain("No packs yet.");
  await page.getByRole("button", { name: "Make the pack" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await summary.getByRole("link", { name: "Enter a title for the pack" }).waitFor();
  await arrivedAt(page, "Evidence packs");
  await page.getByLabel("Title").fill("Evidence for our assessment request");
  await page.getByLabel("What it is for (optional)").fill("Sent with our letter to the council");
  // One step: the title and the documents on the same form.
  const documents = page.getByRole("group", { name: /^Documents/ });
  for (const box of await documents.getByRole("checkbox").all()) await box.check();
  await page.getByRole("button", { name: "Make the pack" }).click();
  await page.getByText("Pack made with 3 documents.").waitFor();
  await arrivedAt(page, "Evidence for our assessment request");
  const order = page.getByRole("region", { name: "Documents, in the order they go in" });
  const titles = async () => (await order.getByRole("listitem").allInnerTexts()).map((text) => text.split("\n")[0]!.replace(/\s*Move.*$/, "").trim());
  expect(await titles()).toEqual(["call notes (5 November 2025)", "EP report (10 February 2026)", "drawing"]);
  await order.getByRole("button", { name: "Move up: drawing" }).click();
  await arrivedAt(page, "Evidence for our assessment request");
  expect(await titles()).toEqual(["call notes (5 November 2025)", "drawing", "EP report (10 February 2026)"]);

  const href = await page.getByRole("link", { name: "Download the pack (PDF)" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="evidence-for-our-assessment-request-\d{4}-\d{2}-\d{2}\.pdf"$/);
  const pdf = await getDocumentProxy(new Uint8Array(await response.body()));
  const pages = ((await extractText(pdf, { mergePages: false })).text as string[]).map((text) => text.replace(/\s+/g, " "));
  // cover, index, chronology, summary, notes (1), drawing (1), EP report (3)
  expect(pdf.numPages).toBe(9);
  pages.forEach((text, index) => expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of 9`));
  expect(pages[0]).toContain("Sent with our letter to the council");
  expect(pages[1]).toMatch(/1\. Chronology page 3/);
  expect(pages[1]).toMatch(/2\. Summary of the support and its impact page 4/);
  expect(pages[1]).toMatch(/3\. call notes \(5 November 2025\) page 5/);
  expect(pages[1]).toMatch(/4\. drawing page 6/);
  expect(pages[1]).toMatch(/5\. EP report \(10 February 2026\) pages 7–9/);
  expect(pages[4]).toContain("Ellis is tired.");
  expect(pages[6]).toContain("Educational Psychology Service");
}

describe("with JavaScript", () => {
  test("a parent makes an evidence pack and downloads it as one numbered PDF", async () => {
    await makeAPack(await browser.newPage());
  });
});
