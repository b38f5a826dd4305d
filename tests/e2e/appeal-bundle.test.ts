// The evidence bundle in a real browser on a phone (390 px): after uploading documents and starting
// an appeal against a refusal to assess, the parent puts the decision letter and an expert report
// in the bundle (a form sent without a section is refused first), sees the page budget count only
// the evidence and the checks on the report with their status, marks the bundle as sent, adds a
// late report that takes supplementary pages (2A–2B), and downloads the PDF with those labels at
// the foot and a bookmark for it. The page is scanned with axe and never scrolls sideways.
import type { Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, test } from "vitest";
import { makePdf } from "../fixtures/documents/make";
import { arrivedAt, checkA11y, expectBadRequests, mainText, useBrowser, visit, widthsThatOverflow } from "../support/browser";
import { createCase, followCaseMenu, signedInParent } from "../support/journeys";

const browser = useBrowser();

/** Posts a form from inside the page (same origin, so it passes the CSRF check) and gives where it ended up. */
async function postFromPage(page: Page, path: string, fields: Record<string, string>): Promise<string> {
  return page.evaluate(
    async ({ path, fields }) => {
      const response = await fetch(path, { method: "POST", body: new URLSearchParams(fields) });
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      return new URL(response.url).pathname;
    },
    { path, fields },
  );
}

async function upload(page: Page, files: Array<{ name: string; pages: number; date: string }>) {
  await followCaseMenu(page, "Documents");
  await arrivedAt(page, "Documents");
  await page.getByLabel("Choose files").setInputFiles(
    await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        mimeType: "application/pdf",
        buffer: await makePdf({ pages: file.pages, lines: [file.name], creationDate: new Date(`${file.date}T10:00:00Z`) }),
      })),
    ),
  );
  await page.getByRole("radio", { name: "School" }).check();
  await page.getByRole("button", { name: "Upload" }).click();
  await page.getByText(/uploaded\. Check their dates and details below\./).waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
    throw new Error(`${String(error)}\n${await mainText(page)}`);
  });
}

async function addToBundle(page: Page, document: RegExp, section: RegExp, kind: RegExp) {
  await page.getByLabel("Document", { exact: true }).selectOption({ label: (await page.getByLabel("Document", { exact: true }).locator("option").allInnerTexts()).find((text) => document.test(text))! });
  const add = page.getByRole("region", { name: "Add a document of the case" });
  await add.getByRole("group", { name: "Section" }).getByRole("radio", { name: section }).check();
  await add.getByRole("group", { name: "What it is" }).getByRole("radio", { name: kind }).check();
}

describe("with JavaScript, on a phone", () => {
  test("a parent builds the evidence bundle, marks it as sent, adds a late report on supplementary pages and downloads the PDF", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    expectBadRequests(page);
    await signedInParent(page);
    await createCase(page, "Robin Hale");
    const caseId = /\/cases\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await upload(page, [
      { name: "Refusal letter", pages: 2, date: "2026-03-03" },
      { name: "EP report", pages: 3, date: "2026-05-01" },
      { name: "SALT report", pages: 2, date: "2026-04-10" },
    ]);

    // A refusal recorded on the statutory page, taken to appeal.
    await postFromPage(page, `/cases/${caseId}/statutory`, { intent: "add", type: "ehcna_refused", "date.day": "3", "date.month": "3", "date.year": "2026" });
    await visit(page, `/cases/${caseId}/appeals`, "Appeals");
    const start = await page.getByRole("link", { name: /^Start an appeal/ }).first().getAttribute("href");
    const workspace = await postFromPage(page, start!, {
      mediation: "certificate_after_advice",
      "mediationCertificateOn.day": "10",
      "mediationCertificateOn.month": "4",
      "mediationCertificateOn.year": "2026",
    });
    expect(workspace).toMatch(/\/appeals\/[0-9a-f-]{36}$/);

    await visit(page, `${workspace}/bundle`, "Evidence bundle");
    expect(await mainText(page)).toContain("No documents in the bundle yet.");
    expect(await mainText(page)).toContain("0 pages of 75 used: 75 pages left.");

    // A form without a section is refused, saying what to do, and nothing is added.
    await page.getByLabel("Document", { exact: true }).selectOption({ index: 1 });
    await page.getByRole("button", { name: "Add to the bundle" }).click();
    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
    await summary.getByRole("link", { name: "Choose the section it goes in" }).waitFor();
    expect(await mainText(page)).toContain("No documents in the bundle yet.");

    await addToBundle(page, /^Refusal letter/, /^B: /, /^A document/);
    await page.getByRole("button", { name: "Add to the bundle" }).click();
    await page.getByText("Added Refusal letter: 2 pages.").waitFor();

    await addToBundle(page, /^EP report/, /^C: /, /^A report by a professional/);
    await page.getByLabel("Expert report: pages of its summary at the start (optional)").fill("1");
    const reportDate = page.getByRole("group", { name: /^Expert report: the date it was written/ });
    await reportDate.getByLabel("Day").fill("1");
    await reportDate.getByLabel("Month").fill("5");
    await reportDate.getByLabel("Year").fill("2026");
    await page.getByRole("button", { name: "Add to the bundle" }).click();
    await page.getByText("Added EP report: 3 pages.").waitFor();

    const sectionB = page.getByRole("region", { name: "Section B: The decision and the plan" });
    const sectionC = page.getByRole("region", { name: "Section C: Reports from professionals" });
    expect(await sectionB.innerText()).toContain("Pages 1–2");
    const reportText = await sectionC.innerText();
    expect(reportText).toContain("Pages 3–5");
    expect(reportText).toContain("A summary of 1 page at the start: within the limit of 2 pages.");
    expect(reportText).toContain("Rule R-TRIB-EXPERTS. Not yet checked against the law's own text.");
    // Only the evidence counts against the limit: the letter in section B does not.
    const budget = page.getByRole("region", { name: "Page limit for your evidence" });
    expect(await budget.innerText()).toContain("3 pages of 75 used: 72 pages left.");
    expect(await budget.innerText()).toContain("These limits are the most allowed, not a target");
    expect(await widthsThatOverflow(page)).toEqual([]);

    // Sent: the page numbers are fixed, and a late report goes on supplementary pages.
    await page.getByRole("button", { name: "Mark as sent" }).click();
    await summary.getByRole("link", { name: "Tick the box to confirm the bundle was sent as it is now" }).waitFor();
    await page.getByLabel("I sent the bundle as it is shown here").check();
    await page.getByRole("button", { name: "Mark as sent" }).click();
    await page.getByText(/^Marked as sent on .+\. The page numbers are now fixed\.$/).waitFor();
    await addToBundle(page, /^SALT report/, /^C: /, /^A report by a professional/);
    await page.getByRole("button", { name: "Add to the bundle" }).click();
    await page.getByText("Added SALT report: 2 pages, on supplementary pages.").waitFor();
    const late = await sectionC.innerText();
    expect(late).toMatch(/Pages 2A–2B\s+SALT report/);
    expect(late).toContain("Added after the bundle was sent: supplementary pages");
    expect(late).toContain("Enter the date of the report to check its age");
    expect(await sectionC.innerText()).toContain("Pages 3–5");
    expect(await widthsThatOverflow(page)).toEqual([]);
    // A sent bundle with supplementary pages: the one state of the bundle the accessibility test does not reach.
    await checkA11y(page);

    const href = await page.getByRole("link", { name: "Download the bundle (PDF)" }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const pdf = await getDocumentProxy(new Uint8Array(await response.body()));
    const pages = ((await extractText(pdf, { mergePages: false })).text as string[]).map((text) => text.replace(/\s+/g, " "));
    // cover, index, B divider + 2, C divider + 2 + 3
    expect(pdf.numPages).toBe(2 + 3 + 6);
    expect(pages[1]).toMatch(/10 April 2026 SALT report 2A–2B added after the bundle was sent/);
    expect(pages[6]).toContain("SALT report");
    expect(pages[6]).toContain("Page 2A");
    expect(pages[7]).toContain("Page 2B");
    expect(pages[10]).toContain("Page 5");
    const outline = (await pdf.getOutline())!;
    expect(outline.map((entry) => entry.title)).toEqual(["Section B: The decision and the plan", "Section C: Reports from professionals"]);
    expect(outline[1]!.items.map((entry) => entry.title)).toEqual(["2A–2B  SALT report", "3–5  EP report"]);
  });
});
