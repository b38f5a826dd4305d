// The account journey in a real browser: sign up and confirm by email, sign in and out, reset a
// forgotten password, change it, end another session, and delete the account. This is the one
// journey that signs up through the outbox as a person would; every other test starts signed in.
import { expect, test } from "vitest";
import {
  arrivedAt,
  mainText,
  signIn,
  signInIsRefused,
  useBrowser,
  visit,
} from "../support/browser";
import {
  resetForgottenPassword,
  signedInParent,
  signUpSignOutAndBackIn,
  signUpWithBadInput,
} from "../support/journeys";

const browser = useBrowser();

test("a parent signs up, confirms their email, signs in and out, and signs in again", async () => {
  await signUpSignOutAndBackIn(await browser.newPage());
});

test("sign-up lists every problem with what was typed, linked to its field", async () => {
  await signUpWithBadInput(await browser.newPage());
});

test("a parent resets a forgotten password by the emailed link, which then stops working", async () => {
  await resetForgottenPassword(await browser.newPage());
});

test("a parent changes their password, ends a session on another device, and deletes the account", async () => {
  const page = await browser.newPage();
  const account = await signedInParent(page);

  const accountLink = page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Account" });
  await accountLink.click();
  await arrivedAt(page, "Your account");
  expect(await mainText(page)).toContain(account.email);

  await page.getByRole("link", { name: "Change your password" }).click();
  await arrivedAt(page, "Change your password");
  const newPassword = `${account.password}-changed`;
  await page.getByLabel("Current password").fill(account.password);
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await arrivedAt(page, "Your account");
  expect(await mainText(page)).toContain("Your password has been changed");

  // A second device signs in, so this one has another session to see and end.
  const otherDevice = await browser.newPage({
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
  });
  await visit(otherDevice, "/sign-in", "Sign in");
  await signIn(otherDevice, { email: account.email, password: newPassword });

  await page.getByRole("link", { name: "See where you are signed in" }).click();
  await arrivedAt(page, "Where you are signed in");
  const sessions = page.getByRole("main").getByRole("listitem");
  expect(await sessions.count()).toBe(2);
  await page.getByRole("button", { name: /End this session.*iPhone or iPad/ }).click();
  await page.getByText("That session has been ended.").waitFor();
  await arrivedAt(page, "Where you are signed in");
  expect(await sessions.count()).toBe(1);
  expect(await mainText(page)).toContain("(this device)");

  await otherDevice.reload();
  await arrivedAt(otherDevice, "Sign in");

  await accountLink.click();
  await arrivedAt(page, "Your account");
  await page.getByRole("link", { name: "Delete your account" }).click();
  await arrivedAt(page, "Delete your account");
  await page.getByLabel("Your password").fill(newPassword);
  await page.getByLabel("I understand that my account and cases will be deleted for good").check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await arrivedAt(page, "Your account has been deleted");
  expect(await mainText(page)).toContain("Deleted: your account. Your sessions and sign-in details are gone.");

  await visit(page, "/sign-in", "Sign in");
  await signInIsRefused(page, { email: account.email, password: newPassword });
});
