import { get as httpGet, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { gunzipSync } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { startSession } from "~/auth/session.server";
import { clearPageCache, pageCache } from "./page-cache.server";

// The route's handle says whether a page is kept; here every case page is.
vi.mock("~/route-meta.server", () => ({ findAppPageMeta: async () => ({ routeId: "routes/case-dashboard", meta: { kept: true } }) }));

useTestDatabase();

/** How long the stand-in for React Router takes to render: long enough for every request to arrive. */
const RENDER_MS = 300;
let renders = 0;
let server: Server;
let port = 0;

beforeAll(async () => {
  const app = express();
  let nonces = 0;
  app.use((_req, res, next) => {
    res.locals.nonce = `nonce${(nonces += 1)}`;
    res.setHeader("Content-Security-Policy", `script-src 'nonce-${res.locals.nonce}'`);
    next();
  });
  app.use(pageCache());
  app.get(/.*/, async (req, res) => {
    renders += 1;
    await sleep(RENDER_MS);
    res.type("html").send(`<html><script nonce="${res.locals.nonce}"></script><p>${req.path} ${"words ".repeat(500)}</p></html>`);
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

beforeEach(() => {
  clearPageCache();
  renders = 0;
});

type Answer = { status: number; encoding: string | undefined; vary: string; csp: string; html: string };

/** A GET on a connection of its own, its body decoded here. */
function get(path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    httpGet({ host: "127.0.0.1", port, path, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        const encoding = response.headers["content-encoding"];
        resolve({
          status: response.statusCode ?? 0,
          encoding,
          vary: String(response.headers.vary ?? ""),
          csp: String(response.headers["content-security-policy"] ?? ""),
          html: (encoding === "gzip" ? gunzipSync(body) : body).toString("utf8"),
        });
      });
    }).on("error", reject);
  });
}

async function ownerWithCase() {
  const owner = await createParent();
  const caseId = await createChildCase(owner);
  const cookie = (await startSession(owner.id, new Request("http://localhost/"))).split(";")[0]!;
  return { caseId, cookie };
}

describe("pageCache", () => {
  it("renders a page once when many ask for it at the same moment, and answers them all from that render", async () => {
    const { caseId, cookie } = await ownerWithCase();
    const answers = await Promise.all(Array.from({ length: 32 }, () => get(`/cases/${caseId}`, { Cookie: cookie })));
    expect(renders).toBe(1);
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    expect(new Set(answers.map((answer) => answer.html)).size).toBe(1);
    expect(new Set(answers.map((answer) => answer.csp))).toEqual(new Set([`script-src 'nonce-${/nonce="([^"]+)"/.exec(answers[0]!.html)![1]}'`]));
  });

  it("keeps a gzip copy that decodes to the page, sent with the nonce the page was rendered with", async () => {
    const { caseId, cookie } = await ownerWithCase();
    const rendered = await get(`/cases/${caseId}`, { Cookie: cookie });
    const plain = await get(`/cases/${caseId}`, { Cookie: cookie, "Accept-Encoding": "identity" });
    const compressed = await get(`/cases/${caseId}`, { Cookie: cookie, "Accept-Encoding": "gzip, deflate" });
    expect(renders).toBe(1);
    expect(plain).toMatchObject({ encoding: undefined, html: rendered.html, csp: rendered.csp });
    expect(compressed).toMatchObject({ encoding: "gzip", html: rendered.html, csp: rendered.csp });
    expect(compressed.vary).toMatch(/Accept-Encoding/i);
  });

  it("renders afresh for a request with no session, and keeps nothing from it", async () => {
    const { caseId } = await ownerWithCase();
    await get(`/cases/${caseId}`, {});
    await get(`/cases/${caseId}`, {});
    expect(renders).toBe(2);
  });
});
