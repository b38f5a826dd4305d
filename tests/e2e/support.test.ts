// The support record in a real browser: record a cycle (assessment, a target, a provision line,
// each checked), review it, start the next cycle and see the carried-forward plan marked as the
// same as last time. The whole journey runs again with JavaScript off.
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { arrivedAt, expectBadRequests, mainText, useBrowser } from "../support/browser";
import { createCase, followCaseMenu, signedInParent } from "../support/journeys";

const browser = useBrowser();

async function fillDate(page: Page, legend: string, day: string, month: string, year: string) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

async function recordReviewAndRepeatAPlan(
  page: Page,
  { hasJavaScript }: { hasJavaScript: boolean },
) {
  expectBadRequests(page);
  await signedInParent(page);
  await createCase(page, "Robin Hale");

  await followCaseMenu(page, "Support plans");
  await arrivedAt(page, "Support plans");
  expect(await mainText(page)).toContain("assess, plan, do and review");
  expect(await mainText(page)).toContain("No support plans recorded yet.");

  // Assess: start the first cycle. A review date before the start is refused.
  await page.getByRole("link", { name: "Start a new cycle" }).click();
  await arrivedAt(page, "Start a new cycle");
  await page.getByLabel("Name of the plan (optional)").fill("Autumn reading plan");
  await fillDate(page, "Start date", "7", "9", "2026");
  await fillDate(page, "Review date (optional)", "1", "9", "2026");
  await page.getByLabel("What was assessed (optional)").fill("Reading and spelling");
  await page.getByLabel("Who assessed (optional)").fill("Mr Dev Patel, SENCO");
  await page
    .getByLabel("What the assessment found (optional)")
    .fill("Reads about 10 common words.");
  await page
    .getByLabel("The school's own plan (optional)")
    .fill("SEN support plan, September 2026");
  await page.getByRole("button", { name: "Start cycle" }).click();
  await page.getByRole("link", { name: "The review date must be after the start date" }).waitFor();
  await arrivedAt(page, "Start a new cycle");
  expect(await page.getByLabel("Who assessed (optional)").inputValue()).toBe("Mr Dev Patel, SENCO");
  await fillDate(page, "Review date (optional)", "20", "11", "2026");
  await page.getByRole("button", { name: "Start cycle" }).click();
  await arrivedAt(page, "Autumn reading plan");
  let text = await mainText(page);
  expect(text).toContain("Cycle started.");
  expect(text).toContain("7 September 2026");
  expect(text).toContain("Reads about 10 common words.");
  expect(text).toContain("SEN support plan, September 2026");
  expect(text).toContain("No targets yet.");

  // Plan: a vague target is explained, then made SMART.
  await page.getByRole("link", { name: "Add or change targets" }).click();
  await arrivedAt(page, "Targets");
  await page.getByLabel("Target", { exact: true }).fill("Robin will improve his reading");
  if (hasJavaScript) {
    // The check runs as the parent types, before anything is saved.
    await page.getByText("this target does not say").waitFor();
  }
  await page.getByRole("radio", { name: "Cognition and learning" }).check();
  // A second tap while saving adds nothing more; the form is empty again for the next target.
  const addTarget = page.getByRole("button", { name: "Add target" });
  await (hasJavaScript ? addTarget.dblclick() : addTarget.click());
  await page.getByText("Target added.").waitFor();
  await arrivedAt(page, "Targets");
  await page.getByRole("button", { name: "Add target" }).waitFor();
  expect(await page.getByRole("link", { name: /^Change target \d+$/ }).count()).toBe(1);
  expect(await page.getByLabel("Target", { exact: true }).inputValue()).toBe("");
  expect(await page.getByRole("radio", { name: "Cognition and learning" }).isChecked()).toBe(false);
  text = await mainText(page);
  expect(text).toContain(
    "this target does not say exactly what your child will do, how progress will be measured or by when",
  );
  await page.getByRole("link", { name: "Change target 1" }).click();
  await page.getByRole("heading", { name: "Change a target" }).waitFor();
  await arrivedAt(page, "Targets");
  expect(await page.getByLabel("Target", { exact: true }).inputValue()).toBe(
    "Robin will improve his reading",
  );
  await page
    .getByLabel("Target", { exact: true })
    .fill(
      "By the end of the spring term, Robin will read 40 of the first 100 common words without help.",
    );
  await page.getByRole("button", { name: "Save target" }).click();
  await page.getByText("Target saved.").waitFor();
  await arrivedAt(page, "Targets");
  text = await mainText(page);
  expect(text).toContain("Target check: clear.");
  expect(text).not.toContain("this target does not say");

  // Provision: vague wording is named, a bad number refused, then the line is made specific.
  await page.getByRole("link", { name: "Back to Autumn reading plan" }).click();
  await arrivedAt(page, "Autumn reading plan");
  await page.getByRole("link", { name: "Add or change provision" }).click();
  await arrivedAt(page, "Provision");
  await page.getByLabel("What the help is").fill("Small group reading support regularly");
  await page.getByLabel("Sessions a week (optional)").fill("lots");
  await page.getByRole("button", { name: "Add provision" }).click();
  await page
    .getByRole("link", { name: "Enter the number of sessions a week as a number, like 3" })
    .waitFor();
  await arrivedAt(page, "Provision");
  expect(await mainText(page)).toContain("No provision yet.");
  expect(await page.getByLabel("What the help is").inputValue()).toBe(
    "Small group reading support regularly",
  );
  await page.getByLabel("Sessions a week (optional)").fill("");
  const addProvision = page.getByRole("button", { name: "Add provision" });
  await (hasJavaScript ? addProvision.dblclick() : addProvision.click());
  await page.getByText("Provision added.").waitFor();
  await arrivedAt(page, "Provision");
  await page.getByRole("button", { name: "Add provision" }).waitFor();
  expect(await page.getByRole("link", { name: /^Change provision \d+$/ }).count()).toBe(1);
  expect(await page.getByLabel("What the help is").inputValue()).toBe("");
  expect(await mainText(page)).toContain('vague words: "regularly", "small group"');

  await page.getByRole("link", { name: "Change provision 1" }).click();
  await page.getByRole("heading", { name: "Change a provision line" }).waitFor();
  await arrivedAt(page, "Provision");
  await page.getByLabel("What the help is").fill("Read Write Inc. phonics");
  await page
    .getByLabel("Who gives it (optional)")
    .fill("a teaching assistant trained in Read Write Inc.");
  await page.getByLabel("Sessions a week (optional)").fill("3");
  await page.getByLabel("Minutes in each session (optional)").fill("20");
  await page.getByLabel("Group size (optional)").fill("group of 3");
  await fillDate(page, "Start date (optional)", "14", "9", "2026");
  await fillDate(page, "End date (optional)", "20", "11", "2026");
  await page.getByRole("radio", { name: /Robin will read 40/ }).check();
  await page.getByRole("button", { name: "Save provision" }).click();
  await page.getByText("Provision saved.").waitFor();
  await arrivedAt(page, "Provision");
  text = await mainText(page);
  expect(text).toContain("Wording check: clear.");
  expect(text).toContain("14 September 2026 to 20 November 2026");
  expect(text).toContain("For the target By the end of the spring term");

  // The list shows the cycle, its plan, and that the review date has passed.
  await followCaseMenu(page, "Support plans");
  await arrivedAt(page, "Support plans");
  text = await mainText(page);
  expect(text).toContain("1 target, 1 provision line");
  expect(text).toContain("Review overdue");
  expect(text).toContain("Not reviewed yet");

  // Review.
  await page.getByRole("link", { name: "Autumn reading plan" }).click();
  await arrivedAt(page, "Autumn reading plan");
  await page.getByRole("link", { name: "Record the review" }).click();
  await arrivedAt(page, "Record the review");
  await page.getByRole("button", { name: "Save review" }).click();
  // Nothing ticked or typed: only the date and the decision are asked for.
  const summary = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await summary.waitFor();
  expect(await summary.getByRole("link").allInnerTexts()).toEqual([
    "Enter the date of the review, for example 27 3 2017",
    "Choose what was decided at the review",
  ]);
  await arrivedAt(page, "Record the review");
  await fillDate(page, "Date of the review", "20", "11", "2026");
  await page
    .getByRole("group", { name: "Were you at the review?" })
    .getByRole("radio", { name: "Yes" })
    .check();
  await page
    .getByRole("group", { name: "How far was target 1 achieved?" })
    .getByRole("radio", { name: "Partly achieved" })
    .check();
  await page.getByLabel("Evidence for target 1 (optional)").fill("Reads 25 of the 40 words.");
  await page
    .getByRole("group", { name: "Overall progress" })
    .getByRole("radio", { name: "Less than expected" })
    .check();
  await page.getByLabel("What got in the way (optional)").fill("Six sessions were cancelled.");
  await page.getByLabel("Your child's views (optional)").fill("I like the phonics games.");
  await page
    .getByRole("group", { name: "Provision 1: how well do you think it worked?" })
    .getByRole("radio", { name: "Helped a little" })
    .check();
  await page
    .getByRole("group", { name: "Provision 1: how well does the school think it worked?" })
    .getByRole("radio", { name: "Worked well" })
    .check();
  await page.getByRole("radio", { name: "Carry on with the same support" }).check();
  await page.getByRole("button", { name: "Save review" }).click();
  await page.getByText("Review saved.").waitFor();
  await arrivedAt(page, "Autumn reading plan");
  text = await mainText(page);
  expect(text).toContain("Partly achieved: Reads 25 of the 40 words.");
  expect(text).toContain("Less than expected");
  expect(text).toContain("Carry on with the same support");
  expect(text).toContain("Your view: helped a little. The school's view: worked well.");
  expect(text).not.toContain("Review overdue");
  // One review per cycle: opening it again shows what was saved, to change.
  await page.getByRole("link", { name: "Change the review" }).click();
  await arrivedAt(page, "Record the review");
  expect(await page.getByLabel("Evidence for target 1 (optional)").inputValue()).toBe(
    "Reads 25 of the 40 words.",
  );
  expect(
    await page.getByRole("radio", { name: "Carry on with the same support" }).isChecked(),
  ).toBe(true);
  await page.getByRole("link", { name: "Back to Autumn reading plan" }).click();
  await arrivedAt(page, "Autumn reading plan");

  // The next cycle carries the plan forward, and shows it is the same as last time.
  await followCaseMenu(page, "Support plans");
  await arrivedAt(page, "Support plans");
  await page.getByRole("link", { name: "Start a new cycle" }).click();
  await arrivedAt(page, "Start a new cycle");
  expect(await mainText(page)).toContain(
    "The targets and provision from Autumn reading plan will be copied into this plan.",
  );
  await page.getByLabel("Name of the plan (optional)").fill("Spring reading plan");
  await fillDate(page, "Start date", "4", "1", "2027");
  await fillDate(page, "Review date (optional)", "26", "3", "2027");
  await page.getByRole("button", { name: "Start cycle" }).click();
  await arrivedAt(page, "Spring reading plan");
  text = await mainText(page);
  expect(text).toContain("This plan is the same as the last one.");
  expect(await page.getByText("Same as last plan", { exact: true }).count()).toBe(2);
  expect(text).toContain("Read Write Inc. phonics");
  expect(text).toContain("4 January 2027 to 26 March 2027");
  expect(text).toContain("Not reviewed yet.");

  // Changing a carried-forward line shows it as changed, and the plan is no longer a repeat.
  await page.getByRole("link", { name: "Add or change provision" }).click();
  await arrivedAt(page, "Provision");
  await page.getByRole("link", { name: "Change provision 1" }).click();
  await page.getByRole("heading", { name: "Change a provision line" }).waitFor();
  await page.getByLabel("Sessions a week (optional)").fill("5");
  await page.getByRole("button", { name: "Save provision" }).click();
  await page.getByText("Provision saved.").waitFor();
  await arrivedAt(page, "Provision");
  expect(await mainText(page)).toContain("Changed from last plan");
  await page.getByRole("link", { name: "Back to Spring reading plan" }).click();
  await arrivedAt(page, "Spring reading plan");
  expect(await mainText(page)).not.toContain("This plan is the same as the last one.");

  await followCaseMenu(page, "Support plans");
  await arrivedAt(page, "Support plans");
  // The plans' titles, below "Do this next".
  const titles = (await page.getByRole("main").getByRole("heading", { level: 2 }).allInnerTexts()).filter((title) => title !== "Do this next");
  expect(titles).toEqual(["Spring reading plan", "Autumn reading plan"]);
  expect(await mainText(page)).toContain("Reviewed on 20 November 2026");
}

test("a parent records a cycle with targets and provision, reviews it, and starts the next cycle from the same plan", async () => {
  await recordReviewAndRepeatAPlan(await browser.newPage(), { hasJavaScript: true });
});

test("without JavaScript, a parent records, reviews and repeats a support plan", async () => {
  await recordReviewAndRepeatAPlan(await browser.newPage({ javaScriptEnabled: false }), {
    hasJavaScript: false,
  });
});
