// Keyboard alone, on a phone-sized screen: the skip link, the sign-in form submitted with Enter,
// and the way to a case, with the focus always visible and no page wider than the screen.
import type { Locator, Page } from "playwright-core";
import { expect, test } from "vitest";
import {
  allowConsoleError,
  arrivedAt,
  mainText,
  newAccount,
  useBrowser,
  visit,
} from "../support/browser";

const browser = useBrowser();
const PHONE = { width: 375, height: 667 };

/**
 * Whether the element with focus shows it: an outline or a focus ring drawn as a shadow. Returns
 * false when focus has left the page (Tab past the last element goes to the browser's own bar).
 */
async function expectFocusVisible(page: Page): Promise<boolean> {
  const focus = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    return {
      element: `${element.tagName.toLowerCase()} "${(element.innerText || element.getAttribute("name") || "").trim().slice(0, 40)}"`,
      hasOutline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
      hasRing: style.boxShadow !== "none",
      isOnScreen:
        rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight,
    };
  });
  if (!focus) return false;
  expect(focus.hasOutline || focus.hasRing, `The focus on ${focus.element} is visible`).toBe(true);
  expect(focus.isOnScreen, `${focus.element} is on screen when it has focus`).toBe(true);
  return true;
}

async function isFocused(locator: Locator) {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab until `target` has focus, checking the focus can be seen at every stop. */
async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  let timesLeftPage = 0;
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press("Tab");
    if (!(await expectFocusVisible(page))) timesLeftPage += 1;
    expect(timesLeftPage, "Tab went round the whole page without reaching its target").toBeLessThan(
      2,
    );
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function expectNoSidewaysScrolling(page: Page) {
  const widths = await page.evaluate(() => ({
    content: document.scrollingElement!.scrollWidth,
    window: window.innerWidth,
  }));
  expect(
    widths.content,
    `${page.url()} is ${widths.content}px wide on a ${widths.window}px screen`,
  ).toBeLessThanOrEqual(widths.window);
}

test("on a phone, a person signs in and opens a case with the keyboard alone", async () => {
  const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  await visit(page, "/sign-in", "Sign in");
  await expectNoSidewaysScrolling(page);
  const demoNote = (
    await page.getByRole("complementary", { name: "Demo accounts" }).innerText()
  ).replace(/\s+/g, " ");
  const [, email = "", password = ""] = /the demo parent: email (\S+), password (\S+)/.exec(demoNote) ?? [];

  // The skip link comes first and goes past the navigation to the form.
  const skipLink = page.getByRole("link", { name: "Skip to main content" });
  await page.keyboard.press("Tab");
  expect(await isFocused(skipLink)).toBe(true);
  expect(await expectFocusVisible(page)).toBe(true);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  expect(await isFocused(page.getByLabel("Email address"))).toBe(true);
  await expectFocusVisible(page);
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  expect(await isFocused(page.getByLabel("Password", { exact: true }))).toBe(true);
  await expectFocusVisible(page);
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  await arrivedAt(page, "My cases");
  await expectNoSidewaysScrolling(page);

  await tabTo(page, page.getByRole("link", { name: "Sam Morgan" }));
  await page.keyboard.press("Enter");
  await arrivedAt(page, "Sam Morgan");
  await expectNoSidewaysScrolling(page);

  // On a phone the case menu is one line that opens from the keyboard, the page's own section open.
  const caseMenu = page.getByRole("navigation", { name: "Case" });
  const caseMenuFold = caseMenu.getByText("Case menu", { exact: true });
  expect(await caseMenu.getByRole("link", { name: "Needs" }).isVisible()).toBe(false);
  expect((await caseMenu.boundingBox())!.height).toBeLessThan(60);
  await tabTo(page, caseMenuFold);
  await page.keyboard.press("Enter");
  await tabTo(page, caseMenu.getByRole("link", { name: "Needs" }));
  await page.keyboard.press("Enter");
  await arrivedAt(page, "Needs");
  await expectNoSidewaysScrolling(page);

  await tabTo(page, page.getByRole("link", { name: "Change cognition and learning" }));
  await page.keyboard.press("Enter");
  await arrivedAt(page, "Cognition and learning");
  await expectNoSidewaysScrolling(page);
  // Checkboxes and radios answer to the keyboard too (nothing is saved: the page is left unsaved).
  const unticked = page.getByRole("checkbox", { name: "Finds numbers and maths ideas hard" });
  await tabTo(page, unticked);
  await page.keyboard.press("Space");
  expect(await unticked.isChecked()).toBe(true);
  await tabTo(page, page.getByRole("radio", { name: "A great deal" }));
  await page.keyboard.press("ArrowUp");
  expect(await page.getByRole("radio", { name: "Quite a lot" }).isChecked()).toBe(true);
  await expectFocusVisible(page);

  // Each page starts with the menu folded again.
  await tabTo(page, caseMenuFold, 60);
  await page.keyboard.press("Enter");
  await tabTo(page, caseMenu.getByRole("link", { name: "Profile" }));
  await page.keyboard.press("Enter");
  await arrivedAt(page, "Sam Morgan's profile");
  await expectNoSidewaysScrolling(page);
  expect(await mainText(page)).toContain("The SENCO");
});

test("on a phone, the pages for signed-out people and the email outbox fit the screen", async () => {
  const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  // A new account, so the outbox has an email with a long link in it to show.
  const account = newAccount("someone.with.a.rather.long.address");
  await visit(page, "/sign-up", "Create an account");
  await expectNoSidewaysScrolling(page);
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Choose a password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await arrivedAt(page, "Check your email");
  await expectNoSidewaysScrolling(page);

  for (const [path, heading] of [
    ["/", "Keep your child's SEN support on track"],
    ["/forgot-password", "Reset your password"],
    ["/outbox", "Email outbox"],
    ["/no-such-page", "Page not found"],
  ] as const) {
    if (path === "/no-such-page") {
      allowConsoleError(page, /status of 404/);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await arrivedAt(page, heading);
      expect(await page.title()).toBe("Page not found – Clearpath");
    } else {
      await visit(page, path, heading);
    }
    await expectNoSidewaysScrolling(page);
  }
});
