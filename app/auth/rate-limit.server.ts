// Slows down password, two-step code and passcode guessing without letting anyone lock another
// person out (docs/decisions/016-sign-in-throttling.md). Failures are counted for the account and
// the address together, and a wait grows before that pair's next attempt; one address trying
// many accounts is slowed too. Failures from everywhere against one account only make every
// address's allowance smaller: an owner's first attempt from their own address always goes through.
// Failures are kept in the database, so the limits hold across server processes.
import { createHash } from "node:crypto";
import { clearSignInFailures, normaliseEmail, pruneSignInFailures, recordSignInFailure, summariseSignInFailuresSince } from "~/data/accounts.server";

/** Failures older than this are forgotten. */
export const SIGN_IN_WINDOW_MS = 60 * 60 * 1000;
/** Failures one address may make on one account before it must wait (a person who mistypes a few times is fine). */
export const FREE_FAILURES_PER_PAIR = 3;
/**
 * Failures against one account from all addresses that mean someone is guessing its password.
 * From then on every address gets one free failure on that account, not three.
 */
export const ACCOUNT_UNDER_ATTACK = 10;
/** Failures one address may make across all accounts (a shared household, school or office network). */
export const FREE_FAILURES_PER_ADDRESS = 20;
/** The first wait; each further failure doubles it, up to the longest. */
export const FIRST_WAIT_SECONDS = 30;
export const LONGEST_WAIT_SECONDS = 15 * 60;

export type SignInKeys = { account: string; address: string; pair: string };

type FailureSummary = { count: number; lastAt: Date };
export type ThrottleFacts = { pair?: FailureSummary; address?: FailureSummary; account?: FailureSummary };

// Keys are hashed so the table holds no email addresses or network addresses.
function key(kind: keyof SignInKeys, value: string): string {
  return `${kind}:${createHash("sha256").update(value).digest("hex")}`;
}

/** `subject` is an email address, or another thing guessed at, e.g. "share-link:<id>". */
export function signInKeys(subject: string, clientAddress: string): SignInKeys {
  const account = normaliseEmail(subject);
  return { account: key("account", account), address: key("address", clientAddress), pair: key("pair", `${account}\n${clientAddress}`) };
}

function growingWait(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** Math.min(failures - free, 20));
}

/**
 * Seconds before the next attempt may be checked; 0 means now. Pure, for its tests.
 *
 * Example: 3 failures from one address on one account, the last 10 seconds ago, wait 20 more
 * seconds; a 4th failure then means 60 seconds. The same account tried from a new address: 0.
 */
export function secondsToWait(facts: ThrottleFacts, now: Date): number {
  const isUnderAttack = (facts.account?.count ?? 0) >= ACCOUNT_UNDER_ATTACK;
  const remaining = (summary: FailureSummary | undefined, free: number) =>
    summary ? Math.max(0, (summary.lastAt.getTime() + growingWait(summary.count, free) * 1000 - now.getTime()) / 1000) : 0;
  const wait = Math.max(remaining(facts.pair, isUnderAttack ? 1 : FREE_FAILURES_PER_PAIR), remaining(facts.address, FREE_FAILURES_PER_ADDRESS));
  return Math.ceil(wait);
}

/** Seconds this account and address must wait before the next attempt is checked; 0 means go ahead. */
export async function waitBeforeAttempt(keys: SignInKeys, now = new Date()): Promise<number> {
  const found = await summariseSignInFailuresSince([keys.pair, keys.address, keys.account], new Date(now.getTime() - SIGN_IN_WINDOW_MS));
  return secondsToWait({ pair: found.get(keys.pair), address: found.get(keys.address), account: found.get(keys.account) }, now);
}

export async function noteSignInFailure(keys: SignInKeys, now = new Date()) {
  await recordSignInFailure([keys.pair, keys.address, keys.account]);
  if (Math.random() < 0.05) await pruneSignInFailures(new Date(now.getTime() - SIGN_IN_WINDOW_MS));
}

/** A success forgets this address's failures on this account; the others stay until they expire. */
export async function noteSignInSuccess(keys: SignInKeys) {
  await clearSignInFailures(keys.pair);
}
