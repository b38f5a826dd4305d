// The demo: the sign-in page shows the demo parent's credentials, and signing in with them shows
// the demo case, a Year 4 child with needs recorded in two areas, and its draft EHC plan reviewed;
// and his older sister's case, with her appeal against a refusal to assess under way.
import { expect, test } from "vitest";
import { arrivedAt, mainText, signIn, useBrowser, visit } from "../support/browser";
import { followCaseMenu } from "../support/journeys";

const browser = useBrowser();

test("the sign-in page shows the demo credentials, and they open the demo case", async () => {
  const page = await browser.newPage();
  await visit(page, "/sign-in", "Sign in");
  const demoNote = await page.getByRole("complementary", { name: "Demo accounts" }).innerText();
  const credentials = /the demo parent: email (\S+), password (\S+)/.exec(demoNote.replace(/\s+/g, " "));
  expect(credentials, `The demo note gives an email and a password: "${demoNote}"`).not.toBeNull();
  const [, email = "", password = ""] = credentials ?? [];

  await signIn(page, { email, password });
  const demoCase = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Sam Morgan" }) });
  expect(await demoCase.innerText()).toContain("Year 4");

  await demoCase.getByRole("link", { name: "Sam Morgan" }).click();
  await arrivedAt(page, "Sam Morgan");
  expect(await mainText(page)).toContain("Riverside Primary School, Year 4");

  const needs = page
    .getByRole("region", { name: "Needs by area" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) });
  expect(await needs.count()).toBe(4);
  const recorded = needs.filter({ hasText: "Affects your child" });
  expect(await recorded.getByRole("heading").allInnerTexts()).toEqual([
    "Cognition and learning",
    "Social, emotional and mental health",
  ]);
  expect(await needs.filter({ hasText: "Nothing recorded" }).count()).toBe(2);
  // The signs noted for an area are one tap away.
  await recorded.first().getByText(/^\d+ signs? noted/).click();
  expect(await recorded.first().innerText()).toContain("Finds reading, phonics or spelling hard");

  // This term's delivery rate is the same number on the dashboard and in the audit: one rounding.
  const support = (await page.getByRole("definition").filter({ hasText: "of sessions happened" }).innerText()).replace(/\s+/g, " ");
  const [, percent = "", term = ""] = /^(\d+)% of sessions happened \(\d+ held, \d+ cancelled, (.+)\)$/.exec(support) ?? [];
  expect(percent, `The dashboard gives this term's rate: "${support}"`).not.toBe("");
  await page.getByRole("link", { name: `${percent}% of sessions happened` }).click();
  await arrivedAt(page, "Promised against delivered");
  const termRows = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: term, exact: false }) });
  // The term's row (in the table of all support, and in a line's own table when the term has one line).
  expect(await termRows.count()).toBeGreaterThanOrEqual(1);
  expect(await termRows.first().getByRole("cell").allInnerTexts()).toContain(`${percent}%`);
  await page.goBack();
  await arrivedAt(page, "Sam Morgan");

  // The demo's draft EHC plan, read from its PDF, shows the review at work.
  await followCaseMenu(page, "EHC plans");
  await arrivedAt(page, "EHC plans");
  await page.getByRole("link", { name: "Draft EHC plan" }).click();
  await arrivedAt(page, "Draft EHC plan");
  const review = (await mainText(page)).replace(/\s+/g, " ");
  expect(review).toContain("4 of 5 lines are not specific enough.");
  expect(review).toContain("Communication and interaction: needs are described in Section B, but there is no outcome in Section E and no support in Section F.");
  expect(await page.getByRole("region", { name: "Are the professionals’ recommendations in the plan?" }).innerText()).toMatch(/Not found in Section F[\s\S]*Precision teaching/);
});

test("the demo's second child has an appeal against a refusal to assess, with its next step first and its evidence near the page limit", async () => {
  const page = await browser.newPage();
  await visit(page, "/sign-in", "Sign in");
  const demoNote = (await page.getByRole("complementary", { name: "Demo accounts" }).innerText()).replace(/\s+/g, " ");
  const [, email = "", password = ""] = /the demo parent: email (\S+), password (\S+)/.exec(demoNote) ?? [];
  await signIn(page, { email, password });

  // Sam's case stays first on the list; his sister's follows.
  const caseLinks = page.getByRole("main").getByRole("listitem").getByRole("link", { name: /Morgan$/ });
  expect(await caseLinks.allInnerTexts()).toEqual(["Sam Morgan", "Tess Morgan"]);
  await page.getByRole("link", { name: "Tess Morgan" }).click();
  await arrivedAt(page, "Tess Morgan");
  expect(await mainText(page)).toContain("Hollins Park Academy, Year 8");

  // "Do this next" gives the appeal's next date: the council's response, from the tribunal's directions.
  const next = (await page.getByRole("region", { name: "Do this next" }).innerText()).replace(/\s+/g, " ");
  expect(next).toMatch(/Next in the appeal: council's response due by \w+ \d+ \w+ \d{4}/);
  expect(next).not.toContain("appeal by");

  await followCaseMenu(page, "Appeals");
  await arrivedAt(page, "Appeals");
  await page.getByRole("main").getByRole("link", { name: /refusal to assess/i }).first().click();
  await arrivedAt(page, "Appeal: refusal to assess");
  expect((await mainText(page)).replace(/\s+/g, " ")).toContain("Done: the appeal was sent on");
  await page.getByRole("link", { name: "The evidence bundle" }).first().click();
  await arrivedAt(page, "Evidence bundle");
  const bundle = (await mainText(page)).replace(/\s+/g, " ");
  expect(bundle).toContain("Nearly at the limit: 70 pages of 75 used, only 5 pages left.");
  expect(bundle).toContain("ask the tribunal for more pages on form SEND7");
  expect(bundle).toMatch(/more than 3 years old at the hearing on .* ask the professional for an update\./);
});
