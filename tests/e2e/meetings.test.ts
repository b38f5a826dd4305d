// Meetings and the correspondence log in a real browser: plan a meeting, pick questions and add
// your own, print the preparation sheet, record the meeting with two actions, draft the
// follow-up email (copy it, download it), log it as sent and find it in the correspondence with
// its reply-by date; then a letter whose reply is overdue shows on the overview until the reply
// is logged. Without JavaScript, these forms are checked over plain HTTP in
// tests/server/forms-without-javascript.test.ts.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { arrivedAt, expectBadRequests, mainText, useBrowser } from "../support/browser";
import { caseNav, createCase, followCaseMenu, signedInParent } from "../support/journeys";
import { formatDate, formatWeekdayDate } from "~/domain/presentation";
import { addDays } from "~/domain/calendar/calendar-date";

const browser = useBrowser();

/** Today where the family lives, as the server works it out. */
function today(): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
}

function parts(iso: string): [string, string, string] {
  const [year, month, day] = iso.split("-");
  return [String(Number(day)), String(Number(month)), year!];
}

async function fillDate(scope: Page, legend: string, iso: string | null) {
  const group = scope.getByRole("group", { name: legend });
  const [day, month, year] = iso ? parts(iso) : ["", "", ""];
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

/** A signed-in parent with a case whose profile names the SENCO and her email address. */
async function caseWithSenco(page: Page, childName: string) {
  await signedInParent(page);
  await createCase(page, childName);
  await page.getByLabel("SENCO's name").fill("Ms Priya Patel");
  await page.getByLabel("SENCO's email address").fill("senco@oakfield.example");
  await page.getByRole("button", { name: "Save profile" }).click();
  await arrivedAt(page, childName);
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, "utf8") };
}

async function prepareRecordAndFollowUp(page: Page) {
  expectBadRequests(page);
  const now = today();
  const meetingDay = addDays(now, 14);
  const heldOn = addDays(now, -10);
  await caseWithSenco(page, "Mia Holt");
  await followCaseMenu(page, "Meetings");
  await arrivedAt(page, "Meetings");
  expect(await mainText(page)).toContain("No meetings planned.");

  // Planning without a date is refused, with what was typed kept.
  await page.getByRole("radio", { name: "Meeting with the SENCO" }).check();
  await page.getByLabel("What it is about (optional)").fill("Reading support");
  await page.getByRole("button", { name: "Plan meeting" }).click();
  const summary = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await summary
    .getByRole("link", { name: "Enter the date of the meeting, for example 27 3 2017" })
    .waitFor();
  await arrivedAt(page, "Meetings");
  expect(await page.getByLabel("What it is about (optional)").inputValue()).toBe("Reading support");
  expect(await page.getByRole("radio", { name: "Meeting with the SENCO" }).isChecked()).toBe(true);

  await fillDate(page, "Date of the meeting", meetingDay);
  await page
    .getByLabel("Who will be there (optional)")
    .fill("Ms Patel, SENCO\nMr Jones, class teacher");
  await page.getByRole("button", { name: "Plan meeting" }).click();
  await page
    .getByText("Meeting planned. Here is a preparation sheet made from your records.")
    .waitFor();
  await arrivedAt(page, "Preparation sheet");
  let text = await mainText(page);
  expect(text).toContain(
    `Mia Holt: Reading support, ${formatDate(meetingDay)} (Meeting with the SENCO).`,
  );
  expect(text).toContain("Who will be there: Ms Patel, SENCO, Mr Jones, class teacher.");
  for (const heading of [
    "Reviews",
    "What the health check found",
    "Actions still open from earlier meetings",
    "Your questions",
  ])
    await page.getByRole("heading", { level: 2, name: heading, exact: true }).waitFor();
  expect(text).toContain("No questions yet.");

  // Own questions, one a line, and two from the bank.
  await page
    .getByLabel("Your own questions")
    .fill("Why was the reading group stopped?\n\nWho runs it now?");
  await page
    .getByLabel("Could I see the records of the sessions that have taken place this term?")
    .check();
  await page
    .getByLabel("How is my child getting on with other children? Do they have friends to be with?")
    .check();
  await page.getByRole("button", { name: "Save questions" }).click();
  await page.getByText("Questions saved.").waitFor();
  await arrivedAt(page, "Preparation sheet");
  const questions = page.getByRole("region", { name: "Your questions", exact: true });
  expect(await questions.getByRole("listitem").allInnerTexts()).toEqual([
    "Why was the reading group stopped?",
    "Who runs it now?",
    "Could I see the records of the sessions that have taken place this term?",
    "How is my child getting on with other children? Do they have friends to be with?",
  ]);
  expect(
    await page
      .getByLabel("Could I see the records of the sessions that have taken place this term?")
      .isChecked(),
  ).toBe(true);

  // The printed sheet: the questions, without the forms or the case's navigation.
  await page.getByRole("button", { name: "Print the sheet" }).waitFor();
  await page.emulateMedia({ media: "print" });
  expect(await page.getByRole("button", { name: "Save questions" }).isVisible()).toBe(false);
  expect(await caseNav(page).isVisible()).toBe(false);
  expect(await page.getByText("Why was the reading group stopped?").first().isVisible()).toBe(true);
  await page.emulateMedia({ media: "screen" });

  // Record the meeting, held ten days ago after all, with two actions.
  await page.getByRole("link", { name: "write down what was said and agreed" }).click();
  await arrivedAt(page, `Meeting on ${formatDate(meetingDay)}`);
  await fillDate(page, "Date of the meeting", heldOn);
  await page.getByLabel("Who was there").fill("Ms Patel, SENCO\nMe");
  await page
    .getByLabel("What was discussed")
    .fill("We looked at the reading scores from September.");
  await page
    .getByLabel("What was agreed")
    .fill("Mia will restart the reading group three times a week.");
  await page.getByRole("button", { name: "Save notes" }).click();
  await page.getByText("Notes saved.").waitFor();
  await arrivedAt(page, `Meeting on ${formatDate(heldOn)}`);
  expect(await page.getByLabel("What was agreed").inputValue()).toBe(
    "Mia will restart the reading group three times a week.",
  );

  // An action with no description is refused.
  await page.getByLabel("Who will do it (optional)").fill("Ms Patel");
  await page.getByRole("button", { name: "Add action" }).click();
  await summary.getByRole("link", { name: /Enter what will be done/ }).waitFor();
  await arrivedAt(page, `Meeting on ${formatDate(heldOn)}`);
  expect(await page.getByLabel("Who will do it (optional)").inputValue()).toBe("Ms Patel");

  const overdueBy = 3;
  await page.getByLabel("What will be done").fill("Send me the provision map");
  await fillDate(page, "By when (optional)", addDays(now, -overdueBy));
  await page.getByRole("button", { name: "Add action" }).click();
  await page.getByText("Action added.").waitFor();
  await arrivedAt(page, `Meeting on ${formatDate(heldOn)}`);
  await page.getByLabel("What will be done").fill("Ask for a speech and language referral");
  await page.getByLabel("Who will do it (optional)").fill("Mr Jones");
  await fillDate(page, "By when (optional)", addDays(now, 20));
  await page.getByRole("button", { name: "Add action" }).click();
  await page.getByText("Action added.").waitFor();
  await arrivedAt(page, `Meeting on ${formatDate(heldOn)}`);

  // The second one is the SENCO's, not the teacher's: change it.
  await page.getByRole("link", { name: "Change action 2" }).click();
  await page.getByRole("heading", { name: "Change the action" }).waitFor();
  await arrivedAt(page, `Meeting on ${formatDate(heldOn)}`);
  await page.getByLabel("Who will do it (optional)").fill("Ms Patel");
  await page.getByRole("button", { name: "Save action" }).click();
  await page.getByText("Action saved.").waitFor();
  await arrivedAt(page, `Meeting on ${formatDate(heldOn)}`);
  const actions = page.getByRole("region", { name: "Actions" }).getByRole("listitem");
  expect(await actions.count()).toBe(2);
  expect((await actions.nth(0).innerText()).replace(/\s+/g, " ")).toContain(
    `Send me the provision map (Ms Patel, by ${formatWeekdayDate(addDays(now, -overdueBy))}) To do Overdue`,
  );
  expect(await actions.nth(1).innerText()).toContain(
    `Ask for a speech and language referral (Ms Patel, by ${formatWeekdayDate(addDays(now, 20))})`,
  );

  // The meetings page makes the overdue action plain, with a way to ask for an update.
  await followCaseMenu(page, "Meetings");
  await arrivedAt(page, "Meetings");
  text = await mainText(page);
  expect(text).toContain("Actions past their due date");
  expect(text).toContain(`Overdue by ${overdueBy} days`);
  expect(text).toContain(`${formatDate(heldOn)}: Reading support`);
  const reminder = page.getByRole("link", {
    name: `Ask for an update on the overdue action from ${formatDate(heldOn)} (Reading support)`,
  });
  await reminder.click();
  await arrivedAt(page, "Follow-up email");
  let body = await page.getByLabel("Email", { exact: true }).inputValue();
  expect(body).toContain("- Send me the provision map");
  expect(body).not.toContain("speech and language referral");
  await page.getByRole("link", { name: "Summary of the meeting" }).click();
  await arrivedAt(page, "Follow-up email");

  // The summary, drafted from the notes, to the SENCO by default.
  const replyBy = addDays(now, 7);
  expect(await page.getByLabel("To", { exact: true }).inputValue()).toBe("senco@oakfield.example");
  expect(await page.getByLabel("Subject").inputValue()).toBe(
    `Our meeting on ${formatWeekdayDate(heldOn)}: what we agreed about Mia Holt's support`,
  );
  body = await page.getByLabel("Email", { exact: true }).inputValue();
  expect(body).toContain("Dear Ms Patel,");
  expect(body).toContain(`Thank you for meeting with me on ${formatWeekdayDate(heldOn)}`);
  expect(body).toContain(
    "To confirm what we agreed:\nMia will restart the reading group three times a week.",
  );
  expect(body).toContain(
    `Actions:\n- Send me the provision map (Ms Patel, by ${formatWeekdayDate(addDays(now, -overdueBy))})\n- Ask for a speech and language referral`,
  );
  expect(body).toContain(
    `Please let me know by ${formatWeekdayDate(replyBy)} if I have misunderstood anything.`,
  );
  await page.getByLabel("Email", { exact: true }).fill(`${body}\n\nP.S. Thank you for your time.`);

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy the email" }).click();
  await page.getByText("Copied. You can paste it into your email.").waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    "P.S. Thank you for your time.",
  );

  // Downloads carry what was typed, not the draft; the page keeps it too.
  const eml = await downloadText(page, "Download for your email program");
  expect(eml.name).toBe(`meeting-follow-up-${heldOn}.eml`);
  expect(eml.text).toContain("To: senco@oakfield.example\r\n");
  expect(eml.text).toContain("X-Unsent: 1\r\n");
  const emlBody = Buffer.from(
    eml.text.split("\r\n\r\n")[1]!.replace(/\r\n/g, ""),
    "base64",
  ).toString("utf8");
  expect(emlBody).toContain("To confirm what we agreed:\r\nMia will restart the reading group");
  expect(emlBody).toContain("P.S. Thank you for your time.");
  const txt = await downloadText(page, "Download as a text file");
  expect(txt.name).toBe(`meeting-follow-up-${heldOn}.txt`);
  expect(txt.text).toMatch(
    /^To: senco@oakfield\.example\nSubject: Our meeting on .*\n\nDear Ms Patel,/,
  );
  expect(await page.getByLabel("Email", { exact: true }).inputValue()).toContain(
    "P.S. Thank you for your time.",
  );

  // Logged as sent: it is in the correspondence, with its reply-by date and timer.
  await page.getByRole("button", { name: "I have sent it" }).click();
  await page
    .getByText(`Follow-up email logged as sent. Reply asked for by ${formatDate(replyBy)}.`)
    .waitFor();
  await arrivedAt(page, "Correspondence");
  const item = page.getByRole("article", {
    name: `Our meeting on ${formatWeekdayDate(heldOn)}: what we agreed about Mia Holt's support`,
  });
  text = (await item.innerText()).replace(/\s+/g, " ");
  expect(text).toContain(`Email sent, ${formatDate(now)}. From `);
  expect(text).toContain(". To senco@oakfield.example");
  expect(text).toContain(`Reply due in 7 days (reply asked for by ${formatDate(replyBy)})`);
  await item.getByRole("link", { name: "meeting", exact: true }).click();
  await arrivedAt(page, `Meeting on ${formatDate(heldOn)}`);
  await page.getByRole("link", { name: "Follow-up email" }).first().click();
  await arrivedAt(page, "Follow-up email");
  expect(await mainText(page)).toContain(`Already sent ${formatDate(now)}: Our meeting on`);
}

async function overdueReplyOnTheDashboard(page: Page) {
  expectBadRequests(page);
  const now = today();
  await signedInParent(page);
  await createCase(page, "Noah Pike");
  await followCaseMenu(page, "Correspondence");
  await arrivedAt(page, "Correspondence");
  expect(await mainText(page)).toContain("Nothing logged yet.");

  // A reply date before the letter was sent is refused.
  await fillDate(page, "Date", addDays(now, -20));
  await page.getByRole("radio", { name: "Letter" }).check();
  await page.getByLabel("To (optional)", { exact: true }).fill("Ms Patel, SENCO");
  await page.getByLabel("Subject, or what it was about").fill("Request for the provision map");
  await fillDate(page, "Reply asked for by (optional)", addDays(now, -30));
  await page.getByRole("button", { name: "Add to the log" }).click();
  const summary = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await summary
    .getByRole("link", { name: "The date to reply by must be on or after the date it was sent" })
    .waitFor();
  await arrivedAt(page, "Correspondence");
  expect(await page.getByLabel("Subject, or what it was about").inputValue()).toBe(
    "Request for the provision map",
  );

  await fillDate(page, "Reply asked for by (optional)", addDays(now, -6));
  await page.getByRole("button", { name: "Add to the log" }).click();
  await page.getByText("Added to the log.").waitFor();
  await arrivedAt(page, "Correspondence");
  const letter = page.getByRole("article", { name: "Request for the provision map", exact: true });
  expect((await letter.innerText()).replace(/\s+/g, " ")).toContain(
    `Letter sent, ${formatDate(addDays(now, -20))}. To Ms Patel, SENCO Reply overdue by 6 days`,
  );

  // A second item, with a reply not yet due, is under "awaiting" but not "overdue".
  await fillDate(page, "Date", now);
  await page.getByLabel("Subject, or what it was about").fill("Question about homework");
  await fillDate(page, "Reply asked for by (optional)", addDays(now, 5));
  await page.getByRole("button", { name: "Add to the log" }).click();
  await page.getByText("Added to the log.").waitFor();
  await arrivedAt(page, "Correspondence");
  expect(
    await page.getByRole("article", { name: "Question about homework" }).innerText(),
  ).toContain("Reply due in 5 days");
  const show = page.getByRole("navigation", { name: "Show" });
  await show.getByRole("link", { name: "Reply overdue (1)" }).click();
  await page.getByRole("heading", { level: 2, name: "Reply overdue" }).waitFor();
  await arrivedAt(page, "Correspondence");
  expect(await page.getByRole("article").count()).toBe(1);
  await show.getByRole("link", { name: "Awaiting a reply (2)" }).click();
  await page.getByRole("heading", { level: 2, name: "Awaiting a reply" }).waitFor();
  await arrivedAt(page, "Correspondence");
  expect(await page.getByRole("article").count()).toBe(2);

  // The overview shows the overdue reply, and leads to it.
  await followCaseMenu(page, "Overview");
  await arrivedAt(page, "Noah Pike");
  const waiting = page.getByRole("region", { name: "Waiting for a reply" });
  expect((await waiting.innerText()).replace(/\s+/g, " ")).toContain(
    `Request for the provision map (to Ms Patel, SENCO, sent ${formatDate(addDays(now, -20))}): reply overdue by 6 days`,
  );
  expect(await waiting.innerText()).not.toContain("Question about homework");
  await waiting.getByRole("link", { name: "Request for the provision map" }).click();
  await arrivedAt(page, "Correspondence");

  // The school answers: logged as the reply, the letter's timer stops.
  await page.getByRole("link", { name: "Log the reply to Request for the provision map" }).click();
  await page
    .getByRole("heading", { level: 2, name: /^Log the reply to Request for the provision map/ })
    .waitFor();
  await arrivedAt(page, "Correspondence");
  expect(
    await page.getByRole("radio", { name: "I received it, or took the call" }).isChecked(),
  ).toBe(true);
  expect(await page.getByLabel("Subject, or what it was about").inputValue()).toBe(
    "Re: Request for the provision map",
  );
  expect(await page.getByLabel("From (optional)", { exact: true }).inputValue()).toBe(
    "Ms Patel, SENCO",
  );
  await page
    .getByLabel("Summary or the full text (optional)")
    .fill("The provision map is attached.");
  await page.getByRole("button", { name: "Log the reply" }).click();
  await page
    .getByText('Reply logged. "Request for the provision map" is marked as replied.')
    .waitFor();
  await arrivedAt(page, "Correspondence");
  expect(
    await page
      .getByRole("article", { name: "Request for the provision map", exact: true })
      .innerText(),
  ).toContain(`Replied on ${formatDate(now)}`);
  expect(
    await page.getByRole("article", { name: "Re: Request for the provision map" }).innerText(),
  ).toContain("In reply to Request for the provision map");

  await followCaseMenu(page, "Overview");
  await arrivedAt(page, "Noah Pike");
  expect(await page.getByRole("region", { name: "Waiting for a reply" }).count()).toBe(0);

  // Remove the homework question; the log keeps the rest.
  await followCaseMenu(page, "Correspondence");
  await arrivedAt(page, "Correspondence");
  await page.getByRole("button", { name: "Remove Question about homework" }).click();
  await page.getByText("Removed from the log.").waitFor();
  await arrivedAt(page, "Correspondence");
  expect(await page.getByRole("article").count()).toBe(2);
}

/** An annual review's sheet adds the views to gather, the plan and the time limits after the meeting. */
async function annualReviewSheet(page: Page) {
  expectBadRequests(page);
  const meetingDay = addDays(today(), 21);
  await caseWithSenco(page, "Noor Asante");
  await followCaseMenu(page, "Meetings");
  await arrivedAt(page, "Meetings");
  await page.getByRole("radio", { name: "Annual review of the EHC plan" }).check();
  await fillDate(page, "Date of the meeting", meetingDay);
  await page.getByRole("button", { name: "Plan meeting" }).click();
  await arrivedAt(page, "Preparation sheet");
  const sheet = (await page.getByRole("region", { name: "Annual review of the EHC plan" }).innerText()).replace(/\s+/g, " ");
  expect(sheet).toContain("Views to gather");
  expect(sheet).toContain("No final EHC plan is recorded.");
  expect(sheet).toContain(`Report of the annual review meeting: by ${formatDate(addDays(meetingDay, 14))}`);
  expect(sheet).toContain(`Decision after the annual review: by ${formatDate(addDays(meetingDay, 28))}`);
  await page.getByRole("link", { name: "Assessment and plan" }).last().click();
  await arrivedAt(page, "Assessment and plan deadlines");
}

describe("with JavaScript", () => {
  test("an annual review's preparation sheet shows what the review needs and the time limits after it", async () => {
    await annualReviewSheet(await browser.newPage());
  });

  test("a parent prepares for a meeting, records it, and follows it up in writing", async () => {
    await prepareRecordAndFollowUp(await browser.newPage());
  });

  test("a letter whose reply is overdue shows on the overview until the reply is logged", async () => {
    await overdueReplyOnTheDashboard(await browser.newPage());
  });
});
