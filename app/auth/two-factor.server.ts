// The second factor: a six-digit code from an authenticator app (TOTP, RFC 6238, by the otpauth
// library), with single-use recovery codes. Advisers and admins must use it; parents may.
// The shared secret is sealed (AES-256-GCM) with a key derived from the server's storage key,
// so a copy of the database alone cannot make codes. See docs/decisions/064-two-step-sign-in.md.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomInt } from "node:crypto";
import path from "node:path";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import * as OTPAuth from "otpauth";
import QRCode from "qrcode";
import { db } from "~/data/db.server";
import { recoveryCodes, users } from "~/data/schema";
import { config } from "~/services/config.server";
import { loadStorageSecret } from "~/services/storage/key.server";
import { hashToken } from "./tokens.server";

const PERIOD_SECONDS = 30;
const RECOVERY_CODE_COUNT = 10;

let sealingKey: Buffer | undefined;
function key(): Buffer {
  if (!sealingKey) {
    // With the database in memory (tests), the secrets live only as long as the process: so does the key.
    const secret = config.DATA_DIR.startsWith("memory://")
      ? randomBytes(32)
      : loadStorageSecret({ dataDir: path.resolve(config.DATA_DIR), configuredKey: config.STORAGE_KEY });
    sealingKey = Buffer.from(hkdfSync("sha256", secret, "", "clearpath totp secret", 32));
  }
  return sealingKey;
}

function seal(text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString("base64url")).join(".");
}

function unseal(value: string): string {
  const [iv, tag, sealed] = value.split(".").map((part) => Buffer.from(part, "base64url")) as [Buffer, Buffer, Buffer];
  const decipher = createDecipheriv("aes-256-gcm", key(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed), decipher.final()]).toString("utf8");
}

function totpFor(email: string, secretBase32: string) {
  return new OTPAuth.TOTP({ issuer: "Clearpath", label: email, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: OTPAuth.Secret.fromBase32(secretBase32) });
}

export type TwoFactorState = { isOn: boolean; isRequired: boolean; recoveryCodesLeft: number };

export async function getTwoFactorState(userId: string): Promise<TwoFactorState> {
  const [row] = await db.select({ enabledAt: users.totpEnabledAt, orgRole: users.orgRole }).from(users).where(eq(users.id, userId));
  const [left] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return { isOn: Boolean(row?.enabledAt), isRequired: Boolean(row?.orgRole), recoveryCodesLeft: left?.count ?? 0 };
}

/**
 * Starts setting up: a new secret, kept sealed but not yet in use, and what the person needs to
 * add it to their app (a QR code as SVG, the otpauth:// address, and the secret to type in).
 */
export async function beginTwoFactorSetup(userId: string, email: string) {
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  await db.update(users).set({ totpSecret: seal(secret) }).where(and(eq(users.id, userId), isNull(users.totpEnabledAt)));
  return describeSetup(email, secret);
}

/** The setup details for a secret already made (so reloading the page shows the same QR code). */
export async function currentSetup(userId: string, email: string) {
  const [row] = await db.select({ sealed: users.totpSecret, enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  if (!row?.sealed || row.enabledAt) return null;
  return describeSetup(email, unseal(row.sealed));
}

async function describeSetup(email: string, secret: string) {
  const uri = totpFor(email, secret).toString();
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { uri, qrSvg, secret: secret.replace(/(.{4})/g, "$1 ").trim() };
}

/**
 * Checks a six-digit code against the person's secret, allowing one step of clock drift either
 * way, and accepts each time step once only (a code seen once cannot be replayed).
 */
async function acceptCode(userId: string, code: string, { setup }: { setup: boolean }): Promise<boolean> {
  const digits = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digits)) return false;
  const [row] = await db.select({ sealed: users.totpSecret, email: users.email, enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  if (!row?.sealed || (setup ? row.enabledAt !== null : row.enabledAt === null)) return false;
  // One instant for both the check and the step it marks used: read twice, a check at the end of
  // one step could mark the next one, letting the code it matched be used again.
  const at = Date.now();
  const delta = totpFor(row.email, unseal(row.sealed)).validate({ token: digits, window: 1, timestamp: at });
  if (delta === null) return false;
  const step = Math.floor(at / 1000 / PERIOD_SECONDS) + delta;
  const updated = await db
    .update(users)
    .set({ totpLastStep: step, ...(setup ? { totpEnabledAt: sql`now()` } : {}) })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return updated.length > 0;
}

function newRecoveryCode(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const pick = () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return `${pick()}-${pick()}`;
}

/** Replaces the person's recovery codes with ten new ones, shown once. */
export async function makeRecoveryCodes(userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashToken(code) })));
  });
  return codes;
}

/** Turns the second factor on once the first code from the app is right; returns the recovery codes. */
export async function finishTwoFactorSetup(userId: string, code: string): Promise<string[] | null> {
  if (!(await acceptCode(userId, code, { setup: true }))) return null;
  return makeRecoveryCodes(userId);
}

/** Checks a code from the app, or one unused recovery code (which is then used up). */
export async function checkSecondFactor(userId: string, input: string): Promise<boolean> {
  if (await acceptCode(userId, input, { setup: false })) return true;
  const recovery = input.trim().toLowerCase();
  if (!/^[a-z0-9]{5}-[a-z0-9]{5}$/.test(recovery)) return false;
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashToken(recovery)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length > 0;
}

/** Turns the second factor off (parents only: advisers and admins must keep it). */
export async function turnOffTwoFactor(userId: string): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
    .where(and(eq(users.id, userId), isNull(users.orgRole)))
    .returning({ id: users.id });
  if (updated.length > 0) await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  return updated.length > 0;
}

/** Whether signing in needs a code after the password. */
export async function needsSecondFactor(userId: string): Promise<boolean> {
  const [row] = await db.select({ enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  return Boolean(row?.enabledAt);
}

/** Demo and test accounts only: turns the second factor on with a given (or new) secret, no app needed. */
export async function turnOnForDemo(userId: string, secretBase32 = new OTPAuth.Secret({ size: 20 }).base32): Promise<void> {
  await db
    .update(users)
    .set({ totpSecret: seal(secretBase32), totpEnabledAt: sql`now()` })
    .where(eq(users.id, userId));
}

/**
 * Demo accounts only: the code the account's app would show now, so a visitor can try an
 * adviser's sign-in without an authenticator app. The demo passwords are public anyway.
 */
export async function currentCodeForDemo(userId: string): Promise<string | null> {
  const [row] = await db.select({ sealed: users.totpSecret, email: users.email }).from(users).where(eq(users.id, userId));
  return row?.sealed ? totpFor(row.email, unseal(row.sealed)).generate() : null;
}
