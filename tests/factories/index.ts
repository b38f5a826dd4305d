// Builders for valid records with sensible defaults. A test states only what matters to it.
import type { SignedInUser } from "~/context";
import { createUser } from "~/data/accounts.server";
import { createCase, type ChildProfile } from "~/data/cases.server";
import { hashPassword } from "~/auth/password.server";

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

export const DEFAULT_PASSWORD = "long-enough-passphrase";

/** A confirmed parent account, returned as the signed-in user the gate expects. */
export async function createParent(overrides: { email?: string; name?: string; password?: string; verified?: boolean } = {}): Promise<SignedInUser> {
  const email = overrides.email ?? `parent-${next()}@example.com`;
  const user = await createUser({
    email,
    name: overrides.name ?? "Test Parent",
    passwordHash: await hashPassword(overrides.password ?? DEFAULT_PASSWORD),
    verified: overrides.verified ?? true,
  });
  if (!user) throw new Error(`createParent: ${email} already exists`);
  return { id: user.id, email: user.email, name: user.name, sessionId: `test-session-${next()}` };
}

/** A case owned by `owner`; returns its id. */
export async function createChildCase(owner: SignedInUser, profile: Partial<ChildProfile> = {}): Promise<string> {
  return createCase(owner, { childName: "Jamie Test", ...profile });
}
