// Working together in a real browser: a parent invites an adviser, who turns on two-step sign-in,
// accepts, and comments; the parent is emailed, replies, reads the activity log and takes the
// access away, and the adviser's next request is refused. A parent books a session with the
// demo adviser and cancels it. A case goes out as an archive and comes back the same. The guide
// is searched and read. (Each page's axe scan is in tests/e2e/accessibility*.test.ts; the no-JS
// forms here are checked in tests/server/forms-without-javascript.test.ts.)
import * as OTPAuth from "otpauth";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { allowConsoleError, arrivedAt, expectBadRequests, followEmailLink, mainText, signIn, useBrowser, visit, enterDemoCode } from "../support/browser";
import { workerBaseUrl } from "../support/servers";
import { createCase, followCaseMenu, signedInParent } from "../support/journeys";
import { createSignedInUser, signInBrowser } from "../support/session";

const browser = useBrowser();

/** The code an authenticator app would show for the key on the two-step sign-in page. */
async function codeFromSetupPage(page: Page): Promise<string> {
  const key = (await page.locator("code").first().innerText()).replace(/\s/g, "");
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(key) }).generate();
}

async function postComment(page: Page, text: string) {
  const comments = page.getByRole("region", { name: "Comments on this page" });
  await comments.getByRole("textbox").fill(text);
  await comments.getByRole("button", { name: "Post comment" }).click();
  await page.getByText("Comment posted.").waitFor();
}

async function shareCommentAndRevoke() {
    const parent = await browser.newPage();
    const adviser = await browser.newPage();
    expectBadRequests(parent);
    expectBadRequests(adviser);
    allowConsoleError(adviser, /404/);
    const parentAccount = await signedInParent(parent);
    await createCase(parent, "Robin Ash");
    const adviserAccount = await createSignedInUser(workerBaseUrl(), { name: "Jo Adviser" });

    // The parent invites the adviser, with comment access.
    await followCaseMenu(parent, "Sharing");
    await arrivedAt(parent, "Sharing");
    await parent.getByRole("button", { name: "Send the invitation" }).click();
    await parent.getByRole("alert").getByRole("link", { name: "Enter your email address" }).waitFor();
    await parent.getByLabel("Their email address").fill(adviserAccount.email);
    await parent.getByRole("group", { name: "Who are they?" }).getByLabel("An adviser").check();
    await parent.getByRole("group", { name: "What may they do?" }).getByLabel("Read, comment and edit").check();
    await parent.getByRole("button", { name: "Send the invitation" }).click();
    await parent.getByRole("alert").getByRole("link", { name: /An adviser can have read, or read and comment, access/ }).waitFor();
    await parent.getByRole("group", { name: "What may they do?" }).getByLabel("Read and comment").check();
    await parent.getByRole("button", { name: "Send the invitation" }).click();
    await parent.getByText(`Invitation sent to ${adviserAccount.email}.`).waitFor();
    expect(await mainText(parent)).toContain(`${adviserAccount.email}: Adviser, Read and comment`);

    // The adviser has an account; the link asks for two-step sign-in first.
    await signInBrowser(adviser, adviserAccount);
    await followEmailLink(adviser, adviserAccount.email, `${parentAccount.name} has shared Robin Ash's case with you on Clearpath`);
    await arrivedAt(adviser, `${parentAccount.name} has shared a case with you`);
    await adviser.getByRole("link", { name: "Turn on two-step sign-in" }).click();
    await arrivedAt(adviser, "Two-step sign-in");
    await adviser.getByRole("button", { name: "Set up two-step sign-in" }).click();
    await adviser.getByRole("heading", { name: "Add Clearpath to your app" }).waitFor();
    await adviser.getByLabel("Code from your app").fill("000000");
    await adviser.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await adviser.getByRole("alert").getByRole("link", { name: /That code is not right/ }).waitFor();
    await adviser.getByLabel("Code from your app").fill(await codeFromSetupPage(adviser));
    await adviser.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await adviser.getByRole("heading", { name: "Your recovery codes" }).waitFor();
    expect(await adviser.locator(".recovery-codes li").count()).toBe(10);

    // Now the link works.
    await followEmailLink(adviser, adviserAccount.email, `${parentAccount.name} has shared Robin Ash's case with you on Clearpath`);
    await adviser.getByRole("button", { name: "Accept and open the case" }).click();
    await arrivedAt(adviser, "Robin Ash");
    expect(await mainText(adviser)).toContain("Invitation accepted.");
    await followCaseMenu(adviser, "Needs");
    await arrivedAt(adviser, /Robin Ash's needs|Needs/);
    await postComment(adviser, "Has the school done a reading assessment this term?");

    // The parent is emailed, opens the page from the email, and replies.
    await followEmailLink(parent, parentAccount.email, `${adviserAccount.name} commented on Robin Ash's case`);
    const thread = parent.getByRole("region", { name: "Comments on this page" });
    await thread.getByText("Has the school done a reading assessment this term?").waitFor();
    await postComment(parent, "Not yet. I will ask at Friday's meeting.");
    await followCaseMenu(parent, "Comments");
    await arrivedAt(parent, "Comments");
    expect(await mainText(parent)).toContain("Not yet. I will ask at Friday's meeting.");

    // The activity log shows what the adviser opened and changed.
    await followCaseMenu(parent, "Activity");
    await arrivedAt(parent, "Activity");
    const log = await parent.getByRole("table").innerText();
    expect(log).toContain(adviserAccount.name);
    expect(log).toMatch(/Opened\s+Needs/);
    expect(log).toMatch(/Changed\s+Comments/);

    // The parent takes the access away; the adviser's very next request is refused.
    await followCaseMenu(parent, "Sharing");
    await arrivedAt(parent, "Sharing");
    await parent.getByRole("button", { name: `Take away access for ${adviserAccount.name}` }).click();
    await parent.getByText("Access taken away.").waitFor();
    await adviser.reload();
    await arrivedAt(adviser, "Page not found");
    expect(await mainText(adviser)).not.toContain("reading assessment");
    await visit(adviser, "/cases", "My cases");
    expect(await mainText(adviser)).not.toContain("Robin Ash");
}

describe("sharing a case", () => {
  test("invite an adviser, who accepts and comments; the parent replies, reads the log and revokes; the adviser is then refused", async () => {
    await shareCommentAndRevoke();
  });
});

describe("booking a session", () => {
  test("a parent books a session with the demo adviser, sharing a case, gets the confirmation and cancels it", async () => {
    const page = await browser.newPage();
    const account = await signedInParent(page);
    await createCase(page, "Alex Birch");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sessions" }).click();
    await arrivedAt(page, "Your sessions");
    await page.getByRole("link", { name: "Book a support session" }).click();
    await arrivedAt(page, "Book a support session");
    await page.getByRole("link", { name: "Meeting preparation" }).click();
    await arrivedAt(page, "Choose a time");
    // The last free time: well outside the notice period, so it can be cancelled.
    const first = page.getByRole("main").getByRole("link", { name: /with Jordan Blake/ }).last();
    const slotText = await first.innerText();
    await first.click();
    await arrivedAt(page, "Confirm your session");
    await page.getByRole("group", { name: "Share a case with Jordan Blake?" }).getByLabel("Share Alex Birch's case").check();
    await page.getByRole("button", { name: "Book this session" }).click();
    await arrivedAt(page, "Meeting preparation");
    expect(await mainText(page)).toContain("Session booked.");
    expect(await mainText(page)).toContain(slotText.replace(/ with Jordan Blake$/, ""));

    const invite = await page.request.get(new URL((await page.getByRole("link", { name: "Add to your calendar (.ics)" }).getAttribute("href"))!, page.url()).toString());
    expect(invite.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await invite.text()).toContain("SUMMARY:Meeting preparation with Jordan Blake");

    // The confirmation went to the parent, with the invitation attached.
    await visit(page, "/outbox", "Email outbox");
    const email = page.getByRole("listitem").filter({ hasText: `To ${account.email}` }).filter({ hasText: "Booked: Meeting preparation" }).first();
    expect(await email.innerText()).toContain("[Attached: session.ics]");
    expect(await email.innerText()).toContain("You shared Alex Birch's case with Jordan Blake");

    // The case is shared with the adviser until after the session.
    await visit(page, "/cases", "My cases");
    await page.getByRole("link", { name: "Alex Birch" }).click();
    await arrivedAt(page, "Alex Birch");
    await followCaseMenu(page, "Sharing");
    await arrivedAt(page, "Sharing");
    expect(await mainText(page)).toContain("Jordan Blake");

    // Cancel, well within the notice period.
    await visit(page, "/bookings", "Your sessions");
    await page.getByRole("main").getByRole("link", { name: /Meeting preparation/ }).first().click();
    await arrivedAt(page, "Meeting preparation");
    await page.getByRole("button", { name: "Cancel this session" }).click();
    await arrivedAt(page, "Your sessions");
    expect(await mainText(page)).toContain("Session cancelled.");
  });

  test("the demo adviser signs in with the code shown in the demo and sees the shared demo case", async () => {
    const page = await browser.newPage();
    await visit(page, "/sign-in", "Sign in");
    await page.getByLabel("Email address").fill("demo.adviser@clearpath.example");
    await page.getByLabel("Password", { exact: true }).fill("quiet-lantern-meadow");
    await page.getByRole("button", { name: "Sign in" }).click();
    await arrivedAt(page, "Enter your code");
    await enterDemoCode(page);
    await arrivedAt(page, "My cases");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Adviser desk" }).click();
    await arrivedAt(page, "Your cases and sessions");
    expect(await mainText(page)).toContain("Sam Morgan");
    expect(await mainText(page)).toMatch(/The health check found \d+ things to act on/);
    await page.getByRole("link", { name: "Set your hours and days off" }).click();
    await arrivedAt(page, "Your hours");
    expect(await page.getByRole("group", { name: "Monday" }).getByLabel("From").inputValue()).toBe("09:30");
  });
});

async function signInWithDemoCode(page: Page, email: string, password: string, landing = "My cases") {
  await visit(page, "/sign-in", "Sign in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await arrivedAt(page, "Enter your code");
  await enterDemoCode(page);
  await arrivedAt(page, landing);
}

describe("the organisation and shared links", () => {
  test("the demo admin adds a kind of session; a parent shares a pack by a link with a passcode, and each opening is logged", async () => {
    const admin = await browser.newPage();
    expectBadRequests(admin);
    // The admin lands on the organisation's page, not on an empty list of cases.
    await signInWithDemoCode(admin, "demo.admin@clearpath.example", "amber-bridge-orchard", "Riverside SEND Advice");
    expect(await mainText(admin)).toContain("Jordan Blake");
    expect(await admin.getByRole("main").getByRole("link", { name: "Sam Morgan" }).count()).toBe(0);
    await admin.getByLabel("Length in minutes").fill("5");
    await admin.getByRole("button", { name: "Add the session" }).click();
    await admin.getByRole("alert").getByRole("link", { name: "Enter a name for the session, for example “Phone advice”" }).waitFor();
    await admin.getByLabel("Name", { exact: true }).fill("Tribunal preparation");
    await admin.getByLabel("Length in minutes").fill("90");
    await admin.getByRole("button", { name: "Add the session" }).click();
    await admin.getByText("“Tribunal preparation” added.").waitFor();

    const parent = await browser.newPage();
    expectBadRequests(parent);
    await visit(parent, "/sign-in", "Sign in");
    await signIn(parent, { email: "demo.parent@clearpath.example", password: "rainy-kite-harbour" });
    await parent.getByRole("main").getByRole("link", { name: "Sam Morgan" }).click();
    await arrivedAt(parent, "Sam Morgan");
    await followCaseMenu(parent, "Adviser notes");
    await arrivedAt(parent, "Adviser notes");
    expect(await mainText(parent)).toContain("First call: where things stand");
    await followCaseMenu(parent, "Evidence packs");
    await arrivedAt(parent, "Evidence packs");
    await parent.getByLabel("Title").fill("For the tribunal representative");
    await parent.getByRole("button", { name: "Make the pack" }).click();
    await arrivedAt(parent, "For the tribunal representative");
    await parent.getByRole("link", { name: "Share this pack by a link (for someone without an account)" }).click();
    await arrivedAt(parent, "Share “For the tribunal representative” by link");
    await parent.getByLabel("Who is it for?").fill("Tribunal representative");
    await parent.getByLabel("Passcode (optional)").fill("kestrel-42");
    await parent.getByRole("button", { name: "Make the link" }).click();
    await parent.getByText("Your new link.").waitFor();
    const link = (await parent.locator("code").innerText()).trim();

    const visitor = await browser.newPage();
    expectBadRequests(visitor);
    await visit(visitor, link, "For the tribunal representative");
    await visitor.getByLabel("Passcode").fill("wrong-pass");
    await visitor.getByRole("button", { name: "Download the pack (PDF)" }).click();
    await visitor.getByRole("alert").getByRole("link", { name: /That passcode is not right/ }).waitFor();
    await visitor.getByLabel("Passcode").fill("kestrel-42");
    const [download] = await Promise.all([visitor.waitForEvent("download"), visitor.getByRole("button", { name: "Download the pack (PDF)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);

    await followCaseMenu(parent, "Activity");
    await arrivedAt(parent, "Activity");
    expect(await parent.getByRole("table").innerText()).toMatch(/Tribunal representative[\s\S]*Opened your shared link to\s+Evidence pack “For the tribunal representative”/);
  });
});

describe("the family's data", () => {
  test("a case downloaded as an archive comes back the same when brought in", async () => {
    const page = await browser.newPage();
    await signedInParent(page);
    await createCase(page, "Kim Rowe");
    await followCaseMenu(page, "Overview");
    await arrivedAt(page, "Kim Rowe");
    await page.getByRole("link", { name: "Download the case" }).click();
    await arrivedAt(page, "Download the case");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the archive (.zip)" }).click()]);
    const archive = await download.path();
    const pdf = await page.request.get(new URL((await page.getByRole("link", { name: "Download the PDF" }).getAttribute("href"))!, page.url()).toString());
    expect(pdf.headers()["content-type"]).toBe("application/pdf");

    await visit(page, "/cases/import", "Bring in a case");
    await page.getByLabel("Case archive (.zip)").setInputFiles(archive);
    await page.getByRole("button", { name: "Bring in the case" }).click();
    await arrivedAt(page, "Kim Rowe");
    expect(await mainText(page)).toContain("Kim Rowe's case is here");
    await visit(page, "/cases", "My cases");
    expect(await page.getByRole("main").getByRole("link", { name: "Kim Rowe" }).count()).toBe(2);

    // Something that is not an archive is refused with a clear message.
    expectBadRequests(page);
    await visit(page, "/cases/import", "Bring in a case");
    await page.getByLabel("Case archive (.zip)").setInputFiles({ name: "notes.zip", mimeType: "application/zip", buffer: Buffer.from("not really a zip") });
    await page.getByRole("button", { name: "Bring in the case" }).click();
    await page.getByRole("alert").getByText(/not a Clearpath case archive/).waitFor();
  });
});

describe("the guide", () => {
  test("a visitor searches the guide and reads a page with its sources", async () => {
    const page = await browser.newPage();
    await visit(page, "/guide", "The guide");
    await page.getByLabel("Search the guide").fill("mediation");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("main").getByRole("link", { name: /disagree/i }).first().click();
    await arrivedAt(page, /disagree/i);
    expect(await mainText(page)).toMatch(/mediation/i);
    // Each legal statement cites its source (inside "What the law or guidance says").
    expect(await page.getByRole("main").textContent()).toMatch(/Children and Families Act 2014|Regulations 2014/);
  });
});
