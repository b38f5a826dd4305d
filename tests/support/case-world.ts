// The world the server tests share: ten people around one seeded case (the owner, a second carer,
// advisers with each kind of access, another family, the organisation's admin and an anonymous
// visitor), the production build started on that store, everyone signed in, and every route of
// app/routes.ts with its `:params` filled in. The route matrix and the fuzz test both start it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import * as OTPAuth from "otpauth";
import routeConfig from "~/routes";
import { createDatabase, dropDatabase, isPostgres } from "./database";
import { Client, TEST_PASSWORD } from "./http";
import { startTestServer, type TestServer } from "./test-server";

export const AREA = "communication_interaction";

export const ROLES = [
  "owner",
  "carer",
  "adviserRead",
  "adviser",
  "revokedAdviser",
  "expiredAdviser",
  "adviserOfOtherCase",
  "otherFamily",
  "admin",
  "anonymous",
] as const;
export type Role = (typeof ROLES)[number];
export const ADVISERS: readonly Role[] = [
  "adviserRead",
  "adviser",
  "revokedAdviser",
  "expiredAdviser",
  "adviserOfOtherCase",
];
/** Organisation members sign in with a second factor; in these tests each has this known secret. */
const TOTP_SECRET = new OTPAuth.Secret({ size: 20 }).base32;

/** Every page of app/routes.ts: its path pattern ("/cases/:caseId/diary") and its module file. */
export function listRoutes(
  entries = routeConfig as RouteConfigEntry[],
  parent = "",
): Array<{ pattern: string; file: string }> {
  return entries.flatMap((entry) => {
    const own = entry.index ? parent : entry.path ? `${parent}/${entry.path}` : parent;
    const here = entry.path || entry.index ? [{ pattern: own || "/", file: entry.file }] : [];
    return [...here, ...listRoutes(entry.children ?? [], own)];
  });
}

/** The values a route pattern's `:params` take (the accessibility test fills them from the demo family). */
export type RouteParams = CaseWorld["ids"] & { caseId: string; cycleId: string; area: string; slug: string; token: string };

/** A route pattern (with any query) made into an address with `params`; "/*" becomes a page that does not exist. */
export function fillRoute(pattern: string, params: RouteParams): string {
  return pattern
    .replace(":caseId", params.caseId)
    .replace(":cycleId", params.cycleId)
    .replace(":area", params.area)
    .replace(":documentId", params.documentId)
    .replace(":reportId", params.reportId)
    .replace(":meetingId", params.meetingId)
    .replace(":letterId", params.letterId)
    .replaceAll(":planId", params.planId)
    .replace(":packId", params.packId)
    .replace(":bookingId", params.bookingId)
    .replace(":recordId", params.recordId)
    .replace(":appealId", params.appealId)
    .replace(":decisionId", params.decisionId)
    .replace(":slug", params.slug)
    .replace(":token", params.token)
    .replace("/*", "/no-such-page");
}

export type CaseWorld = {
  server: TestServer;
  clients: Record<Role, Client>;
  /** The owner's seeded case, and the other family's own case. */
  caseId: string;
  otherCaseId: string;
  cycleId: string;
  /** Records of the case that pages address by id. */
  ids: {
    documentId: string;
    reportId: string;
    meetingId: string;
    letterId: string;
    planId: string;
    packId: string;
    bookingId: string;
    recordId: string;
    appealId: string;
    /** The decision (a statutory event) the appeal is against. */
    decisionId: string;
  };
  /** A route pattern (with any query) made into an address of the seeded case. */
  fill: (pattern: string) => string;
  stop: () => Promise<void>;
};

/**
 * Seeds the store in this process, closes it, then starts the server on it and signs everyone in.
 * `seed` adds what no page can make (an expired link, say) to the owner's case before the server starts.
 */
export async function startCaseWorld(options: { seed?: (access: import("~/auth/access.server").CaseAccess, ids: CaseWorld["ids"]) => Promise<void> } = {}): Promise<CaseWorld> {
  let storeCleanup: () => Promise<void>;
  const ids = {
    documentId: "",
    reportId: "",
    meetingId: "",
    letterId: "",
    planId: "",
    packId: "",
    bookingId: "",
    recordId: "",
    appealId: "",
    decisionId: "",
  };

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
  const { createParent, createChildCase } = await import("../factories");
  const { saveNeed, addContact } = await import("~/data/cases.server");
  const { requireCaseAccess } = await import("~/auth/access.server");
  await migrateDatabase();
  const { users } = await import("~/data/schema");
  const { turnOnForDemo } = await import("~/auth/two-factor.server");
  const { eq } = await import("drizzle-orm");
  const people = {} as Record<Exclude<Role, "anonymous">, Awaited<ReturnType<typeof createParent>>>;
  for (const role of ROLES) {
    if (role === "anonymous") continue;
    people[role] = await createParent({
      email: `${role.toLowerCase()}@matrix.example`,
      name: `Matrix ${role}`,
      password: TEST_PASSWORD,
    });
    const orgRole = role === "admin" ? "admin" : ADVISERS.includes(role) ? "adviser" : null;
    if (orgRole) {
      await db.update(users).set({ orgRole }).where(eq(users.id, people[role].id));
      await turnOnForDemo(people[role].id, TOTP_SECRET);
    }
  }
  const owner = people.owner;
  const caseId = await createChildCase(owner, {
    childName: "Zebedee Quill",
    school: "Larkspur Academy",
    sencoEmail: "senco.larkspur@example.com",
    interests: "Loves trains and maps",
  });
  const access = await requireCaseAccess(owner, caseId, "own");
  await saveNeed(access, AREA, {
    signs: ["ci_routines"],
    otherSigns: null,
    since: null,
    impact: "a_little",
    notes: null,
  });
  await addContact(access, {
    name: "Zebedee Quill's teacher",
    role: null,
    email: null,
    phone: null,
  });
  // Every record through the factories (tests/factories), one per kind of record.
  const { createCycle, createProvision, createSessions } = await import("../factories/delivery");
  const { createTarget } = await import("../factories/support");
  const { createMeasurement } = await import("../factories/progress");
  const { createReport } = await import("../factories/reports");
  const { createMeeting } = await import("../factories/meetings");
  const { createLetter, createEhcPlan, createPlanLine, createEvidencePack } = await import("../factories/plans");
  const { grantAccess, createSessionType, createBooking } = await import("../factories/working-together");
  const { createSchoolDayRecord } = await import("../factories/school-day");
  const { createAppeal } = await import("../factories/tribunal");
  const cycle = await createCycle(caseId, {
    title: "Zebedee Quill's autumn plan",
    startDate: "2026-09-07",
    reviewDate: "2026-12-04",
  });
  const cycleId = cycle.id;
  const target = await createTarget(access, { id: cycleId }, { text: "Zebedee Quill will read 20 tricky words by December" });
  const provision = await createProvision(cycle, {
    targetId: target.id,
    what: "Zebedee Quill's phonics group",
    startDate: "2026-09-07",
    endDate: null,
  });
  await createSessions(provision, [{ date: "2026-09-08", status: "held" }]);
  await createMeasurement(access, {
    kind: "reading_age",
    label: "Zebedee Quill reading age",
    date: "2026-09-10",
    value: 84,
    unit: "months",
    expectedValue: null,
  });
  ids.documentId = await seedDocument(access);
  ids.reportId = (await createReport(access, { title: "Zebedee Quill's speech and language report", date: "2026-10-01" })).id;
  ids.meetingId = (await createMeeting(access, { date: "2026-10-20", title: "Zebedee Quill's review meeting" }))!.id;
  ids.letterId = (
    await createLetter(caseId, { subject: "Zebedee Quill's provision map", body: "Please send Zebedee Quill's provision map." })
  ).id;
  const plan = await createEhcPlan(caseId, { title: "Zebedee Quill's draft EHC plan" });
  ids.planId = plan.id;
  await createPlanLine(plan, { text: "Zebedee Quill will have speech and language therapy", area: AREA });
  ids.packId = (await createEvidencePack(caseId, [ids.documentId], { title: "Zebedee Quill's evidence pack" })).id;
  ids.recordId = (await createSchoolDayRecord(access, { schoolSaid: "Zebedee Quill was sent home from Larkspur Academy at lunchtime." })).id;
  const appeal = await createAppeal(access);
  ids.appealId = appeal.id;
  ids.decisionId = appeal.decisionEventId;
  const { addBundleItem } = await import("~/data/appeals.server");
  await addBundleItem(access, ids.appealId, { documentId: ids.documentId, section: "other_evidence", kind: "document", pages: 1, summaryPages: null, reportDate: null });
  // Version 1 of the working document and the statement, so their downloads have something to give.
  const { createAppealDocumentVersions } = await import("../factories/appeal-writing");
  await createAppealDocumentVersions(access, ids.appealId, "Zebedee Quill");
  const otherCaseId = await createChildCase(people.otherFamily, { childName: "Other child" });
  const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
  await grantAccess(caseId, people.carer.id, { role: "carer", level: "write" });
  await grantAccess(caseId, people.adviserRead.id);
  await grantAccess(caseId, people.adviser.id, { level: "comment" });
  await grantAccess(caseId, people.revokedAdviser.id, { level: "comment", revokedAt: new Date() });
  await grantAccess(caseId, people.expiredAdviser.id, {
    level: "comment",
    startsAt: new Date(Date.now() - 48 * 60 * 60 * 1000),
    expiresAt: yesterday,
  });
  await grantAccess(otherCaseId, people.adviserOfOtherCase.id, { level: "comment" });
  // A session the owner booked with the comment adviser.
  const sessionType = await createSessionType({ name: "Matrix session" });
  const booking = await createBooking({ adviserId: people.adviser.id, parentId: owner.id, sessionType }, { caseId });
  ids.bookingId = booking.id;
  await options.seed?.(access, ids);
  await closeDatabase();

  const server = await startTestServer({ existing, env: { DATA_DIR: dataDir } });
  const clients = {} as Record<Role, Client>;
  for (const role of ROLES) {
    const client = new Client(server.baseUrl);
    clients[role] = client;
    if (role === "anonymous") continue;
    const response = await client.post("/sign-in", {
      email: `${role.toLowerCase()}@matrix.example`,
      password: TEST_PASSWORD,
    });
    if (response.status !== 302) throw new Error(`${role} could not sign in (${response.status})`);
    if ((response.headers.get("Location") ?? "").startsWith("/sign-in/code")) {
      const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(TOTP_SECRET) }).generate();
      const second = await client.post("/sign-in/code", { code });
      if (second.status !== 302)
        throw new Error(`${role} could not give the second factor (${second.status})`);
    }
  }
  const fill = (pattern: string) =>
    fillRoute(pattern, { caseId, cycleId, area: AREA, ...ids, slug: "what-is-sen", token: "not-a-real-secret.ics" });
  return {
    server,
    clients,
    caseId,
    otherCaseId,
    cycleId,
    ids,
    fill,
    async stop() {
      await server.stop();
      await storeCleanup();
    },
  };
}

/** What `client` sees on `urls`, one page after another; nonces change on every response, so they are left out. */
/** Pages a snapshot reads at once: well under the server's queue (MAX_REQUESTS_WAITING), which answers 503 beyond it. */
const SNAPSHOT_AT_ONCE = 8;

export async function snapshotPages(client: Client, urls: string[]): Promise<string> {
  const bodies: string[] = [];
  for (let start = 0; start < urls.length; start += SNAPSHOT_AT_ONCE) {
    bodies.push(...(await Promise.all(urls.slice(start, start + SNAPSHOT_AT_ONCE).map((url) => client.get(url).then((r) => r.text())))));
  }
  return bodies.map((b) => b.replace(/nonce="[^"]*"/g, "")).join("\n");
}

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
