// Issue 16, findings 4 and 5: nobody who is not at the machine can read another person's email,
// and links never come from a request's Host header. Each configuration the README describes is
// started for real (server.js on the production build) and the takeover is tried: ask a password
// reset for an account, read the link, set a new password. Servers that need no demo run DEMO=off.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer, type Socket } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { workerBaseUrl } from "../support/servers";
import { Client, TEST_PASSWORD, uniqueEmail } from "../support/http";
import { freePort, waitForHealthy } from "../support/test-server";

const NEW_PASSWORD = "taken-over-by-someone-else-7";
const DEMO_PARENT = "demo.parent@clearpath.example";

/** An address of this machine that other machines could use, if it has one (a container may not). */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((nic) => nic && nic.family === "IPv4" && !nic.internal)?.address;

// ---------------------------------------------------------------------------------------------
// A tiny SMTP server on 127.0.0.1 that keeps what it is sent, so a test can read "real" email.

type Smtp = { url: string; messages: string[]; close: () => Promise<void> };

async function startSmtp(): Promise<Smtp> {
  const messages: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    let buffer = "";
    let inData = false;
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          messages.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write("250 OK\r\n");
          continue;
        }
        const line = buffer.indexOf("\r\n");
        if (line === -1) return;
        const command = buffer.slice(0, line).toUpperCase();
        buffer = buffer.slice(line + 2);
        if (command.startsWith("EHLO") || command.startsWith("HELO")) socket.write("250 test\r\n");
        else if (command.startsWith("DATA")) {
          inData = true;
          socket.write("354 go on\r\n");
        } else if (command.startsWith("QUIT")) socket.end("221 bye\r\n");
        else socket.write("250 OK\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The newest link containing `pathPart` in a mail to `to` (quoted-printable soft breaks undone). */
function linkFromSmtp(smtp: Smtp, to: string, pathPart: string): string | undefined {
  for (const raw of [...smtp.messages].reverse()) {
    const message = raw.replace(/=\r\n/g, "").replace(/=3D/g, "=");
    if (!message.includes(to)) continue;
    const match = new RegExp(`https?://\\S*${pathPart.replace(/[/?]/g, "\\$&")}\\S*`).exec(message);
    if (match) return match[0];
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Starting server.js with a given environment, and talking to it with any Host header.

type Launched = { port: number; baseUrl: string; output: () => string; stop: () => Promise<void> };
type Refused = { code: number | null; output: string };

const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

function spawnServer(env: Record<string, string>, port: number) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "clearpath-deploy-"));
  dataDirs.push(dataDir);
  const child = spawn(process.execPath, ["server.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      LOG_LEVEL: "info",
      HOST: "",
      APP_ORIGIN: "",
      SMTP_URL: "",
      TRUST_PROXY: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function launch(env: Record<string, string>): Promise<Launched> {
  const port = await freePort();
  const { child, output } = spawnServer(env, port);
  await waitForHealthy(`http://localhost:${port}`, child).catch((error: unknown) => {
    child.kill("SIGKILL");
    throw new Error(`${String(error)}: ${output()}`);
  });
  return {
    port,
    baseUrl: `http://localhost:${port}`,
    output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Starts server.js expecting it to refuse; returns its exit code and what it printed. */
async function launchRefused(env: Record<string, string>): Promise<Refused> {
  const { child, output } = spawnServer(env, await freePort());
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 30_000);
    child.once("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  return { code, output: output() };
}

type RawAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** One HTTP request to `address:port` with exactly these headers (fetch will not send a foreign Host). */
function raw(options: { address?: string; port: number; method?: string; path: string; headers?: Record<string, string>; form?: Record<string, string> }): Promise<RawAnswer> {
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: options.address ?? "127.0.0.1",
        port: options.port,
        method: options.method ?? (body ? "POST" : "GET"),
        path: options.path,
        headers: { ...(body ? { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(Buffer.byteLength(body)) } : {}), ...options.headers },
        timeout: 10_000,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on("error", reject);
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.end(body);
  });
}

/** True when nothing listens on `address:port` (the connection is refused). */
function isRefused(address: string, port: number): Promise<boolean> {
  return raw({ address, port, path: "/healthz" }).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === "ECONNREFUSED",
  );
}

function listeningHost(server: Launched): string | undefined {
  const line = server.output().split("\n").find((l) => l.includes('"listening"'));
  return line ? (JSON.parse(line) as { host?: string }).host : undefined;
}

/**
 * The takeover as an attacker elsewhere would try it: ask a reset for `email` through `via`
 * (an address and Host header), read /outbox the same way, follow the link, set a new password.
 * Returns what happened at each step.
 */
async function tryTakeover(server: Launched, email: string, via: { address: string; host: string }) {
  const origin = `http://${via.host}`;
  const asked = await raw({ address: via.address, port: server.port, path: "/forgot-password", headers: { Host: via.host, Origin: origin, "Sec-Fetch-Site": "same-origin" }, form: { email } });
  const outbox = await raw({ address: via.address, port: server.port, path: "/outbox", headers: { Host: via.host } });
  const link = /href="(https?:\/\/[^"]*\/reset-password\?token=[^"]*)"/.exec(outbox.body)?.[1]?.replace(/&amp;/g, "&");
  let passwordChanged = false;
  if (link) {
    const token = new URL(link).searchParams.get("token")!;
    const reset = await raw({ address: via.address, port: server.port, path: "/reset-password", headers: { Host: via.host, Origin: origin, "Sec-Fetch-Site": "same-origin" }, form: { token, password: NEW_PASSWORD } });
    passwordChanged = reset.status === 302;
  }
  return { askedStatus: asked.status, outboxStatus: outbox.status, link, passwordChanged };
}

/** Signs up through `via` (the Host a browser or proxy would send, and that site's Origin); returns the email. */
async function signUp(server: Launched, via?: { host: string; origin: string }): Promise<string> {
  const email = uniqueEmail("owner");
  const headers = via ? { Host: via.host, Origin: via.origin, "Sec-Fetch-Site": "same-origin" } : { Origin: server.baseUrl, "Sec-Fetch-Site": "same-origin", Host: `localhost:${server.port}` };
  const response = await raw({ port: server.port, path: "/sign-up", headers, form: { name: "Owner", email, password: TEST_PASSWORD } });
  expect(response.status).toBe(302);
  return email;
}

// ---------------------------------------------------------------------------------------------

describe("the default npm start: production, demo on, no settings", () => {
  it("listens on loopback only, so the outbox cannot be reached from another machine or another site", async () => {
    const server = await launch({});
    try {
      expect(listeningHost(server)).toBe("127.0.0.1");
      expect(server.output()).toContain(`"open":"http://localhost:${server.port}"`);
      expect(server.output()).toContain(`\nClearpath is running at http://localhost:${server.port}\n`);
      if (outsideAddress) {
        expect(await isRefused(outsideAddress, server.port)).toBe(true);
      }
      // A web page that points its own name at 127.0.0.1 (DNS rebinding) is refused.
      const rebound = await tryTakeover(server, DEMO_PARENT, { address: "127.0.0.1", host: `evil.example:${server.port}` });
      expect(rebound).toMatchObject({ askedStatus: 421, outboxStatus: 421, link: undefined, passwordChanged: false });
      // The person at this computer: the demo sign-in works and the outbox is theirs to read.
      const person = new Client(server.baseUrl);
      expect((await person.post("/sign-in", { email: DEMO_PARENT, password: "rainy-kite-harbour" })).status).toBe(302);
      expect((await fetch(`${server.baseUrl}/outbox`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${server.port}/outbox`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 240_000);
});

describe("the production entry (server.js)", () => {
  it("has none of the test-only hooks: they answer as a path that does not exist does", async () => {
    const server = await launch({ DEMO: "off" });
    try {
      const headers = { Origin: server.baseUrl, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/json" };
      const ask = (path: string, method: string, body?: unknown) =>
        fetch(`${server.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }).then((r) => r.status);
      expect(await ask("/__test/users", "GET")).toBe(404);
      expect(await ask("/__test/clock", "GET")).toBe(404);
      // React Router answers a form sent to a page that does not exist with 405; the hooks the same.
      const nowhere = await ask("/no-such-page/users", "POST", { name: "Mallory" });
      expect(nowhere).toBeGreaterThanOrEqual(400);
      expect(await ask("/__test/users", "POST", { name: "Mallory" })).toBe(nowhere);
      expect(await ask("/__test/clock", "PUT", { at: "2020-01-01T00:00:00Z" })).toBe(await ask("/no-such-page/clock", "PUT", { at: null }));
    } finally {
      await server.stop();
    }
  }, 240_000);
});

describe("DEMO=off on loopback", () => {
  it("without SMTP_URL: the outbox is only on this computer, and its links use the server's own address", async () => {
    const server = await launch({ DEMO: "off" });
    try {
      expect(listeningHost(server)).toBe("127.0.0.1");
      if (outsideAddress) expect(await isRefused(outsideAddress, server.port)).toBe(true);
      const email = await signUp(server);
      const rebound = await tryTakeover(server, email, { address: "127.0.0.1", host: "evil.example" });
      expect(rebound).toMatchObject({ outboxStatus: 421, passwordChanged: false });
      // From 127.0.0.1 the form is accepted and the link names this server, whatever name was used.
      const local = await tryTakeover(server, email, { address: "127.0.0.1", host: `127.0.0.1:${server.port}` });
      expect(local.askedStatus).toBe(200);
      expect(local.link).toMatch(new RegExp(`^http://localhost:${server.port}/reset-password\\?token=`));
    } finally {
      await server.stop();
    }
  }, 90_000);

  it("with SMTP_URL: there is no outbox; the reset email goes to the mail server", async () => {
    const smtp = await startSmtp();
    const server = await launch({ DEMO: "off", SMTP_URL: smtp.url });
    try {
      expect(listeningHost(server)).toBe("127.0.0.1");
      const email = await signUp(server);
      const attempt = await tryTakeover(server, email, { address: "127.0.0.1", host: `localhost:${server.port}` });
      expect(attempt).toMatchObject({ askedStatus: 200, outboxStatus: 404, link: undefined, passwordChanged: false });
      expect(linkFromSmtp(smtp, email, "/reset-password?token=")).toMatch(new RegExp(`^http://localhost:${server.port}/reset-password\\?token=`));
    } finally {
      await server.stop();
      await smtp.close();
    }
  }, 90_000);
});

describe("listening on all addresses (HOST=0.0.0.0)", () => {
  it("refuses to start without SMTP_URL and APP_ORIGIN, saying why in one line", async () => {
    for (const env of [{ HOST: "0.0.0.0" }, { HOST: "0.0.0.0", DEMO: "off" }, { HOST: "0.0.0.0", DEMO: "off", SMTP_URL: "smtp://127.0.0.1:1" }] as Record<string, string>[]) {
      const refused = await launchRefused(env);
      expect(refused.code).toBe(1);
      const lines = refused.output.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Clearpath cannot start: it can be reached from other computers \(HOST=0\.0\.0\.0\), so it needs APP_ORIGIN/);
      if (!("SMTP_URL" in env)) expect(lines[0]).toContain("SMTP_URL");
    }
  }, 90_000);

  it("refuses to start without SMTP_URL behind a trusted proxy or with a public APP_ORIGIN, even on loopback", async () => {
    for (const env of [{ DEMO: "off", TRUST_PROXY: "1", APP_ORIGIN: "https://clearpath.example.org" }, { DEMO: "off", APP_ORIGIN: "https://clearpath.example.org" }] as Record<string, string>[]) {
      const refused = await launchRefused(env);
      expect(refused.code).toBe(1);
      expect(refused.output.trim()).toMatch(/^Clearpath cannot start: .*needs SMTP_URL/);
    }
  }, 60_000);

  it("with SMTP_URL and APP_ORIGIN: starts on all addresses, has no outbox, and a foreign Host never gets a link", async () => {
    const smtp = await startSmtp();
    // Plain http, as a proxy that ends HTTPS would otherwise need TRUST_PROXY to say "https".
    const appOrigin = "http://clearpath.example.org";
    const server = await launch({ HOST: "0.0.0.0", DEMO: "off", SMTP_URL: smtp.url, APP_ORIGIN: appOrigin });
    try {
      expect(listeningHost(server)).toBe("0.0.0.0");
      const address = outsideAddress ?? "127.0.0.1";
      if (outsideAddress) expect(await isRefused(outsideAddress, server.port)).toBe(false);
      const email = await signUp(server, { host: "clearpath.example.org", origin: appOrigin });
      const attempt = await tryTakeover(server, email, { address, host: "evil.example" });
      // The form's Origin (evil.example) is not this site's, so it is refused; there is no outbox.
      expect(attempt).toMatchObject({ askedStatus: 403, outboxStatus: 404, link: undefined, passwordChanged: false });
      expect((await raw({ address, port: server.port, path: "/outbox", headers: { Host: "clearpath.example.org" } })).status).toBe(404);
      // This site's Origin with a forged Host header is refused too, and sends nothing.
      const forged = await raw({ address, port: server.port, path: "/forgot-password", headers: { Host: "evil.example", Origin: appOrigin, "Sec-Fetch-Site": "same-origin" }, form: { email } });
      expect(forged.status).toBeGreaterThanOrEqual(400);
      expect(forged.status).toBeLessThan(500);
      expect(linkFromSmtp(smtp, email, "/reset-password?token=")).toBeUndefined();
      // The genuine form: the link names APP_ORIGIN.
      const asked = await raw({ address, port: server.port, path: "/forgot-password", headers: { Host: "clearpath.example.org", Origin: appOrigin, "Sec-Fetch-Site": "same-origin" }, form: { email } });
      expect(asked.status).toBe(200);
      await expect.poll(() => linkFromSmtp(smtp, email, "/reset-password?token=")).toMatch(/^http:\/\/clearpath\.example\.org\/reset-password\?token=/);
      expect(smtp.messages.join("\n")).not.toContain("evil.example");
    } finally {
      await server.stop();
      await smtp.close();
    }
  }, 90_000);
});

describe("sign-in slows an address, not an account", () => {
  it("an attacker's wrong passwords from one address do not stop the owner signing in from another (TRUST_PROXY)", async () => {
    const smtp = await startSmtp();
    const appOrigin = "http://clearpath.test";
    const server = await launch({ DEMO: "off", SMTP_URL: smtp.url, APP_ORIGIN: appOrigin, TRUST_PROXY: "loopback", LOG_LEVEL: "warn" }).catch(async (error: unknown) => {
      await smtp.close();
      throw error;
    });
    try {
      // Requests arrive as a proxy on this computer would send them: Host and X-Forwarded-For.
      const site = { Host: "clearpath.test", Origin: appOrigin, "Sec-Fetch-Site": "same-origin" };
      const email = await signUp(server, { host: "clearpath.test", origin: appOrigin });
      await expect.poll(() => linkFromSmtp(smtp, email, "/confirm-email?token=")).toBeDefined();
      const link = new URL(linkFromSmtp(smtp, email, "/confirm-email?token=")!);
      const fromHome = { ...site, "X-Forwarded-For": "198.51.100.1" };
      expect((await raw({ port: server.port, path: link.pathname, headers: fromHome, form: { token: link.searchParams.get("token")! } })).status).toBe(302);

      const answers: number[] = [];
      for (let i = 0; i < 12; i++) {
        const response = await raw({ port: server.port, path: "/sign-in", headers: { ...site, "X-Forwarded-For": "203.0.113.7" }, form: { email, password: `guess-${i}` } });
        answers.push(response.status);
      }
      expect(answers.slice(0, 3)).toEqual([400, 400, 400]);
      expect(new Set(answers.slice(3))).toEqual(new Set([429]));

      const signedIn = await raw({ port: server.port, path: "/sign-in", headers: fromHome, form: { email, password: TEST_PASSWORD } });
      expect(signedIn.status).toBe(302);
      const cookie = String(signedIn.headers["set-cookie"]?.[0] ?? "").split(";")[0]!;
      expect(cookie).toMatch(/^cp_session=./);
      expect((await raw({ port: server.port, path: "/cases", headers: { Host: "clearpath.test", Cookie: cookie } })).status).toBe(200);
    } finally {
      await server.stop();
      await smtp.close();
    }
  }, 90_000);
});

describe("without TRUST_PROXY", () => {
  it("ignores X-Forwarded-For, so a guesser cannot pose as a new address", async () => {
    const baseUrl = workerBaseUrl();
    const email = uniqueEmail("xff");
    const guesser = new Client(baseUrl);
    for (let i = 0; i < 3; i++) {
      expect((await guesser.post("/sign-in", { email, password: `guess-${i}` }, { "X-Forwarded-For": `203.0.113.${i}` })).status).toBe(400);
    }
    const posing = await guesser.post("/sign-in", { email, password: "guess-3" }, { "X-Forwarded-For": "198.51.100.77" });
    expect(posing.status).toBe(429);
  });
});
