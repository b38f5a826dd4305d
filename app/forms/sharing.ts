// Form schemas for sharing a case: inviting someone, changing their access and its end date,
// taking access away and withdrawing an invitation.
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

/** Taking access away. An id that names nobody with access, or none, is answered as already gone. */
export const revokeAccessFormSchema = z.object({ intent: z.literal("revoke"), accessId: z.string().default("") });

/** Withdrawing an invitation. One that is not open, or none, is answered as already used or withdrawn. */
export const withdrawInvitationFormSchema = z.object({ intent: z.literal("withdraw"), invitationId: z.string().default("") });

/** Every form on the sharing page, told apart by its button's intent. */
export const sharingActionSchema = z.discriminatedUnion("intent", [
  inviteFormSchema,
  changeAccessFormSchema,
  revokeAccessFormSchema,
  withdrawInvitationFormSchema,
]);

export { ADVISER_LEVEL };
