// The main journeys again with JavaScript turned off: the pages are server-rendered with plain
// forms, so signing up, signing in and out, resetting a password, recording a case and fixing
// bad input must all work without it.
import { test } from "vitest";
import { useBrowser } from "../support/browser";
import {
  recordACase,
  resetForgottenPassword,
  signUpSignOutAndBackIn,
  signUpWithBadInput,
  submitBadInput,
} from "../support/journeys";

const browser = useBrowser();
const withoutJavaScript = { javaScriptEnabled: false };

test("without JavaScript, a parent signs up, confirms their email, signs in and out, and signs in again", async () => {
  await signUpSignOutAndBackIn(await browser.newPage(withoutJavaScript));
});

test("without JavaScript, sign-up lists every problem with what was typed, linked to its field", async () => {
  await signUpWithBadInput(await browser.newPage(withoutJavaScript), { hasJavaScript: false });
});

test("without JavaScript, a parent resets a forgotten password by the emailed link", async () => {
  await resetForgottenPassword(await browser.newPage(withoutJavaScript));
});

test("without JavaScript, a parent creates a case and records the profile, needs, a contact and a diagnosis", async () => {
  await recordACase(await browser.newPage(withoutJavaScript));
});

test("without JavaScript, bad input shows an error summary that links to each field and saves nothing", async () => {
  await submitBadInput(await browser.newPage(withoutJavaScript), { hasJavaScript: false });
});
