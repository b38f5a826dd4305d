// Form schemas for professionals' reports and their recommendations: adding a report (from an
// uploaded document or pasted text), checking each suggested recommendation, and tracking each
// confirmed one against the school's plan, the EHC plan and what is delivered.
import { z } from "zod";
import { AREAS_OF_NEED } from "~/domain/areas-of-need";
import { calendarDate, optionalChoice, optionalText, requiredText } from "./fields";
import { optionalId } from "./professionals";

export const REPORT_LIMITS = {
  title: 200,
  author: 200,
  /** About 40 pages of text: more than any report's recommendations need. */
  text: 100_000,
  recommendation: 2000,
  what: 500,
  detail: 200,
} as const;

function reportFields(today: string) {
  return {
    title: requiredText(
      REPORT_LIMITS.title,
      "Enter the report's title, for example Educational psychology report",
      "Title",
    ),
    professionalId: optionalId("Choose a professional from the list"),
    author: optionalText(REPORT_LIMITS.author, "Who wrote it"),
    date: calendarDate({ name: "the date of the report", required: false, notAfter: today }),
  };
}

export function addReportFormSchema(today: string) {
  return z
    .object({
      intent: z.literal("add-report"),
      ...reportFields(today),
      documentId: optionalId("Choose a document from the list"),
      text: optionalText(REPORT_LIMITS.text, "The report's text"),
    })
    .refine((report) => !(report.documentId && report.text), {
      message: "Choose a document or paste the report's text, not both",
      path: ["text"],
    });
}
export type AddReportForm = z.infer<ReturnType<typeof addReportFormSchema>>;

/** The reports page's one form, named by its button's intent like every other. */
export function reportsActionSchema(today: string) {
  return z.discriminatedUnion("intent", [addReportFormSchema(today)]);
}

export function updateReportFormSchema(today: string) {
  return z.object({ intent: z.literal("update-report"), ...reportFields(today) });
}
export type ReportDetailsForm = Omit<z.infer<ReturnType<typeof updateReportFormSchema>>, "intent">;

export const removeReportFormSchema = z.object({ intent: z.literal("remove-report") });

const recommendationFields = {
  text: requiredText(
    REPORT_LIMITS.recommendation,
    "Enter the recommendation, in the report's words",
    "The recommendation",
  ),
  area: optionalChoice(AREAS_OF_NEED, "Choose an area of need from the list"),
  what: optionalText(REPORT_LIMITS.what, "What the help is"),
  who: optionalText(REPORT_LIMITS.detail, "Who gives it"),
  frequency: optionalText(REPORT_LIMITS.detail, "How often"),
  duration: optionalText(REPORT_LIMITS.detail, "How long"),
};

export const addRecommendationFormSchema = z.object({
  intent: z.literal("add-recommendation"),
  ...recommendationFields,
});

export const updateRecommendationFormSchema = z.object({
  intent: z.literal("update-recommendation"),
  id: z.uuid({ error: "Choose a recommendation to change" }),
  ...recommendationFields,
});
export type RecommendationForm = Omit<z.infer<typeof addRecommendationFormSchema>, "intent">;

/** What the parent does with one recommendation: confirm a suggestion, discard it, or put it back. */
export const recommendationStatusFormSchema = z.object({
  intent: z.enum(["confirm", "discard", "restore"]),
  id: z.uuid({ error: "Choose a recommendation" }),
});

export const confirmAllFormSchema = z.object({ intent: z.literal("confirm-all") });

export const ANSWERS = ["yes", "no", "unknown"] as const;
export type Answer = (typeof ANSWERS)[number];
export const ANSWER_LABELS: Record<Answer, string> = {
  yes: "Yes",
  no: "No",
  unknown: "Don't know",
};

/** A yes / no / don't know answer, stored as true, false or null. */
function answer(message: string) {
  return z
    .preprocess(
      (value) => (value === undefined || value === "" ? "unknown" : value),
      z.enum(ANSWERS, { error: message }),
    )
    .transform((value) => (value === "yes" ? true : value === "no" ? false : null));
}

/** The answer a stored true, false or null shows as. */
export function toAnswer(value: boolean | null): Answer {
  return value === true ? "yes" : value === false ? "no" : "unknown";
}

export const trackingFormSchema = z.object({
  intent: z.literal("track"),
  id: z.uuid({ error: "Choose a recommendation" }),
  provisionIds: z
    .preprocess(
      (value) =>
        value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value],
      z.array(z.uuid({ error: "Choose support from the list" })),
    )
    .transform((ids) => [...new Set(ids)]),
  inEhcPlan: answer("Choose yes, no or don't know for the EHC plan"),
  isBeingDelivered: answer("Choose yes, no or don't know for whether it is being delivered"),
});
export type TrackingForm = Omit<z.infer<typeof trackingFormSchema>, "intent" | "id">;

/** Every form on a report's page, told apart by its button's intent. */
export function reportActionSchema(today: string) {
  return z.discriminatedUnion("intent", [
    updateReportFormSchema(today),
    removeReportFormSchema,
    addRecommendationFormSchema,
    updateRecommendationFormSchema,
    recommendationStatusFormSchema,
    confirmAllFormSchema,
    trackingFormSchema,
  ]);
}
