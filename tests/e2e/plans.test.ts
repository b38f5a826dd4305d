// Reviewing EHC plans in a real browser: an empty form is refused; a pasted draft plan is split
// into sections, its vague Section F lines and a need with no support are shown; the response
// letter is written from the review and downloads as Word and PDF; a final plan that cuts therapy
// is compared with the draft, and a family priority missing from it is shown. Without JavaScript,
// these forms are checked over plain HTTP in tests/server/forms-without-javascript.test.ts.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { arrivedAt, expectBadRequests, mainText, useBrowser } from "../support/browser";
import { createCase, followCaseMenu, signedInParent } from "../support/journeys";

const browser = useBrowser();

const DRAFT = `Section B: Special educational needs
Cognition and learning
Rowan reads well below the level expected for his age.
Social, emotional and mental health
Rowan is anxious in busy places.
Section E: Outcomes
Cognition and learning
By July 2027 Rowan will read a short book on his own.
Section F: Special educational provision
Cognition and learning
Speech and language therapy, 3 x 30 minutes per week, delivered by a qualified speech and language therapist, one to one.
Regular reading support from an adult as needed.`;

const FINAL = DRAFT.replace("3 x 30 minutes per week", "1 x 30 minutes per week");

async function addPlan(page: Page, stage: string, name: string, text: string) {
  await page.getByRole("radio", { name: stage }).check();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Or paste the plan's text").fill(text);
  await page.getByRole("button", { name: "Add the plan" }).click();
  await page.getByText(/^Plan added: \d+ lines in 3 sections/).waitFor();
  await arrivedAt(page, name);
}

async function reviewAndRespond(page: Page) {
  expectBadRequests(page);
  await signedInParent(page);
  await createCase(page, "Rowan Ash");
  await followCaseMenu(page, "EHC plans");
  await arrivedAt(page, "EHC plans");

  // Nothing pasted or chosen: refused, with the name kept.
  await page.getByLabel("Name").fill("Draft plan");
  await page.getByRole("button", { name: "Add the plan" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await summary.getByRole("link", { name: /Paste the plan's text/ }).waitFor();
  expect(await page.getByLabel("Name").inputValue()).toBe("Draft plan");

  await addPlan(page, "Draft plan", "Draft plan", DRAFT);
  const review = (await mainText(page)).replace(/\s+/g, " ");
  expect(review).toContain("1 of 2 lines are not specific enough.");
  expect(review).toContain("Social, emotional and mental health: needs are described in Section B, but there is no outcome in Section E and no support in Section F.");
  expect(review).toContain("Words that leave it open");

  // A line in the wrong area can be corrected.
  await page.getByRole("link", { name: "Change: Rowan is anxious in busy places." }).click();
  await arrivedAt(page, "Draft plan");
  await page.getByLabel("Area of need").selectOption({ label: "Cognition and learning" });
  await page.getByRole("button", { name: "Save the line" }).click();
  await page.getByText("Line saved.").waitFor();
  expect((await mainText(page)).replace(/\s+/g, " ")).toContain("Every area of need in Section B has an outcome in Section E and support in Section F.");

  // The response letter quotes the vague line.
  await page.getByRole("link", { name: "Write a letter asking for these changes" }).click();
  await arrivedAt(page, "Letters");
  await page.getByRole("region", { name: "Respond to a draft EHC plan" }).getByLabel("Their address (optional)").fill("The SEND team\nWestshire Council");
  await page.getByRole("button", { name: "Write the letter" }).click();
  await arrivedAt(page, "Comments on Rowan Ash's draft EHC plan");
  const letter = (await mainText(page)).replace(/\s+/g, " ");
  expect(letter).toContain('"Regular reading support from an adult as needed."');
  expect(letter).not.toContain('"Speech and language therapy');
  for (const [link, type] of [
    ["Download as PDF", "application/pdf"],
    ["Download as Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ] as const) {
    const response = await page.request.get((await page.getByRole("link", { name: link }).getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(type);
  }

  // The final plan cuts the therapy; a family priority is in neither version.
  await followCaseMenu(page, "EHC plans");
  await arrivedAt(page, "EHC plans");
  await page.getByLabel("A priority").fill("Rowan learns to swim");
  await page.getByRole("button", { name: "Add the priority" }).click();
  await page.getByText("Priority added.").waitFor();
  await addPlan(page, "Final plan", "Final plan", FINAL);
  await followCaseMenu(page, "EHC plans");
  await arrivedAt(page, "EHC plans");
  await page.getByLabel("Earlier version").selectOption({ label: "Draft plan" });
  await page.getByLabel("Later version").selectOption({ label: "Final plan" });
  await page.getByRole("button", { name: "Compare" }).click();
  await arrivedAt(page, "Compare two versions of the plan");
  const comparison = (await mainText(page)).replace(/\s+/g, " ");
  expect(comparison).toContain("Cut: Speech and language therapy, 1 x 30 minutes per week");
  expect(comparison).toContain("From 1 hour 30 minutes a week to 30 minutes a week.");
  expect(comparison).toContain("Support with a time in its wording: 1 hour 30 minutes a week before, 30 minutes a week after.");
  expect(comparison).toContain("Rowan learns to swim Earlier version: not found. Later version: not found.");
}

describe("with JavaScript", () => {
  test("a parent reviews a draft plan, asks for changes, and compares it with the final plan", async () => {
    await reviewAndRespond(await browser.newPage());
  });
});
