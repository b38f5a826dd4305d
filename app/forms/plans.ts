// Form schemas for EHC plans: adding a plan (pasted or from an uploaded document), changing or
// removing one of its lines, deleting it, and the family's own priorities.
import { z } from "zod";
import { AREAS_OF_NEED } from "~/domain/areas-of-need";
import { EHC_PLAN_STAGES } from "~/domain/codes/ehc-plans";
import { PLAN_SECTIONS } from "~/domain/plans/split-plan";
import { calendarDate, optionalChoice, optionalText, requiredText } from "./fields";

export const PLAN_LIMITS = { title: 200, text: 200_000, line: 2000, priority: 300 } as const;

export { EHC_PLAN_STAGES, EHC_PLAN_STAGE_LABELS } from "~/domain/codes/ehc-plans";

export function createPlanFormSchema(today: string) {
  return z
    .object({
      intent: z.literal("create"),
      stage: z.preprocess((v) => (v === undefined ? "" : v), z.enum(EHC_PLAN_STAGES, { error: "Choose whether it is a draft, final or amended plan" })),
      title: requiredText(PLAN_LIMITS.title, "Enter a name for the plan, for example: Draft plan, October 2026", "The name"),
      issuedOn: calendarDate({ name: "the date on the plan", required: false, notAfter: today }),
      documentId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid({ error: "Choose a document from the list" }).nullable()),
      text: optionalText(PLAN_LIMITS.text, "The plan's text"),
    })
    .superRefine((form, ctx) => {
      if (!form.documentId && !form.text)
        ctx.addIssue({ code: "custom", path: ["text"], message: "Paste the plan's text, or choose the uploaded plan from your documents" });
    });
}

export const updatePlanLineFormSchema = z.object({
  intent: z.literal("update-line"),
  lineId: z.uuid(),
  text: requiredText(PLAN_LIMITS.line, "Enter the line's words", "The line"),
  section: z.enum(PLAN_SECTIONS, { error: "Choose a section" }),
  area: optionalChoice(AREAS_OF_NEED, "Choose an area of need from the list"),
});

export const removePlanLineFormSchema = z.object({ intent: z.literal("remove-line"), lineId: z.uuid() });

export const addPriorityFormSchema = z.object({
  intent: z.literal("add-priority"),
  priority: requiredText(PLAN_LIMITS.priority, "Enter what you want for your child", "The priority"),
  priorityArea: optionalChoice(AREAS_OF_NEED, "Choose an area of need from the list"),
});

export const removePriorityFormSchema = z.object({ intent: z.literal("remove-priority"), id: z.uuid() });

/** Every form on the plans page, told apart by its button's intent. */
export function plansActionSchema(today: string) {
  return z.discriminatedUnion("intent", [createPlanFormSchema(today), addPriorityFormSchema, removePriorityFormSchema]);
}

export const deletePlanFormSchema = z.object({ intent: z.literal("delete") });

/** Every form on one plan's page, told apart by its button's intent. */
export const planActionSchema = z.discriminatedUnion("intent", [updatePlanLineFormSchema, removePlanLineFormSchema, deletePlanFormSchema]);
