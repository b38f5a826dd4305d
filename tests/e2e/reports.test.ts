// Professionals, referrals and reports in a real browser: record a therapist and a referral and
// see how long it waited; add a report from pasted text and check the recommendations Clearpath
// suggests (confirm, change, discard, confirm the rest, add one by hand); link one to the support
// in the school's plan and see the health check's finding for the others. Without JavaScript,
// these forms are checked over plain HTTP in tests/server/forms-without-javascript.test.ts.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { arrivedAt, expectBadRequests, mainText, useBrowser } from "../support/browser";
import { createCase, followCaseMenu, signedInParent } from "../support/journeys";

const browser = useBrowser();

/** Today in London (as the app counts), moved by `days`, as day, month and year. */
function dayFromToday(days: number): [string, string, string] {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return [String(date.getUTCDate()), String(date.getUTCMonth() + 1), String(date.getUTCFullYear())];
}

async function fillDate(page: Page, legend: string, [day, month, year]: [string, string, string]) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

function problems(page: Page) {
  return page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
}

function card(page: Page, heading: string) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: heading, exact: true }) });
}

const REPORT_TEXT = `Speech and language therapy report

Background
Sam is a 9 year old boy who was referred by the school.

Recommendations
1. Sam should receive 30 minutes of speech and language therapy weekly from a qualified speech and language therapist.
2. Staff should use a visual timetable every day so that Sam knows what is coming next.
3. Sam enjoyed the games we played together in the session.
4. Sam would benefit from a quiet space to go to when he feels overwhelmed.

Signed
Ms Ana Silva`;

const CALM_ROOM_LINE =
  "A calm room to go to at break and lunchtime; given by a teaching assistant; five times a week; 15 minutes a session";

async function recordProfessionalsAndReferrals(page: Page) {
  expectBadRequests(page);
  await followCaseMenu(page, "Professionals");
  await arrivedAt(page, "Professionals");
  // Why outside advice matters, from the law catalogue, with its public source.
  await page
    .getByRole("heading", { level: 2, name: "Bring in specialists when progress stays slow" })
    .waitFor();
  expect(await page.getByRole("link", { name: /SEND Code of Practice.*6\.58/ }).count()).toBe(1);
  expect(await mainText(page)).toContain("No professionals recorded yet.");

  // A professional with no name or kind is refused; what was typed stays.
  await page.getByLabel("Organisation (optional)").fill("Riverside NHS Trust");
  await page.getByRole("button", { name: "Add professional" }).click();
  await problems(page)
    .getByRole("link", { name: /Enter the professional's name/ })
    .waitFor();
  await arrivedAt(page, "Professionals");
  await problems(page)
    .getByRole("link", { name: "Choose what kind of professional they are" })
    .waitFor();
  expect(await page.getByLabel("Organisation (optional)").inputValue()).toBe("Riverside NHS Trust");
  expect(await mainText(page)).toContain("No professionals recorded yet.");

  await page.getByLabel("Name", { exact: true }).fill("Ms Ana Silva");
  await page.getByRole("radio", { name: "Speech and language therapist" }).check();
  await page.getByLabel("Email address (optional)").fill("ana.silva@nhs.example");
  await fillDate(page, "Involved since (optional)", dayFromToday(-120));
  await page.getByRole("button", { name: "Add professional" }).click();
  await page.getByText("Ms Ana Silva added.").waitFor();
  await arrivedAt(page, "Professionals");
  let silva = card(page, "Ms Ana Silva");
  expect((await silva.innerText()).replace(/\s+/g, " ")).toContain(
    "Organisation Riverside NHS Trust",
  );

  await silva.getByRole("link", { name: "Update Ms Ana Silva" }).click();
  await page.getByRole("heading", { level: 2, name: "Update: Ms Ana Silva" }).waitFor();
  await arrivedAt(page, "Professionals");
  await page.getByLabel("Phone number (optional)").fill("01632 960 333");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByText("Ms Ana Silva: details saved.").waitFor();
  await arrivedAt(page, "Professionals");
  silva = card(page, "Ms Ana Silva");
  expect((await silva.innerText()).replace(/\s+/g, " ")).toContain("Phone 01632 960 333");

  // A referral asked for 14 weeks ago, still waiting.
  await page.getByLabel("Which service").selectOption({ label: "Speech and language therapist" });
  await page
    .getByLabel("Which professional (optional)")
    .selectOption({ label: "Ms Ana Silva (Speech and language therapist)" });
  await page.getByLabel("Who asked for it (optional)").fill("The SENCO");
  await fillDate(page, "When was it asked for? (optional)", dayFromToday(-98));
  await page.getByRole("radio", { name: "On the waiting list" }).check();
  await page.getByRole("button", { name: "Add referral" }).click();
  await page.getByText("Referral to a speech and language therapist added.").waitFor();
  await arrivedAt(page, "Professionals");
  const referral = card(page, "Referral to a speech and language therapist");
  let text = (await referral.innerText()).replace(/\s+/g, " ");
  expect(text).toContain("On the waiting list Waiting 14 weeks");
  expect(text).toContain("Who asked for it The SENCO");
  expect(text).toContain("Professional Ms Ana Silva");

  // Seen before the date it was asked for is refused; then seen 9 weeks after it.
  await referral
    .getByRole("link", { name: /^Update Referral to a speech and language therapist/ })
    .click();
  await page
    .getByRole("heading", { level: 2, name: "Update: Referral to a speech and language therapist" })
    .waitFor();
  await arrivedAt(page, "Professionals");
  await page.getByRole("radio", { name: "Seen", exact: true }).check();
  await fillDate(page, "When was your child seen? (optional)", dayFromToday(-100));
  await page.getByRole("button", { name: "Save changes" }).click();
  await problems(page)
    .getByRole("link", {
      name: "The date your child was seen must be on or after the date it was asked for",
    })
    .waitFor();
  await arrivedAt(page, "Professionals");
  expect(await page.getByRole("radio", { name: "Seen", exact: true }).isChecked()).toBe(true);
  await fillDate(page, "When was your child seen? (optional)", dayFromToday(-35));
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByText("Referral saved.").waitFor();
  await arrivedAt(page, "Professionals");
  text = (await card(page, "Referral to a speech and language therapist").innerText()).replace(
    /\s+/g,
    " ",
  );
  expect(text).toContain("Seen Seen after 9 weeks");
}

/** A plan that started a month ago with one line of speech and language therapy. */
async function recordThePlan(page: Page) {
  await followCaseMenu(page, "Support plans");
  await arrivedAt(page, "Support plans");
  await page.getByRole("link", { name: "Start a new cycle" }).click();
  await arrivedAt(page, "Start a new cycle");
  await page.getByLabel("Name of the plan (optional)").fill("Autumn plan");
  await fillDate(page, "Start date", dayFromToday(-30));
  await page.getByRole("button", { name: "Start cycle" }).click();
  await arrivedAt(page, "Autumn plan");
  await page.getByRole("link", { name: "Add or change provision" }).click();
  await arrivedAt(page, "Provision");
  await page.getByLabel("What the help is").fill("Speech and language therapy");
  await page.getByLabel("Who gives it (optional)").fill("a speech and language therapist");
  await page.getByLabel("Sessions a week (optional)").fill("1");
  await page.getByLabel("Minutes in each session (optional)").fill("30");
  await page.getByRole("button", { name: "Add provision" }).click();
  await page.getByText("Provision added.").waitFor();
  await arrivedAt(page, "Provision");
  await page.getByLabel("What the help is").fill("A calm room to go to at break and lunchtime");
  await page.getByLabel("Who gives it (optional)").fill("a teaching assistant");
  await page.getByLabel("Sessions a week (optional)").fill("5");
  await page.getByLabel("Minutes in each session (optional)").fill("15");
  await page.getByRole("button", { name: "Add provision" }).click();
  await page.getByText("Provision added.").waitFor();
  await arrivedAt(page, "Provision");
}

async function checkAReportsRecommendations(page: Page) {
  await followCaseMenu(page, "Reports");
  await arrivedAt(page, "Reports");
  expect(await mainText(page)).toContain("No reports recorded yet.");

  // A report with no title is refused, keeping the pasted text.
  await page.getByLabel("Or paste the report's text (optional)").fill(REPORT_TEXT);
  await page.getByRole("button", { name: "Add report" }).click();
  await problems(page)
    .getByRole("link", { name: /Enter the report's title/ })
    .waitFor();
  await arrivedAt(page, "Reports");
  expect(await page.getByLabel("Or paste the report's text (optional)").inputValue()).toBe(
    REPORT_TEXT,
  );

  await page.getByLabel("Title").fill("Speech and language therapy report");
  await page
    .getByLabel("Which professional wrote it (optional)")
    .selectOption({ label: "Ms Ana Silva (Speech and language therapist)" });
  await page.getByLabel("Written by (optional)").fill("Ana Silva, Speech and Language Therapist");
  await fillDate(page, "Date of the report (optional)", dayFromToday(-20));
  await page.getByRole("button", { name: "Add report" }).click();
  await page
    .getByText("Report added. Clearpath found 4 possible recommendations: check each one below.")
    .waitFor();
  await arrivedAt(page, "Speech and language therapy report");
  let text = await mainText(page);
  expect(text).toContain("Professional Ms Ana Silva (Speech and language therapist)");
  expect(text).toContain("Suggestions to check (4)");
  const first = card(page, "Suggestion 1");
  text = (await first.innerText()).replace(/\s+/g, " ");
  expect(text).toContain("Sam should receive 30 minutes of speech and language therapy weekly");
  expect(text).toContain("Who speech and language therapist");
  expect(text).toContain("How often weekly");
  expect(text).toContain("How long 30 minutes");

  // Confirm the first as it is.
  await first.getByRole("button", { name: "Confirm suggestion 1" }).click();
  await page.getByText("Recommendation confirmed.").waitFor();
  await arrivedAt(page, "Speech and language therapy report");
  expect(await mainText(page)).toContain("Suggestions to check (3)");

  // Change the wording of the next, which confirms it.
  await card(page, "Suggestion 1").getByRole("link", { name: "Change suggestion 1" }).click();
  await page.getByRole("heading", { level: 2, name: "Check and change a suggestion" }).waitFor();
  await arrivedAt(page, "Speech and language therapy report");
  expect(await page.getByLabel("The recommendation").inputValue()).toContain("visual timetable");
  await page.getByLabel("The recommendation").fill("Use a visual timetable in class every day.");
  await page.getByRole("radio", { name: "Communication and interaction" }).check();
  await page.getByLabel("Who gives it (optional)").fill("Class teacher");
  await page.getByRole("button", { name: "Save and confirm" }).click();
  await page.getByText("Recommendation saved.").waitFor();
  await arrivedAt(page, "Speech and language therapy report");

  // A sentence that is not a recommendation is discarded; put back, and discarded again.
  expect(await card(page, "Suggestion 1").innerText()).toContain("Sam enjoyed the games");
  await card(page, "Suggestion 1").getByRole("button", { name: "Discard suggestion 1" }).click();
  await page.getByText("Recommendation discarded.").waitFor();
  await arrivedAt(page, "Speech and language therapy report");
  expect(await mainText(page)).toContain("Discarded (1)");
  await page.getByRole("button", { name: "Put back discarded sentence 1" }).click();
  await page.getByText("Put back with the suggestions to check.").waitFor();
  await arrivedAt(page, "Speech and language therapy report");
  expect(await mainText(page)).toContain("Suggestions to check (2)");
  await card(page, "Suggestion 1").getByRole("button", { name: "Discard suggestion 1" }).click();
  await page.getByText("Recommendation discarded.").waitFor();
  await arrivedAt(page, "Speech and language therapy report");

  // Confirm what remains in one go, and add one the report made in a table.
  await page.getByRole("button", { name: "Confirm the remaining suggestion" }).click();
  await page.getByText("1 recommendation confirmed.").waitFor();
  await arrivedAt(page, "Speech and language therapy report");
  text = await mainText(page);
  expect(text).toContain("Confirmed recommendations (3)");
  expect(text).toContain("Discarded (1)");
  expect(text).not.toContain("Suggestions to check");
  await page
    .getByLabel("The recommendation")
    .fill("Ear defenders for assemblies and other noisy times.");
  await page.getByRole("radio", { name: "Sensory and/or physical needs" }).check();
  await page.getByRole("button", { name: "Add recommendation" }).click();
  await page.getByText("Recommendation added.").waitFor();
  await arrivedAt(page, "Speech and language therapy report");
  text = await mainText(page);
  expect(text).toContain("Confirmed recommendations (4)");
  expect(text).toContain("Ear defenders for assemblies and other noisy times.");

  // Three are not in the plan (the therapy is: the plan's words match it), and the health check says so.
  const healthCheck = page.getByRole("region", { name: "Health check" });
  const notInPlan = (count: number) =>
    healthCheck.getByRole("heading", {
      name: `${count} recommendations from "Speech and language therapy report" are not in the current plan`,
    });
  await notInPlan(3).waitFor();
  expect(await card(page, "Recommendation 1").getByText("Not in the current plan").count()).toBe(0);
  expect(await card(page, "Recommendation 3").getByText("Not in the current plan").count()).toBe(1);

  // Link the quiet space to the line of the plan that answers it.
  const quietSpace = card(page, "Recommendation 3");
  expect(await quietSpace.innerText()).toContain("a quiet space to go to");
  await quietSpace.getByText("Update where it stands").click();
  await quietSpace.getByLabel(CALM_ROOM_LINE).check();
  await quietSpace
    .getByRole("group", { name: "Is it being delivered?" })
    .getByLabel("Yes", { exact: true })
    .check();
  await quietSpace
    .getByRole("group", { name: "Is it in the EHC plan?" })
    .getByLabel("No", { exact: true })
    .check();
  await quietSpace.getByRole("button", { name: "Save recommendation 3" }).click();
  await page.getByText("Saved where the recommendation stands.").waitFor();
  await arrivedAt(page, "Speech and language therapy report");
  text = (await card(page, "Recommendation 3").innerText()).replace(/\s+/g, " ");
  expect(text).toContain(`In the school's plan ${CALM_ROOM_LINE}`);
  expect(text).toContain("In the EHC plan No");
  expect(text).toContain("Being delivered Yes");
  expect(text).not.toContain("Not in the current plan");
  expect(await card(page, "Recommendation 2").getByText("Not in the current plan").count()).toBe(1);
  await notInPlan(2).waitFor();
  const finding = await healthCheck.innerText();
  expect(finding).toContain("Use a visual timetable in class every day.");
  expect(finding).toContain("Ear defenders for assemblies and other noisy times.");
  expect(finding).not.toContain("quiet space");

  // Support that is not this case's (a form tampered with) is refused, and nothing is linked.
  const timetable = card(page, "Recommendation 2");
  await timetable.getByText("Update where it stands").click();
  // React puts an input's value back when it changes, so the box is ticked before its value is altered.
  await timetable.getByLabel(CALM_ROOM_LINE).check();
  await timetable
    .getByLabel(CALM_ROOM_LINE)
    .evaluate((box, id) => ((box as HTMLInputElement).value = id), crypto.randomUUID());
  await timetable.getByRole("button", { name: "Save recommendation 2" }).click();
  await problems(page).getByRole("link", { name: "Choose support from the list" }).waitFor();
  await arrivedAt(page, "Speech and language therapy report");
  expect((await card(page, "Recommendation 2").innerText()).replace(/\s+/g, " ")).toContain(
    "In the school's plan No support linked yet",
  );
  await notInPlan(2).waitFor();

  // The linked line leads to the plan's provision page.
  await card(page, "Recommendation 3").getByRole("link", { name: CALM_ROOM_LINE }).click();
  await arrivedAt(page, "Provision");

  await followCaseMenu(page, "Reports");
  await arrivedAt(page, "Reports");
  text = (await card(page, "Speech and language therapy report").innerText()).replace(/\s+/g, " ");
  expect(text).toContain("4 confirmed recommendations");
  expect(text).toContain("2 are not in the current plan");
}

async function professionalsAndTheirReports(page: Page) {
  await signedInParent(page);
  await createCase(page, "Sam Reed");
  await recordProfessionalsAndReferrals(page);
  await recordThePlan(page);
  await checkAReportsRecommendations(page);
}

/** A report with nothing that reads as a recommendation says so, takes one by hand, and can be removed. */
async function aReportWithNothingFound(page: Page) {
  await signedInParent(page);
  await createCase(page, "Kai Brook");
  await followCaseMenu(page, "Reports");
  await arrivedAt(page, "Reports");
  await page.getByLabel("Title").fill("Letter from the paediatrician");
  await page
    .getByLabel("Or paste the report's text (optional)")
    .fill("Kai came to clinic today with his mother. He was cheerful and chatty.");
  await page.getByRole("button", { name: "Add report" }).click();
  await page
    .getByText(
      "Report added. Clearpath found no recommendations in its text: you can add them by hand.",
    )
    .waitFor();
  await arrivedAt(page, "Letter from the paediatrician");
  expect(await mainText(page)).toContain(
    "Clearpath found nothing that looked like a recommendation",
  );
  await page.getByRole("link", { name: "Add a recommendation by hand" }).click();
  await page.getByLabel("The recommendation").fill("Review in clinic in six months.");
  await page.getByRole("button", { name: "Add recommendation" }).click();
  await page.getByText("Recommendation added.").waitFor();
  await arrivedAt(page, "Letter from the paediatrician");
  expect(await mainText(page)).toContain("Confirmed recommendations (1)");
  // With no plan recorded, the page says where to record it.
  await page.getByRole("link", { name: "Record the school's plan" }).waitFor();

  await page.getByRole("link", { name: "Remove this report" }).click();
  await page.getByRole("heading", { level: 2, name: "Remove this report?" }).waitFor();
  await arrivedAt(page, "Letter from the paediatrician");
  expect(await mainText(page)).toContain("This removes the report and its 1 recommendation");
  await page.getByRole("button", { name: "Yes, remove this report" }).click();
  await page.getByText('"Letter from the paediatrician" removed.').waitFor();
  await arrivedAt(page, "Reports");
  expect(await mainText(page)).toContain("No reports recorded yet.");
}

describe("with JavaScript", () => {
  test("a parent records a therapist and a referral, checks a report's recommendations and tracks them against the plan", async () => {
    await professionalsAndTheirReports(await browser.newPage());
  });

  test("a report with no recommendations found says so, takes one by hand and can be removed", async () => {
    await aReportWithNothingFound(await browser.newPage());
  });
});
