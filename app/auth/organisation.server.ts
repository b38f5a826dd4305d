// The advice organisation's roles. Its pages answer 404 to anyone without the role, like the
// case gate: nobody learns what an organisation page holds. The role is read with the session on
// every request, so removing an adviser stops them on their next request.
import type { SignedInUser } from "~/context";
import { createUser, issueEmailToken, unsafeFindUserByEmail } from "~/data/accounts.server";
import { makeAdviser } from "~/data/bookings.server";
import { sendMail } from "~/services/mail.server";
import { hashPassword } from "./password.server";
import { createToken } from "./tokens.server";
import { fail } from "~/errors";

export function requireOrgRole(user: SignedInUser, role: "adviser" | "admin"): SignedInUser {
  if (user.orgRole !== role) fail("not_found");
  return user;
}

/**
 * Makes someone an adviser. An existing account is simply given the role; otherwise an account
 * is made with an unguessable password and the person is emailed a link to choose their own.
 */
export async function inviteAdviser(input: { name: string; email: string }, origin: string): Promise<{ ok: boolean }> {
  let user = await unsafeFindUserByEmail(input.email);
  const isNew = !user;
  if (!user) {
    await createUser({ email: input.email, name: input.name, passwordHash: await hashPassword(createToken()), verified: true });
    user = await unsafeFindUserByEmail(input.email);
  }
  if (!user || !(await makeAdviser(user.id))) return { ok: false };
  const signInLine = isNew
    ? `Choose your password with this link (it works once, for one hour; after that, use "Forgotten your password?" on the sign-in page): ${origin}/reset-password?token=${await issueEmailToken(user.id, "reset_password")}`
    : `Sign in as usual: ${origin}/sign-in`;
  await sendMail({
    to: user.email,
    subject: "You are now an adviser on Clearpath",
    text: [
      `You have been added as an adviser on Clearpath.`,
      "",
      signInLine,
      "",
      "Because advisers can see families' cases, you will be asked to turn on two-step sign-in with an authenticator app the first time you sign in.",
    ].join("\n"),
  });
  return { ok: true };
}
