// Shared pieces for the browser journeys: one system Chromium per test file, a fresh context per
// test, an axe scan that fails on any WCAG 2.2 AA violation (run once per route and mode by
// tests/e2e/accessibility*.test.ts, not by the journeys), and browser console errors that fail
// the test unless it says it expects them.
import { existsSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, onTestFinished } from "vitest";
import { workerBaseUrl } from "./servers";

// The system Chromium from Debian's package, or CHROMIUM_PATH as scripts/test.js reads it.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

// Headless and quiet: no sandbox (containers), no GPU, and nothing that phones home.
const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type ConsoleWatch = { problems: string[]; allowed: RegExp[] };
const watches = new WeakMap<Page, ConsoleWatch>();
const pagesWithoutJavaScript = new WeakSet<Page>();

/**
 * Launches Chromium once for the test file and closes it afterwards. Call at the top of a file;
 * use the returned `newPage` inside each test.
 */
export function useBrowser() {
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(
        `Chromium is not at ${CHROMIUM_PATH}. Install it with: apt-get update && apt-get install -y chromium`,
      );
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: LAUNCH_ARGS,
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    /**
     * A page in a fresh context that lasts for the whole file (one signed-in context per role,
     * reused from test to test). Closed with the browser.
     */
    async lastingPage(options: BrowserContextOptions = {}): Promise<Page> {
      if (!browser)
        throw new Error("The browser is not running: call useBrowser() at the top of the file");
      const context = await browser.newContext({ baseURL: workerBaseUrl(), locale: "en-GB", ...options });
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      if (options.javaScriptEnabled === false) pagesWithoutJavaScript.add(page);
      return page;
    },
    /**
     * A page in a fresh context (its own cookies), closed when the test finishes. Any console
     * error or uncaught page error fails the test, unless allowed with `allowConsoleError`.
     */
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      if (!browser)
        throw new Error("The browser is not running: call useBrowser() at the top of the file");
      const context = await browser.newContext({
        baseURL: workerBaseUrl(),
        locale: "en-GB",
        ...options,
      });
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      const watch: ConsoleWatch = { problems: [], allowed: [] };
      watches.set(page, watch);
      if (options.javaScriptEnabled === false) pagesWithoutJavaScript.add(page);
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const source = message.location().url;
        const text = `console error on ${page.url()}${source && source !== page.url() ? ` (from ${source})` : ""}: ${message.text()}`;
        if (!watch.allowed.some((pattern) => pattern.test(message.text())))
          watch.problems.push(text);
      });
      page.on("pageerror", (error) => {
        watch.problems.push(`uncaught error on ${page.url()}: ${error.stack ?? error.message}`);
      });
      onTestFinished(async () => {
        await context.close();
        if (watch.problems.length > 0) {
          throw new Error(`The browser reported errors:\n${watch.problems.join("\n")}`);
        }
      });
      return page;
    },
  };
}

/** Tells the console watch that this test expects console errors matching `pattern`. */
export function allowConsoleError(page: Page, pattern: RegExp) {
  const watch = watches.get(page);
  if (!watch) throw new Error("allowConsoleError needs a page from useBrowser().newPage()");
  watch.allowed.push(pattern);
}

/**
 * Form submissions that fail validation answer 400, and Chromium logs every 4xx response as a
 * console error ("Failed to load resource"). A test that submits bad input on purpose says so.
 */
export function expectBadRequests(page: Page) {
  allowConsoleError(page, /Failed to load resource: the server responded with a status of 400/);
}

/** Scans the page with axe for WCAG 2.0, 2.1 and 2.2 A and AA problems; fails on any. */
export async function checkA11y(page: Page) {
  await scanWithAxe(pagesWithoutJavaScript.has(page) ? await openScannableCopy(page, await page.content()) : page);
}

/**
 * Scans `html` as a person without JavaScript gets it (a page's document as the server sent it),
 * at `page`'s address and size, and returns the page it was scanned in (for the phone checks).
 */
export async function checkA11yOfHtml(page: Page, html: string): Promise<Page> {
  const copy = await openScannableCopy(page, html);
  await scanWithAxe(copy);
  return copy;
}

async function scanWithAxe(page: Page) {
  // Legacy mode runs axe in the page itself instead of finishing in a second, blank page: our
  // pages have no frames, and it halves the time of each scan. The rules are the same.
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .analyze();
  const report = results.violations.map((violation) => {
    const nodes = violation.nodes
      .map(
        (node) =>
          `    at ${node.target.join(" ")}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`,
      )
      .join("\n");
    return `  ${violation.id} (${violation.impact ?? "unknown"}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
  });
  expect(report, `Accessibility problems on ${page.url()}:\n${report.join("\n")}\n`).toEqual([]);
}

/**
 * Where the page, as JavaScript has left it, first has other markup than `serverHtml`, the
 * document the server sent for it (what a person without JavaScript gets), scripts aside: a few
 * characters of each from there, or null when they are the same. Both are serialised by the
 * browser's own parser, and nonces are left out, so only a real difference counts: content drawn
 * only with JavaScript, or changed by it. Wait until the page has settled first (`waitUntilSettled`).
 */
export async function differenceWithoutJavaScript(page: Page, serverHtml: string): Promise<string | null> {
  return page.evaluate((html) => {
    const markup = (doc: Document) => {
      for (const node of doc.querySelectorAll('script, link[rel="modulepreload"]')) node.remove();
      // A browser hides a nonce once the page has used it.
      for (const node of doc.querySelectorAll("[nonce]")) node.removeAttribute("nonce");
      return doc.documentElement.outerHTML;
    };
    const server = markup(new DOMParser().parseFromString(html, "text/html"));
    const live = markup(document.cloneNode(true) as Document);
    if (server === live) return null;
    let at = 0;
    while (server[at] === live[at]) at += 1;
    return `without JavaScript "${server.slice(Math.max(0, at - 40), at + 80)}", with it "${live.slice(Math.max(0, at - 40), at + 80)}"`;
  }, serverHtml);
}

/** The phone widths every page must fit without scrolling sideways: a small phone, a common one. */
export const PHONE_WIDTHS = [320, 390] as const;

/**
 * The widths in `widths` at which the page is wider than the screen (a person would have to scroll
 * sideways), each with the page's width there. Sets the viewport to each width in turn, measures,
 * and puts the viewport back as it was. Layout needs no JavaScript, so this works on a page
 * without it too.
 */
export async function widthsThatOverflow(page: Page, widths: readonly number[] = PHONE_WIDTHS) {
  const original = page.viewportSize() ?? { width: 1280, height: 720 };
  const overflows: Array<{ width: number; scrollWidth: number }> = [];
  try {
    for (const width of widths) {
      await page.setViewportSize({ width, height: original.height });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) overflows.push({ width, scrollWidth });
    }
  } finally {
    await page.setViewportSize(original);
  }
  return overflows;
}

/**
 * Where the "do this next" block starts on the page at `width` px (its top, in px from the top of
 * the page), or null when the page has none. Puts the viewport back as it was.
 */
export async function nextStepTop(page: Page, width: number) {
  const original = page.viewportSize() ?? { width: 1280, height: 720 };
  try {
    await page.setViewportSize({ width, height: original.height });
    return await page.evaluate(() => {
      const block = document.querySelector("section.next-step");
      return block ? block.getBoundingClientRect().top + window.scrollY : null;
    });
  } finally {
    await page.setViewportSize(original);
  }
}

/**
 * axe needs timers, which do not run in a page with JavaScript off. So a document without
 * JavaScript (the page as it stands, or the HTML the server sent) is copied, without its scripts
 * (exactly what a person without JavaScript has), into a scratch page at the same address and
 * size, where its styles load as usual and axe can run. One scratch page per browser is reused:
 * opening a context for each scan is slow.
 */
const scratchPages = new WeakMap<Browser, { page: Page; copying: { url: string; html: string } }>();

async function openScannableCopy(page: Page, document: string): Promise<Page> {
  const browser = page.context().browser();
  if (!browser) throw new Error("The page has no browser");
  let scratch = scratchPages.get(browser);
  if (!scratch) {
    const scratchPage = await (await browser.newContext()).newPage();
    const created = { page: scratchPage, copying: { url: "", html: "" } };
    await scratchPage.route(
      (address) => address.href === created.copying.url,
      (route) =>
        route.fulfill({
          status: 200,
          contentType: "text/html; charset=utf-8",
          body: created.copying.html,
        }),
    );
    scratchPages.set(browser, created);
    scratch = created;
  }
  const html = document
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, "");
  scratch.copying = { url: page.url(), html };
  await scratch.page.setViewportSize(page.viewportSize() ?? { width: 1280, height: 720 });
  await scratch.page.goto(scratch.copying.url);
  return scratch.page;
}

/**
 * Waits until the page shows the main heading `heading` (a new page has arrived) and checks its
 * title. No axe scan here: the accessibility test scans every route once in each mode, so the
 * journeys check what only they reach (headings, titles, focus) and stay fast.
 */
export async function arrivedAt(page: Page, heading: string | RegExp) {
  await page.getByRole("heading", { level: 1, name: heading, exact: true }).waitFor();
  // Each page has a title of its own, which a screen reader reads first on arrival.
  expect(await page.title(), `The title of ${page.url()}`).toMatch(
    /^.+ – Clearpath$|^Clearpath – .+$/,
  );
  // Without JavaScript, the whole page has arrived: answers are streamed (and compressed in
  // chunks), so the heading can be there before the rest of the page is.
  if (pagesWithoutJavaScript.has(page)) await page.waitForLoadState("load");
  else await waitUntilSettled(page);
}

/**
 * With JavaScript, waits until React has hydrated the page and React Router has nothing in
 * flight (no navigation, revalidation or fetcher), then for two frames so the last update is
 * painted and its effects have run. Without this, what a journey types next can race the page's
 * own update and be lost; the axe scan on every arrival used to hide that by taking seconds.
 * Reads React's root on the document (its state stops being "dehydrated" when hydration
 * commits) and the router React Router puts on window in framework mode.
 */
export async function waitUntilSettled(page: Page) {
  await page.waitForFunction(() => {
    type Router = { state: { navigation: { state: string }; revalidation: string; fetchers: Map<string, { state: string }> } };
    const key = Object.keys(document).find((name) => name.startsWith("__reactContainer$"));
    const hostRoot = key ? (document as unknown as Record<string, { stateNode?: { current?: { memoizedState?: { isDehydrated?: boolean } } } }>)[key] : undefined;
    if (hostRoot?.stateNode?.current?.memoizedState?.isDehydrated !== false) return false;
    const router = (window as unknown as { __reactRouterDataRouter?: Router }).__reactRouterDataRouter;
    if (!router) return false;
    const { navigation, revalidation, fetchers } = router.state;
    return navigation.state === "idle" && revalidation === "idle" && [...fetchers.values()].every((fetcher) => fetcher.state === "idle");
  });
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Opens `path` and checks it arrived at the page with main heading `heading`. */
export async function visit(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await arrivedAt(page, heading);
}

/** The text of the page's main region, for checking what a person would read. */
export async function mainText(page: Page): Promise<string> {
  return (await page.getByRole("main").innerText()).replace(/\s+/g, " ");
}

let accountCounter = 0;

/** A unique, valid new account for a test. */
export function newAccount(label = "parent") {
  accountCounter += 1;
  const unique = `${Date.now().toString(36)}${accountCounter}${Math.random().toString(36).slice(2, 6)}`;
  return {
    name: `Jo Tester ${accountCounter}`,
    email: `${label}.${unique}@example.com`,
    password: `quiet-meadow-lantern-${unique}`,
  };
}

export type Account = ReturnType<typeof newAccount>;

/** Opens the newest email to `to` with `subject` in the development outbox and follows its link. */
export async function followEmailLink(page: Page, to: string, subject: string) {
  await visit(page, "/outbox", "Email outbox");
  const email = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: subject }) })
    .filter({ hasText: `To ${to}` })
    .first();
  await email.getByRole("link").first().click();
}

/** Signs up and confirms the address through the outbox; ends on the sign-in page, signed out. */
export async function signUpAndConfirm(page: Page, account: Account) {
  await visit(page, "/sign-up", "Create an account");
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Choose a password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await arrivedAt(page, "Check your email");
  await followEmailLink(page, account.email, "Confirm your email address for Clearpath");
  await arrivedAt(page, "Confirm your email address");
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await arrivedAt(page, "Sign in");
  expect(await mainText(page)).toContain("Your email address is confirmed");
}

async function submitSignIn(page: Page, account: { email: string; password: string }) {
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Fills and submits the sign-in form on the current page; checks it arrived at "My cases". */
export async function signIn(page: Page, account: { email: string; password: string }) {
  await submitSignIn(page, account);
  await arrivedAt(page, "My cases");
}

/** Submits the sign-in form and checks it was refused with the same message for any wrong detail. */
export async function signInIsRefused(page: Page, account: { email: string; password: string }) {
  expectBadRequests(page);
  await submitSignIn(page, account);
  await page
    .getByRole("alert")
    .getByRole("link", {
      name: "The email address or password is not right. Check them and try again",
    })
    .waitFor();
  await arrivedAt(page, "Sign in");
}

/**
 * A two-step code is taken once per 30-second step: a demo member signed in earlier in this step
 * (by another test on the same server) would have the shown code refused. Waits for the next step
 * to begin, so the code the demo shows next has not been used.
 */
export async function waitForNextCodeStep() {
  await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 250));
}

/**
 * On the two-step code page of a demo member: enters the code the demo shows and waits to leave
 * the page (for the member's start: "My cases", or the organisation page for the admin). Another
 * test signing the same member in on the same server in the same step takes the
 * code first; then the code is refused once, and this tries again with the next step's code.
 */
export async function enterDemoCode(page: Page) {
  // A refused code answers 400, which a watched page would report as a console error.
  if (watches.has(page)) expectBadRequests(page);
  for (let attempt = 1; ; attempt++) {
    const code = /the code now is (\d{6})/.exec(await page.getByRole("main").innerText())?.[1] ?? "";
    await page.getByLabel("Code").fill(code);
    await page.getByRole("button", { name: "Continue" }).click();
    const arrived = await page
      .waitForURL((url) => url.pathname !== "/sign-in/code", { timeout: 5_000 })
      .then(() => true, () => false);
    if (arrived) return;
    if (attempt === 3) throw new Error("The demo's two-step code was refused three times");
    await waitForNextCodeStep();
    await page.goto(page.url());
  }
}
