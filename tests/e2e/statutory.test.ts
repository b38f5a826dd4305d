// The statutory timeline in a real browser: record that the council received a request for an
// assessment long ago, see the decision deadline marked as missed with what to do, then record the
// decision and see it met; chase the missed decision by a letter written from the timeline, mark it
// sent; record a refusal and see how to disagree. Without JavaScript, these forms are checked over
// plain HTTP in tests/server/forms-without-javascript.test.ts.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { arrivedAt, expectBadRequests, mainText, useBrowser } from "../support/browser";
import { createCase, signedInParent } from "../support/journeys";

const browser = useBrowser();
const HEADING = "Assessment and plan deadlines";

async function fillDate(page: Page, legend: string, [day, month, year]: [string, string, string]) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

/** A time limit already met: it is in the "Done" disclosure, opened if it is not open yet. */
async function metDeadline(page: Page, name: string) {
  const done = page.getByText(/^Done: \d+ time limits? met$/);
  if (!(await done.evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open))) await done.click();
  return page.getByRole("article", { name });
}

async function recordEvent(page: Page, what: string, date: [string, string, string]) {
  await page.getByLabel("What happened", { exact: true }).selectOption({ label: what });
  await fillDate(page, "When did it happen?", date);
  await page.getByRole("button", { name: "Record event" }).click();
  await page.getByText("Event recorded.").waitFor();
  await arrivedAt(page, HEADING);
}

async function followTheTimeline(page: Page) {
  expectBadRequests(page);
  await signedInParent(page);
  await createCase(page, "Jo Fairweather");
  await page.goto(page.url().replace(/\/cases\/([^/]+)\/.*$/, "/cases/$1/statutory"));
  await arrivedAt(page, HEADING);
  expect(await mainText(page)).toContain("No time limits have started yet.");

  // Nothing chosen and a date that does not exist: refused, with what was typed kept.
  await fillDate(page, "When did it happen?", ["31", "2", "2026"]);
  await page.getByLabel("Notes (optional)").fill("Sent by email to the SEN team");
  await page.getByRole("button", { name: "Record event" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await summary.getByRole("link", { name: "Choose what happened from the list" }).waitFor();
  await summary.getByRole("link", { name: /must be a real date/ }).waitFor();
  await arrivedAt(page, HEADING);
  expect(await page.getByLabel("Notes (optional)").inputValue()).toBe("Sent by email to the SEN team");
  expect(await page.getByRole("group", { name: "When did it happen?" }).getByLabel("Day").inputValue()).toBe("31");
  expect(await mainText(page)).toContain("Nothing recorded yet.");

  // A request received on 1 June 2026 and no decision: the 6-week limit (13 July 2026) has passed.
  await recordEvent(page, "The council received our request for an EHC needs assessment", ["1", "6", "2026"]);
  const decision = page.getByRole("article", { name: "Decision on whether to assess" });
  const missed = (await decision.innerText()).replace(/\s+/g, " ");
  expect(missed).toMatch(/Missed by \d+ days/);
  expect(missed).toContain("Due by 13 July 2026");
  expect(missed).toContain("What you can do now");
  expect(missed).toContain("complain to the Local Government and Social Care Ombudsman");
  expect(missed).toContain("What the law says");
  // The law behind the date is folded: its rule ids and how far each was checked show; a tap opens it.
  expect(missed).toMatch(/R-[A-Z0-9-]+ (Checked|Partly checked|Not yet checked) against the law's own text/);
  expect(await decision.getByRole("link", { name: /regulation 5/ }).first().isVisible()).toBe(false);
  await decision.getByText("What the law says", { exact: true }).click();
  await decision.getByRole("link", { name: /regulation 5/ }).first().waitFor();
  expect(await mainText(page)).toContain("Final EHC plan");

  // The council decided to assess on 10 July 2026: the decision deadline is met.
  await recordEvent(page, "The council decided to assess", ["10", "7", "2026"]);
  const met = (await (await metDeadline(page, "Decision on whether to assess")).innerText()).replace(/\s+/g, " ");
  expect(met).toContain("Met on 10 July 2026");
  expect(met).not.toContain("What you can do now");

  // Change the decision's date, then remove it: the deadline is missed again.
  await page.getByRole("link", { name: /^Change\W+The council decided to assess on 10 July 2026$/ }).click();
  await arrivedAt(page, HEADING);
  await fillDate(page, "When did it happen?", ["20", "7", "2026"]);
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByText("Event updated.").waitFor();
  await arrivedAt(page, HEADING);
  expect(await (await metDeadline(page, "Decision on whether to assess")).innerText()).toContain("Met late, on 20 July 2026");
  await page.getByRole("button", { name: /^Remove\W+The council decided to assess on 20 July 2026$/ }).click();
  await page.getByText("Event removed.").waitFor();
  await arrivedAt(page, HEADING);
  expect(await page.getByRole("article", { name: "Decision on whether to assess" }).innerText()).toMatch(/Missed by \d+ days/);

  // The missed decision opens a chasing letter about it, written from the timeline.
  await page
    .getByRole("article", { name: "Decision on whether to assess" })
    .getByRole("link", { name: "Write a letter chasing the council" })
    .click();
  await arrivedAt(page, "Letters");
  const writing = page.getByRole("region", { name: "Chase a late decision or plan" });
  expect(await writing.getByRole("radio", { name: /^Decision on whether to assess \(due 13 July 2026/ }).isChecked()).toBe(true);
  await writing.getByLabel("Their address (optional)").fill("The SEND team\nWestshire Council");
  await page.getByRole("button", { name: "Write the letter" }).click();
  await arrivedAt(page, "Jo Fairweather: decision on whether to assess — time limit missed");
  const letter = await mainText(page);
  expect(letter).toContain("On 1 June 2026: request for an EHC needs assessment received by the council.");
  expect(letter).toContain("The time limit for the decision on whether to assess was 13 July 2026");
  expect(letter).toContain("regulation 5(1)");
  const pdf = await page.request.get((await page.getByRole("link", { name: "Download as PDF" }).getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await page.getByText(/Marked as sent and added to your correspondence log/).waitFor();
  await page.getByRole("link", { name: "See it in your correspondence log" }).click();
  await arrivedAt(page, "Correspondence");
  await page.getByRole("article", { name: "Jo Fairweather: decision on whether to assess — time limit missed" }).waitFor();

  // A refusal to assess: the page explains how to disagree, with the appeal date.
  await page.goto(page.url().replace(/\/correspondence.*$/, "/statutory"));
  await arrivedAt(page, HEADING);
  await recordEvent(page, "The council refused to assess", ["20", "7", "2026"]);
  const refusal = (await page.getByRole("article", { name: "Refusal to carry out an EHC needs assessment, 20 July 2026" }).innerText()).replace(/\s+/g, " ");
  expect(refusal).toContain("Appeal by 20 September 2026");
  expect(refusal).toContain("mediation adviser");
  expect(refusal).toContain("What an appeal needs");
  await page.getByRole("link", { name: "Write a letter asking for the reasons for this decision" }).click();
  await arrivedAt(page, "Letters");
  await page.getByRole("region", { name: "Ask for the reasons for a decision" }).waitFor();
}

describe("with JavaScript", () => {
  test("a parent follows the time limits, chases a missed one by letter and sees how to disagree with a refusal", async () => {
    await followTheTimeline(await browser.newPage());
  });
});
