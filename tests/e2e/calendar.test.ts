// Dates and reminders in a real browser: a recorded request starts the council's time limit, which
// shows under "Coming up" on the overview with a calendar file to download; the reminder choices
// refuse a bad number; a private calendar link is made, serves the case's dates, and stops working
// when a new one is made. Without JavaScript, these forms are checked over plain HTTP in
// tests/server/forms-without-javascript.test.ts.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { addDays } from "~/domain/calendar/calendar-date";
import { formatDate } from "~/domain/presentation";
import { arrivedAt, expectBadRequests, mainText, useBrowser } from "../support/browser";
import { createCase, followCaseMenu, signedInParent } from "../support/journeys";

const browser = useBrowser();

function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

async function datesAndReminders(page: Page) {
  expectBadRequests(page);
  await signedInParent(page);
  await createCase(page, "Kit Marlow");
  const requested = addDays(today(), -3);
  const [year, month, day] = requested.split("-");
  await followCaseMenu(page, "Assessment and plan");
  await arrivedAt(page, "Assessment and plan deadlines");
  await page.getByLabel("What happened", { exact: true }).selectOption({ label: "The council received our request for an EHC needs assessment" });
  const when = page.getByRole("group", { name: "When did it happen?" });
  await when.getByLabel("Day").fill(String(Number(day)));
  await when.getByLabel("Month").fill(String(Number(month)));
  await when.getByLabel("Year").fill(year!);
  await page.getByRole("button", { name: "Record event" }).click();
  await page.getByText("Event recorded.").waitFor();

  // The overview lists the decision due in 6 weeks, with a calendar file for it.
  await followCaseMenu(page, "Overview");
  await arrivedAt(page, "Kit Marlow");
  const due = addDays(requested, 42);
  const comingUp = page.getByRole("region", { name: "Coming up" });
  expect((await comingUp.innerText()).replace(/\s+/g, " ")).toContain(`${formatDate(due)}: Decision on whether to assess`);
  const file = await page.request.get((await comingUp.getByRole("link", { name: /Add to calendar.*Decision on whether to assess/ }).getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const ics = await file.text();
  expect(ics).toContain("SUMMARY:Decision on whether to assess (Kit Marlow)");
  expect(ics).toContain(`DTSTART;VALUE=DATE:${due.replace(/-/g, "")}`);

  // Reminder choices: a bad number is refused and kept; a good one is saved.
  await page.goto(new URL("/account/calendar", page.url()).toString());
  await arrivedAt(page, "Calendar and reminders");
  await page.getByLabel("How many days before?").fill("0");
  await page.getByRole("button", { name: "Save reminder choices" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await summary.getByRole("link", { name: "Enter a number of days from 1 to 60" }).waitFor();
  expect(await page.getByLabel("How many days before?").inputValue()).toBe("0");
  await page.getByLabel("How many days before?").fill("3");
  await page.getByRole("button", { name: "Save reminder choices" }).click();
  await page.getByText("Reminder choices saved.").waitFor();
  expect(await page.getByLabel("How many days before?").inputValue()).toBe("3");

  // The calendar link serves the dates; a new link stops the old one.
  await page.getByRole("button", { name: "Make my calendar link" }).click();
  await arrivedAt(page, "Calendar and reminders");
  const first = (await page.locator("code").innerText()).trim();
  const feed = await page.request.get(first);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("SUMMARY:Decision on whether to assess (Kit Marlow)");
  await page.getByRole("button", { name: "Make a new link (the old one stops working)" }).click();
  await arrivedAt(page, "Calendar and reminders");
  const second = (await page.locator("code").innerText()).trim();
  expect(second).not.toBe(first);
  expect((await page.request.get(first)).status()).toBe(404);
  expect((await page.request.get(second)).status()).toBe(200);
  expect(await mainText(page)).toContain("Clearpath does not show it again.");
}

describe("with JavaScript", () => {
  test("a parent sees what is coming up, sets reminders and subscribes to a private calendar", async () => {
    await datesAndReminders(await browser.newPage());
  });
});
