// The main journeys as steps a person takes, shared by the journey tests with JavaScript on and
// with it off: the same clicks and the same checks must work both ways. Only the account journey
// signs up through the outbox; every other journey starts from `signedInParent`, a confirmed
// account and a session made by the test server's hook (tests/support/session.ts).
import type { Page } from "playwright-core";
import { expect } from "vitest";
import {
  arrivedAt,
  expectBadRequests,
  followEmailLink,
  mainText,
  newAccount,
  signIn,
  signInIsRefused,
  signUpAndConfirm,
  visit,
} from "./browser";
import { workerBaseUrl } from "./servers";
import { createSignedInUser, signInBrowser } from "./session";

const RESET_SUBJECT = "Reset your Clearpath password";

/** A fresh, confirmed parent, signed in without clicking through sign-up, on "My cases". */
export async function signedInParent(page: Page) {
  const parent = await createSignedInUser(workerBaseUrl(), { name: newAccount().name });
  await signInBrowser(page, parent);
  await visit(page, "/cases", "My cases");
  return parent;
}

export async function createCase(page: Page, childName: string) {
  await page.getByRole("link", { name: "Create a case for a child" }).click();
  await arrivedAt(page, "Create a case for a child");
  await page.getByLabel("Your child's name").fill(childName);
  await page.getByRole("button", { name: "Create case" }).click();
  await arrivedAt(page, `${childName}'s profile`);
  expect(await mainText(page)).toContain("Case created. Now tell us about your child.");
}

export function caseNav(page: Page) {
  return page.getByRole("navigation", { name: "Case" });
}

/**
 * Follows a link of the case menu as a person would. The menu folds into one "Case menu" line on
 * a phone, and only the page's own section starts open, so first open whatever hides the link.
 */
export async function followCaseMenu(page: Page, name: string) {
  const nav = caseNav(page);
  const link = nav.getByRole("link", { name, exact: true });
  for (const fold of await nav.locator("details", { has: page.getByRole("link", { name, exact: true, includeHidden: true }) }).all()) {
    const summary = fold.locator(":scope > summary");
    if (!(await fold.evaluate((details) => (details as HTMLDetailsElement).open)) && (await summary.isVisible())) await summary.click();
  }
  await link.click();
}

function signOutButton(page: Page) {
  return page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign out" });
}

/** Sign up, confirm by the emailed link, sign in, sign out, and sign in again. */
export async function signUpSignOutAndBackIn(page: Page) {
  const account = newAccount();

  await signUpAndConfirm(page, account);
  await signIn(page, account);
  await signOutButton(page).click();
  await arrivedAt(page, "Sign in");
  expect(await mainText(page)).toContain("You have signed out.");
  // Signed out for real: a signed-in page now asks to sign in.
  await visit(page, "/cases", "Sign in");

  await signIn(page, account);
  expect(await mainText(page)).toContain("Start by creating a case for your child");
}

/** Ask for a reset link, choose a new password, sign in with it; the link then stops working. */
export async function resetForgottenPassword(page: Page) {
  const account = await createSignedInUser(workerBaseUrl());
  await visit(page, "/sign-in", "Sign in");

  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  await arrivedAt(page, "Reset your password");
  await page.getByLabel("Email address").fill(account.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await arrivedAt(page, "Check your email");

  await followEmailLink(page, account.email, RESET_SUBJECT);
  await arrivedAt(page, "Choose a new password");
  const resetLink = page.url();
  const newPassword = `${account.password}-renewed`;
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Save new password" }).click();
  await arrivedAt(page, "Sign in");
  expect(await mainText(page)).toContain("Your password has been changed");

  await signInIsRefused(page, account);
  await signIn(page, { email: account.email, password: newPassword });

  await signOutButton(page).click();
  await arrivedAt(page, "Sign in");
  await visit(page, resetLink, "This link does not work");
  expect(await page.title()).toBe("This link does not work – Clearpath");
}

/** Create a case, fill in the profile, record needs in two areas, add a contact and a diagnosis, and see them on the dashboard. */
export async function recordACase(page: Page) {
  await signedInParent(page);
  await createCase(page, "Robin Hale");

  const dateOfBirth = page.getByRole("group", { name: "Date of birth" });
  await dateOfBirth.getByLabel("Day").fill("27");
  await dateOfBirth.getByLabel("Month").fill("3");
  await dateOfBirth.getByLabel("Year").fill("2017");
  await page.getByLabel("School or setting").fill("Hill Top Primary");
  await page.getByLabel("Year group").selectOption("Year 3");
  await page.getByLabel("SENCO's name").fill("Mr Dev Patel");
  await page.getByLabel("SENCO's email address").fill("senco@hilltop.example");
  await page.getByLabel("SENCO's phone number").fill("01632 960 222");
  await page
    .getByLabel("What your child is good at")
    .fill("Drawing maps and remembering bus routes.");
  await page.getByLabel("What your child enjoys").fill("Trains, cooking with Grandad.");
  await page
    .getByLabel("Your child's views, in their own words")
    .fill("I like maths when it is quiet.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await arrivedAt(page, "Robin Hale");
  expect(await mainText(page)).toContain("Profile saved.");

  await followCaseMenu(page, "Needs");
  await arrivedAt(page, "Needs");
  await page.getByRole("link", { name: "Record communication and interaction" }).click();
  await arrivedAt(page, "Communication and interaction");
  await page.getByLabel("Finds it hard to follow or join a conversation").check();
  await page.getByLabel("Relies heavily on routines").check();
  await page
    .getByLabel("Anything else you notice, in your own words")
    .fill("Talks at length about trains but not about his day.");
  const since = page.getByRole("group", { name: "When did you first notice this?" });
  await since.getByLabel("Month").fill("9");
  await since.getByLabel("Year").fill("2023");
  await page.getByRole("radio", { name: "Quite a lot" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await arrivedAt(page, "Needs");
  expect(await mainText(page)).toContain("Communication and interaction: saved.");
  expect(await mainText(page)).toContain("3 signs recorded, affects your child quite a lot");

  await page.getByRole("link", { name: "Record sensory and/or physical needs" }).click();
  await arrivedAt(page, "Sensory and/or physical needs");
  await page.getByLabel("Bothered by noise, light or touch").check();
  await page.getByRole("radio", { name: "A great deal" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await arrivedAt(page, "Needs");
  expect(await mainText(page)).toContain("Sensory and/or physical needs: saved.");

  await followCaseMenu(page, "Contacts");
  await arrivedAt(page, "Key contacts");
  await page.getByLabel("Name").fill("Ms Ana Silva");
  await page.getByLabel("Role").fill("Speech and language therapist");
  await page.getByLabel("Email address").fill("ana.silva@nhs.example");
  await page.getByLabel("Phone number").fill("01632 960 333");
  await page.getByRole("button", { name: "Add contact" }).click();
  await page.getByText("Contact added.").waitFor();
  await arrivedAt(page, "Key contacts");
  await page.getByRole("heading", { level: 2, name: "Ms Ana Silva" }).waitFor();

  await followCaseMenu(page, "Diagnoses");
  await arrivedAt(page, "Diagnoses");
  await page.getByLabel("Diagnosis", { exact: true }).fill("Autism");
  const given = page.getByRole("group", { name: "Date given (optional)" });
  await given.getByLabel("Day").fill("4");
  await given.getByLabel("Month").fill("6");
  await given.getByLabel("Year").fill("2024");
  await page.getByLabel("Who gave it (optional)").fill("Community paediatrician");
  await page.getByRole("button", { name: "Add diagnosis" }).click();
  await page.getByText("Diagnosis added.").waitFor();
  await arrivedAt(page, "Diagnoses");
  expect(await mainText(page)).toContain("4 June 2024, Community paediatrician");

  await followCaseMenu(page, "Overview");
  await arrivedAt(page, "Robin Hale");
  const dashboard = await mainText(page);
  expect(dashboard).toContain("born 27 March 2017");
  expect(dashboard).toContain("Hill Top Primary, Year 3");
  expect(dashboard).toContain("Mr Dev Patel");
  const communication = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Communication and interaction" }) });
  // The signs noted for an area are one tap away.
  await communication.getByText(/^\d+ signs? noted/).click();
  const communicationText = await communication.innerText();
  expect(communicationText).toContain("Affects your child: quite a lot");
  expect(communicationText).toContain("Noticed since September 2023");
  expect(communicationText).toContain("Finds it hard to follow or join a conversation");
  expect(communicationText).toContain("Relies heavily on routines");
  expect(communicationText).toContain("Talks at length about trains but not about his day.");
  const sensory = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Sensory and/or physical needs" }) });
  await sensory.getByText(/^\d+ signs? noted/).click();
  expect(await sensory.innerText()).toContain("Bothered by noise, light or touch");
  expect(await sensory.innerText()).toContain("Affects your child: a great deal");
  const learning = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Cognition and learning" }) });
  expect(await learning.innerText()).toContain("Nothing recorded");
  await page.getByRole("link", { name: "Key contacts (1)" }).waitFor();
  await page.getByRole("link", { name: "Diagnoses (1)" }).waitFor();

  await page.getByRole("link", { name: "Profile, strengths, interests and views" }).click();
  await arrivedAt(page, "Robin Hale's profile");
  expect(await page.getByLabel("What your child is good at").inputValue()).toBe(
    "Drawing maps and remembering bus routes.",
  );
  expect(await page.getByLabel("Your child's views, in their own words").inputValue()).toBe(
    "I like maths when it is quiet.",
  );
  expect(await page.getByLabel("SENCO's email address").inputValue()).toBe("senco@hilltop.example");
}

/**
 * Bad input: an error summary that takes focus as it appears and links to each field, what was
 * typed kept, nothing saved. (Without JavaScript: tests/server/forms-without-javascript.test.ts.)
 */
export async function submitBadInput(page: Page) {
  expectBadRequests(page);
  await signedInParent(page);
  await createCase(page, "Kai Brook");

  const dateOfBirth = page.getByRole("group", { name: "Date of birth" });
  await dateOfBirth.getByLabel("Day").fill("31");
  await dateOfBirth.getByLabel("Month").fill("2");
  await dateOfBirth.getByLabel("Year").fill("2017");
  await page.getByLabel("School or setting").fill("Meadow Lane School");
  await page.getByLabel("SENCO's email address").fill("not an email");
  await page.getByRole("button", { name: "Save profile" }).click();

  const summary = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await summary.waitFor();
  await arrivedAt(page, "Kai Brook's profile");
  expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
  const errorLinks = summary.getByRole("link");
  expect(await errorLinks.count()).toBe(2);

  // Each error links to its field, and following the link puts the cursor there.
  await errorLinks.filter({ hasText: /date of birth/i }).click();
  expect(await dateOfBirth.getByLabel("Day").evaluate((el) => el === document.activeElement)).toBe(
    true,
  );
  await errorLinks.filter({ hasText: /email/i }).click();
  expect(
    await page.getByLabel("SENCO's email address").evaluate((el) => el === document.activeElement),
  ).toBe(true);

  // The field says what is wrong, and what was typed is still there.
  expect(await dateOfBirth.getAttribute("aria-describedby")).toBeTruthy();
  expect(await dateOfBirth.getByLabel("Day").inputValue()).toBe("31");
  expect(await dateOfBirth.getByLabel("Month").inputValue()).toBe("2");
  expect(await dateOfBirth.getByLabel("Year").inputValue()).toBe("2017");
  expect(await page.getByLabel("SENCO's email address").inputValue()).toBe("not an email");
  expect(await page.getByLabel("School or setting").inputValue()).toBe("Meadow Lane School");
  expect(await page.getByLabel("SENCO's email address").getAttribute("aria-invalid")).toBe("true");

  // Nothing was saved.
  await followCaseMenu(page, "Overview");
  await arrivedAt(page, "Kai Brook");
  const dashboard = await mainText(page);
  expect(dashboard).not.toContain("Meadow Lane School");
  expect(dashboard).toContain("School Not recorded");

  // A need with a month that does not exist, then with nothing ticked or written, is refused.
  await page.getByRole("link", { name: "Record cognition and learning" }).click();
  await arrivedAt(page, "Cognition and learning");
  const since = page.getByRole("group", { name: "When did you first notice this?" });
  await page.getByLabel("Finds numbers and maths ideas hard").check();
  await since.getByLabel("Month").fill("13");
  await since.getByLabel("Year").fill("2024");
  await page.getByRole("button", { name: "Save" }).click();
  await summary.waitFor();
  await arrivedAt(page, "Cognition and learning");
  await summary.getByRole("link", { name: /month and year you first noticed this/i }).click();
  expect(await since.getByLabel("Month").evaluate((el) => el === document.activeElement)).toBe(
    true,
  );
  expect(await since.getByLabel("Month").inputValue()).toBe("13");
  expect(await page.getByLabel("Finds numbers and maths ideas hard").isChecked()).toBe(true);

  await since.getByLabel("Month").fill("");
  await since.getByLabel("Year").fill("");
  await page.getByLabel("Finds numbers and maths ideas hard").uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await summary.getByRole("link", { name: /Tick at least one sign/ }).waitFor();
  await arrivedAt(page, "Cognition and learning");
  await summary.getByRole("link", { name: /Tick at least one sign/ }).click();
  expect(
    await page
      .getByLabel("Making slower progress than children of the same age")
      .evaluate((el) => el === document.activeElement),
  ).toBe(true);

  await followCaseMenu(page, "Needs");
  await arrivedAt(page, "Needs");
  expect(await mainText(page)).not.toContain("recorded,");
  expect(await page.getByText("Nothing recorded").count()).toBe(4);

  // The owner can delete the case; it is then gone from their list.
  await followCaseMenu(page, "Overview");
  await arrivedAt(page, "Kai Brook");
  await page.getByRole("link", { name: "Delete this case" }).click();
  await arrivedAt(page, "Delete the case for Kai Brook");
  await page.getByRole("button", { name: "Delete this case" }).click();
  await arrivedAt(page, "My cases");
  expect(await mainText(page)).toContain("The case for Kai Brook has been deleted.");
  expect(await page.getByRole("link", { name: "Kai Brook" }).count()).toBe(0);
}

/**
 * Sign-up with bad input: every problem listed and linked, what was typed kept. (Without
 * JavaScript, where the server never sends the password back: forms-without-javascript.test.ts.)
 */
export async function signUpWithBadInput(page: Page) {
  expectBadRequests(page);
  await visit(page, "/sign-up", "Create an account");
  await page.getByLabel("Email address").fill("jo@example");
  await page.getByLabel("Choose a password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  const summary = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await summary.waitFor();
  await arrivedAt(page, "Create an account");
  expect(await summary.getByRole("link").allInnerTexts()).toEqual([
    "Enter your name",
    "Enter an email address in the right format, like name@example.com",
    expect.stringMatching(/password/i),
  ]);
  await summary.getByRole("link", { name: /password/i }).click();
  expect(
    await page.getByLabel("Choose a password").evaluate((el) => el === document.activeElement),
  ).toBe(true);
  expect(await page.getByLabel("Email address").inputValue()).toBe("jo@example");
}
