// The case journey in a real browser: create a case for a child, fill in the profile, record
// needs in two areas, add a contact and a diagnosis, and see it all on the case dashboard. Then
// bad input: the error summary, its links, what was typed kept, and nothing saved.
import { test } from "vitest";
import { useBrowser } from "../support/browser";
import { recordACase, submitBadInput } from "../support/journeys";

const browser = useBrowser();

test("a parent creates a case and records the profile, needs, a contact and a diagnosis", async () => {
  await recordACase(await browser.newPage());
});

test("bad input shows an error summary that links to each field, keeps what was typed, and saves nothing", async () => {
  await submitBadInput(await browser.newPage());
});
