// Account operations: sign up, confirm email, sign in, reset and change password. Each returns
// a plain result the route turns into a page; none reveals whether an email has an account.
import type { SignedInUser } from "~/context";
import {
  consumeEmailToken,
  createUser,
  getUserPasswordHash,
  issueEmailToken,
  markEmailVerified,
  setPassword,
  unsafeFindUserByEmail,
} from "~/data/accounts.server";
import { config } from "~/services/config.server";
import { sendMail } from "~/services/mail.server";
import { hashPassword, verifyAgainstDecoy, verifyPassword } from "./password.server";
import { noteSignInFailure, noteSignInSuccess, signInKeys, waitBeforeAttempt } from "./rate-limit.server";

/**
 * The site's address for links in emails and calendars: APP_ORIGIN, or on a local-only server its
 * own address. Never the request's Host header, which the sender chooses (issue 16, finding 5).
 */
export function siteOrigin(): string {
  return config.origin;
}

export async function signUp(input: { name: string; email: string; password: string }, origin: string) {
  const created = await createUser({ ...input, passwordHash: await hashPassword(input.password) });
  if (!created) {
    // Someone already has this email. Tell its owner by email, and show the visitor the same
    // page as for a new account, so the form cannot be used to find out who has an account.
    await sendMail({
      to: input.email,
      subject: "Someone tried to create a Clearpath account with your email",
      text: [
        "Someone tried to create a new Clearpath account with this email address, but you already have one.",
        "",
        `If it was you, sign in here: ${origin}/sign-in`,
        `If you have forgotten your password, reset it here: ${origin}/forgot-password`,
        "",
        "If it was not you, you can ignore this email. Your account has not changed.",
      ].join("\n"),
    });
    return;
  }
  await sendConfirmationEmail(created.id, created.email, origin);
}

async function sendConfirmationEmail(userId: string, email: string, origin: string) {
  const token = await issueEmailToken(userId, "verify_email");
  await sendMail({
    to: email,
    subject: "Confirm your email address for Clearpath",
    text: [
      "Welcome to Clearpath.",
      "",
      "Open this link to confirm your email address. It works for 48 hours.",
      `${origin}/confirm-email?token=${token}`,
      "",
      "If you did not create a Clearpath account, you can ignore this email.",
    ].join("\n"),
  });
}

export async function confirmEmail(token: string): Promise<boolean> {
  const userId = await consumeEmailToken(token, "verify_email");
  if (!userId) return false;
  await markEmailVerified(userId);
  return true;
}

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "wrong" | "unconfirmed" }
  | { ok: false; reason: "wait"; seconds: number };

/**
 * Checks an email and password. An unknown email and a wrong password give the same answer and
 * take about as long. After repeated failures from this address, the next attempt must wait
 * (rate-limit.server.ts); a waiting attempt is not checked and does not count as a failure.
 */
export async function signIn(
  input: { email: string; password: string },
  clientAddress: string,
  origin: string,
): Promise<SignInResult> {
  const keys = signInKeys(input.email, clientAddress);
  const seconds = await waitBeforeAttempt(keys);
  if (seconds > 0) return { ok: false, reason: "wait", seconds };
  const user = await unsafeFindUserByEmail(input.email);
  const isCorrect = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDecoy(input.password);
  if (!user || !isCorrect) {
    await noteSignInFailure(keys);
    return { ok: false, reason: "wrong" };
  }
  await noteSignInSuccess(keys);
  if (!user.emailVerifiedAt) {
    await sendConfirmationEmail(user.id, user.email, origin);
    return { ok: false, reason: "unconfirmed" };
  }
  return { ok: true, userId: user.id };
}

export async function requestPasswordReset(email: string, origin: string) {
  const user = await unsafeFindUserByEmail(email);
  // Whether or not the account exists, the visitor sees the same page.
  if (!user) return;
  const token = await issueEmailToken(user.id, "reset_password");
  await sendMail({
    to: user.email,
    subject: "Reset your Clearpath password",
    text: [
      "Someone asked to reset the password for your Clearpath account.",
      "",
      "Open this link to choose a new password. It works once, for one hour.",
      `${origin}/reset-password?token=${token}`,
      "",
      "If you did not ask for this, you can ignore this email. Your password has not changed.",
    ].join("\n"),
  });
}

/** Sets a new password from a reset link. Signs the user out everywhere. */
export async function resetPassword(token: string, password: string): Promise<boolean> {
  const userId = await consumeEmailToken(token, "reset_password");
  if (!userId) return false;
  // Following the emailed link proves the address too.
  await markEmailVerified(userId);
  await setPassword(userId, await hashPassword(password));
  return true;
}

/** Changes the password after checking the current one; other sessions end, this one stays. */
export async function changePassword(user: SignedInUser, currentPassword: string, newPassword: string): Promise<boolean> {
  if (!(await verifyPassword(await getUserPasswordHash(user), currentPassword))) return false;
  await setPassword(user.id, await hashPassword(newPassword), user.sessionId);
  return true;
}

export async function isPasswordCorrect(user: SignedInUser, password: string): Promise<boolean> {
  return verifyPassword(await getUserPasswordHash(user), password);
}
