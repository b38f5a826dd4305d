// Form schemas for a case: the child's profile, contacts, needs and diagnoses.
import { z } from "zod";
import { AREA_INFO, IMPACT_LEVELS, type AreaOfNeed } from "~/domain/areas-of-need";
import { calendarDate, checkboxes, optionalChoice, optionalEmail, optionalPhone, optionalText, requiredText } from "./fields";

export const YEAR_GROUPS = [
  "Nursery",
  "Reception",
  ...Array.from({ length: 13 }, (_, i) => `Year ${i + 1}`),
  "College or training",
  "Not in school",
] as const;

export const TEXT_LIMIT = 5000;

export const newCaseFormSchema = z.object({
  childName: requiredText(100, "Enter your child's name", "Your child's name"),
});

export function profileFormSchema(today: string) {
  return z.object({
    childName: requiredText(100, "Enter your child's name", "Your child's name"),
    dateOfBirth: calendarDate({ name: "your child's date of birth", required: false, notAfter: today }),
    school: optionalText(200, "School or setting"),
    yearGroup: optionalChoice(YEAR_GROUPS, "Choose a year group from the list"),
    sencoName: optionalText(100, "SENCO's name"),
    sencoEmail: optionalEmail("the SENCO's email address"),
    sencoPhone: optionalPhone("the SENCO's phone number"),
    strengths: optionalText(TEXT_LIMIT, "Strengths"),
    interests: optionalText(TEXT_LIMIT, "Interests"),
    views: optionalText(TEXT_LIMIT, "Your child's views"),
  });
}
export type ProfileForm = z.infer<ReturnType<typeof profileFormSchema>>;

export const contactFormSchema = z.object({
  intent: z.literal("add"),
  name: requiredText(100, "Enter the contact's name", "Name"),
  role: optionalText(100, "Role"),
  email: optionalEmail("the email address"),
  phone: optionalPhone("the phone number"),
});

export const removeFormSchema = z.object({
  intent: z.literal("remove"),
  id: z.uuid({ error: "Choose something to remove" }),
});

export function needFormSchema(area: AreaOfNeed, today: string) {
  const codes = AREA_INFO[area].signs.map((s) => s.code);
  return z
    .object({
      intent: z.literal("save"),
      signs: checkboxes(codes, "Choose signs from the list"),
      otherSigns: optionalText(TEXT_LIMIT, "Other things you notice"),
      since: calendarDate({ name: "the month and year you first noticed this", required: false, notAfter: today, monthOnly: true }),
      impact: optionalChoice(IMPACT_LEVELS, "Choose how much this affects your child"),
      notes: optionalText(TEXT_LIMIT, "Notes"),
    })
    .refine((need) => need.signs.length > 0 || need.otherSigns, {
      message: "Tick at least one sign, or describe what you notice in your own words",
      path: ["signs"],
      // Check this even when another field (say, the date) is wrong, so every error shows at once.
      when: (payload) => payload.issues.every((issue) => issue.path?.[0] !== "signs" && issue.path?.[0] !== "otherSigns"),
    });
}

export const diagnosisFormSchema = (today: string) =>
  z.object({
    intent: z.literal("add"),
    name: requiredText(200, "Enter the diagnosis", "The diagnosis"),
    date: calendarDate({ name: "the date of the diagnosis", required: false, notAfter: today }),
    madeBy: optionalText(200, "Who made it"),
  });

/** Removing the need in one area: the area is the page's own, so the form carries nothing else. */
export const removeNeedFormSchema = z.object({ intent: z.literal("remove") });

/** The forms on one area's need page, told apart by their button's intent. */
export function needActionSchema(area: AreaOfNeed, today: string) {
  return z.discriminatedUnion("intent", [needFormSchema(area, today), removeNeedFormSchema]);
}

/** The contacts page's forms, told apart by their button's intent. */
export const contactsActionSchema = z.discriminatedUnion("intent", [contactFormSchema, removeFormSchema]);

/** The diagnoses page's forms, told apart by their button's intent. */
export function diagnosesActionSchema(today: string) {
  return z.discriminatedUnion("intent", [diagnosisFormSchema(today), removeFormSchema]);
}
