// Form schemas for sharing a case: inviting someone, changing their access, and the end date.
import { z } from "zod";
import { calendarDate, emailSchema } from "./fields";

import { SHARE_LEVELS, SHARE_ROLES } from "~/domain/codes/access";

export { LEVEL_LABELS, ROLE_LABELS, SHARE_LEVELS } from "~/domain/codes/access";

const ADVISER_LEVEL = "An adviser can have read, or read and comment, access. Choose one of those";

const endsOn = calendarDate({ name: "the last day of access", required: false });

export const inviteFormSchema = z
  .object({
    intent: z.literal("invite"),
    email: emailSchema,
    role: z.enum(SHARE_ROLES, { error: "Choose who you are inviting" }),
    level: z.enum(SHARE_LEVELS, { error: "Choose what they may do" }),
    endsOn,
  })
  .refine((form) => !(form.role === "adviser" && form.level === "write"), { message: ADVISER_LEVEL, path: ["level"] });

export const changeAccessFormSchema = z.object({
  intent: z.literal("change"),
  accessId: z.string().max(100),
  level: z.enum(SHARE_LEVELS, { error: "Choose what they may do" }),
  endsOn,
});

export { ADVISER_LEVEL };
