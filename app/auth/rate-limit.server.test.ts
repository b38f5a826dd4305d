import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createParent, DEFAULT_PASSWORD } from "../../tests/factories";
import { signIn } from "./accounts.server";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, SIGN_IN_WINDOW_MS, isSignInBlocked, noteSignInFailure, signInKeys } from "./rate-limit.server";

useTestDatabase();

const ORIGIN = "http://localhost";

describe("sign-in rate limits", () => {
  it("blocks one address after too many failures, across different accounts", async () => {
    const address = "203.0.113.7";
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      const result = await signIn({ email: `nobody-${i}@example.com`, password: "wrong-password" }, address, ORIGIN);
      expect(result).toEqual({ ok: false, reason: "wrong" });
    }
    const parent = await createParent();
    expect(await signIn({ email: parent.email, password: DEFAULT_PASSWORD }, address, ORIGIN)).toEqual({ ok: false, reason: "blocked" });
    // Another address is not affected.
    expect((await signIn({ email: parent.email, password: DEFAULT_PASSWORD }, "198.51.100.1", ORIGIN)).ok).toBe(true);
  });

  it("blocks one account after too many failures, from any address", async () => {
    const parent = await createParent();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await signIn({ email: parent.email, password: "wrong-password" }, `192.0.2.${i}`, ORIGIN);
    }
    expect(await signIn({ email: parent.email, password: DEFAULT_PASSWORD }, "192.0.2.200", ORIGIN)).toEqual({ ok: false, reason: "blocked" });
  });

  it("forgets failures once the window has passed", async () => {
    const keys = signInKeys("window@example.com", "192.0.2.99");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await noteSignInFailure(keys);
    expect(await isSignInBlocked(keys)).toBe(true);
    expect(await isSignInBlocked(keys, new Date(Date.now() + SIGN_IN_WINDOW_MS + 1000))).toBe(false);
  });

  it("treats the email case-insensitively", async () => {
    expect(signInKeys("Someone@Example.com ", "x").account).toBe(signInKeys("someone@example.com", "x").account);
  });

  it("keeps no email or address in the keys it stores", () => {
    const keys = signInKeys("someone@example.com", "203.0.113.7");
    expect(keys.account).not.toContain("someone");
    expect(keys.address).not.toContain("203.0.113.7");
  });
});
