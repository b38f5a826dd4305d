// Overload, compression and the health checks over HTTP, on a server of this file's own with a
// limit of one request in progress and one waiting for a second at most: beyond it the answer is
// 503 with Retry-After and nothing is changed, while /healthz and static files still answer at
// once (docs/decisions/109, 110 and 111).
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaseOverHttp, type Client } from "../support/http";
import { createSignedInUser, signedInClient } from "../support/session";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let owner: Client;

beforeAll(async () => {
  server = await startTestServer({ env: { MAX_REQUESTS_IN_PROGRESS: "1", MAX_REQUESTS_WAITING: "1", REQUEST_WAIT_SECONDS: "1" } });
  owner = signedInClient(server.baseUrl, await createSignedInUser(server.baseUrl));
});
afterAll(() => server?.stop());

/**
 * Takes the one place: a form post whose body is still on its way (the sign-in page waits to
 * read it). `release()` closes its connection, so the place comes free.
 */
async function holdThePlace(): Promise<{ release: () => void }> {
  const url = new URL("/sign-in", server.baseUrl);
  const request = http.request({
    host: url.hostname,
    port: url.port,
    path: url.pathname,
    method: "POST",
    headers: { Origin: url.origin, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/x-www-form-urlencoded", "Content-Length": "1000" },
  });
  request.on("error", () => undefined);
  request.write("email=");
  // The place is taken once a page is refused: it waited its second in the queue for nothing.
  // (A place is given back a moment after its answer, far less than a second.)
  while ((await statusOf("/sign-in")) !== 503) await new Promise((resolve) => setTimeout(resolve, 50));
  return { release: () => request.destroy() };
}

async function statusOf(path: string): Promise<number> {
  const response = await fetch(new URL(path, server.baseUrl));
  await response.arrayBuffer();
  return response.status;
}

/** Asks until the answer is not 503: the place comes free once the server sees the held connection close. */
async function answered(path: string, client?: Client): Promise<Response> {
  for (;;) {
    const response = client ? await client.get(path) : await fetch(new URL(path, server.baseUrl));
    if (response.status !== 503) return response;
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("beyond the limit on requests in progress", () => {
  it("answers 503 with Retry-After and a short message, while /healthz and static files answer", async () => {
    const signInPage = await (await fetch(new URL("/sign-in", server.baseUrl))).text();
    const script = /(\/assets\/[^"]+\.js)"/.exec(signInPage)?.[1];
    expect(script).toBeTruthy();

    const held = await holdThePlace();
    try {
      const busy = await fetch(new URL("/sign-in", server.baseUrl));
      expect(busy.status).toBe(503);
      expect(busy.headers.get("Retry-After")).toMatch(/^\d+$/);
      expect(busy.headers.get("Content-Type")).toMatch(/^text\/plain/);
      expect(await busy.text()).toMatch(/Clearpath is busy just now\. Please try again in a few seconds\./);

      const health = await fetch(new URL("/healthz", server.baseUrl));
      expect(health.status).toBe(200);
      expect(await health.text()).toBe("ok");
      expect((await fetch(new URL(script!, server.baseUrl))).status).toBe(200);
    } finally {
      held.release();
    }
    expect((await answered("/sign-in")).status).toBe(200);
  });

  it("changes nothing for a form that got 503", async () => {
    const held = await holdThePlace();
    try {
      const refused = await owner.post("/cases/new", { childName: "Held Back" });
      expect(refused.status).toBe(503);
      expect(await refused.text()).toMatch(/What you sent was not saved/);
    } finally {
      held.release();
    }
    const cases = await answered("/cases", owner);
    expect(cases.status).toBe(200);
    expect(await cases.text()).not.toContain("Held Back");
  });
});

describe("compression", () => {
  it("sends pages and JavaScript compressed when asked, and hashed files to be kept for a year", async () => {
    const page = await fetch(new URL("/sign-in", server.baseUrl), { headers: { "Accept-Encoding": "gzip" } });
    expect(page.headers.get("Content-Encoding")).toBe("gzip");
    const html = await page.text();
    expect(html).toContain("<html");
    const script = /(\/assets\/[^"]+\.js)"/.exec(html)![1]!;

    const compressed = await fetch(new URL(script, server.baseUrl), { headers: { "Accept-Encoding": "gzip" } });
    expect(compressed.headers.get("Content-Encoding")).toBe("gzip");
    expect(compressed.headers.get("Cache-Control")).toMatch(/max-age=31536000.*immutable/);
    const plain = await fetch(new URL(script, server.baseUrl), { headers: { "Accept-Encoding": "identity" } });
    expect(plain.headers.get("Content-Encoding")).toBeNull();
    expect(await compressed.text()).toBe(await plain.text());
  });

  it("never compresses a document download: it is sent exactly as stored, with its length", async () => {
    const caseId = await createCaseOverHttp(owner, "Sorrel Finch");
    const text = "Notes from the meeting about the plan. ".repeat(200);
    const form = new FormData();
    form.append("files", new Blob([text], { type: "text/plain" }), "notes.txt");
    const uploaded = await owner.request(`/cases/${caseId}/documents`, {
      method: "POST",
      body: form,
      headers: { Origin: new URL(server.baseUrl).origin, "Sec-Fetch-Site": "same-origin" },
    });
    const documentId = new URL(uploaded.headers.get("Location") ?? "", server.baseUrl).searchParams.get("uploaded");
    expect(documentId).toBeTruthy();

    const file = await owner.request(`/cases/${caseId}/documents/${documentId}/file`, { headers: { "Accept-Encoding": "gzip" } });
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Encoding")).toBeNull();
    expect(file.headers.get("Content-Length")).toBe(String(Buffer.byteLength(text)));
    expect(await file.text()).toBe(text);
  });
});

describe("liveness and readiness", () => {
  it("says the process is alive at /healthz and ready at /readyz, and neither is kept by a cache", async () => {
    const health = await fetch(new URL("/healthz", server.baseUrl));
    expect([health.status, await health.text(), health.headers.get("Cache-Control")]).toEqual([200, "ok", "no-store"]);
    const ready = await fetch(new URL("/readyz", server.baseUrl));
    expect([ready.status, await ready.text(), ready.headers.get("Cache-Control")]).toEqual([200, "ready", "no-store"]);
  });
});
