// Accounts and request security over HTTP against the production build: CSRF, sign-in answers
// and rate limits, password reset links, sessions, and security headers.
import { describe, expect, it } from "vitest";
import { workerBaseUrl } from "../support/servers";
import { Client, linkFromOutbox, signedUpClient, TEST_PASSWORD, uniqueEmail } from "../support/http";

const baseUrl = workerBaseUrl();

async function errorText(response: Response): Promise<string> {
  const html = await response.text();
  return /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? "";
}

describe("CSRF protection", () => {
  it("refuses a form posted from another site, and changes nothing", async () => {
    const { client } = await signedUpClient(baseUrl);
    const refused = await client.post("/cases/new", { childName: "Forged" }, { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" });
    expect(refused.status).toBe(403);
    const onlyOrigin = await client.post("/cases/new", { childName: "Forged" }, { Origin: "https://evil.example", "Sec-Fetch-Site": "" });
    expect(onlyOrigin.status).toBe(403);
    const sameSite = await client.post("/cases/new", { childName: "Forged" }, { Origin: "https://sub.localhost", "Sec-Fetch-Site": "same-site" });
    expect(sameSite.status).toBe(403);
    expect(await (await client.get("/cases")).text()).not.toContain("Forged");
  });

  it("refuses a state-changing request that carries neither Origin nor Sec-Fetch-Site", async () => {
    const { client } = await signedUpClient(baseUrl);
    const response = await client.post("/cases/new", { childName: "Headless" }, { Origin: "", "Sec-Fetch-Site": "" });
    expect(response.status).toBe(403);
  });

  it("accepts the same form from the site itself", async () => {
    const { client } = await signedUpClient(baseUrl);
    const response = await client.post("/cases/new", { childName: "Genuine" });
    expect(response.status).toBe(302);
    expect(await (await client.get("/cases")).text()).toContain("Genuine");
  });

  it("lets GET requests through from anywhere", async () => {
    const response = await fetch(`${baseUrl}/sign-in`, { headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(response.status).toBe(200);
  });
});

describe("signing up and in", () => {
  it("does not let an unconfirmed account sign in, and sends a new link", async () => {
    const client = new Client(baseUrl);
    const email = uniqueEmail();
    await client.post("/sign-up", { name: "Pat", email, password: TEST_PASSWORD });
    const response = await client.post("/sign-in", { email, password: TEST_PASSWORD });
    expect(response.status).toBe(400);
    expect(await errorText(response)).toContain("confirm your email address first");
  });

  it("gives the same answer for an unknown email as for a wrong password", async () => {
    const { email } = await signedUpClient(baseUrl);
    const wrongPassword = await new Client(baseUrl).post("/sign-in", { email, password: "not-the-password" });
    const unknownEmail = await new Client(baseUrl).post("/sign-in", { email: uniqueEmail("nobody"), password: "not-the-password" });
    expect(wrongPassword.status).toBe(400);
    expect(unknownEmail.status).toBe(400);
    expect(await errorText(wrongPassword)).toBe(await errorText(unknownEmail));
  });

  it("signing up with an email already in use looks the same as a new sign-up", async () => {
    const { email } = await signedUpClient(baseUrl);
    const again = await new Client(baseUrl).post("/sign-up", { name: "Someone", email, password: "another-long-passphrase" });
    expect(again.status).toBe(302);
    expect(again.headers.get("Location")).toBe("/sign-up/check-email");
  });

  it("rejects a short or very common password with a message that says what to do", async () => {
    const short = await new Client(baseUrl).post("/sign-up", { name: "Pat", email: uniqueEmail(), password: "short" });
    expect(short.status).toBe(400);
    expect(await errorText(short)).toContain("at least 10 characters");
    const common = await new Client(baseUrl).post("/sign-up", { name: "Pat", email: uniqueEmail(), password: "password123" });
    expect(common.status).toBe(400);
    expect(await errorText(common)).toContain("too common");
  });

  it("after three wrong passwords from one address, says how long to wait before the next try", async () => {
    const { email } = await signedUpClient(baseUrl);
    const guesser = new Client(baseUrl);
    for (let i = 0; i < 3; i++) {
      expect((await guesser.post("/sign-in", { email, password: `guess-number-${i}` })).status).toBe(400);
    }
    const waiting = await guesser.post("/sign-in", { email, password: TEST_PASSWORD });
    expect(waiting.status).toBe(429);
    expect(waiting.headers.get("Retry-After")).toMatch(/^(29|30)$/);
    expect(await errorText(waiting)).toMatch(/Wait (29|30) seconds before trying again/);
  });
});

describe("sessions", () => {
  it("sets the session cookie httpOnly and SameSite=Lax, and Secure in production", async () => {
    const client = new Client(baseUrl);
    const { email } = await signedUpClient(baseUrl);
    const response = await client.post("/sign-in", { email, password: TEST_PASSWORD });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("cp_session="))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
  });

  it("ends the session on the server when signing out, so the old cookie stops working", async () => {
    const { client } = await signedUpClient(baseUrl);
    const stolen = new Client(baseUrl);
    // Copy the cookie, as a thief with the cookie would.
    const cookie = (client as unknown as { cookies: Map<string, string> }).cookies.get("cp_session")!;
    (stolen as unknown as { cookies: Map<string, string> }).cookies.set("cp_session", cookie);
    expect((await stolen.get("/cases")).status).toBe(200);
    await client.post("/sign-out", {});
    const after = await stolen.get("/cases");
    expect(after.status).toBe(302);
    expect(after.headers.get("Location")).toMatch(/^\/sign-in/);
  });

  it("lists other sessions and ends one of them", async () => {
    const { client, email } = await signedUpClient(baseUrl);
    const phone = new Client(baseUrl);
    await phone.post("/sign-in", { email, password: TEST_PASSWORD }, { "User-Agent": "Mozilla/5.0 (iPhone) Safari/605" });
    const page = await (await client.get("/account/sessions")).text();
    const handles = [...page.matchAll(/name="sessionId" value="([^"]+)"/g)].map((m) => m[1]!);
    expect(handles).toHaveLength(1);
    await client.post("/account/sessions", { intent: "end-one", sessionId: handles[0]! });
    expect((await phone.get("/cases")).status).toBe(302);
    expect((await client.get("/cases")).status).toBe(200);
  });

  it("changing the password signs out other devices but not this one", async () => {
    const { client, email } = await signedUpClient(baseUrl);
    const other = new Client(baseUrl);
    await other.post("/sign-in", { email, password: TEST_PASSWORD });
    const wrong = await client.post("/account/password", { currentPassword: "not-it-at-all", newPassword: "brand-new-passphrase" });
    expect(wrong.status).toBe(400);
    const changed = await client.post("/account/password", { currentPassword: TEST_PASSWORD, newPassword: "brand-new-passphrase" });
    expect(changed.status).toBe(302);
    expect((await client.get("/cases")).status).toBe(200);
    expect((await other.get("/cases")).status).toBe(302);
    expect((await new Client(baseUrl).post("/sign-in", { email, password: "brand-new-passphrase" })).status).toBe(302);
  });
});

describe("password reset", () => {
  it("resets with an emailed link that works once", async () => {
    const { email } = await signedUpClient(baseUrl);
    const visitor = new Client(baseUrl);
    expect((await visitor.post("/forgot-password", { email })).status).toBe(200);
    const link = new URL(await linkFromOutbox(baseUrl, email, "/reset-password?token="));
    const token = link.searchParams.get("token")!;
    expect((await visitor.get(link.pathname + link.search)).status).toBe(200);
    const reset = await visitor.post("/reset-password", { token, password: "fresh-start-passphrase" });
    expect(reset.status).toBe(302);
    expect((await new Client(baseUrl).post("/sign-in", { email, password: "fresh-start-passphrase" })).status).toBe(302);
    expect((await new Client(baseUrl).post("/sign-in", { email, password: TEST_PASSWORD })).status).toBe(400);
    const again = await visitor.post("/reset-password", { token, password: "another-passphrase-here" });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("This link does not work");
  });

  it("says the same thing for an email that has no account, and sends nothing", async () => {
    const email = uniqueEmail("ghost");
    const response = await new Client(baseUrl).post("/forgot-password", { email });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("If there is an account for that email address");
    await expect(linkFromOutbox(baseUrl, email, "/reset-password")).rejects.toThrow();
  });

  it("refuses a made-up token", async () => {
    const response = await new Client(baseUrl).post("/reset-password", { token: "made-up-token", password: "fresh-start-passphrase" });
    expect(response.status).toBe(400);
  });
});

describe("security headers", () => {
  it("sends a strict Content-Security-Policy with a nonce, and the other headers, on every page", async () => {
    for (const path of ["/", "/sign-in", "/no-such-page"]) {
      const response = await fetch(`${baseUrl}${path}`);
      const csp = response.headers.get("Content-Security-Policy") ?? "";
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(response.headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("Strict-Transport-Security")).toContain("max-age=");
      expect(response.headers.get("X-Powered-By")).toBeNull();
    }
  });

  it("puts the nonce on every script in the page", async () => {
    const response = await fetch(`${baseUrl}/sign-in`);
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("Content-Security-Policy")!)![1];
    const html = await response.text();
    const scripts = [...html.matchAll(/<script([^>]*)>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes] of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
  });
});
