import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { backPressure, requestSignal, RETRY_AFTER_SECONDS, type BackPressureLimits } from "./back-pressure.server";

type Answer = { status: number; retryAfter?: string; body: string };

/** A server with the limiter in front of work that finishes only when the test says so. */
async function startLimitedServer(limits: Partial<BackPressureLimits>) {
  const limiter = backPressure({ maxInProgress: 1, maxWaiting: 0, waitMs: 60_000, timeLimitMs: 60_000, ...limits });
  const started: string[] = [];
  const signals = new Map<string, AbortSignal>();
  const finishers = new Map<string, () => void>();
  const app = express();
  app.use(limiter);
  app.all("/job/:id", (req, res) => {
    const id = String(req.params.id);
    started.push(id);
    signals.set(id, requestSignal(res));
    finishers.set(id, () => res.type("text/plain").send(`done ${id}`));
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  servers.push(server);

  /** Sends a request; `abandon()` closes its connection before the answer. */
  function send(id: string, method = "GET") {
    const request = http.request({ host: "127.0.0.1", port, path: `/job/${id}`, method, agent: false });
    const answer = new Promise<Answer>((resolve, reject) => {
      request.on("response", (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"], body }));
      });
      request.on("error", reject);
    });
    request.end();
    return { answer, abandon: () => request.destroy() };
  }
  return { limiter, started, signals, finish: (id: string) => finishers.get(id)!(), send };
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** Waits (without a clock) until `isTrue` holds. */
async function until(isTrue: () => boolean) {
  while (!isTrue()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("back-pressure", () => {
  it("answers 503 with Retry-After beyond the limit, and starts none of that work", async () => {
    const server = await startLimitedServer({ maxInProgress: 1, maxWaiting: 0 });
    const first = server.send("a");
    await until(() => server.started.length === 1);
    const refused = await server.send("b", "POST").answer;
    expect(refused).toMatchObject({ status: 503, retryAfter: String(RETRY_AFTER_SECONDS) });
    expect(refused.body).toMatch(/busy just now.*not saved/);
    server.finish("a");
    expect(await first.answer).toMatchObject({ status: 200, body: "done a" });
    expect(server.started).toEqual(["a"]);
  });

  it("lets waiting requests in, in order, as places free up", async () => {
    const server = await startLimitedServer({ maxInProgress: 1, maxWaiting: 2 });
    const a = server.send("a");
    await until(() => server.started.length === 1);
    const b = server.send("b");
    await until(() => server.limiter.counts().waiting === 1);
    const c = server.send("c");
    await until(() => server.limiter.counts().waiting === 2);
    server.finish("a");
    await until(() => server.started.length === 2);
    server.finish("b");
    await until(() => server.started.length === 3);
    server.finish("c");
    expect((await Promise.all([a.answer, b.answer, c.answer])).map((answer) => answer.body)).toEqual(["done a", "done b", "done c"]);
    expect(server.started).toEqual(["a", "b", "c"]);
  });

  it("drops a waiting request whose client has gone, and never starts it", async () => {
    const server = await startLimitedServer({ maxInProgress: 1, maxWaiting: 5 });
    const a = server.send("a");
    await until(() => server.started.length === 1);
    const gone = server.send("gone");
    gone.answer.catch(() => undefined);
    await until(() => server.limiter.counts().waiting === 1);
    gone.abandon();
    await until(() => server.limiter.counts().waiting === 0);
    const c = server.send("c");
    await until(() => server.limiter.counts().waiting === 1);
    server.finish("a");
    await until(() => server.started.length === 2);
    server.finish("c");
    await Promise.all([a.answer, c.answer]);
    expect(server.started).toEqual(["a", "c"]);
  });

  it("answers 503 to a request that waited too long for its turn", async () => {
    const server = await startLimitedServer({ maxInProgress: 1, maxWaiting: 5, waitMs: 50 });
    const a = server.send("a");
    await until(() => server.started.length === 1);
    expect(await server.send("b").answer).toMatchObject({ status: 503, retryAfter: String(RETRY_AFTER_SECONDS) });
    server.finish("a");
    await a.answer;
    expect(server.started).toEqual(["a"]);
  });

  it("stops a page at its time limit: 503, its signal aborted, and its place given back", async () => {
    const server = await startLimitedServer({ maxInProgress: 1, timeLimitMs: 50 });
    const slow = await server.send("slow").answer;
    expect(slow).toMatchObject({ status: 503, retryAfter: String(RETRY_AFTER_SECONDS) });
    expect(slow.body).toMatch(/took too long/);
    expect(server.signals.get("slow")?.aborted).toBe(true);
    const next = server.send("next");
    await until(() => server.started.length === 2);
    server.finish("next");
    expect(await next.answer).toMatchObject({ status: 200 });
  });

  it("lets a write that has started finish past the time limit, so its answer is true", async () => {
    const server = await startLimitedServer({ maxInProgress: 1, timeLimitMs: 20 });
    const write = server.send("write", "POST");
    await until(() => server.started.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(server.signals.get("write")?.aborted).toBe(false);
    server.finish("write");
    expect(await write.answer).toMatchObject({ status: 200, body: "done write" });
  });

  it("aborts the request's signal when its client goes, and gives its place back", async () => {
    const server = await startLimitedServer({ maxInProgress: 1 });
    const gone = server.send("gone");
    gone.answer.catch(() => undefined);
    await until(() => server.started.length === 1);
    gone.abandon();
    await until(() => server.signals.get("gone")!.aborted);
    await until(() => server.limiter.counts().inProgress === 0);
    const next = server.send("next");
    await until(() => server.started.length === 2);
    server.finish("next");
    expect(await next.answer).toMatchObject({ status: 200 });
  });

  it("does not abort the signal of an answer that finished", async () => {
    const server = await startLimitedServer({ maxInProgress: 1 });
    const done = server.send("done");
    await until(() => server.started.length === 1);
    server.finish("done");
    await done.answer;
    await until(() => server.limiter.counts().inProgress === 0);
    expect(server.signals.get("done")?.aborted).toBe(false);
  });
});
