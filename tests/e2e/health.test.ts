// The health check in a real browser: the demo case opens on real findings, each leading to the
// page that acts on it; fixing a vaguely worded line of support makes its finding go away. The
// full health check and the journey are reachable from the dashboard.
import { expect, test } from "vitest";
import { arrivedAt, mainText, signIn, useBrowser, visit } from "../support/browser";
import { followCaseMenu } from "../support/journeys";

const browser = useBrowser();

test("the dashboard's findings change as the records change", async () => {
  const page = await browser.newPage();
  await visit(page, "/sign-in", "Sign in");
  const note = (await page.getByRole("complementary", { name: "Demo accounts" }).innerText()).replace(/\s+/g, " ");
  const [, email = "", password = ""] = /the demo parent: email (\S+), password (\S+)/.exec(note) ?? [];
  await signIn(page, { email, password });
  await page.getByRole("main").getByRole("link", { name: "Sam Morgan" }).click();
  await arrivedAt(page, "Sam Morgan");

  const health = page.getByRole("region", { name: "Health check" });
  expect(await health.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) }).count()).toBeGreaterThan(0);
  expect(await page.getByRole("region", { name: "At a glance" }).innerText()).toContain("Reading age");
  // The demo has a draft EHC plan: the journey is at that step, with the date to comment by.
  const where = await page.getByRole("region", { name: "Where you are" }).innerText();
  expect(where).toContain("Stage 9 of 9: The draft EHC plan: your comments.");
  expect(where).toMatch(/Send your comments on the draft plan by \w+ \d+ \w+ \d{4}/);

  // The dashboard shows the most serious findings; the health check page lists them all.
  await health.getByRole("link", { name: /^See all \d+ findings$/ }).click();
  await arrivedAt(page, "Health check");
  const findings = page.getByRole("region", { name: "Findings" });
  const vague = findings.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Some support in the plan is vaguely worded" }) });
  expect(await vague.count()).toBe(1);
  expect(await findings.innerText()).toContain("The plan was repeated although progress was limited");
  expect(await mainText(page)).toContain("Is progress inadequate?");
  expect(await mainText(page)).toContain("The gap with other children is getting wider");

  // The finding's next step is a letter asking the SENCO to confirm the support in writing.
  await vague.getByRole("link", { name: "Ask the SENCO for clearer wording" }).click();
  await arrivedAt(page, "Letters");
  await page.getByRole("region", { name: "Ask for written confirmation of the support" }).waitFor();
  await page.goBack();
  await arrivedAt(page, "Health check");
  // Vague Section F in the draft EHC plan goes to the council, in the comments on the draft.
  const sectionF = findings.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Section F of the EHC plan is vaguely worded" }) });
  await sectionF.getByRole("link", { name: "Send your comments on the plan to the council" }).click();
  await arrivedAt(page, "Letters");
  await page.getByRole("region", { name: "Respond to a draft EHC plan" }).waitFor();
  await page.goBack();
  await arrivedAt(page, "Health check");
  // The record behind the finding opens the plan's provision, where the vague line can be fixed.
  await vague.getByRole("link", { name: /^Support: Access to a calm space/ }).click();
  await arrivedAt(page, "Provision");
  expect(await mainText(page)).toContain("Access to a calm space as appropriate");
  await page.getByRole("link", { name: "Change provision 2" }).click();
  await arrivedAt(page, "Provision");
  await page.getByLabel("What the help is").fill("Talking through worries in the calm room");
  await page.getByLabel("Who gives it (optional)").fill("Emotional literacy support assistant (ELSA), trained");
  await page.getByLabel("How often: sessions a week (optional)").fill("2");
  await page.getByLabel("Minutes in each session (optional)").fill("20");
  await page.getByLabel("Group size (optional)").fill("One to one");
  await page.getByRole("button", { name: "Save provision" }).click();
  await arrivedAt(page, "Provision");

  await page.goto(page.url().replace(/\/support\/.*$/, "/health"));
  await arrivedAt(page, "Health check");
  expect(await findings.innerText()).not.toContain("Some support in the plan is vaguely worded");
  expect(await findings.innerText()).toContain("The plan was repeated although progress was limited");

  await followCaseMenu(page, "Overview");
  await arrivedAt(page, "Sam Morgan");
  await page.getByRole("link", { name: "See every stage" }).click();
  await arrivedAt(page, "Where you are");
  expect(await page.locator('[aria-current="step"]').count()).toBe(1);
});
