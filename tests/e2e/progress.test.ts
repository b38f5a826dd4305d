// Progress, the home diary and reasonable adjustments in a real browser: add results and see the
// chart, its table and the gap to peers; write a diary entry, fix its suggested tags and find it
// by search; record an adjustment and follow the school's answer as it changes. Without
// JavaScript, these forms are checked over plain HTTP in tests/server/forms-without-javascript.test.ts.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { arrivedAt, expectBadRequests, mainText, useBrowser } from "../support/browser";
import { createCase, followCaseMenu, signedInParent } from "../support/journeys";

const browser = useBrowser();

async function fillDate(page: Page, legend: string, [day, month, year]: [string, string, string]) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

/** A signed-in parent with a case for a child born on 27 March 2017, on its progress page. */
async function caseWithDateOfBirth(page: Page, childName: string) {
  await signedInParent(page);
  await createCase(page, childName);
  await fillDate(page, "Date of birth", ["27", "3", "2017"]);
  await page.getByRole("button", { name: "Save profile" }).click();
  await arrivedAt(page, childName);
}

async function addReadingAge(page: Page, date: [string, string, string], months: string) {
  await fillDate(page, "When was it measured?", date);
  await page.getByLabel("Result", { exact: true }).fill(months);
  await page.getByRole("button", { name: "Add result" }).click();
  await page.getByText("Result added to Reading age (Salford).").waitFor();
  await arrivedAt(page, "Progress");
}

async function recordProgress(page: Page) {
  expectBadRequests(page);
  await caseWithDateOfBirth(page, "Ellis Moor");
  await followCaseMenu(page, "Progress");
  await arrivedAt(page, "Progress");
  expect(await mainText(page)).toContain("No results yet.");

  // A result that is not a number is refused, with what was typed kept.
  await page.getByRole("radio", { name: "Reading age" }).check();
  await page.getByLabel("What was measured").fill("Reading age (Salford)");
  await fillDate(page, "When was it measured?", ["15", "9", "2024"]);
  await page.getByLabel("Result", { exact: true }).fill("eighty");
  await page.getByRole("button", { name: "Add result" }).click();
  const summary = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await summary.getByRole("link", { name: /Enter the result as a number/ }).click();
  await arrivedAt(page, "Progress");
  expect(await page.getByLabel("Result", { exact: true }).inputValue()).toBe("eighty");
  expect(await page.getByLabel("What was measured").inputValue()).toBe("Reading age (Salford)");
  expect(await mainText(page)).toContain("No results yet.");

  await page.getByLabel("Result", { exact: true }).fill("80");
  await page.getByRole("button", { name: "Add result" }).click();
  await page.getByText("Result added to Reading age (Salford).").waitFor();
  await arrivedAt(page, "Progress");
  // The form remembers the kind and the name, so the next result is quick to type.
  expect(await page.getByRole("radio", { name: "Reading age" }).isChecked()).toBe(true);
  expect(await page.getByLabel("What was measured").inputValue()).toBe("Reading age (Salford)");
  await addReadingAge(page, ["15", "3", "2025"], "86");
  await addReadingAge(page, ["15", "9", "2025"], "87");

  const chart = page.getByRole("img", { name: /Chart: Reading age \(Salford\)/ });
  await chart.waitFor();
  const description = await page.locator("svg desc").first().textContent();
  expect(description).toContain(
    "3 results, from 6 years 8 months on 15 September 2024 to 7 years 3 months on 15 September 2025",
  );
  expect(description).toContain("progress has slowed down or stopped");

  const table = page.getByRole("table", { name: "Reading age (Salford): every result" });
  const rows = table.getByRole("row");
  expect(await rows.count()).toBe(4);
  // Expected values come from the child's age on each date, from the profile.
  expect((await rows.nth(1).innerText()).replace(/\s+/g, " ")).toContain(
    "15 September 2024 6 years 8 months 7 years 5 months 9 months behind",
  );
  expect((await rows.nth(3).innerText()).replace(/\s+/g, " ")).toContain(
    "15 September 2025 7 years 3 months 8 years 5 months 1 year 2 months behind",
  );
  const text = await mainText(page);
  expect(text).toContain("Compared with what is expected for age");
  expect(text).toContain("The gap is getting wider");

  await table.getByRole("button", { name: "Remove the result of 15 September 2025" }).click();
  await page.getByText("Result removed.").waitFor();
  await arrivedAt(page, "Progress");
  expect(
    await page
      .getByRole("table", { name: "Reading age (Salford): every result" })
      .getByRole("row")
      .count(),
  ).toBe(3);
  expect(await mainText(page)).toContain("The gap has stayed about the same.");
}

async function keepADiary(page: Page) {
  await signedInParent(page);
  await createCase(page, "Sam Reed");
  await followCaseMenu(page, "Diary");
  await arrivedAt(page, "Home diary");

  await fillDate(page, "Date", ["6", "10", "2025"]);
  await page
    .getByLabel("What did you see?")
    .fill("He covered his ears in assembly because it was too loud, and cried at the gate.");
  await page.getByText("Suggested tags: Social, emotional and mental health").waitFor();
  await page.getByRole("button", { name: "Save entry" }).click();
  await page.getByText("Diary entry saved. Check the tags we suggested.").waitFor();
  await arrivedAt(page, "Home diary");
  const entry = page.getByRole("article", { name: "6 October 2025" });
  expect(await entry.innerText()).toContain(
    "Tags: Social, emotional and mental health, Sensory and/or physical needs (suggested from what you wrote)",
  );

  // The parent disagrees with one tag and changes it; the tag form is already open.
  await entry.getByLabel("Social, emotional and mental health").uncheck();
  await entry.getByRole("button", { name: "Save tags" }).click();
  await page.getByText("Tags saved.").waitFor();
  await arrivedAt(page, "Home diary");
  expect(
    (await page.getByRole("article", { name: "6 October 2025" }).innerText()).replace(/\s+/g, " "),
  ).toContain("Tags: Sensory and/or physical needs");

  await fillDate(page, "Date", ["13", "10", "2025"]);
  await page.getByLabel("What did you see?").fill("Read two pages of his book with me before bed.");
  await page.getByRole("button", { name: "Save entry" }).click();
  await page.getByText(/Diary entry saved/).waitFor();
  await arrivedAt(page, "Home diary");
  expect(await mainText(page)).toContain("2 entries, newest first.");

  // Search finds words by meaning ("noisy" is not there; "loud" is) and marks them.
  const search = page.getByRole("search", { name: "Diary" });
  await search.getByLabel("Search for words").fill("loud");
  await search.getByRole("button", { name: "Search" }).click();
  await page.getByText("1 entry matches “loud”.").waitFor();
  await arrivedAt(page, "Home diary");
  expect(await page.getByRole("article").count()).toBe(1);
  expect(await page.getByRole("article").locator("mark").allInnerTexts()).toEqual(["loud"]);
  expect(page.url()).toContain("q=loud");

  await search.getByLabel("Search for words").fill("");
  await search.getByLabel("Area of need").selectOption({ label: "Sensory and/or physical needs" });
  await search.getByRole("button", { name: "Search" }).click();
  await page.getByText("1 entry matches in Sensory and/or physical needs.").waitFor();
  await arrivedAt(page, "Home diary");
  expect(await page.getByRole("article", { name: "6 October 2025" }).count()).toBe(1);

  await search.getByLabel("Search for words").fill("book");
  await search.getByRole("button", { name: "Search" }).click();
  await page.getByText("No entries match “book” in Sensory and/or physical needs.").waitFor();
  await arrivedAt(page, "Home diary");
}

async function keepAnAdjustmentsRegister(page: Page) {
  await signedInParent(page);
  await createCase(page, "Ray Cole");
  await followCaseMenu(page, "Adjustments");
  await arrivedAt(page, "Reasonable adjustments");

  // The duty, from the law catalogue, each rule linked to its public source.
  for (const title of [
    "The duty to make reasonable adjustments",
    "Schools must make reasonable adjustments",
    "What the duty covers in schools",
    "Extra aids and services in schools",
  ])
    await page.getByRole("heading", { level: 3, name: title }).waitFor();
  expect(
    await page
      .getByRole("link", { name: "Equality Act 2010, section 20(2)–(5)" })
      .getAttribute("href"),
  ).toBe("https://www.legislation.gov.uk/ukpga/2010/15/section/20");

  await page.getByLabel("What was asked for").fill("Ear defenders in assembly");
  await fillDate(page, "When was it asked for? (optional)", ["10", "9", "2025"]);
  await page.getByLabel("Who asked for it (optional)").fill("Me, by email to the SENCO");
  await page.getByRole("button", { name: "Add adjustment" }).click();
  await page.getByText("Adjustment added.").waitFor();
  await arrivedAt(page, "Reasonable adjustments");
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Ear defenders in assembly" }) });
  expect((await card.innerText()).replace(/\s+/g, " ")).toContain(
    "The school's answer Asked for, waiting for an answer",
  );

  await card.getByRole("link", { name: "Update Ear defenders in assembly" }).click();
  await arrivedAt(page, "Reasonable adjustments");
  await page
    .getByRole("heading", { level: 2, name: "Update: Ear defenders in assembly" })
    .waitFor();
  await page.getByRole("radio", { name: "Refused" }).check();
  await fillDate(page, "Date of the answer (optional)", ["20", "9", "2025"]);
  await page.getByLabel("Reason given (optional)").fill("We do not have any spare.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByText("Adjustment updated.").waitFor();
  await arrivedAt(page, "Reasonable adjustments");
  let text = (await card.innerText()).replace(/\s+/g, " ");
  expect(text).toContain("The school's answer Refused");
  expect(text).toContain("Date of the answer 20 September 2025");
  expect(text).toContain("Reason given We do not have any spare.");

  await card.getByRole("link", { name: "Update Ear defenders in assembly" }).click();
  await page
    .getByRole("heading", { level: 2, name: "Update: Ear defenders in assembly" })
    .waitFor();
  await arrivedAt(page, "Reasonable adjustments");
  await page.getByRole("radio", { name: "In place" }).check();
  await fillDate(page, "Date of the answer (optional)", ["1", "10", "2025"]);
  await page.getByLabel("Does it work? (optional)").fill("Yes: he stays in assembly now.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByText("Adjustment updated.").waitFor();
  await arrivedAt(page, "Reasonable adjustments");
  text = (await card.innerText()).replace(/\s+/g, " ");
  expect(text).toContain("The school's answer In place");
  expect(text).toContain("Does it work? Yes: he stays in assembly now.");
  expect(await page.getByRole("heading", { level: 2, name: "Add an adjustment" }).count()).toBe(1);
}

describe("with JavaScript", () => {
  test("a parent adds results and sees the chart, its table and the gap to what is expected", async () => {
    await recordProgress(await browser.newPage());
  });

  test("a parent writes in the home diary, corrects the suggested tags and finds the entry by search", async () => {
    await keepADiary(await browser.newPage());
  });

  test("a parent records a reasonable adjustment and follows the school's answer as it changes", async () => {
    await keepAnAdjustmentsRegister(await browser.newPage());
  });
});
