// Limits failed sign-ins per account and per network address, so passwords cannot be guessed
// at speed. Failures are kept in the database, so the limit holds across server processes.
import { createHash } from "node:crypto";
import {
  clearSignInFailures,
  countSignInFailuresSince,
  normaliseEmail,
  pruneSignInFailures,
  recordSignInFailure,
} from "~/data/accounts.server";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed for one account in the window (a person who mistypes a few times is fine). */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failures allowed from one address in the window (a shared household or office network). */
export const MAX_FAILURES_PER_ADDRESS = 20;

// Keys are hashed so the table holds no email addresses or network addresses.
function key(kind: "account" | "address", value: string): string {
  return `${kind}:${createHash("sha256").update(value).digest("hex")}`;
}

export type SignInKeys = { account: string; address: string };

export function signInKeys(email: string, clientAddress: string): SignInKeys {
  return { account: key("account", normaliseEmail(email)), address: key("address", clientAddress) };
}

export async function isSignInBlocked(keys: SignInKeys, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    countSignInFailuresSince(keys.account, since),
    countSignInFailuresSince(keys.address, since),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function noteSignInFailure(keys: SignInKeys, now = new Date()) {
  await recordSignInFailure([keys.account, keys.address]);
  if (Math.random() < 0.05) await pruneSignInFailures(new Date(now.getTime() - SIGN_IN_WINDOW_MS));
}

export async function noteSignInSuccess(keys: SignInKeys) {
  await clearSignInFailures(keys.account);
}
