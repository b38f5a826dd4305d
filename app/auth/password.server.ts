// Password hashing with argon2id, and the rules a new password must meet.
import { hash, verify } from "@node-rs/argon2";

// OWASP's recommended argon2id settings (19 MiB memory, 2 passes, 1 lane).
const ARGON2_OPTIONS = { algorithm: 2 /* Algorithm.Argon2id: a const enum, so spelled as its value */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A hash of a random password, checked when an email is unknown so that a sign-in with an
// unknown email takes as long as one with a wrong password.
let decoyHash: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(await decoyHash, password);
  return false;
}
