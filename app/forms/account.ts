// Form schemas for accounts: sign up, sign in, password reset and change, account deletion.
import { z } from "zod";
import { emailSchema, requiredText } from "./fields";
import { newPasswordSchema, PASSWORD_MAX_LENGTH } from "./password-rules";

const anyPassword = z.preprocess(
  (v) => (typeof v === "string" ? v : ""),
  z.string().min(1, "Enter your password").max(PASSWORD_MAX_LENGTH, "Enter your password"),
);

export const signUpFormSchema = z.object({
  name: requiredText(100, "Enter your name", "Your name"),
  email: emailSchema,
  password: z.preprocess((v) => (typeof v === "string" ? v : undefined), newPasswordSchema),
});
export type SignUpForm = z.infer<typeof signUpFormSchema>;

export const signInFormSchema = z.object({
  email: emailSchema,
  password: anyPassword,
  redirectTo: z.string().optional(),
});

export const forgotPasswordFormSchema = z.object({ email: emailSchema });

export const resetPasswordFormSchema = z.object({
  token: z.string().min(1).max(200),
  password: z.preprocess((v) => (typeof v === "string" ? v : undefined), newPasswordSchema),
});

export const changePasswordFormSchema = z.object({
  currentPassword: z.preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z.string().min(1, "Enter your current password").max(PASSWORD_MAX_LENGTH, "Enter your current password"),
  ),
  newPassword: z.preprocess((v) => (typeof v === "string" ? v : undefined), newPasswordSchema),
});

export const deleteAccountFormSchema = z.object({
  password: anyPassword,
  confirm: z.literal("on", { error: "Tick the box to confirm you want to delete your account" }),
});

/** The forms on the signed-in page: end one other session (named by its short handle), or all others. */
export const sessionsActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("end-one"), sessionId: z.string().max(100).optional() }),
  z.object({ intent: z.literal("end-others") }),
]);
