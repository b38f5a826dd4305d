// Hostile and random form posts to every action in app/routes.ts, as the people allowed to use
// them (issue 16): prototype-reaching field names, control characters, emoji, right-to-left text,
// long and repeated fields, bodies that are not forms and multipart that cannot be read. No answer
// may be a 5xx, another family's case must not change, and afterwards the server must still tell
// a same-origin sign-in from a cross-site post. Bounded: a fixed set of bodies and FUZZ_RUNS
// random ones per route (seeded, so a failure can be replayed with the printed seed).
// FUZZ_COUNT_ONLY=1 prints the counts without failing, to measure code that is not fixed yet.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  listRoutes,
  snapshotPages,
  startCaseWorld,
  type CaseWorld,
  type Role,
} from "../support/case-world";
import { Client, TEST_PASSWORD } from "../support/http";

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = Number(process.env.FUZZ_SEED ?? 20260516);
const IS_COUNT_ONLY = process.env.FUZZ_COUNT_ONLY === "1";
/** The longest text sent in one field: large enough to find missing limits, small enough to stay fast. */
const LONG_TEXT = "Ω".repeat(50_000) + "a".repeat(50_000);

/** Field names that would reach Object.prototype if the form parser let them. */
const PROTOTYPE_NAMES = [
  "__proto__.polluted",
  "constructor.prototype.APP_ORIGIN",
  "a.prototype.b",
  "__proto__[]",
  "status.constructor.prototype.polluted",
];
const AWKWARD_TEXT = [
  "a\u0000b",
  "\u0000",
  "\u001b[31mred\u0007",
  "\r\nSet-Cookie: x=1",
  "😀🧒🏽👩‍👧",
  "مرحبا بالعالم",
  "‮gnp.exe",
  "שלום",
  "\ud800",
  "%00%ff",
  "../../etc/passwd",
  "<script>alert(1)</script>",
];

/** Who posts to a route: the person whose form it is. Sign-in and sign-up forms are posted signed out. */
const POSTER: Record<string, Role> = {
  "/organisation": "admin",
  "/adviser/hours": "adviser",
  "/cases/:caseId/notes": "adviser",
};
/** Pages whose form is a single button: a post with anything in it deletes the case. */
const DELETES_ON_ANY_POST = new Set(["/cases/:caseId/delete"]);
const SIGNED_OUT = new Set([
  "/sign-up",
  "/sign-in",
  "/sign-in/code",
  "/forgot-password",
  "/reset-password",
  "/confirm-email",
  "/sign-out",
]);

type Body = { label: string; init: { body?: BodyInit; contentType?: string } };
/** A post's answer; 599 when none came, with why (a dropped connection, or no answer within the time). */
type Answer = { route: string; label: string; status: number; ms: number; problem?: string };

let world: CaseWorld;
const answers: Answer[] = [];

beforeAll(async () => {
  world = await startCaseWorld();
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

/** Routes whose module exports an action (or middleware that reads a posted form). */
function listActionRoutes(): string[] {
  return listRoutes()
    .filter(({ file }) =>
      /export (async )?function action\b|export const (action|middleware)\b/.test(
        readFileSync(path.resolve("app", file), "utf8"),
      ),
    )
    .map(({ pattern }) => pattern);
}

/** The names (and offered values) of a page's form fields, read from its HTML. */
function readFields(html: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const tag of html.match(/<(input|button|select|textarea)\b[^>]*>/g) ?? []) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1]?.replace(/&amp;/g, "&");
    if (!name) continue;
    const value = /\bvalue="([^"]*)"/.exec(tag)?.[1];
    const values = fields.get(name) ?? [];
    if (value !== undefined && !values.includes(value)) values.push(value);
    fields.set(name, values);
  }
  return fields;
}

function urlencoded(pairs: Array<[string, string]>): Body["init"] {
  return {
    body: new URLSearchParams(pairs).toString(),
    contentType: "application/x-www-form-urlencoded",
  };
}

function multipart(pairs: Array<[string, string]>, withFile = false): Body["init"] {
  const boundary = "----clearpathfuzz";
  const parts = pairs.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  if (withFile)
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x\u0000.csv"\r\nContent-Type: text/csv\r\n\r\n2026-01-01,held\r\n`,
    );
  return {
    body: `${parts.join("")}--${boundary}--\r\n`,
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** The same hostile bodies for every route, built around the route's own field names. */
function fixedBodies(fields: Map<string, string[]>): Body[] {
  const names = [...fields.keys()];
  const filled = (text: string): Array<[string, string]> =>
    names.map((name) => [name, fields.get(name)?.[0] || text]);
  const withText = (text: string): Array<[string, string]> =>
    names.map((name) => [name, name === "intent" ? (fields.get(name)?.[0] ?? text) : text]);
  return [
    {
      label: "NUL and control characters",
      init: urlencoded(withText("Ada\u0000\u0001\u001b\u007f\u0085 Lovelace")),
    },
    { label: "emoji and right-to-left text", init: urlencoded(withText("😀 مرحبا ‮ שלום 🧒🏽")) },
    { label: "100 KB in every field", init: urlencoded(withText(LONG_TEXT).slice(0, 3)) },
    { label: "every field twice", init: urlencoded([...filled("1"), ...filled("2")]) },
    {
      label: "JSON",
      init: {
        body: JSON.stringify(Object.fromEntries(filled("x"))),
        contentType: "application/json",
      },
    },
    { label: "plain text", init: { body: "intent=add&text=hello", contentType: "text/plain" } },
    {
      label: "bytes",
      init: {
        body: new Uint8Array([0, 255, 1, 254, 0x1f, 0x8b]),
        contentType: "application/octet-stream",
      },
    },
    {
      label: "multipart that is not",
      init: {
        body: "this is not multipart\r\n--x--",
        contentType: "multipart/form-data; boundary=x",
      },
    },
    {
      label: "multipart with no boundary",
      init: { body: "--x\r\n", contentType: "multipart/form-data" },
    },
    { label: "an empty body", init: {} },
  ];
}

/** The route's own fields plus a name that leads to a prototype, as a form and as multipart with a file. */
function prototypeBodies(fields: Map<string, string[]>): Body[] {
  const filled: Array<[string, string]> = [...fields.keys()].map((name) => [
    name,
    fields.get(name)?.[0] || "x",
  ]);
  return [
    ...PROTOTYPE_NAMES.map((name) => ({
      label: `field "${name}"`,
      init: urlencoded([...filled, [name, "http://evil.example"]]),
    })),
    {
      label: "prototype names in multipart",
      init: multipart(
        [...filled, ["constructor.prototype.APP_ORIGIN", "http://evil.example"]],
        true,
      ),
    },
  ];
}

/** Random bodies: the route's names and values mixed with hostile ones, in random encodings. */
function randomBodies(fields: Map<string, string[]>, seed: number): Body[] {
  const names = [...fields.keys()];
  const name = fc.oneof(
    { weight: 4, arbitrary: names.length ? fc.constantFrom(...names) : fc.constant("text") },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...(names.length ? names : ["a"])))
        .map(([n]) => `${n}.${n}`),
    },
  );
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...[...fields.values()].flat(), "1", "yes", "2026") },
    { weight: 2, arbitrary: fc.constantFrom(...AWKWARD_TEXT) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: 100_000 }).map((n) => LONG_TEXT.slice(0, n)),
    },
  );
  const body = fc.record({
    pairs: fc.array(fc.tuple(name, value), { maxLength: 12 }),
    encoding: fc.constantFrom("urlencoded", "urlencoded", "multipart", "json", "text"),
  });
  return fc.sample(body, { numRuns: RUNS_PER_ROUTE, seed }).map(({ pairs, encoding }, index) => ({
    label: `random ${index} (${encoding})`,
    init:
      encoding === "urlencoded"
        ? urlencoded(pairs)
        : encoding === "multipart"
          ? multipart(pairs.map(([n, v]) => [n.replace(/["\r\n]/g, ""), v]))
          : encoding === "json"
            ? { body: JSON.stringify(pairs), contentType: "application/json" }
            : { body: pairs.map((p) => p.join("=")).join("\n"), contentType: "text/plain" },
  }));
}

/** How long a post may take before it counts as a hang: long enough for a two-core machine running the whole suite. */
const ANSWER_WITHIN_MS = 60_000;

async function send(
  client: Client,
  url: string,
  { body, contentType }: Body["init"],
): Promise<{ status: number; problem?: string }> {
  const headers: Record<string, string> = {
    Origin: new URL(world.server.baseUrl).origin,
    "Sec-Fetch-Site": "same-origin",
  };
  if (contentType) headers["Content-Type"] = contentType;
  try {
    const response = await client.request(url, {
      method: "POST",
      body,
      // A refused body is not read, so the connection cannot be reused: each post has its own.
      headers: { ...headers, Connection: "close" },
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    await response.arrayBuffer();
    return { status: response.status };
  } catch (error) {
    // No answer at all (a dropped connection, a hang) counts as a server failure.
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return { status: 599, problem: error instanceof Error ? `${error.name}${cause}` : String(error) };
  }
}

/** A signed-out form is posted from a fresh browser each time, so one post cannot sign the next out. */
function posterFor(role: Role): Client {
  return role === "anonymous" ? new Client(world.server.baseUrl) : world.clients[role];
}

async function signIn(role: Role): Promise<Client> {
  const client = new Client(world.server.baseUrl);
  const response = await client.post("/sign-in", {
    email: `${role.toLowerCase()}@matrix.example`,
    password: TEST_PASSWORD,
  });
  if (response.status !== 302)
    throw new Error(`${role} could not sign in again (${response.status})`);
  return client;
}

/** Pages of the other family's case that nobody in this test may change. */
function otherFamilyPages(): string[] {
  return listRoutes()
    .filter(
      ({ pattern, file }) =>
        pattern.startsWith("/cases/:caseId") &&
        !/:(?!caseId)/.test(pattern) &&
        file.endsWith(".tsx") &&
        !pattern.endsWith("/activity"),
    )
    .map(({ pattern }) => pattern.replace(":caseId", world.otherCaseId));
}

// Before the fuzz, which ends by deleting the case: each finding of issue 16 as it was found.
describe("posted values that reached the database or a header", () => {
  it("removes a NUL from a diary entry instead of failing on it", async () => {
    const diary = `/cases/${world.caseId}/diary`;
    const posted = await world.clients.owner.post(diary, {
      intent: "add",
      "date.day": "2",
      "date.month": "3",
      "date.year": "2026",
      text: "Slept\u0000 badly",
    });
    expect(posted.status).toBe(302);
    expect(await (await world.clients.owner.get(diary)).text()).toContain("Slept badly");
  });

  it("removes a NUL from a search in the address instead of failing on it", async () => {
    for (const page of ["search", "diary", "timeline"]) {
      const answer = await world.clients.owner.get(`/cases/${world.caseId}/${page}?q=Slept%00&area=%00`);
      expect(answer.status, page).toBeLessThan(400);
    }
    expect((await world.clients.owner.get("/guide?q=need%00s")).status).toBe(200);
  });

  it("sends a comment with an emoji in its page back to the case, not into a failing header", async () => {
    const posted = await world.clients.owner.post(`/cases/${world.caseId}/comments`, {
      page: "needs😀",
      commentBody: "A comment",
    });
    expect(posted.status).toBe(302);
    expect(posted.headers.get("Location")).toBe(`/cases/${world.caseId}`);
  });

  it("does not copy a 200 KB session type into the address it sends a parent back to", async () => {
    const slot = `${crypto.randomUUID()}_2030-01-07_10:00`;
    const posted = await world.clients.owner.post("/book", {
      slot,
      type: "x".repeat(200_000),
      shareCase: "no",
    });
    expect(posted.status).toBe(302);
    expect(posted.headers.get("Location")).toBe("/book");
  });

  it("sends a sign-in with a tab in redirectTo to the signed-in start, not to another site", async () => {
    const client = new Client(world.server.baseUrl);
    const posted = await client.post("/sign-in", {
      email: "otherfamily@matrix.example",
      password: TEST_PASSWORD,
      redirectTo: "/\t/evil.example",
    });
    expect(posted.status).toBe(302);
    expect(posted.headers.get("Location")).toBe("/cases");
  });

  it("answers 400 to a prototype field name and 415 to JSON, and still tells same-origin from cross-site", async () => {
    const diary = `/cases/${world.caseId}/diary`;
    const polluting = await world.clients.owner.post(diary, {
      intent: "add",
      text: "x",
      "constructor.prototype.APP_ORIGIN": "http://evil.example",
    });
    expect(polluting.status).toBe(400);
    expect(await polluting.text()).toContain("This form has a field Clearpath does not accept");
    const json = await world.clients.owner.request(diary, {
      method: "POST",
      body: JSON.stringify({ intent: "add", text: "x" }),
      headers: {
        "Content-Type": "application/json",
        Origin: new URL(world.server.baseUrl).origin,
        "Sec-Fetch-Site": "same-origin",
      },
    });
    expect(json.status).toBe(415);
    const crossSite = await new Client(world.server.baseUrl).request("/sign-in", {
      method: "POST",
      body: new URLSearchParams({ email: "x@example.com" }),
      headers: { Origin: "http://evil.example" },
    });
    expect(crossSite.status).toBe(403);
  });
});

describe("the fuzz test", () => {
  it("answers every hostile or random post to every action with less than 500, and changes no other family's case", async () => {
    const started = Date.now();
    const otherFamilyBefore = await snapshotPages(world.clients.otherFamily, otherFamilyPages());
    const routes = listActionRoutes();
    expect(routes.length, "the actions found in app/routes.ts").toBeGreaterThan(40);
    const targets = [];
    for (const pattern of routes) {
      const url = world.fill(pattern);
      const role: Role = SIGNED_OUT.has(pattern) ? "anonymous" : (POSTER[pattern] ?? "owner");
      const page = await posterFor(role).get(url);
      const isPage =
        page.status === 200 && (page.headers.get("Content-Type") ?? "").includes("text/html");
      targets.push({ pattern, url, role, fields: readFields(isPage ? await page.text() : "") });
    }
    // Names that reach a prototype come after the rest: on unfixed code the first one changes the
    // server for everyone (every same-origin post then answers 403), hiding every other failure.
    // Deleting the case (any post does it) comes last of all, so it does not hide the case's pages.
    const passes = [
      { bodies: "other", targets: targets.filter((t) => !DELETES_ON_ANY_POST.has(t.pattern)) },
      { bodies: "prototype", targets: targets.filter((t) => !DELETES_ON_ANY_POST.has(t.pattern)) },
      { bodies: "other", targets: targets.filter((t) => DELETES_ON_ANY_POST.has(t.pattern)) },
      { bodies: "prototype", targets: targets.filter((t) => DELETES_ON_ANY_POST.has(t.pattern)) },
    ] as const;
    for (const pass of passes) {
      for (const [index, { pattern, url, role, fields }] of pass.targets.entries()) {
        const bodies =
          pass.bodies === "other"
            ? [...fixedBodies(fields), ...randomBodies(fields, SEED + index)]
            : prototypeBodies(fields);
        for (const body of bodies) {
          const sent = Date.now();
          const { status, problem } = await send(posterFor(role), url, body.init);
          answers.push({ route: pattern, label: body.label, status, ms: Date.now() - sent, problem });
        }
        // A post may end the owner's session (the sessions page); sign in again to go on.
        if (role === "owner" && (await world.clients.owner.get("/account")).status !== 200)
          world.clients.owner = await signIn("owner");
      }
    }
    const failures = answers.filter((a) => a.status >= 500);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const byStatus = new Map<number, number>();
    for (const { status } of answers) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    const statuses = [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}: ${count}`);
    console.log(
      `fuzz: ${answers.length} posts to ${routes.length} actions in ${seconds} s, ${failures.length} answered 5xx (seed ${SEED}); by status ${statuses.join(", ")}`,
    );
    const slowest = answers.toSorted((a, b) => b.ms - a.ms).slice(0, 5);
    console.log(
      `slowest: ${slowest.map((a) => `${a.ms} ms POST ${a.route} (${a.label})`).join("; ")}`,
    );
    for (const failure of failures.slice(0, 40))
      console.log(`  ${failure.status} POST ${failure.route} (${failure.label})${failure.problem ? `: ${failure.problem}` : ""}`);
    if (IS_COUNT_ONLY) return;
    expect(failures, "no post may answer 5xx").toEqual([]);
    expect(
      await snapshotPages(world.clients.otherFamily, otherFamilyPages()),
      "the other family's case is unchanged",
    ).toBe(otherFamilyBefore);
  }, 240_000);

  it("still tells a same-origin sign-in from a cross-site post afterwards", async () => {
    const signIn = await new Client(world.server.baseUrl).post("/sign-in", {
      email: "otherfamily@matrix.example",
      password: TEST_PASSWORD,
    });
    // As an older browser sends it: an Origin and no Sec-Fetch-Site, so the origin decides.
    const crossSite = await new Client(world.server.baseUrl).request("/sign-in", {
      method: "POST",
      body: new URLSearchParams({ email: "otherfamily@matrix.example", password: TEST_PASSWORD }),
      headers: { Origin: "http://evil.example" },
    });
    if (IS_COUNT_ONLY) {
      console.log(
        `after the fuzz: same-origin sign-in answered ${signIn.status}, cross-site post answered ${crossSite.status}`,
      );
      return;
    }
    expect(signIn.status).toBe(302);
    expect(crossSite.status).toBe(403);
  });
});
