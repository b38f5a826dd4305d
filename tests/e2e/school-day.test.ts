// The school day on a small phone (320 px), as a parent records a term: sent home one afternoon,
// a part-time timetable and a 3-day suspension. They see the education lost by cause (an
// estimate, with no term dates), the dates that follow and the law that applies, each page
// scanned by axe and fitting the screen. Then the same first steps with JavaScript off.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { arrivedAt, expectBadRequests, mainText, useBrowser, widthsThatOverflow } from "../support/browser";
import { setServerClock } from "../support/clock";
import { createCase, followCaseMenu, signedInParent } from "../support/journeys";
import { workerBaseUrl } from "../support/servers";

const browser = useBrowser();
const PHONE = { viewport: { width: 320, height: 800 } };

// Friday 4 December 2026, in the autumn term: the records below fall in this term.
beforeAll(async () => setServerClock(workerBaseUrl(), "2026-12-04T10:00:00Z"));
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

async function startRecord(page: Page, kind: string) {
  await page.getByRole("link", { name: "Add what happened" }).first().click();
  await arrivedAt(page, "What happened?");
  await page.getByRole("link", { name: kind, exact: true }).click();
  await arrivedAt(page, kind);
}

async function saveRecord(page: Page, heading: string | RegExp) {
  await page.getByRole("button", { name: "Save record" }).click();
  await arrivedAt(page, heading);
  expect(await mainText(page)).toContain("Record saved. Here is what follows from it.");
  await page.getByRole("link", { name: "Back to the school day" }).click();
  await arrivedAt(page, "School day");
}

describe("the school day", () => {
  test("a parent records a term on a phone and sees the education lost, the dates and the law", async () => {
    const page = await browser.newPage(PHONE);
    expectBadRequests(page);
    await signedInParent(page);
    await createCase(page, "Robin Ashdown");
    await followCaseMenu(page, "School day");
    await arrivedAt(page, "School day");
    expect(await mainText(page)).toContain("Nothing is recorded about the school day yet.");
    await checkFits(page);

    // Sent home at lunchtime on Tuesday 1 December. Forgetting how much of the day is refused, with what was typed kept.
    await page.getByRole("link", { name: "Add what happened" }).first().click();
    await arrivedAt(page, "What happened?");
    await checkFits(page);
    await page.getByRole("link", { name: "Sent home, collected early or told not to come in" }).click();
    await arrivedAt(page, "Sent home, collected early or told not to come in");
    await checkFits(page);
    await fillDate(page, "When did it happen?", ["1", "12", "2026"]);
    await page.getByLabel("What did the school say? (optional)").fill("He is too unsettled, please collect him.");
    await page.getByRole("button", { name: "Save record" }).click();
    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
    await summary.getByRole("link", { name: "Choose how much of the day your child missed" }).waitFor();
    await checkFits(page);
    expect(await page.getByLabel("What did the school say? (optional)").inputValue()).toBe("He is too unsettled, please collect him.");
    await page.getByLabel("The afternoon (sent home or collected at lunchtime)").check();
    await page.getByLabel("What time? (optional)").fill("12:30");
    await page.getByRole("button", { name: "Save record" }).click();
    await arrivedAt(page, "Sent home without a formal exclusion: half a school day (the afternoon)");
    const record = await mainText(page);
    expect(record).toContain("R-DAY-EXCL-INFORMAL");
    expect(record).toContain("Not yet checked against the law's own text.");
    expect(record).toContain("Autumn term 2026: half a school day");
    await checkFits(page);
    await page.getByRole("link", { name: "Back to the school day" }).click();
    await arrivedAt(page, "School day");

    // A part-time timetable from Monday 16 November: 6 sessions a week, review agreed for 27 November.
    await startRecord(page, "Part-time timetable");
    await fillDate(page, "When did the part-time timetable start?", ["16", "11", "2026"]);
    await page.getByLabel("How many sessions a week is your child in school? (optional)").fill("6");
    await fillDate(page, "When will it be reviewed? (optional)", ["27", "11", "2026"]);
    await page.getByLabel("Who agreed it? (optional)").fill("The head and the SENCO");
    await page.getByRole("group", { name: "Did you agree to it? (optional)" }).getByLabel("Yes").check();
    await saveRecord(page, "Part-time timetable: 6 sessions a week");

    // A suspension of 3 school days from Wednesday 2 December, no written notice yet.
    await startRecord(page, "Suspension (a fixed-term exclusion)");
    await checkFits(page);
    await fillDate(page, "The first day of the suspension", ["2", "12", "2026"]);
    await page.getByLabel("How many school days is the suspension?").fill("3");
    await saveRecord(page, "Suspension: 3 school days");

    // The overview: the headline first, then the education lost by cause, the dates and the law.
    const overview = await mainText(page);
    // Half a day sent home, 3 days suspended, and 2 sessions a week short for 15 school days (6 days).
    expect(overview).toContain("3 records in Autumn term 2026; 9.5 school days lost (an estimate).");
    expect(overview).toContain("These figures and dates are an estimate.");
    expect(overview).toContain("D-EXCL-NOTICE");
    expect(overview).toContain("D-PTT-REVIEW");
    expect(overview).toContain("By the end of the afternoon on Wednesday 2 December 2026 (an estimate)");
    expect(overview).toContain("3 of 45 school days of suspension used in school year 2026 to 2027");
    for (const heading of ["Being sent home without a formal exclusion", "Suspensions", "Part-time timetables"]) {
      await page.getByRole("heading", { name: heading, exact: true }).waitFor();
    }
    for (const id of ["R-DAY-EXCL-INFORMAL", "R-DAY-EXCL-6TH-DAY", "R-DAY-EXCL-45", "R-DAY-PTT", "R-DAY-PTT-CODE"]) expect(overview).toContain(id);
    const lostTable = page.getByRole("table", { name: "School days lost by cause, Autumn term 2026" });
    expect((await lostTable.innerText()).replace(/\s+/g, " ")).toContain("Part-time timetable 6 school days: show the 1 record behind this figure 12");
    await page.getByRole("img", { name: /School days lost by cause, Autumn term 2026/ }).waitFor();
    await checkFits(page);

    // A figure lists the records behind it.
    await lostTable.getByRole("link", { name: /^0\.5 school days: show the 1 record behind this figure$/ }).click();
    await page.getByText("Showing the 1 record behind “Sent home without a formal exclusion”, Autumn term 2026.").waitFor();
    expect(await page.getByRole("region", { name: "Records" }).getByRole("listitem").count()).toBe(1);

    // The school's term dates make the figures exact.
    await page.getByRole("link", { name: "Record the school's term dates" }).first().click();
    await arrivedAt(page, "The school's term dates");
    await page.getByLabel("Name").fill("Autumn term 2026");
    await fillDate(page, "First day", ["3", "9", "2026"]);
    await fillDate(page, "Last day", ["18", "12", "2026"]);
    await page.getByRole("button", { name: "Add to the calendar" }).click();
    await page.getByText("Term added.").waitFor();
    await checkFits(page);
    await page.getByRole("link", { name: "Back to the school day" }).click();
    await arrivedAt(page, "School day");
    const exact = await mainText(page);
    expect(exact).toContain("3 records in Autumn term 2026; 9.5 school days lost.");
    expect(exact).not.toContain("are an estimate");
  });

  test("without JavaScript, a record is refused with its errors listed, then saved", async () => {
    const page = await browser.newPage({ ...PHONE, javaScriptEnabled: false });
    expectBadRequests(page);
    await signedInParent(page);
    await createCase(page, "Sky Ashdown");
    await page.goto(page.url().replace(/\/cases\/([^/]+)\/.*$/, "/cases/$1/school-day/new?kind=suspension"));
    await arrivedAt(page, "Suspension (a fixed-term exclusion)");
    await fillDate(page, "The first day of the suspension", ["2", "12", "2026"]);
    await page.getByLabel("How many school days is the suspension?").fill("1.3");
    await page.getByRole("button", { name: "Save record" }).click();
    await arrivedAt(page, "Suspension (a fixed-term exclusion)");
    await page.getByRole("alert").getByRole("link", { name: "Enter the number of school days, for example 3 or 2.5" }).waitFor();
    await checkFits(page);
    await page.getByLabel("How many school days is the suspension?").fill("1.5");
    await page.getByRole("button", { name: "Save record" }).click();
    await arrivedAt(page, "Suspension: 1.5 school days");
    await page.getByRole("link", { name: "Back to the school day" }).click();
    await arrivedAt(page, "School day");
    expect(await mainText(page)).toContain("1 record in Autumn term 2026; 1.5 school days lost (an estimate).");
    await checkFits(page);
  });
});
