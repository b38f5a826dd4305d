// Screenshots of the main pages, on a phone (390 px) and a desktop (1280 px), from the demo family:
// builds (unless --no-build), starts the production build on a throwaway data folder with the demo
// on, signs in as the demo parent the way a person would (the sign-in page shows the demo account)
// and saves PNGs with Chromium (CHROMIUM_PATH, /usr/bin/chromium by default).
//
//   npm run screenshots              docs/screenshots/dashboard-{phone,desktop}.png, the README's pair
//                                    (the first screen of each), and every main page in full under
//                                    docs/screenshots/pages/ (not committed), with each page's height
//   npm run screenshots -- --no-build
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { buildUnlessAsked } from "./bench-core.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "docs/screenshots");
const pagesDir = path.join(outDir, "pages");
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const STARTUP_LIMIT_MS = 180_000;

const SCREENS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
};

/** The main pages, by name and address ("/cases/:caseId" is the demo family's case). */
const PAGES = [
  ["sign-in", "/sign-in", { signedIn: false }],
  ["cases", "/cases"],
  ["dashboard", "/cases/:caseId"],
  ["statutory", "/cases/:caseId/statutory"],
  ["support", "/cases/:caseId/support"],
  ["delivery", "/cases/:caseId/support/:cycleId/delivery"],
  ["progress", "/cases/:caseId/progress"],
  ["documents", "/cases/:caseId/documents"],
  ["letters", "/cases/:caseId/letters"],
  ["meetings", "/cases/:caseId/meetings"],
  ["evidence-packs", "/cases/:caseId/evidence-packs"],
  ["timeline", "/cases/:caseId/timeline"],
  ["sharing", "/cases/:caseId/sharing"],
];

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Starts the production build with the demo family on a data folder of its own; resolves once healthy. */
async function startDemoServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "clearpath-screenshots-"));
  const child = spawn(process.execPath, ["server.js"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: "", SMTP_URL: "", APP_ORIGIN: "", DEMO: "on", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseUrl = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error("The demo server did not start.");
}

/** Signs in as the first demo account the sign-in page offers (the demo parent). @param {import("playwright-core").Page} page */
async function signInAsDemoParent(page) {
  await page.goto("/sign-in");
  const account = page.getByRole("complementary", { name: "Demo accounts" }).getByRole("listitem").first().locator("strong");
  const [email, password] = [await account.nth(0).innerText(), await account.nth(1).innerText()];
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** The demo case's id and its first support cycle's id, read from the pages' links. @param {import("playwright-core").Page} page */
async function demoParams(page) {
  const uuid = "[0-9a-f-]{36}";
  await page.goto("/cases");
  const caseId = new RegExp(`/cases/(${uuid})`).exec((await page.content()) ?? "")?.[1];
  if (!caseId) throw new Error("The demo parent has no case.");
  await page.goto(`/cases/${caseId}/support`);
  const cycleId = new RegExp(`/cases/${caseId}/support/(${uuid})`).exec(await page.content())?.[1] ?? "";
  return { caseId, cycleId };
}

async function main() {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is not at ${chromiumPath}. Install it with: apt-get update && apt-get install -y chromium`);
  buildUnlessAsked(root);
  mkdirSync(pagesDir, { recursive: true });
  const server = await startDemoServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    for (const [screen, options] of Object.entries(SCREENS)) {
      const visitor = await browser.newContext({ ...options, baseURL: server.baseUrl, reducedMotion: "reduce" });
      const parent = await browser.newContext({ ...options, baseURL: server.baseUrl, reducedMotion: "reduce" });
      const visitorPage = await visitor.newPage();
      const parentPage = await parent.newPage();
      await signInAsDemoParent(parentPage);
      const params = await demoParams(parentPage);
      for (const [name, pattern, { signedIn = true } = {}] of PAGES) {
        const page = signedIn ? parentPage : visitorPage;
        const address = pattern.replace(":caseId", params.caseId).replace(":cycleId", params.cycleId);
        const response = await page.goto(address, { waitUntil: "networkidle" });
        const height = await page.evaluate("document.documentElement.scrollHeight");
        await page.screenshot({ path: path.join(pagesDir, `${name}-${screen}.png`), fullPage: true });
        if (name === "dashboard") await page.screenshot({ path: path.join(outDir, `dashboard-${screen}.png`) });
        console.log(`${`${name} (${screen})`.padEnd(26)} ${String(height).padStart(6)} px tall${response?.ok() ? "" : `  answered ${response?.status()}`}`);
      }
      await visitor.close();
      await parent.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`Saved in ${path.relative(root, outDir)}/ (the README's pair) and ${path.relative(root, pagesDir)}/ (every page, in full).`);
}

await main();
