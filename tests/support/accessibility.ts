// Accessibility once per page: every route of app/routes.ts that renders a page is opened as a
// person who may open it (a visitor, the demo parent, the demo adviser, the demo admin) on the
// demo family's records, and scanned with axe with JavaScript on, and without it where the
// server's document differs from the page JavaScript leaves (decision 151). The pages are dealt
// between tests/e2e/accessibility-1.test.ts and accessibility-2.test.ts, which run on the two e2e
// workers at once. A route with no entry here fails, as in the route matrix. So do the few
// states no plain visit shows (an error summary, the recovery codes). See docs/decisions/020.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as OTPAuth from "otpauth";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_ACCOUNT } from "~/data/demo.server";
import { DEMO_ADMIN, DEMO_ADVISER } from "~/data/demo-organisation.server";
import { checkA11y, checkA11yOfHtml, differenceWithoutJavaScript, expectBadRequests, useBrowser, enterDemoCode, nextStepTop, PHONE_WIDTHS, waitUntilSettled, widthsThatOverflow } from "./browser";
import { workerBaseUrl } from "./servers";
import { fillRoute, listRoutes, type RouteParams } from "./case-world";
import { Client, linkFromOutbox, uniqueEmail } from "./http";
import { createSignedInUser, signInBrowser } from "./session";

type Role = "anonymous" | "owner" | "adviser" | "admin";
type PageEntry = {
  as: Role;
  /** The address when the pattern alone is not the realistic page (a query, a real token). */
  at?: (params: RouteParams & Links) => string;
  /** The status a person gets (only the page that does not exist is not 200). */
  status?: number;
  /** For a page only reached by steps (in a fresh context): the steps. */
  reach?: (page: Page) => Promise<void>;
};
type ResourceEntry = { resource: string };
/** Links that carry a secret, made fresh for each run. */
type Links = { confirmEmail: string; resetPassword: string; invitation: string; sharedPack: string; sharedBundle: string; startAppeal: string };

/** Every route: who opens it for its scan, or why it is not a page. */
export const ACCESSIBILITY_ROUTES: Record<string, PageEntry | ResourceEntry> = {
  "/": { as: "anonymous" },
  "/sign-up": { as: "anonymous" },
  "/sign-up/check-email": { as: "anonymous" },
  "/confirm-email": { as: "anonymous", at: (p) => p.confirmEmail },
  "/sign-in": { as: "anonymous" },
  "/sign-in/code": {
    as: "anonymous",
    async reach(page) {
      await signInAt(page, DEMO_ADVISER);
      await page.getByRole("heading", { level: 1, name: "Enter your code" }).waitFor();
    },
  },
  "/sign-out": { resource: "a form target: signing out is a POST that redirects; no page" },
  "/forgot-password": { as: "anonymous" },
  "/reset-password": { as: "anonymous", at: (p) => p.resetPassword },
  "/outbox": { as: "anonymous" },
  "/account": { as: "owner" },
  "/account/password": { as: "owner" },
  "/account/sessions": { as: "owner" },
  "/account/delete": { as: "owner" },
  "/account/calendar": { as: "owner" },
  "/account/two-factor": { as: "owner" },
  "/calendar/:token": { resource: "a calendar feed (.ics)" },
  "/account/deleted": { as: "anonymous" },
  "/guide": { as: "anonymous" },
  "/guide/:slug": { as: "anonymous" },
  "/organisation": { as: "admin" },
  "/adviser": { as: "adviser" },
  "/adviser/hours": { as: "adviser" },
  "/book": { as: "owner" },
  "/bookings": { as: "owner" },
  "/bookings/:bookingId": { as: "owner" },
  "/bookings/:bookingId/invite.ics": { resource: "a calendar file (.ics)" },
  "/cases": { as: "owner" },
  "/cases/new": { as: "owner" },
  "/cases/import": { as: "owner" },
  "/cases/:caseId": { as: "owner" },
  "/cases/:caseId/profile": { as: "owner" },
  "/cases/:caseId/contacts": { as: "owner" },
  "/cases/:caseId/needs": { as: "owner" },
  "/cases/:caseId/needs/:area": { as: "owner" },
  "/cases/:caseId/diagnoses": { as: "owner" },
  "/cases/:caseId/delete": { as: "owner" },
  "/cases/:caseId/support": { as: "owner" },
  "/cases/:caseId/support/new": { as: "owner" },
  "/cases/:caseId/support/:cycleId": { as: "owner" },
  "/cases/:caseId/support/:cycleId/edit": { as: "owner" },
  "/cases/:caseId/support/:cycleId/targets": { as: "owner" },
  "/cases/:caseId/support/:cycleId/provision": { as: "owner" },
  "/cases/:caseId/support/:cycleId/review": { as: "owner" },
  "/cases/:caseId/support/:cycleId/delivery": { as: "owner" },
  "/cases/:caseId/audit": { as: "owner" },
  "/cases/:caseId/audit.csv": { resource: "a spreadsheet (CSV)" },
  "/cases/:caseId/audit.pdf": { resource: "a PDF" },
  "/cases/:caseId/progress": { as: "owner" },
  "/cases/:caseId/diary": { as: "owner" },
  "/cases/:caseId/adjustments": { as: "owner" },
  "/cases/:caseId/school-day": { as: "owner" },
  "/cases/:caseId/school-day/new": { as: "owner", at: (p) => `/cases/${p.caseId}/school-day/new?kind=suspension` },
  "/cases/:caseId/school-day/terms": { as: "owner" },
  "/cases/:caseId/school-day/:recordId": { as: "owner" },
  "/cases/:caseId/health": { as: "owner" },
  "/cases/:caseId/journey": { as: "owner" },
  "/cases/:caseId/documents": { as: "owner" },
  "/cases/:caseId/documents/:documentId": { as: "owner" },
  "/cases/:caseId/documents/:documentId/file": { resource: "the stored file itself" },
  "/cases/:caseId/search": { as: "owner", at: (p) => `/cases/${p.caseId}/search?q=reading` },
  "/cases/:caseId/timeline": { as: "owner" },
  "/cases/:caseId/timeline.csv": { resource: "a spreadsheet (CSV)" },
  "/cases/:caseId/professionals": { as: "owner" },
  "/cases/:caseId/reports": { as: "owner" },
  "/cases/:caseId/reports/:reportId": { as: "owner" },
  "/cases/:caseId/meetings": { as: "owner" },
  "/cases/:caseId/meetings/:meetingId": { as: "owner" },
  "/cases/:caseId/meetings/:meetingId/prepare": { as: "owner" },
  "/cases/:caseId/meetings/:meetingId/follow-up": { as: "owner" },
  "/cases/:caseId/correspondence": { as: "owner" },
  "/cases/:caseId/letters": { as: "owner" },
  "/cases/:caseId/letters/:letterId": { as: "owner" },
  "/cases/:caseId/letters/:letterId/letter.docx": { resource: "a Word document" },
  "/cases/:caseId/letters/:letterId/letter.pdf": { resource: "a PDF" },
  "/cases/:caseId/statutory": { as: "owner" },
  "/cases/:caseId/appeals": { as: "owner" },
  "/cases/:caseId/appeals/new": { as: "owner", at: (p) => p.startAppeal },
  "/cases/:caseId/appeals/:appealId": { as: "owner" },
  "/cases/:caseId/appeals/:appealId/order": { as: "owner" },
  "/cases/:caseId/appeals/:appealId/bundle": { as: "owner" },
  "/cases/:caseId/appeals/:appealId/bundle.pdf": { resource: "a PDF" },
  "/cases/:caseId/appeals/:appealId/bundle/share": { as: "owner" },
  "/cases/:caseId/appeals/:appealId/working-document": { as: "owner" },
  "/cases/:caseId/appeals/:appealId/working-document.docx": { resource: "a Word document" },
  "/cases/:caseId/appeals/:appealId/statement": { as: "owner" },
  "/cases/:caseId/appeals/:appealId/statement.docx": { resource: "a Word document" },
  "/cases/:caseId/appeals/:appealId/statement.pdf": { resource: "a PDF" },
  "/cases/:caseId/plans": { as: "owner" },
  "/cases/:caseId/plans/compare": {
    as: "owner",
    at: (p) => `/cases/${p.caseId}/plans/compare?from=${p.planId}&to=${p.planId}`,
  },
  "/cases/:caseId/plans/:planId": { as: "owner" },
  "/cases/:caseId/calendar.ics": { resource: "a calendar file (.ics)" },
  "/cases/:caseId/evidence-packs": { as: "owner" },
  "/cases/:caseId/evidence-packs/:packId": { as: "owner" },
  "/cases/:caseId/evidence-packs/:packId/pack.pdf": { resource: "a PDF" },
  "/cases/:caseId/evidence-packs/:packId/share": { as: "owner" },
  "/cases/:caseId/comments": { as: "owner" },
  "/cases/:caseId/notes": { as: "owner" },
  "/cases/:caseId/sharing": { as: "owner" },
  "/cases/:caseId/activity": { as: "owner" },
  "/cases/:caseId/export": { as: "owner" },
  "/cases/:caseId/export.zip": { resource: "an archive (.zip)" },
  "/cases/:caseId/export.pdf": { resource: "a PDF" },
  "/invitations/:token": { as: "anonymous", at: (p) => p.invitation },
  "/shared/:token": { as: "anonymous", at: (p) => p.sharedPack },
  "/shared/:token/pack.pdf": { resource: "a PDF" },
  "/shared/:token/bundle.pdf": { resource: "a PDF" },
  "/*": { as: "anonymous", status: 404 },
};

const isResource = (entry: PageEntry | ResourceEntry): entry is ResourceEntry => "resource" in entry;

/** The routes of app/routes.ts, once per pattern (a layout and its index share one), with their module. */
function routesOfTheApp() {
  const byPattern = new Map<string, string[]>();
  for (const { pattern, file } of listRoutes()) byPattern.set(pattern, [...(byPattern.get(pattern) ?? []), file]);
  return [...byPattern].map(([pattern, files]) => ({
    pattern,
    // A route module with a default component renders a page; one without answers with a file or a redirect.
    rendersPage: files.some((file) => /^export default /m.test(readFileSync(path.resolve("app", file), "utf8"))),
  }));
}

/** Signs the demo parent in over HTTP and reads the ids the case's pages are addressed by. */
async function demoFamilyParams(baseUrl: string): Promise<RouteParams & Links> {
  const owner = new Client(baseUrl);
  const signedIn = await owner.post("/sign-in", { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password });
  if (signedIn.status !== 302) throw new Error(`The demo parent could not sign in (${signedIn.status})`);
  const uuid = "[0-9a-f-]{36}";
  const first = async (page: string, pattern: RegExp) => {
    const html = await (await owner.get(page)).text();
    const found = pattern.exec(html)?.[1];
    if (!found) throw new Error(`No ${pattern} on ${page}`);
    return found;
  };
  const caseId = await first("/cases", new RegExp(`href="/cases/(${uuid})"`));
  const inCase = (tail: string) => new RegExp(`href="/cases/${caseId}/${tail}/(${uuid})"`);
  let packId = await first(`/cases/${caseId}/evidence-packs`, inCase("evidence-packs")).catch(() => "");
  if (!packId) {
    const made = await owner.post(`/cases/${caseId}/evidence-packs`, { intent: "create", title: "For the review meeting" });
    packId = new RegExp(`/evidence-packs/(${uuid})`).exec(made.headers.get("Location") ?? "")?.[1] ?? "";
  }
  // A school-day record: the demo family's own, or one the parent adds.
  let recordId = await first(`/cases/${caseId}/school-day`, inCase("school-day")).catch(() => "");
  if (!recordId) {
    const made = await owner.post(`/cases/${caseId}/school-day/new?kind=informal_exclusion`, { intent: "add", kind: "informal_exclusion", "date.day": "2", "date.month": "11", "date.year": "2026", part: "afternoon" });
    recordId = new RegExp(`/school-day/(${uuid})`).exec(made.headers.get("Location") ?? "")?.[1] ?? "";
  }
  // An appeal against a refusal: the demo family's own, or one the parent starts from a refusal it records.
  let startAppeal = await first(`/cases/${caseId}/appeals`, new RegExp(`href="(/cases/${caseId}/appeals/new\\?decision=${uuid})"`)).catch(() => "");
  if (!startAppeal) {
    await owner.post(`/cases/${caseId}/statutory`, { intent: "add", type: "ehcna_refused", "date.day": "3", "date.month": "3", "date.year": "2026" });
    startAppeal = await first(`/cases/${caseId}/appeals`, new RegExp(`href="(/cases/${caseId}/appeals/new\\?decision=${uuid})"`));
  }
  let appealId = await first(`/cases/${caseId}/appeals`, inCase("appeals")).catch(() => "");
  if (!appealId) {
    const made = await owner.post(startAppeal, { mediation: "certificate_after_advice", "mediationCertificateOn.day": "10", "mediationCertificateOn.month": "4", "mediationCertificateOn.year": "2026" });
    appealId = new RegExp(`/appeals/(${uuid})`).exec(made.headers.get("Location") ?? "")?.[1] ?? "";
  }
  // A share link for a visitor, an invitation for a second carer (both are the family's own doing).
  const shared = await (await owner.post(`/cases/${caseId}/evidence-packs/${packId}/share`, { intent: "create", label: "School SENCO", days: "7" })).text();
  const sharedPack = /\/shared\/[A-Za-z0-9_-]+/.exec(shared)?.[0];
  const sharedToRepresentative = await (await owner.post(`/cases/${caseId}/appeals/${appealId}/bundle/share`, { intent: "create", label: "Representative", days: "7" })).text();
  const sharedBundle = /\/shared\/[A-Za-z0-9_-]+/.exec(sharedToRepresentative)?.[0];
  const carer = uniqueEmail("carer");
  await owner.post(`/cases/${caseId}/sharing`, { intent: "invite", email: carer, role: "carer", level: "read" });
  // A new account's confirmation link, and a confirmed account's reset link.
  const newcomer = uniqueEmail("newcomer");
  await new Client(baseUrl).post("/sign-up", { name: "Sam Newcomer", email: newcomer, password: "quiet-meadow-lantern-new" });
  const forgetful = await createSignedInUser(baseUrl);
  await new Client(baseUrl).post("/forgot-password", { email: forgetful.email });
  const local = (link: string) => {
    const url = new URL(link);
    return `${url.pathname}${url.search}`;
  };
  if (!sharedPack || !sharedBundle) throw new Error("The share page showed no link");
  return {
    caseId,
    cycleId: await first(`/cases/${caseId}/support`, inCase("support")),
    area: "cognition_learning",
    documentId: await first(`/cases/${caseId}/documents`, inCase("documents")),
    reportId: await first(`/cases/${caseId}/reports`, inCase("reports")),
    meetingId: await first(`/cases/${caseId}/meetings`, inCase("meetings")),
    letterId: await first(`/cases/${caseId}/letters`, inCase("letters")),
    planId: await first(`/cases/${caseId}/plans`, inCase("plans")),
    packId,
    bookingId: await first("/bookings", new RegExp(`href="/bookings/(${uuid})"`)),
    recordId,
    appealId,
    decisionId: /decision=([0-9a-f-]{36})/.exec(startAppeal)?.[1] ?? "",
    startAppeal,
    slug: "what-is-sen",
    token: "",
    sharedPack,
    sharedBundle,
    invitation: local(await linkFromOutbox(baseUrl, carer, "/invitations/")),
    confirmEmail: local(await linkFromOutbox(baseUrl, newcomer, "/confirm-email?token=")),
    resetPassword: local(await linkFromOutbox(baseUrl, forgetful.email, "/reset-password?token=")),
  };
}

async function signInAt(page: Page, account: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs a demo organisation member in, with the code the demo shows, and returns the code page's address. */
async function signInWithDemoCode(page: Page, account: { email: string; password: string }) {
  await signInAt(page, account);
  await page.getByRole("heading", { level: 1, name: "Enter your code" }).waitFor();
  await enterDemoCode(page);
}

/**
 * States no plain visit shows, each scanned with JavaScript and without: an error summary after a
 * refused form, the recovery codes after turning on two-step sign-in, and a shared link to an
 * appeal bundle (the pattern's own visit opens a pack's). (No page has a dialog.)
 */
const STATES: Array<{ name: string; route: string; reach: (page: Page, params: RouteParams & Links) => Promise<void> }> = [
  {
    name: "a shared link to an appeal bundle",
    route: "/shared/:token",
    async reach(page, params) {
      const response = await page.goto(params.sharedBundle);
      expect(response?.status(), `GET ${params.sharedBundle}`).toBe(200);
      await page.getByRole("heading", { level: 1, name: /Evidence bundle for the appeal/ }).waitFor();
    },
  },
  {
    name: "an error summary after a refused form",
    route: "/sign-up",
    async reach(page) {
      expectBadRequests(page);
      await page.goto("/sign-up");
      await page.getByLabel("Email address").fill("jo@example");
      await page.getByRole("button", { name: "Create account" }).click();
      await page.getByRole("alert").getByRole("heading", { name: "There is a problem" }).waitFor();
    },
  },
  {
    name: "the recovery codes after turning on two-step sign-in",
    route: "/account/two-factor",
    async reach(page) {
      await signInBrowser(page, await createSignedInUser(workerBaseUrl()));
      await page.goto("/account/two-factor");
      await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
      await page.getByRole("heading", { name: "Add Clearpath to your app" }).waitFor();
      const key = (await page.locator("code").first().innerText()).replace(/\s/g, "");
      await page.getByLabel("Code from your app").fill(new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(key) }).generate());
      await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
      await page.getByRole("heading", { name: "Your recovery codes" }).waitFor();
    },
  },
];

/** Every case page opens with "do this next" within the first screen of a phone: the phone width it is measured at, and how far down it may start (in px). */
const NEXT_STEP_PHONE_WIDTH = 390;
const NEXT_STEP_WITHIN = 600;

/** Adds this part's counts to test-results/a11y-scans-<part>.json, which scripts/test.js sums and prints. */
function writeReport(part: number, report: { js: string[]; nojs: string[]; sameMarkup: string[]; secondsPerScan: number; secondsPerPhoneCheck: number }) {
  const file = path.resolve(`test-results/a11y-scans-${part}.json`);
  const patterns = new Set([...report.js, ...report.nojs].filter((label) => label.startsWith("/")));
  const counts = {
    js: report.js.length,
    nojs: report.nojs.length,
    sameMarkup: report.sameMarkup.length,
    patterns: patterns.size,
    secondsPerScan: Number(report.secondsPerScan.toFixed(2)),
    secondsPerPhoneCheck: Number(report.secondsPerPhoneCheck.toFixed(2)),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(counts, null, 2)}\n`);
}

/** A page or state to scan: how to open it, and whether the document the server sent can stand for the page without JavaScript. */
type Scan = { label: string; title: string; open: "visit" | "steps"; entry?: PageEntry; reach?: (page: Page, params: RouteParams & Links) => Promise<void> };

/** Every page of app/routes.ts and every state, in order, dealt between `of` parts so each part's file has its share. */
function scansOfPart(part: number, of: number): Scan[] {
  const all: Scan[] = [
    ...Object.entries(ACCESSIBILITY_ROUTES).flatMap(([pattern, entry]): Scan[] =>
      isResource(entry)
        ? []
        : [{ label: pattern, title: `${pattern} (as ${entry.as === "owner" ? "the case's owner" : entry.as})`, open: entry.reach ? "steps" : "visit", entry, reach: entry.reach }],
    ),
    ...STATES.map((state): Scan => ({ label: `state: ${state.name}`, title: `${state.name} (${state.route})`, open: "steps", reach: state.reach })),
  ];
  return all.filter((_, index) => index % of === part - 1);
}

/**
 * Registers the scans of one part (`part` of `of`) of every page and state. Each page is opened
 * with JavaScript on, settled, and scanned with axe; then the document the server sent for it
 * (what a person without JavaScript gets) is compared with the page as JavaScript left it. Where
 * the markup is the same, the one scan covers both (axe and the layout read only the markup and
 * the styles); where it differs, the server's document is scanned too (decision 151). A page or
 * state reached only by steps is scanned in a context without JavaScript as well, since its
 * steps differ.
 */
export function scanEveryPage({ part, of }: { part: number; of: number }) {
  const browser = useBrowser();
  const withJavaScript = { javaScriptEnabled: true, acceptDownloads: true };
  const pages = {} as Record<Role, Page>;
  let params: RouteParams & Links;
  const scanned = { js: [] as string[], nojs: [] as string[], sameMarkup: [] as string[] };
  let scanSeconds = 0;
  /** Pages wider than a phone's screen, and case pages whose next step is too far down. */
  const overflowing: string[] = [];
  const nextStepMissing: string[] = [];
  let phoneSeconds = 0;
  const scans = scansOfPart(part, of);

  /** Scans the page with axe (or `html` in its place, without JavaScript), then checks that it fits a phone. */
  async function scan(page: Page, label: string, mode: "js" | "nojs", html?: string) {
    const started = performance.now();
    const scannedPage = html === undefined ? (await checkA11y(page), page) : await checkA11yOfHtml(page, html);
    scanSeconds += (performance.now() - started) / 1000;
    scanned[mode].push(label);
    await checkPhone(scannedPage, `${label}${mode === "nojs" ? " (without JavaScript)" : ""}`);
  }

  /**
   * At each phone width the page must fit the screen (no sideways scrolling); a case page must
   * show its next step near the top. Problems are collected so one run lists every page.
   */
  async function checkPhone(page: Page, label: string) {
    const started = performance.now();
    for (const { width, scrollWidth } of await widthsThatOverflow(page, PHONE_WIDTHS)) {
      overflowing.push(`${label} (${page.url()}) is ${scrollWidth} px wide on a ${width} px screen`);
    }
    if (label.startsWith("/cases/:caseId")) {
      const top = await nextStepTop(page, NEXT_STEP_PHONE_WIDTH);
      if (top === null) nextStepMissing.push(`${label}: no section.next-step`);
      else if (top > NEXT_STEP_WITHIN) nextStepMissing.push(`${label}: the next step starts ${Math.round(top)} px down`);
    }
    phoneSeconds += (performance.now() - started) / 1000;
  }

  beforeAll(async () => {
    params = await demoFamilyParams(workerBaseUrl());
    const roles = new Set(scans.flatMap((item) => (item.entry && item.open === "visit" ? [item.entry.as] : [])));
    for (const role of roles) pages[role] = await browser.lastingPage(withJavaScript);
    if (roles.has("owner")) {
      await signInAt(pages.owner, DEMO_ACCOUNT);
      await pages.owner.getByRole("heading", { level: 1, name: "My cases" }).waitFor();
    }
    if (roles.has("adviser")) await signInWithDemoCode(pages.adviser, DEMO_ADVISER);
    if (roles.has("admin")) await signInWithDemoCode(pages.admin, DEMO_ADMIN);
  }, 180_000);

  afterAll(() => {
    if (scanned.js.length > 0) {
      const count = scanned.js.length + scanned.nojs.length;
      writeReport(part, { ...scanned, secondsPerScan: scanSeconds / count, secondsPerPhoneCheck: phoneSeconds / count });
    }
  });

  describe(`every page, part ${part} of ${of}, with JavaScript and without`, () => {
    test("every route of app/routes.ts is scanned here or said to be a file or a redirect", () => {
      const routes = routesOfTheApp();
      const missing = routes.filter((route) => !(route.pattern in ACCESSIBILITY_ROUTES)).map((route) => route.pattern);
      expect(missing, "add these routes to ACCESSIBILITY_ROUTES in tests/support/accessibility.ts").toEqual([]);
      for (const route of routes) {
        const entry = ACCESSIBILITY_ROUTES[route.pattern]!;
        expect(isResource(entry), `${route.pattern} ${route.rendersPage ? "renders a page: scan it" : "renders no page: say what it answers with"}`).toBe(!route.rendersPage);
      }
      const gone = Object.keys(ACCESSIBILITY_ROUTES).filter((pattern) => !routes.some((route) => route.pattern === pattern));
      expect(gone, "these routes are no longer in app/routes.ts").toEqual([]);
      // The parts share every page and state out between them, each once.
      const dealt = Array.from({ length: of }, (_, index) => scansOfPart(index + 1, of).map((item) => item.label)).flat();
      expect(dealt.length).toBe(new Set(dealt).size);
      expect(dealt.filter((label) => label.startsWith("/")).sort()).toEqual(routes.filter((route) => route.rendersPage).map((route) => route.pattern).sort());
    });

    for (const item of scans) {
      test(item.title, async () => {
        if (item.open === "steps") {
          for (const javaScriptEnabled of [true, false]) {
            const page = await browser.newPage({ javaScriptEnabled, acceptDownloads: true });
            await item.reach!(page, params);
            await scan(page, item.label, javaScriptEnabled ? "js" : "nojs");
          }
          return;
        }
        const entry = item.entry!;
        const page = pages[entry.as];
        const address = entry.at ? entry.at(params) : fillRoute(item.label, params);
        const response = await page.goto(address);
        expect(response?.status(), `GET ${address} as ${entry.as}`).toBe(entry.status ?? 200);
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        await waitUntilSettled(page);
        await scan(page, item.label, "js");
        // The document the server sent is what a person without JavaScript has.
        const serverHtml = await response!.text();
        const difference = await differenceWithoutJavaScript(page, serverHtml);
        if (difference) await scan(page, item.label, "nojs", serverHtml);
        else scanned.sameMarkup.push(item.label);
      });
    }

    test("every page and state of this part was scanned with JavaScript, and without it where its markup differs", () => {
      const labels = scans.map((item) => item.label).sort();
      expect([...scanned.js].sort()).toEqual(labels);
      expect([...scanned.nojs, ...scanned.sameMarkup].sort()).toEqual(labels);
    });

    test(`no page is wider than a phone's screen (${PHONE_WIDTHS.join(" and ")} px)`, () => {
      expect(overflowing, "these pages scroll sideways on a phone").toEqual([]);
    });

    test(`every case page shows its next step in the first ${NEXT_STEP_WITHIN} px on a ${NEXT_STEP_PHONE_WIDTH} px phone`, () => {
      expect(nextStepMissing).toEqual([]);
    });
  });
}
