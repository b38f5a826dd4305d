// The access-control matrix: every route in app/routes.ts, every role, no leak. A route missing
// from ROUTES below fails the first test, so each new route must say how it is protected.
// Roles: the owner, a second carer (edit), advisers with read and with comment access, a revoked
// adviser, an expired adviser, an adviser of another case, another family, the organisation's
// admin (who sees no case unless shared) and an anonymous visitor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORM_PROBLEMS } from "~/forms/parse";
import { ADVISERS, listRoutes, ROLES, snapshotPages, startCaseWorld, type CaseWorld, type Role } from "../support/case-world";
import type { Client } from "../support/http";

type Kind = "public" | "signed-in" | "case" | "adviser" | "admin" | "booking";
type Row = {
  kind: Kind;
  /** The least access a GET needs, for case routes. */
  read?: "read" | "write" | "own";
  /** A form that would change the case if the gate let it through. */
  post?: Record<string, string | string[]>;
  /** The least access the POST needs (write unless said): "adviser" is an adviser with comment access. */
  write?: "comment" | "write" | "own" | "adviser";
  /** What the page needs after its path, e.g. the two plans a comparison compares. */
  query?: string;
  /** The page changes on every request (a log, a file stamped with the time): left out of the before-and-after comparison. */
  volatile?: boolean;
};

const ROUTES: Record<string, Row> = {
  "/": { kind: "public" },
  "/sign-up": { kind: "public" },
  "/sign-up/check-email": { kind: "public" },
  "/confirm-email": { kind: "public" },
  "/sign-in": { kind: "public" },
  "/sign-out": { kind: "public" },
  "/forgot-password": { kind: "public" },
  "/reset-password": { kind: "public" },
  "/outbox": { kind: "public" },
  "/account": { kind: "signed-in" },
  "/account/password": { kind: "signed-in" },
  "/account/sessions": { kind: "signed-in" },
  "/account/delete": { kind: "signed-in" },
  "/account/deleted": { kind: "public" },
  "/account/calendar": { kind: "signed-in" },
  "/account/two-factor": { kind: "signed-in" },
  "/sign-in/code": { kind: "public" },
  // Links that carry their own secret: an unknown one opens nothing (tested below).
  "/invitations/:token": { kind: "public" },
  "/shared/:token": { kind: "public" },
  "/shared/:token/pack.pdf": { kind: "public" },
  "/shared/:token/bundle.pdf": { kind: "public" },
  "/guide": { kind: "public" },
  "/guide/:slug": { kind: "public" },
  "/organisation": { kind: "admin", post: { intent: "add-type", typeName: "Intruder session", minutes: "30" } },
  "/adviser": { kind: "adviser" },
  "/adviser/hours": { kind: "adviser" },
  "/book": { kind: "signed-in" },
  "/bookings": { kind: "signed-in" },
  "/bookings/:bookingId": { kind: "booking" },
  "/bookings/:bookingId/invite.ics": { kind: "booking" },
  "/cases/import": { kind: "signed-in" },
  // The feed needs no sign-in: its secret is the key (an unknown one is a 404; tested below).
  "/calendar/:token": { kind: "public" },
  "/cases": { kind: "signed-in" },
  "/cases/new": { kind: "signed-in" },
  "/cases/:caseId": { kind: "case", read: "read" },
  "/cases/:caseId/profile": { kind: "case", read: "read", post: { childName: "Changed by intruder" } },
  "/cases/:caseId/contacts": { kind: "case", read: "read", post: { intent: "add", name: "Intruder contact" } },
  "/cases/:caseId/needs": { kind: "case", read: "read" },
  "/cases/:caseId/needs/:area": { kind: "case", read: "read", post: { intent: "save", "signs[]": ["ci_routines"], otherSigns: "Intruder sign" } },
  "/cases/:caseId/diagnoses": { kind: "case", read: "read", post: { intent: "add", name: "Intruder diagnosis" } },
  "/cases/:caseId/delete": { kind: "case", read: "own", write: "own", post: {} },
  "/cases/:caseId/support": { kind: "case", read: "read" },
  "/cases/:caseId/support/new": { kind: "case", read: "write", post: { "startDate.day": "1", "startDate.month": "9", "startDate.year": "2026" } },
  "/cases/:caseId/support/:cycleId": { kind: "case", read: "read" },
  "/cases/:caseId/support/:cycleId/edit": { kind: "case", read: "write", post: { title: "Changed by intruder" } },
  "/cases/:caseId/support/:cycleId/targets": { kind: "case", read: "read", post: { intent: "add", text: "Intruder target" } },
  "/cases/:caseId/support/:cycleId/provision": { kind: "case", read: "read", post: { intent: "add", what: "Intruder provision" } },
  "/cases/:caseId/support/:cycleId/review": { kind: "case", read: "write", post: { overallProgress: "good" } },
  "/cases/:caseId/support/:cycleId/delivery": { kind: "case", read: "read", post: { intent: "bulk", text: "all held" } },
  "/cases/:caseId/audit": { kind: "case", read: "read", post: { intent: "map", mapNote: "Intruder map note" } },
  "/cases/:caseId/audit.csv": { kind: "case", read: "read" },
  "/cases/:caseId/audit.pdf": { kind: "case", read: "read" },
  "/cases/:caseId/progress": { kind: "case", read: "read", post: { intent: "add", label: "Intruder", kind: "other", value: "1" } },
  "/cases/:caseId/diary": { kind: "case", read: "read", post: { intent: "add", text: "Intruder diary" } },
  "/cases/:caseId/adjustments": { kind: "case", read: "read", post: { intent: "add", description: "Intruder adjustment" } },
  // The school day: the overview only reads; adding is a page of its own that needs write access.
  "/cases/:caseId/school-day": { kind: "case", read: "read" },
  "/cases/:caseId/school-day/new": {
    kind: "case",
    read: "write",
    post: { intent: "add", kind: "informal_exclusion", "date.day": "4", "date.month": "11", "date.year": "2024", part: "afternoon", schoolSaid: "Intruder record" },
  },
  "/cases/:caseId/school-day/terms": {
    kind: "case",
    read: "read",
    post: { intent: "add", kind: "term", label: "Intruder term", "start.day": "6", "start.month": "1", "start.year": "2025", "end.day": "28", "end.month": "3", "end.year": "2025" },
  },
  "/cases/:caseId/school-day/:recordId": {
    kind: "case",
    read: "read",
    post: { intent: "update", kind: "informal_exclusion", "date.day": "4", "date.month": "11", "date.year": "2024", part: "morning", schoolSaid: "Changed by intruder" },
  },
  "/cases/:caseId/health": { kind: "case", read: "read" },
  "/cases/:caseId/journey": { kind: "case", read: "read" },
  // Evidence and communication. Each owner fills in the POST that would change the case.
  "/cases/:caseId/documents": { kind: "case", read: "read", post: { source: "school", tags: "intruder" } },
  "/cases/:caseId/documents/:documentId": {
    kind: "case",
    read: "read",
    post: { intent: "update", title: "Changed by intruder", source: "other", tags: "intruder" },
  },
  "/cases/:caseId/documents/:documentId/file": { kind: "case", read: "read" },
  // Search and the timeline only read (GET forms); the search test below looks for the owner's words.
  "/cases/:caseId/search": { kind: "case", read: "read" },
  "/cases/:caseId/timeline": { kind: "case", read: "read" },
  "/cases/:caseId/timeline.csv": { kind: "case", read: "read" },
  "/cases/:caseId/professionals": { kind: "case", read: "read", post: { intent: "add-professional", name: "Intruder professional", role: "other" } },
  "/cases/:caseId/reports": { kind: "case", read: "read", post: { intent: "add-report", title: "Intruder report", text: "Recommendations\n1. Zebedee should receive daily intruder therapy." } },
  "/cases/:caseId/reports/:reportId": { kind: "case", read: "read", post: { intent: "add-recommendation", text: "Intruder recommendation" } },
  "/cases/:caseId/meetings": { kind: "case", read: "read", post: { "date.day": "1", "date.month": "12", "date.year": "2026", kind: "senco", title: "Intruder meeting" } },
  "/cases/:caseId/meetings/:meetingId": {
    kind: "case",
    read: "read",
    post: { intent: "record", "date.day": "20", "date.month": "10", "date.year": "2026", kind: "other", title: "Changed by intruder", parentAttended: "yes", notes: "Intruder notes" },
  },
  "/cases/:caseId/meetings/:meetingId/prepare": { kind: "case", read: "read", post: { questions: "Intruder question", "picked[]": ["plan-copy"] } },
  "/cases/:caseId/meetings/:meetingId/follow-up": { kind: "case", read: "read", post: { intent: "sent", to: "intruder@example.com", subject: "Intruder email", body: "Intruder email" } },
  "/cases/:caseId/correspondence": {
    kind: "case",
    read: "read",
    post: { intent: "add", direction: "sent", "date.day": "1", "date.month": "3", "date.year": "2026", channel: "email", subject: "Intruder letter" },
  },
  "/cases/:caseId/letters": { kind: "case", read: "read", post: { intent: "create", kind: "provision_map_request", recipientName: "Intruder recipient" } },
  "/cases/:caseId/letters/:letterId": { kind: "case", read: "read", post: { intent: "save", subject: "Intruder subject", body: "Intruder body" } },
  "/cases/:caseId/letters/:letterId/letter.docx": { kind: "case", read: "read" },
  "/cases/:caseId/letters/:letterId/letter.pdf": { kind: "case", read: "read" },
  "/cases/:caseId/statutory": {
    kind: "case",
    read: "read",
    post: { intent: "add", type: "ehcna_request_received", "date.day": "1", "date.month": "6", "date.year": "2026", notes: "Intruder event" },
  },
  // Appeals: starting one and recording the order need write access; the workspace takes its dates.
  "/cases/:caseId/appeals": { kind: "case", read: "read" },
  "/cases/:caseId/appeals/new": { kind: "case", read: "write", query: "?decision=:decisionId", post: { mediation: "no_certificate_yet" } },
  "/cases/:caseId/appeals/:appealId": {
    kind: "case",
    read: "read",
    post: { intent: "add-date", kind: "other", label: "Intruder date", "date.day": "15", "date.month": "9", "date.year": "2026" },
  },
  // The bundle: marking it as sent would fix its page numbers (and show so on the page).
  "/cases/:caseId/appeals/:appealId/bundle": { kind: "case", read: "read", post: { intent: "fix", confirm: "yes" } },
  "/cases/:caseId/appeals/:appealId/bundle.pdf": { kind: "case", read: "read" },
  // Sharing the bundle by a link is the owner's, as a pack's is.
  "/cases/:caseId/appeals/:appealId/bundle/share": { kind: "case", read: "own", write: "own", post: { intent: "create", label: "Intruder link", days: "5" } },
  // The working document and the statement: reading them (and their kept versions) needs read access; changing them, write.
  "/cases/:caseId/appeals/:appealId/working-document": {
    kind: "case",
    read: "read",
    post: { intent: "add-proposal", section: "F", kind: "parent_add", proposedText: "Intruder words" },
  },
  "/cases/:caseId/appeals/:appealId/working-document.docx": { kind: "case", read: "read", query: "?version=1" },
  "/cases/:caseId/appeals/:appealId/statement": { kind: "case", read: "read", post: { intent: "add-paragraph", text: "Intruder paragraph" } },
  "/cases/:caseId/appeals/:appealId/statement.docx": { kind: "case", read: "read", query: "?version=1" },
  "/cases/:caseId/appeals/:appealId/statement.pdf": { kind: "case", read: "read", query: "?version=1" },
  "/cases/:caseId/appeals/:appealId/order": {
    kind: "case",
    read: "write",
    post: { intent: "record", outcome: "conceded", "notOpposedOn.day": "1", "notOpposedOn.month": "6", "notOpposedOn.year": "2026" },
  },
  "/cases/:caseId/plans": { kind: "case", read: "read", post: { intent: "add-priority", priority: "Intruder priority" } },
  "/cases/:caseId/plans/compare": { kind: "case", read: "read", query: "?from=:planId&to=:planId" },
  "/cases/:caseId/plans/:planId": { kind: "case", read: "read", post: { intent: "delete" } },
  "/cases/:caseId/calendar.ics": { kind: "case", read: "read" },
  "/cases/:caseId/evidence-packs": { kind: "case", read: "read", post: { intent: "create", title: "Intruder pack" } },
  "/cases/:caseId/evidence-packs/:packId": { kind: "case", read: "read", post: { intent: "save", title: "Changed by intruder" } },
  "/cases/:caseId/evidence-packs/:packId/pack.pdf": { kind: "case", read: "read" },
  "/cases/:caseId/evidence-packs/:packId/share": { kind: "case", read: "own", write: "own", post: { intent: "create", label: "Intruder link", days: "5" } },
  // Working together.
  "/cases/:caseId/comments": { kind: "case", read: "read", write: "comment", post: { page: "needs", commentBody: "Intruder comment" } },
  "/cases/:caseId/notes": {
    kind: "case",
    read: "read",
    write: "adviser",
    post: { intent: "add", "heldOn.day": "1", "heldOn.month": "11", "heldOn.year": "2026", title: "Intruder note", noteBody: "Intruder note", "share[]": ["on"] },
  },
  "/cases/:caseId/sharing": { kind: "case", read: "own", write: "own", post: { intent: "invite", email: "intruder@example.com", role: "carer", level: "write" } },
  "/cases/:caseId/activity": { kind: "case", read: "own", volatile: true },
  "/cases/:caseId/export": { kind: "case", read: "own" },
  "/cases/:caseId/export.zip": { kind: "case", read: "own", volatile: true },
  "/cases/:caseId/export.pdf": { kind: "case", read: "own" },
  "/*": { kind: "public" },
};

const OWNER_MARKERS = ["Zebedee Quill", "Larkspur Academy", "senco.larkspur@example.com", "Loves trains and maps"];

let world: CaseWorld;
let caseId: string;
let clients: Record<Role, Client>;
/** Roles with no access to the case in force: they must see none of it and change none of it. */
const OUTSIDERS = ["revokedAdviser", "expiredAdviser", "adviserOfOtherCase", "otherFamily", "admin", "anonymous"] as const;
/** Access each role has to the case, by level, for the rows' read and write needs. */
const LEVEL: Partial<Record<Role, "read" | "comment" | "write" | "own">> = { owner: "own", carer: "write", adviserRead: "read", adviser: "comment" };
const ORDER = ["read", "comment", "write", "own"];
const reaches = (role: Role, need: "read" | "comment" | "write" | "own") => LEVEL[role] !== undefined && ORDER.indexOf(LEVEL[role]!) >= ORDER.indexOf(need);
function mayPost(role: Role, row: Row): boolean {
  const need = row.write ?? "write";
  return need === "adviser" ? role === "adviser" : reaches(role, need);
}

beforeAll(async () => {
  world = await startCaseWorld();
  ({ caseId, clients } = world);
}, 240_000);

afterAll(async () => {
  await world?.stop();
});

function concrete(pattern: string): string {
  return world.fill(`${pattern}${ROUTES[pattern]?.query ?? ""}`);
}

/**
 * Every page of the case as the owner sees it. Files made from the case (PDF, Word, CSV, .ics) are
 * left out: each shows what the pages show, and making them is most of a snapshot's time.
 */
async function ownerSnapshot(): Promise<string> {
  const pages = Object.entries(ROUTES).filter(([pattern, row]) => row.kind === "case" && !row.volatile && !/\.[a-z]+$/.test(pattern));
  return snapshotPages(clients.owner, pages.map(([pattern]) => concrete(pattern)));
}

/**
 * The case as it was before the tests that must change nothing: taken once, and again only after
 * a test that changes the case on purpose (`caseChanged`).
 */
let caseBefore: Promise<string> | undefined;
const caseAsItWas = () => (caseBefore ??= ownerSnapshot());
const caseChanged = () => {
  caseBefore = undefined;
};

function expectNoLeak(body: string, label: string) {
  for (const marker of OWNER_MARKERS) expect(body, `${label} must not show "${marker}"`).not.toContain(marker);
}

/** The "Do this next" block at the top of a case page, or "" when the page has none. */
function nextStepBlock(html: string): string {
  return /<section class="next-step"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
}

/** The addresses the block links to; the first of a parent's is its one button. */
function nextStepLinks(block: string): Array<{ href: string; isButton: boolean }> {
  return [...block.matchAll(/<a\b[^>]*>/g)].map(([tag]) => ({ href: (/href="([^"]*)"/.exec(tag)?.[1] ?? "").replace(/&amp;/g, "&"), isButton: tag.includes("next-step__button") }));
}

function isSignInRedirect(response: Response): boolean {
  return response.status === 302 && (response.headers.get("Location") ?? "").startsWith("/sign-in");
}

describe("the route matrix", () => {
  it("knows every route in app/routes.ts", () => {
    const configured = listRoutes().map((route) => route.pattern);
    const unknown = configured.filter((p) => !(p in ROUTES));
    expect(unknown, "add these routes to ROUTES in this test, saying how each is protected").toEqual([]);
    expect(configured.length).toBeGreaterThan(10);
  });

  it("lets the owner open every case page", async () => {
    for (const [pattern, row] of Object.entries(ROUTES)) {
      if (row.kind !== "case") continue;
      const response = await clients.owner.get(concrete(pattern));
      expect(response.status, `owner GET ${pattern}`).toBe(200);
      if (!response.headers.get("Content-Type")?.includes("text/html")) continue;
      const html = await response.text();
      if (pattern === "/cases/:caseId") expect(html).toContain("Zebedee Quill");
      // Every case page starts with the step to do next and its one button, which opens.
      const block = nextStepBlock(html);
      expect(block, `owner GET ${pattern} shows "Do this next"`).toContain("Do this next</h2>");
      const buttons = nextStepLinks(block).filter((link) => link.isButton);
      expect(buttons, `owner GET ${pattern}: one button`).toHaveLength(1);
      if (pattern === "/cases/:caseId") expect((await clients.owner.get(buttons[0]!.href)).status, buttons[0]!.href).toBe(200);
    }
  });

  for (const role of OUTSIDERS) {
    it(`shows ${role} none of the case, and their forms change nothing`, async () => {
      const before = await caseAsItWas();
      for (const [pattern, row] of Object.entries(ROUTES)) {
        if (row.kind !== "case" && row.kind !== "signed-in" && row.kind !== "booking") continue;
        const url = concrete(pattern);
        const response = await clients[role].get(url);
        const body = await response.text();
        if (role === "anonymous") {
          expect(isSignInRedirect(response), `anonymous GET ${pattern} redirects to sign-in (got ${response.status})`).toBe(true);
        } else if (row.kind !== "signed-in") {
          expect(response.status, `${role} GET ${pattern}`).toBe(404);
        }
        expectNoLeak(body, `${role} GET ${pattern}`);
        if (row.post) {
          const posted = await clients[role].post(url, row.post);
          expect([302, 404], `${role} POST ${pattern} (got ${posted.status})`).toContain(posted.status);
          if (posted.status === 302) expect(isSignInRedirect(posted)).toBe(true);
          expectNoLeak(await posted.text(), `${role} POST ${pattern}`);
        }
      }
      expect(await ownerSnapshot(), "the owner's case is unchanged").toBe(before);
    });
  }

  for (const role of ["adviserRead", "adviser"] as const) {
    it(`lets ${role} read what their access allows, and change nothing beyond it`, async () => {
      const before = await caseAsItWas();
      const allowedPosts: Array<[string, Row]> = [];
      const opened = new Map<string, number>();
      for (const [pattern, row] of Object.entries(ROUTES)) {
        if (row.kind !== "case") continue;
        const response = await clients[role].get(concrete(pattern));
        expect(response.status, `${role} GET ${pattern}`).toBe(reaches(role, row.read ?? "read") ? 200 : 404);
        // "Do this next" tells them what is due and who acts, with no button to a form they cannot open.
        if (response.status === 200 && response.headers.get("Content-Type")?.includes("text/html")) {
          const block = nextStepBlock(await response.text());
          expect(block, `${role} GET ${pattern} shows "Do this next"`).toContain("Do this next</h2>");
          for (const link of nextStepLinks(block)) {
            expect(link.isButton, `${role} GET ${pattern}: no button`).toBe(false);
            // The law's public source is not a page of the app.
            if (!link.href.startsWith("/")) continue;
            if (!opened.has(link.href)) opened.set(link.href, (await clients[role].get(link.href)).status);
            expect(opened.get(link.href), `${role} GET ${pattern} links to ${link.href}`).toBe(200);
          }
        }
        if (!row.post) continue;
        if (mayPost(role, row)) {
          allowedPosts.push([pattern, row]);
          continue;
        }
        const posted = await clients[role].post(concrete(pattern), row.post);
        expect(posted.status, `${role} POST ${pattern}`).toBe(404);
      }
      expect(await ownerSnapshot(), "nothing beyond their access changed").toBe(before);
      // What their access does allow (a comment, an adviser's note) goes through.
      if (allowedPosts.length > 0) caseChanged();
      for (const [pattern, row] of allowedPosts) {
        const posted = await clients[role].post(concrete(pattern), row.post!);
        expect(posted.status, `${role} POST ${pattern}`).toBe(302);
      }
      expect(allowedPosts.length).toBe(role === "adviser" ? 2 : 0);
    });
  }

  it("writes every read and change by someone other than the owner to the activity log, and nothing of the owner's", async () => {
    const page = await (await clients.owner.get(`/cases/${caseId}/activity`)).text();
    const log = page.slice(page.indexOf("<table"), page.indexOf("</table>"));
    expect(log).toContain("Matrix adviserRead");
    expect(log).toMatch(/Matrix adviser(?![A-Za-z])/);
    expect(log).toContain("Opened");
    expect(log).toContain("Changed");
    for (const outsider of ["revokedAdviser", "expiredAdviser", "adviserOfOtherCase", "otherFamily", "admin"]) {
      expect(log, `${outsider} had no access, so nothing of theirs is logged`).not.toContain(`Matrix ${outsider}`);
    }
    expect(log).not.toContain("Matrix owner");
  });

  it("keeps organisation pages to their role", async () => {
    for (const [pattern, row] of Object.entries(ROUTES)) {
      if (row.kind !== "adviser" && row.kind !== "admin") continue;
      for (const role of ROLES) {
        const response = await clients[role].get(concrete(pattern));
        if (role === "anonymous") {
          expect(isSignInRedirect(response), `anonymous GET ${pattern}`).toBe(true);
          continue;
        }
        const allowed = row.kind === "admin" ? role === "admin" : ADVISERS.includes(role);
        expect(response.status, `${role} GET ${pattern}`).toBe(allowed ? 200 : 404);
        if (LEVEL[role] === undefined) expectNoLeak(await response.text(), `${role} GET ${pattern}`);
        if (row.post && !allowed) expect((await clients[role].post(concrete(pattern), row.post)).status, `${role} POST ${pattern}`).toBe(404);
      }
    }
  });

  it("shows a booking only to its parent and its adviser", async () => {
    for (const [pattern, row] of Object.entries(ROUTES)) {
      if (row.kind !== "booking") continue;
      for (const role of ROLES) {
        const response = await clients[role].get(concrete(pattern));
        if (role === "anonymous") expect(isSignInRedirect(response)).toBe(true);
        else expect(response.status, `${role} GET ${pattern}`).toBe(role === "owner" || role === "adviser" ? 200 : 404);
      }
    }
    // Only the parent who booked can cancel.
    expect((await clients.adviser.post(concrete("/bookings/:bookingId"), {})).status).toBe(404);
    expect((await clients.otherFamily.post(concrete("/bookings/:bookingId"), {})).status).toBe(404);
  });

  it("shows signed-in pages of another family nothing of this one", async () => {
    for (const [pattern, row] of Object.entries(ROUTES)) {
      if (row.kind !== "signed-in") continue;
      for (const role of ["otherFamily", "admin", "adviserOfOtherCase"] as const) {
        const response = await clients[role].get(concrete(pattern));
        expect(response.status, `${role} GET ${pattern}`).toBe(200);
        expectNoLeak(await response.text(), `${role} GET ${pattern}`);
      }
    }
  });

  it("opens nothing with an unknown invitation or shared link", async () => {
    const invitation = await clients.otherFamily.get("/invitations/not-a-real-invitation-token-at-all");
    expect(await invitation.text()).toContain("cannot be used");
    expect((await clients.anonymous.get("/shared/not-a-real-shared-link-token")).status).toBe(404);
    expect((await clients.anonymous.post("/shared/not-a-real-shared-link-token/pack.pdf", {})).status).toBe(404);
    expect((await clients.anonymous.post("/shared/not-a-real-shared-link-token/bundle.pdf", {})).status).toBe(404);
  });

  it("finds the owner's words for the owner and an adviser, and for nobody else", async () => {
    const searches = OWNER_MARKERS.map((marker) => `/cases/${caseId}/search?q=${encodeURIComponent(`"${marker}"`)}`);
    const ownerPage = await (await clients.owner.get(`/cases/${caseId}/search?q=Zebedee`)).text();
    expect(ownerPage).toContain("Zebedee Quill&#x27;s school plan");
    expect((await clients.adviser.get(`/cases/${caseId}/search?q=Zebedee`)).status).toBe(200);
    for (const role of OUTSIDERS) {
      if (role === "anonymous") continue;
      for (const url of [...searches, `/cases/${caseId}/search?q=Zebedee`, `/cases/${caseId}/timeline.csv?types[]=document`]) {
        const response = await clients[role].get(url);
        expect(response.status, `${role} GET ${url}`).toBe(404);
        expectNoLeak(await response.text(), `${role} GET ${url}`);
      }
    }
    const anonymous = await clients.anonymous.get(`/cases/${caseId}/search?q=Zebedee`);
    expect(isSignInRedirect(anonymous)).toBe(true);
  });

  it("answers 404 for a page that does not exist, to anyone", async () => {
    expect((await clients.anonymous.get("/no-such-page")).status).toBe(404);
    expect((await clients.owner.get("/no-such-page")).status).toBe(404);
  });

  it("refuses an intent a page does not do, saying so, and changes nothing", async () => {
    const before = await caseAsItWas();
    const pages: Array<[string, Role]> = [
      ["/account/two-factor", "owner"],
      ["/account/calendar", "owner"],
      ["/account/sessions", "owner"],
      ["/adviser/hours", "adviser"],
    ];
    for (const [pattern, row] of Object.entries(ROUTES)) {
      if (!row.post || !("intent" in row.post)) continue;
      pages.push([pattern, row.kind === "admin" ? "admin" : row.write === "adviser" ? "adviser" : "owner"]);
    }
    for (const [pattern, role] of pages) {
      const posted = await clients[role].post(concrete(pattern), { intent: "not-a-real-intent" });
      expect(posted.status, `${role} POST ${pattern}`).toBe(400);
      expect(await posted.text(), `${role} POST ${pattern}`).toContain(FORM_PROBLEMS.unknownIntent);
    }
    expect(pages.length).toBeGreaterThan(25);
    expect(await ownerSnapshot(), "the owner's case is unchanged").toBe(before);
  });

  // Last: a second carer's changes go through, so the case changes from here on.
  it("lets a second carer read and change the case, but not own-level pages", async () => {
    for (const [pattern, row] of Object.entries(ROUTES)) {
      if (row.kind !== "case") continue;
      const response = await clients.carer.get(concrete(pattern));
      expect(response.status, `carer GET ${pattern}`).toBe(reaches("carer", row.read ?? "read") ? 200 : 404);
      if (!row.post || pattern === "/cases/:caseId/plans/:planId") continue;
      const posted = await clients.carer.post(concrete(pattern), row.post);
      if (mayPost("carer", row)) expect(posted.status, `carer POST ${pattern}`).not.toBe(404);
      else expect(posted.status, `carer POST ${pattern}`).toBe(404);
    }
    expect((await clients.owner.get(`/cases/${caseId}`)).status).toBe(200);
  });
});
