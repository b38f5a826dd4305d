// The statutory timeline in a real browser: record that the council received a request for an
// assessment long ago, see the decision deadline marked as missed with what to do, then record the
// decision and see it met. Runs with JavaScript on and again with it off; every page gets an axe scan.
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
  await decision.getByRole("link", { name: /regulation 5/ }).first().waitFor();
  expect(await mainText(page)).toContain("Final EHC plan");

  // The council decided to assess on 10 July 2026: the decision deadline is met.
  await recordEvent(page, "The council decided to assess", ["10", "7", "2026"]);
  const met = (await page.getByRole("article", { name: "Decision on whether to assess" }).innerText()).replace(/\s+/g, " ");
  expect(met).toContain("Met on 10 July 2026");
  expect(met).not.toContain("What you can do now");

  // Change the decision's date, then remove it: the deadline is missed again.
  await page.getByRole("link", { name: /^Change\W+The council decided to assess on 10 July 2026$/ }).click();
  await arrivedAt(page, HEADING);
  await fillDate(page, "When did it happen?", ["20", "7", "2026"]);
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByText("Event updated.").waitFor();
  await arrivedAt(page, HEADING);
  expect(await page.getByRole("article", { name: "Decision on whether to assess" }).innerText()).toContain("Met late, on 20 July 2026");
  await page.getByRole("button", { name: /^Remove\W+The council decided to assess on 20 July 2026$/ }).click();
  await page.getByText("Event removed.").waitFor();
  await arrivedAt(page, HEADING);
  expect(await page.getByRole("article", { name: "Decision on whether to assess" }).innerText()).toMatch(/Missed by \d+ days/);
}

describe("with JavaScript", () => {
  test("a parent records a request and a decision and sees the decision deadline missed, then met", async () => {
    await followTheTimeline(await browser.newPage());
  });
});

describe("without JavaScript", () => {
  test("a parent records a request and a decision and sees the decision deadline missed, then met", async () => {
    await followTheTimeline(await browser.newPage({ javaScriptEnabled: false }));
  });
});
