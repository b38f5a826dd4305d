// Two-step sign-in: a code from the app is accepted once, one step of clock difference either
// side is allowed and two are not, and each recovery code works once.
import { describe, expect, it } from "vitest";
import * as OTPAuth from "otpauth";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "../../tests/support/db";
import { createParent } from "../../tests/factories";
import { db } from "~/data/db.server";
import { recoveryCodes, users } from "~/data/schema";
import {
  beginTwoFactorSetup,
  checkSecondFactor,
  finishTwoFactorSetup,
  getTwoFactorState,
  makeRecoveryCodes,
  needsSecondFactor,
  turnOffTwoFactor,
  turnOnForDemo,
} from "./two-factor.server";

useTestDatabase();

const STEP_MS = 30_000;

/** A parent with two-step sign-in on and the secret their app holds. */
async function withSecondFactor() {
  const user = await createParent();
  const secret = new OTPAuth.Secret({ size: 20 });
  await turnOnForDemo(user.id, secret.base32);
  const totp = new OTPAuth.TOTP({ secret, digits: 6, period: 30, algorithm: "SHA1" });
  /** The code the app shows `steps` steps from now; away from the end of a step, so it is checked in the step it was made in. */
  const codeAt = async (steps: number) => {
    await awayFromStepEdge();
    return totp.generate({ timestamp: Date.now() + steps * STEP_MS });
  };
  return { user, codeAt };
}

/** Waits, if needed, until the current step has more than two seconds left. */
async function awayFromStepEdge() {
  const intoStep = Date.now() % STEP_MS;
  if (intoStep > STEP_MS - 2_000) await new Promise((r) => setTimeout(r, STEP_MS - intoStep + 50));
}

describe("codes from the app", () => {
  it("accepts the current code once: the same code cannot be used again", async () => {
    const { user, codeAt } = await withSecondFactor();
    const code = await codeAt(0);
    expect(await checkSecondFactor(user.id, code)).toBe(true);
    expect(await checkSecondFactor(user.id, code)).toBe(false);
    expect(await checkSecondFactor(user.id, ` ${code.slice(0, 3)} ${code.slice(3)} `)).toBe(false);
  });

  it("accepts a clock one step behind or ahead, and refuses two steps either side", async () => {
    const behind = await withSecondFactor();
    expect(await checkSecondFactor(behind.user.id, await behind.codeAt(-2))).toBe(false);
    expect(await checkSecondFactor(behind.user.id, await behind.codeAt(-1))).toBe(true);

    const ahead = await withSecondFactor();
    expect(await checkSecondFactor(ahead.user.id, await ahead.codeAt(2))).toBe(false);
    expect(await checkSecondFactor(ahead.user.id, await ahead.codeAt(1))).toBe(true);
    // A code from a step already passed is refused once a later one was used: no replay backwards.
    expect(await checkSecondFactor(ahead.user.id, await ahead.codeAt(0))).toBe(false);
  });

  it("refuses anything that is not six digits, a wrong code, and a code for someone without it on", async () => {
    const { user, codeAt } = await withSecondFactor();
    const wrong = String((Number(await codeAt(0)) + 1) % 1_000_000).padStart(6, "0");
    for (const input of ["", "12345", "1234567", "abcdef", wrong]) expect(await checkSecondFactor(user.id, input)).toBe(false);
    const parent = await createParent();
    expect(await needsSecondFactor(parent.id)).toBe(false);
    expect(await checkSecondFactor(parent.id, await codeAt(0))).toBe(false);
  });
});

describe("recovery codes", () => {
  it("each works once, and making new ones ends the old", async () => {
    const { user } = await withSecondFactor();
    const codes = await makeRecoveryCodes(user.id);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await getTwoFactorState(user.id)).recoveryCodesLeft).toBe(10);
    expect(await checkSecondFactor(user.id, codes[0]!)).toBe(true);
    expect(await checkSecondFactor(user.id, codes[0]!)).toBe(false);
    expect(await checkSecondFactor(user.id, ` ${codes[1]!.toUpperCase()} `)).toBe(true);
    expect((await getTwoFactorState(user.id)).recoveryCodesLeft).toBe(8);
    // Stored as hashes only.
    const stored = await db.select({ codeHash: recoveryCodes.codeHash }).from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored.some((row) => codes.includes(row.codeHash))).toBe(false);

    const fresh = await makeRecoveryCodes(user.id);
    expect(await checkSecondFactor(user.id, codes[2]!)).toBe(false);
    expect(await checkSecondFactor(user.id, fresh[0]!)).toBe(true);
  });
});

describe("setting up and turning off", () => {
  it("turns on only with a right code from the new secret, and gives recovery codes", async () => {
    const user = await createParent();
    const setup = await beginTwoFactorSetup(user.id, user.email);
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(setup.secret.replace(/\s/g, "")) });
    await awayFromStepEdge();
    const wrong = String((Number(totp.generate()) + 1) % 1_000_000).padStart(6, "0");
    expect(await finishTwoFactorSetup(user.id, wrong)).toBeNull();
    expect(await needsSecondFactor(user.id)).toBe(false);
    const codes = await finishTwoFactorSetup(user.id, totp.generate());
    expect(codes).toHaveLength(10);
    expect(await needsSecondFactor(user.id)).toBe(true);
    // The secret is kept sealed, never as the text the app was given.
    const [row] = await db.select({ sealed: users.totpSecret }).from(users).where(eq(users.id, user.id));
    expect(row!.sealed).not.toContain(setup.secret.replace(/\s/g, ""));
  });

  it("lets a parent turn it off, never an adviser", async () => {
    const { user } = await withSecondFactor();
    await makeRecoveryCodes(user.id);
    expect(await turnOffTwoFactor(user.id)).toBe(true);
    expect(await getTwoFactorState(user.id)).toEqual({ isOn: false, isRequired: false, recoveryCodesLeft: 0 });

    const adviser = await withSecondFactor();
    await db.update(users).set({ orgRole: "adviser" }).where(eq(users.id, adviser.user.id));
    expect(await turnOffTwoFactor(adviser.user.id)).toBe(false);
    expect(await getTwoFactorState(adviser.user.id)).toMatchObject({ isOn: true, isRequired: true });
  });
});
