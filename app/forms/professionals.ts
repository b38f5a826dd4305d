// Form schemas for the professionals page: the professionals involved with the child, and the
// referrals to their services (who asked, when, and where each one has got to).
import { z } from "zod";
import { PROFESSIONAL_ROLES, REFERRAL_STATUSES } from "~/domain/codes/professionals";
import { calendarDate, optionalEmail, optionalPhone, optionalText, requiredText } from "./fields";

export {
  PROFESSIONAL_ROLES,
  PROFESSIONAL_ROLE_LABELS,
  REFERRAL_STATUSES,
  REFERRAL_STATUS_LABELS,
  type ProfessionalRole,
  type ReferralStatus,
} from "~/domain/codes/professionals";

export const PROFESSIONAL_LIMITS = {
  name: 100,
  organisation: 200,
  notes: 2000,
  requestedBy: 100,
} as const;

/** An optional choice of one of the case's records by id; empty means none. */
export function optionalId(message: string) {
  return z.preprocess(
    (value) => (value === undefined || value === "" ? null : value),
    z.uuid({ error: message }).nullable(),
  );
}

function professionalFields(today: string) {
  return {
    name: requiredText(
      PROFESSIONAL_LIMITS.name,
      "Enter the professional's name, for example Dr Amira Khan",
      "Name",
    ),
    role: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.enum(PROFESSIONAL_ROLES, { error: "Choose what kind of professional they are" }),
    ),
    organisation: optionalText(PROFESSIONAL_LIMITS.organisation, "Organisation"),
    email: optionalEmail("their email address"),
    phone: optionalPhone("their phone number"),
    involvedFrom: calendarDate({
      name: "the date they became involved",
      required: false,
      notAfter: today,
    }),
    notes: optionalText(PROFESSIONAL_LIMITS.notes, "Notes"),
  };
}

export function addProfessionalFormSchema(today: string) {
  return z.object({ intent: z.literal("add-professional"), ...professionalFields(today) });
}

export function updateProfessionalFormSchema(today: string) {
  return z.object({
    intent: z.literal("update-professional"),
    id: z.uuid({ error: "Choose a professional to update" }),
    ...professionalFields(today),
  });
}
export type ProfessionalForm = Omit<
  z.infer<ReturnType<typeof addProfessionalFormSchema>>,
  "intent"
>;

export const removeProfessionalFormSchema = z.object({
  intent: z.literal("remove-professional"),
  id: z.uuid({ error: "Choose a professional to remove" }),
});

function referralFields(today: string) {
  return {
    service: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.enum(PROFESSIONAL_ROLES, { error: "Choose the service the referral is to" }),
    ),
    professionalId: optionalId("Choose a professional from the list"),
    requestedBy: optionalText(PROFESSIONAL_LIMITS.requestedBy, "Who asked for it"),
    requestedOn: calendarDate({
      name: "the date it was asked for",
      required: false,
      notAfter: today,
    }),
    status: z.preprocess(
      (value) => (value === undefined || value === "" ? "requested" : value),
      z.enum(REFERRAL_STATUSES, { error: "Choose where the referral has got to" }),
    ),
    seenOn: calendarDate({
      name: "the date your child was seen",
      required: false,
      notAfter: today,
    }),
    // Named apart from the professional's notes: both forms share the page.
    referralNotes: optionalText(PROFESSIONAL_LIMITS.notes, "Notes"),
  };
}

type ReferralDates = { requestedOn: string | null; seenOn: string | null };

const isSeenAfterRequest = (referral: ReferralDates) =>
  !referral.requestedOn || !referral.seenOn || referral.seenOn >= referral.requestedOn;

const seenAfterRequest = {
  message: "The date your child was seen must be on or after the date it was asked for",
  path: ["seenOn"],
  when: (payload: { issues: ReadonlyArray<{ path?: PropertyKey[] }> }) =>
    payload.issues.every((issue) => !["requestedOn", "seenOn"].includes(String(issue.path?.[0]))),
};

export function addReferralFormSchema(today: string) {
  return z
    .object({ intent: z.literal("add-referral"), ...referralFields(today) })
    .refine(isSeenAfterRequest, seenAfterRequest);
}

export function updateReferralFormSchema(today: string) {
  return z
    .object({
      intent: z.literal("update-referral"),
      id: z.uuid({ error: "Choose a referral to update" }),
      ...referralFields(today),
    })
    .refine(isSeenAfterRequest, seenAfterRequest);
}
export type ReferralForm = Omit<z.infer<ReturnType<typeof addReferralFormSchema>>, "intent">;

export const removeReferralFormSchema = z.object({
  intent: z.literal("remove-referral"),
  id: z.uuid({ error: "Choose a referral to remove" }),
});

/** Every form on the professionals page, told apart by its button's intent. */
export function professionalsActionSchema(today: string) {
  return z.discriminatedUnion("intent", [
    addProfessionalFormSchema(today),
    updateProfessionalFormSchema(today),
    removeProfessionalFormSchema,
    addReferralFormSchema(today),
    updateReferralFormSchema(today),
    removeReferralFormSchema,
  ]);
}
