// The access-control matrix: every route in app/routes.ts, every role, no leak. A route missing
// from ROUTES below fails the first test, so each new route must say how it is protected.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import routeConfig from "~/routes";
import { createDatabase, dropDatabase, isPostgres } from "../support/database";
import { Client, TEST_PASSWORD } from "../support/http";
import { startTestServer, type TestServer } from "../support/test-server";

type Kind = "public" | "signed-in" | "case";
type Row = {
  kind: Kind;
  /** The least access a GET needs, for case routes. */
  read?: "read" | "write" | "own";
  /** A form that would change the case if the gate let it through. */
  post?: Record<string, string | string[]>;
  /** What the page needs after its path, e.g. the two plans a comparison compares. */
  query?: string;
};

const AREA = "communication_interaction";

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
  // The feed needs no sign-in: its secret is the key (an unknown one is a 404; tested below).
  "/calendar/:token": { kind: "public" },
  "/cases": { kind: "signed-in" },
  "/cases/new": { kind: "signed-in" },
  "/cases/:caseId": { kind: "case", read: "read" },
  "/cases/:caseId/profile": { kind: "case", read: "read", post: { childName: "Changed by intruder" } },
  "/cases/:caseId/contacts": { kind: "case", read: "read", post: { intent: "add", name: "Intruder contact" } },
  "/cases/:caseId/needs": { kind: "case", read: "read" },
  "/cases/:caseId/needs/:area": { kind: "case", read: "write", post: { "signs[]": ["ci_routines"], otherSigns: "Intruder sign" } },
  "/cases/:caseId/diagnoses": { kind: "case", read: "read", post: { intent: "add", name: "Intruder diagnosis" } },
  "/cases/:caseId/delete": { kind: "case", read: "own", post: {} },
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
  "/cases/:caseId/plans": { kind: "case", read: "read", post: { intent: "add-priority", priority: "Intruder priority" } },
  "/cases/:caseId/plans/compare": { kind: "case", read: "read", query: "?from=:planId&to=:planId" },
  "/cases/:caseId/plans/:planId": { kind: "case", read: "read", post: { intent: "delete" } },
  "/cases/:caseId/calendar.ics": { kind: "case", read: "read" },
  "/cases/:caseId/evidence-packs": { kind: "case", read: "read", post: { intent: "create", title: "Intruder pack" } },
  "/cases/:caseId/evidence-packs/:packId": { kind: "case", read: "read", post: { intent: "save", title: "Changed by intruder" } },
  "/cases/:caseId/evidence-packs/:packId/pack.pdf": { kind: "case", read: "read" },
  "/*": { kind: "public" },
};

function flatten(entries: RouteConfigEntry[], parent = ""): string[] {
  return entries.flatMap((entry) => {
    const own = entry.index ? parent : entry.path ? `${parent}/${entry.path}` : parent;
    const here = entry.path || entry.index ? [own || "/"] : [];
    return [...here, ...flatten(entry.children ?? [], own)];
  });
}

const OWNER_MARKERS = ["Zebedee Quill", "Larkspur Academy", "senco.larkspur@example.com", "Loves trains and maps"];

let server: TestServer;
let storeCleanup: () => Promise<void>;
let caseId: string;
let cycleId: string;
/** Records of the case that pages address by id. */
const ids = { documentId: "", reportId: "", meetingId: "", letterId: "", planId: "", packId: "" };
const clients: Record<"owner" | "otherFamily" | "adviser" | "revokedAdviser" | "anonymous", Client> = {} as never;

beforeAll(async () => {
  // Seed the store in this process, close it, then start the server on it: PGlite allows one
  // process at a time, and the seed needs access rows that no page can create yet.
  // Stored files (and their key file) live in the data folder on PostgreSQL too, so the server
  // is given the same folder the seed wrote to.
  let existing: { dataDir: string } | { databaseUrl: string };
  const dataDir = mkdtempSync(path.join(tmpdir(), "clearpath-matrix-"));
  process.env.DATA_DIR = dataDir;
  if (isPostgres()) {
    await createDatabase(process.env.DATABASE_URL!);
    existing = { databaseUrl: process.env.DATABASE_URL! };
    storeCleanup = async () => {
      await dropDatabase(process.env.DATABASE_URL!);
      rmSync(dataDir, { recursive: true, force: true });
    };
  } else {
    existing = { dataDir };
    storeCleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  const { migrateDatabase, closeDatabase, db } = await import("~/data/db.server");
  const { caseAccess } = await import("~/data/schema");
  const { createParent, createChildCase } = await import("../factories");
  const { saveNeed, addContact } = await import("~/data/cases.server");
  const { requireCaseAccess } = await import("~/auth/access.server");
  await migrateDatabase();
  const emails = {
    owner: "owner@matrix.example",
    otherFamily: "other@matrix.example",
    adviser: "adviser@matrix.example",
    revokedAdviser: "revoked@matrix.example",
  };
  const owner = await createParent({ email: emails.owner, password: TEST_PASSWORD });
  await createParent({ email: emails.otherFamily, password: TEST_PASSWORD });
  const adviser = await createParent({ email: emails.adviser, password: TEST_PASSWORD });
  const revoked = await createParent({ email: emails.revokedAdviser, password: TEST_PASSWORD });
  caseId = await createChildCase(owner, {
    childName: "Zebedee Quill",
    school: "Larkspur Academy",
    sencoEmail: "senco.larkspur@example.com",
    interests: "Loves trains and maps",
  });
  const access = await requireCaseAccess(owner, caseId, "own");
  await saveNeed(access, AREA, { signs: ["ci_routines"], otherSigns: null, since: null, impact: "a_little", notes: null });
  await addContact(access, { name: "Zebedee Quill's teacher", role: null, email: null, phone: null });
  const { cycles, targets, provisions, deliverySessions, measurements } = await import("~/data/schema");
  const [cycle] = await db
    .insert(cycles)
    .values({ caseId, title: "Zebedee Quill's autumn plan", startDate: "2026-09-07", reviewDate: "2026-12-04" })
    .returning();
  cycleId = cycle!.id;
  const [target] = await db.insert(targets).values({ caseId, cycleId, text: "Zebedee Quill will read 20 tricky words by December" }).returning();
  const [provision] = await db
    .insert(provisions)
    .values({ caseId, cycleId, targetId: target!.id, what: "Zebedee Quill's phonics group", who: "Teaching assistant", sessionsPerWeek: 3, durationMinutes: 20, startDate: "2026-09-07" })
    .returning();
  await db.insert(deliverySessions).values({ caseId, provisionId: provision!.id, date: "2026-09-08", status: "held" });
  await db.insert(measurements).values({ caseId, kind: "reading_age", label: "Zebedee Quill reading age", date: "2026-09-10", value: 84, unit: "months" });
  ids.documentId = await seedDocument(access);
  const { reports, meetings, letters } = await import("~/data/schema");
  const [report] = await db.insert(reports).values({ caseId, title: "Zebedee Quill's speech and language report", date: "2026-10-01" }).returning();
  ids.reportId = report!.id;
  const [meeting] = await db.insert(meetings).values({ caseId, date: "2026-10-20", title: "Zebedee Quill's review meeting" }).returning();
  ids.meetingId = meeting!.id;
  const [letter] = await db
    .insert(letters)
    .values({ caseId, kind: "provision_map_request", subject: "Zebedee Quill's provision map", body: "Please send Zebedee Quill's provision map." })
    .returning();
  ids.letterId = letter!.id;
  const { ehcPlans, ehcPlanLines, evidencePacks } = await import("~/data/schema");
  const [plan] = await db.insert(ehcPlans).values({ caseId, stage: "draft", title: "Zebedee Quill's draft EHC plan", issuedOn: "2026-10-05" }).returning();
  ids.planId = plan!.id;
  await db.insert(ehcPlanLines).values({ caseId, planId: plan!.id, section: "F", position: 1, text: "Zebedee Quill will have speech and language therapy", area: AREA });
  const [pack] = await db.insert(evidencePacks).values({ caseId, title: "Zebedee Quill's evidence pack", documentIds: [ids.documentId] }).returning();
  ids.packId = pack!.id;
  await db.insert(caseAccess).values([
    { caseId, userId: adviser.id, role: "adviser", level: "comment" },
    { caseId, userId: revoked.id, role: "adviser", level: "comment", revokedAt: new Date() },
  ]);
  await closeDatabase();

  server = await startTestServer({ existing, env: { DATA_DIR: dataDir } });
  for (const [role, email] of Object.entries(emails)) {
    const client = new Client(server.baseUrl);
    const response = await client.post("/sign-in", { email, password: TEST_PASSWORD });
    expect(response.status, `${role} signs in`).toBe(302);
    clients[role as keyof typeof emails] = client;
  }
  clients.anonymous = new Client(server.baseUrl);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await storeCleanup?.();
});

/** A stored document of the case, as an upload leaves it: a real file, encrypted in the data folder. */
async function seedDocument(access: import("~/auth/access.server").CaseAccess): Promise<string> {
  const { addDocumentFromBytes } = await import("~/services/uploads/upload-documents.server");
  const added = await addDocumentFromBytes(access, {
    fileName: "plan.txt",
    bytes: Buffer.from("Zebedee Quill's plan, agreed on 7 September 2026."),
    details: { source: "school", author: null, areas: [], tags: [] },
    title: "Zebedee Quill's school plan",
    today: "2026-11-23",
  });
  if (!added.ok) throw new Error(added.problem);
  return added.id;
}

function concrete(pattern: string): string {
  return `${pattern}${ROUTES[pattern]?.query ?? ""}`
    .replace(":caseId", caseId)
    .replace(":cycleId", cycleId)
    .replace(":area", AREA)
    .replace(":documentId", ids.documentId)
    .replace(":reportId", ids.reportId)
    .replace(":meetingId", ids.meetingId)
    .replace(":letterId", ids.letterId)
    .replaceAll(":planId", ids.planId)
    .replace(":packId", ids.packId)
    .replace(":token", "not-a-real-secret.ics")
    .replace("/*", "/no-such-page");
}

async function ownerSnapshot(): Promise<string> {
  const pages = Object.entries(ROUTES).filter(([, row]) => row.kind === "case");
  const bodies = await Promise.all(pages.map(([pattern]) => clients.owner.get(concrete(pattern)).then((r) => r.text())));
  // Nonces change on every response; everything else on a case page should not.
  return bodies.map((b) => b.replace(/nonce="[^"]*"/g, "")).join("\n");
}

function expectNoLeak(body: string, label: string) {
  for (const marker of OWNER_MARKERS) expect(body, `${label} must not show "${marker}"`).not.toContain(marker);
}

function isSignInRedirect(response: Response): boolean {
  return response.status === 302 && (response.headers.get("Location") ?? "").startsWith("/sign-in");
}

describe("the route matrix", () => {
  it("knows every route in app/routes.ts", () => {
    const configured = flatten(routeConfig as RouteConfigEntry[]);
    const unknown = configured.filter((p) => !(p in ROUTES));
    expect(unknown, "add these routes to ROUTES in this test, saying how each is protected").toEqual([]);
    expect(configured.length).toBeGreaterThan(10);
  });

  it("lets the owner open every case page", async () => {
    for (const [pattern, row] of Object.entries(ROUTES)) {
      if (row.kind !== "case") continue;
      const response = await clients.owner.get(concrete(pattern));
      expect(response.status, `owner GET ${pattern}`).toBe(200);
      if (pattern === "/cases/:caseId") expect(await response.text()).toContain("Zebedee Quill");
    }
  });

  for (const role of ["otherFamily", "revokedAdviser", "anonymous"] as const) {
    it(`shows a ${role} none of the case, and their forms change nothing`, async () => {
      const before = await ownerSnapshot();
      for (const [pattern, row] of Object.entries(ROUTES)) {
        if (row.kind === "public") continue;
        const url = concrete(pattern);
        const response = await clients[role].get(url);
        const body = await response.text();
        if (role === "anonymous") {
          expect(isSignInRedirect(response), `anonymous GET ${pattern} redirects to sign-in (got ${response.status})`).toBe(true);
        } else if (row.kind === "case") {
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

  it("lets an adviser with comment access read, but not change or delete", async () => {
    const before = await ownerSnapshot();
    for (const [pattern, row] of Object.entries(ROUTES)) {
      if (row.kind !== "case") continue;
      const response = await clients.adviser.get(concrete(pattern));
      expect(response.status, `adviser GET ${pattern}`).toBe(row.read === "read" ? 200 : 404);
      if (row.post) {
        const posted = await clients.adviser.post(concrete(pattern), row.post);
        expect(posted.status, `adviser POST ${pattern}`).toBe(404);
      }
    }
    expect(await ownerSnapshot()).toBe(before);
  });

  it("shows signed-in pages of another family nothing of this one", async () => {
    for (const [pattern, row] of Object.entries(ROUTES)) {
      if (row.kind !== "signed-in") continue;
      const response = await clients.otherFamily.get(concrete(pattern));
      expect(response.status, `other family GET ${pattern}`).toBe(200);
      expectNoLeak(await response.text(), `other family GET ${pattern}`);
    }
  });

  it("finds the owner's words for the owner and an adviser, and for nobody else", async () => {
    const searches = OWNER_MARKERS.map((marker) => `/cases/${caseId}/search?q=${encodeURIComponent(`"${marker}"`)}`);
    const ownerPage = await (await clients.owner.get(`/cases/${caseId}/search?q=Zebedee`)).text();
    expect(ownerPage).toContain("Zebedee Quill&#x27;s school plan");
    expect((await clients.adviser.get(`/cases/${caseId}/search?q=Zebedee`)).status).toBe(200);
    for (const role of ["otherFamily", "revokedAdviser"] as const) {
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
});
