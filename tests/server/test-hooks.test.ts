// The test-only hooks (server/test-hooks.server.ts) on the test server: a confirmed user with a
// session, and the app's clock fixed at an instant. The production entry has none of them
// (tests/server/deployment.test.ts).
import * as OTPAuth from "otpauth";
import { afterEach, describe, expect, it } from "vitest";
import { workerBaseUrl } from "../support/servers";
import { setServerClock } from "../support/clock";
import { Client, createCaseOverHttp } from "../support/http";
import { createSignedInUser, signedInClient } from "../support/session";
import { startTestServer } from "../support/test-server";

const baseUrl = workerBaseUrl();

afterEach(() => setServerClock(baseUrl, null));

describe("createSignedInUser", () => {
  it("gives a confirmed parent whose session opens My cases", async () => {
    const user = await createSignedInUser(baseUrl, { name: "Robin Hooks" });
    const page = await signedInClient(baseUrl, user).get("/cases");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Robin Hooks");
  });

  it("gives a confirmed account whose password signs in through the form", async () => {
    const user = await createSignedInUser(baseUrl);
    const signIn = await new Client(baseUrl).post("/sign-in", { email: user.email, password: user.password });
    expect(signIn.status).toBe(302);
    expect(signIn.headers.get("Location")).toBe("/cases");
  });

  it("gives an adviser with two-step sign-in on, already past the code, who can open the adviser desk", async () => {
    const adviser = await createSignedInUser(baseUrl, { orgRole: "adviser", twoFactor: true });
    expect(adviser.totpSecret).toMatch(/^[A-Z2-7]+$/);
    const desk = await signedInClient(baseUrl, adviser).get("/adviser");
    expect(desk.status).toBe(200);
    // The secret is the account's: its codes pass the second step of a new sign-in.
    const person = new Client(baseUrl);
    expect((await person.post("/sign-in", { email: adviser.email, password: adviser.password })).status).toBe(302);
    const code = new OTPAuth.TOTP({ secret: adviser.totpSecret! }).generate();
    const second = await person.post("/sign-in/code", { code });
    expect(second.status).toBe(302);
    expect((await person.get("/adviser")).status).toBe(200);
  });

  it("refuses a request it cannot read", async () => {
    await expect(createSignedInUser(baseUrl, { orgRole: "owner" as "admin" })).rejects.toThrow(/answered 400/);
  });
});

describe("setServerClock", () => {
  it("moves the server's today, and null brings back the real one", async () => {
    const user = await createSignedInUser(baseUrl);
    const client = signedInClient(baseUrl, user);
    const caseId = await createCaseOverHttp(client, "Sam Clock");
    const diaryDate = async () => {
      const html = await (await client.get(`/cases/${caseId}/diary`)).text();
      const value = (part: string) => new RegExp(`name="date\\.${part}"[^>]*value="(\\d+)"|value="(\\d+)"[^>]*name="date\\.${part}"`).exec(html)?.slice(1).find(Boolean);
      return `${value("year")}-${value("month")}-${value("day")}`;
    };
    await setServerClock(baseUrl, "2026-03-14T10:00:00Z");
    expect(await diaryDate()).toBe("2026-3-14");
    // Just before midnight UTC on 31 March is already 1 April in London (summer time).
    await setServerClock(baseUrl, "2026-03-31T23:30:00Z");
    expect(await diaryDate()).toBe("2026-4-1");
    await setServerClock(baseUrl, null);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
    const [y, m, d] = today.split("-").map(Number);
    expect(await diaryDate()).toBe(`${y}-${m}-${d}`);
  });
});

describe("a test server that cannot start", () => {
  it("is stopped, and startTestServer says why instead of waiting", async () => {
    // Listening on all addresses without SMTP_URL is refused at start (decision 015).
    const started = Date.now();
    await expect(startTestServer({ env: { HOST: "0.0.0.0", LOG_LEVEL: "silent" } })).rejects.toThrow(/exited/);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
