// What a new password must be: long enough, and not one of the passwords people use most.
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

// The most common passwords in public breach lists (lower-cased), plus obvious variations on the
// product's name. Any password containing only these words and digits is too easy to guess.
const COMMON_PASSWORDS = new Set(
  `123456789 1234567890 12345678910 0123456789 1111111111 0000000000 1234512345 1q2w3e4r5t
qwertyuiop qwertyuiop1 qwerty1234 qwerty12345 1qaz2wsx3edc password password1 password12
password123 password1234 passw0rd123 iloveyou123 iloveyou12 abc1234567 abcdefghij
abcd123456 football123 baseball12 sunshine12 princess12 welcome123 welcome1234 letmein123
monkey1234 dragon1234 trustno123 starwars12 superman12 liverpool1 liverpool123 chelsea123
arsenal123 manchester manchester1 whatever12 computer12 michael123 jennifer12 qazwsxedc1
zaq12wsxcde asdfghjkl1 asdfghjkl123 1234qwer1234 changeme123 changeme12 admin12345
administrator clearpath clearpath1 clearpath12 clearpath123 clearpath2026 password2026
password2025 password2024 summer2026 winter2026 autumn2026 spring2026 secret1234
yellowsubmarine correcthorse correcthorsebatterystaple`.split(/\s+/),
);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase()) || /^(.)\1+$/.test(password);
}

export const newPasswordSchema = z
  .string({ error: "Enter a password" })
  .min(PASSWORD_MIN_LENGTH, `Your password must be at least ${PASSWORD_MIN_LENGTH} characters long`)
  .max(PASSWORD_MAX_LENGTH, `Your password must be ${PASSWORD_MAX_LENGTH} characters or fewer`)
  .refine((p) => !isCommonPassword(p), {
    message: "This password is too common and easy to guess. Choose a different one",
  });
