// The main journeys again with JavaScript turned off: the pages are server-rendered with plain
// forms, so signing up, signing in and out and recording a case must work without it. The other
// main journeys run without JavaScript beside their JavaScript runs (support plans, the delivery
// log, a letter, uploading documents); every other form's no-JS behaviour (bad input, a reset
// link, ...) is checked over plain HTTP in tests/server/forms-without-javascript.test.ts.
import { test } from "vitest";
import { useBrowser } from "../support/browser";
import { recordACase, signUpSignOutAndBackIn } from "../support/journeys";

const browser = useBrowser();
const withoutJavaScript = { javaScriptEnabled: false };

test("without JavaScript, a parent signs up, confirms their email, signs in and out, and signs in again", async () => {
  await signUpSignOutAndBackIn(await browser.newPage(withoutJavaScript));
});

test("without JavaScript, a parent creates a case and records the profile, needs, a contact and a diagnosis", async () => {
  await recordACase(await browser.newPage(withoutJavaScript));
});
