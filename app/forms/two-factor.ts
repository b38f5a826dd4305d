// Form schemas for two-step sign-in: starting the setup, and the forms that need a code from the
// authenticator app (confirming the setup, new recovery codes, turning it off).
import { z } from "zod";

const CODE_MISSING = "Enter the 6-digit code from your authenticator app";

const code = z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().min(1, CODE_MISSING).max(40, CODE_MISSING));

/** Every form on the two-step sign-in page, told apart by its button's intent. */
export const twoFactorActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("begin") }),
  z.object({ intent: z.literal("confirm"), code }),
  z.object({ intent: z.literal("codes"), code }),
  z.object({ intent: z.literal("off"), code }),
]);
