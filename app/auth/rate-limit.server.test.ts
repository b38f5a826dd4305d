import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createParent, DEFAULT_PASSWORD } from "../../tests/factories";
import { signIn } from "./accounts.server";
import {
  ACCOUNT_UNDER_ATTACK,
  FIRST_WAIT_SECONDS,
  FREE_FAILURES_PER_ADDRESS,
  FREE_FAILURES_PER_PAIR,
  LONGEST_WAIT_SECONDS,
  SIGN_IN_WINDOW_MS,
  noteSignInFailure,
  secondsToWait,
  signInKeys,
  waitBeforeAttempt,
} from "./rate-limit.server";

useTestDatabase();

const ORIGIN = "http://localhost";
const NOW = new Date("2026-03-02T10:00:00Z");
const secondsAgo = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

describe("the wait before the next attempt (pure rule)", () => {
  it("lets a person mistype a few times without waiting", () => {
    expect(secondsToWait({ pair: { count: FREE_FAILURES_PER_PAIR - 1, lastAt: secondsAgo(0) } }, NOW)).toBe(0);
  });

  it("asks for a wait once the free failures are used, counted from the last failure", () => {
    expect(secondsToWait({ pair: { count: FREE_FAILURES_PER_PAIR, lastAt: secondsAgo(10) } }, NOW)).toBe(FIRST_WAIT_SECONDS - 10);
    expect(secondsToWait({ pair: { count: FREE_FAILURES_PER_PAIR, lastAt: secondsAgo(FIRST_WAIT_SECONDS) } }, NOW)).toBe(0);
  });

  it("doubles the wait with each further failure, up to the longest wait", () => {
    expect(secondsToWait({ pair: { count: FREE_FAILURES_PER_PAIR + 1, lastAt: NOW } }, NOW)).toBe(2 * FIRST_WAIT_SECONDS);
    expect(secondsToWait({ pair: { count: FREE_FAILURES_PER_PAIR + 2, lastAt: NOW } }, NOW)).toBe(4 * FIRST_WAIT_SECONDS);
    expect(secondsToWait({ pair: { count: 500, lastAt: NOW } }, NOW)).toBe(LONGEST_WAIT_SECONDS);
  });

  it("never makes an address with no failures on the account wait, however many failures the account has", () => {
    expect(secondsToWait({ account: { count: 10_000, lastAt: NOW } }, NOW)).toBe(0);
  });

  it("gives each address only one free failure on an account that is being guessed at", () => {
    const account = { count: ACCOUNT_UNDER_ATTACK, lastAt: NOW };
    expect(secondsToWait({ account, pair: { count: 1, lastAt: NOW } }, NOW)).toBe(FIRST_WAIT_SECONDS);
    expect(secondsToWait({ account: { count: ACCOUNT_UNDER_ATTACK - 1, lastAt: NOW }, pair: { count: 1, lastAt: NOW } }, NOW)).toBe(0);
  });

  it("slows one address that tries many accounts, after a higher allowance", () => {
    expect(secondsToWait({ address: { count: FREE_FAILURES_PER_ADDRESS - 1, lastAt: NOW } }, NOW)).toBe(0);
    expect(secondsToWait({ address: { count: FREE_FAILURES_PER_ADDRESS, lastAt: NOW } }, NOW)).toBe(FIRST_WAIT_SECONDS);
  });

  it("keeps no email or address in the keys it stores, and treats the email case-insensitively", () => {
    const keys = signInKeys("Someone@Example.com ", "203.0.113.7");
    expect(Object.values(keys).join(" ")).not.toMatch(/someone|203\.0\.113\.7/i);
    expect(keys).toEqual(signInKeys("someone@example.com", "203.0.113.7"));
    expect(keys.pair).not.toBe(signInKeys("someone@example.com", "203.0.113.8").pair);
  });
});

describe("sign-in with the database", () => {
  it("makes an attacker's address wait, while the owner signs in from their own address", async () => {
    const parent = await createParent();
    for (let i = 0; i < ACCOUNT_UNDER_ATTACK + 2; i++) {
      const result = await signIn({ email: parent.email, password: `guess-${i}` }, "203.0.113.7", ORIGIN);
      if (i < FREE_FAILURES_PER_PAIR) expect(result).toEqual({ ok: false, reason: "wrong" });
      else expect(result).toMatchObject({ ok: false, reason: "wait" });
    }
    expect((await signIn({ email: parent.email, password: DEFAULT_PASSWORD }, "198.51.100.1", ORIGIN)).ok).toBe(true);
    // The attacker's waiting attempts were not checked, so even the right password waits.
    expect(await signIn({ email: parent.email, password: DEFAULT_PASSWORD }, "203.0.113.7", ORIGIN)).toMatchObject({ reason: "wait" });
  });

  it("slows one address that tries many accounts, and not another address", async () => {
    const address = "203.0.113.8";
    for (let i = 0; i < FREE_FAILURES_PER_ADDRESS; i++) {
      expect(await signIn({ email: `nobody-${i}@example.com`, password: "wrong-password" }, address, ORIGIN)).toEqual({ ok: false, reason: "wrong" });
    }
    const parent = await createParent();
    const waiting = await signIn({ email: parent.email, password: DEFAULT_PASSWORD }, address, ORIGIN);
    expect(waiting).toEqual({ ok: false, reason: "wait", seconds: FIRST_WAIT_SECONDS });
    expect((await signIn({ email: parent.email, password: DEFAULT_PASSWORD }, "198.51.100.2", ORIGIN)).ok).toBe(true);
  });

  it("forgets failures once the wait, and later the window, has passed", async () => {
    const keys = signInKeys("window@example.com", "192.0.2.99");
    for (let i = 0; i < FREE_FAILURES_PER_PAIR; i++) await noteSignInFailure(keys);
    expect(await waitBeforeAttempt(keys)).toBeGreaterThan(0);
    expect(await waitBeforeAttempt(keys, new Date(Date.now() + FIRST_WAIT_SECONDS * 1000 + 1000))).toBe(0);
    expect(await waitBeforeAttempt(keys, new Date(Date.now() + SIGN_IN_WINDOW_MS + 1000))).toBe(0);
  });

  it("forgets an address's failures on an account once the right password is given", async () => {
    const parent = await createParent();
    for (let i = 0; i < FREE_FAILURES_PER_PAIR - 1; i++) await signIn({ email: parent.email, password: "wrong-password" }, "192.0.2.50", ORIGIN);
    expect((await signIn({ email: parent.email, password: DEFAULT_PASSWORD }, "192.0.2.50", ORIGIN)).ok).toBe(true);
    expect(await signIn({ email: parent.email, password: "wrong-again" }, "192.0.2.50", ORIGIN)).toEqual({ ok: false, reason: "wrong" });
    expect(await signIn({ email: parent.email, password: "wrong-again" }, "192.0.2.50", ORIGIN)).toEqual({ ok: false, reason: "wrong" });
  });
});
