// An appeal on a small phone (320 px): from a refusal to assess recorded on the statutory page, the
// parent starts an appeal (a certificate after mediation advice), sees the date it must reach the
// tribunal and what to do first (the statutory page giving the same date), records the appeal as sent and a date from the tribunal's
// directions, then, once the tribunal has decided, records its order and sees what the council
// must do and by when. Every page is scanned by axe and fits the screen.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { arrivedAt, checkA11y, expectBadRequests, mainText, useBrowser, widthsThatOverflow } from "../support/browser";
import { setServerClock } from "../support/clock";
import { createCase, followCaseMenu, signedInParent } from "../support/journeys";
import { workerBaseUrl } from "../support/servers";

const browser = useBrowser();
const PHONE = { viewport: { width: 320, height: 800 } };

// Monday 20 April 2026: the refusal (3 March) and the certificate (10 April) are behind us.
beforeAll(async () => setServerClock(workerBaseUrl(), "2026-04-20T10:00:00Z"));
afterAll(async () => setServerClock(workerBaseUrl(), null));

async function fillDate(page: Page, legend: string | RegExp, [day, month, year]: [string, string, string]) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

/** The page fits a 320 px phone without sideways scrolling (the accessibility test scans each page with axe; decision 020). */
async function checkFits(page: Page) {
  expect(await widthsThatOverflow(page, [320]), `${page.url()} fits 320 px`).toEqual([]);
}

describe("an appeal", () => {
  test("a parent goes from a refusal to an appeal, its dates and the council's dates after the order", async () => {
    const page = await browser.newPage(PHONE);
    expectBadRequests(page);
    await signedInParent(page);
    await createCase(page, "Ira Penhallow");

    // The refusal, recorded on the statutory page, offers "Start an appeal".
    await followCaseMenu(page, "Assessment and plan");
    await arrivedAt(page, "Assessment and plan deadlines");
    await page.getByLabel("What happened", { exact: true }).selectOption({ label: "The council refused to assess" });
    await fillDate(page, "When did it happen?", ["3", "3", "2026"]);
    await page.getByRole("button", { name: "Record event" }).click();
    await page.getByText("Event recorded.").waitFor();
    await page.getByRole("link", { name: /^Start an appeal/ }).click();
    await arrivedAt(page, "Start an appeal");
    expect(await mainText(page)).toContain("The council refused to assess my child's needs");
    await checkFits(page);

    // A certificate without its date is refused; then started.
    await page.getByLabel("I had the mediation advice and chose not to mediate: I have a certificate").check();
    await page.getByRole("button", { name: "Start the appeal" }).click();
    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
    await summary.getByRole("link", { name: "Enter the date on the mediation certificate, for example 10 4 2026" }).waitFor();
    await checkFits(page);
    await fillDate(page, "If you have a certificate: what date is on it?", ["10", "4", "2026"]);
    await page.getByRole("button", { name: "Start the appeal" }).click();
    await arrivedAt(page, "Appeal: refusal to assess");
    let text = await mainText(page);
    expect(text).toContain("Appeal started. Here is what to do next.");
    // A month from the certificate is Sunday 10 May 2026: aim for Friday 8 May.
    expect(text).toContain("Next: Send your appeal to the tribunal");
    expect(text).toContain("8 May 2026");
    expect(text).toContain("Counted from: Mediation certificate, 10 April 2026.");
    expect(text).toContain("R-APP-DEADLINE");
    expect(text).toContain("This is information, not legal advice");
    await checkFits(page);

    // The statutory page counts the certificate recorded on the appeal too: Sunday 10 May, not
    // 2 months from the letter (Sunday 3 May).
    const workspaceUrl = page.url();
    await followCaseMenu(page, "Assessment and plan");
    await arrivedAt(page, "Assessment and plan deadlines");
    text = await mainText(page);
    expect(text).toContain("Appeal by 10 May 2026");
    expect(text).not.toContain("Appeal by 3 May 2026");
    await page.goto(workspaceUrl);
    await arrivedAt(page, "Appeal: refusal to assess");

    // Sent on 17 April; a registration the day before is refused, then 20 April is saved.
    await page.getByText("Change the details").click();
    await page.getByRole("group", { name: "Where is the appeal?" }).getByLabel("Registered by the tribunal").check();
    await fillDate(page, "When did you send the appeal?", ["17", "4", "2026"]);
    await fillDate(page, "When did the tribunal register it?", ["16", "4", "2026"]);
    await page.getByRole("button", { name: "Save the details" }).click();
    await summary.getByRole("link", { name: "The date the tribunal registered the appeal cannot be before the date you sent it" }).waitFor();
    await fillDate(page, "When did the tribunal register it?", ["20", "4", "2026"]);
    await page.getByLabel("The tribunal's reference (optional)").fill("EH101/26/00017");
    await page.getByRole("button", { name: "Save the details" }).click();
    await page.getByText("Appeal details saved.").waitFor();
    text = await mainText(page);
    expect(text).toContain("Done: the appeal was sent on 17 April 2026.");
    // No council date recorded yet: the usual one, as an estimate.
    expect(text).toContain("The council responds to the appeal");
    expect(text).toContain("an estimate");
    expect(text).toContain("R-TRIB-LA-RESPONSE");

    // A hearing date from the directions.
    await page.getByLabel("Which date is it?").selectOption({ label: "The hearing" });
    await fillDate(page, "The date", ["15", "9", "2026"]);
    await page.getByRole("button", { name: "Add the date" }).click();
    await page.getByText("Date added.").waitFor();
    const hearing = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Tribunal hearing" }) });
    expect((await hearing.innerText()).replace(/\s+/g, " ")).toContain("The tribunal's On Tuesday 15 September 2026");
    await checkFits(page);

    // The tribunal decides on Friday 15 January 2027 and orders an assessment.
    await setServerClock(workerBaseUrl(), "2027-01-18T10:00:00Z");
    await page.reload();
    await arrivedAt(page, "Appeal: refusal to assess");
    await page.getByRole("link", { name: "Record the order or the council's concession" }).click();
    await arrivedAt(page, "Record the order");
    await checkFits(page);
    await page.getByLabel("The tribunal made its decision (an order)").check();
    await page.getByRole("button", { name: "Save" }).click();
    await summary.getByRole("link", { name: "Choose what the tribunal ordered" }).waitFor();
    await page.getByLabel("The council must assess (or reassess) my child's needs").check();
    await fillDate(page, "What date is on the order?", ["15", "1", "2027"]);
    await page.getByRole("button", { name: "Save" }).click();
    await arrivedAt(page, "Appeal: refusal to assess");
    text = await mainText(page);
    expect(text).toContain("Order recorded. Here is what the council must do.");
    expect(text).toContain("Next: The council says it will assess");
    expect(text).toContain("29 January 2027");
    // The no-plan date, Good Friday 26 March 2027, is flagged and does not move.
    expect(text).toContain("Friday 26 March 2027");
    expect(text).toContain("This is a bank holiday. The date does not move.");
    expect(text).toContain("R-TRIB-COMPLY");
    expect(text).toContain("R-TRIB-NONCOMPLY");
    // The family's ways to challenge, with their time limits.
    expect(text).toContain("Ask the tribunal for permission to appeal");
    expect(text).toContain("12 February 2027");
    // The workspace after an order: the one state of an appeal the accessibility test does not reach.
    await checkA11y(page);
    await checkFits(page);

    // The appeals page lists it.
    await followCaseMenu(page, "Appeals");
    await arrivedAt(page, "Appeals");
    expect(await mainText(page)).toContain("The tribunal has decided");
    await checkFits(page);
  });
});
