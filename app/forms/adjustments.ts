// Form schemas for the register of reasonable adjustments: adding one, and updating it as the
// school answers and as it is reviewed.
import { z } from "zod";
import { ADJUSTMENT_STATUSES } from "~/domain/codes/adjustments";
import { calendarDate, optionalText, requiredText } from "./fields";

export { ADJUSTMENT_STATUSES, ADJUSTMENT_STATUS_LABELS, type AdjustmentStatus } from "~/domain/codes/adjustments";

export const ADJUSTMENT_LIMITS = {
  description: 1000,
  requestedBy: 100,
  reason: 2000,
  reviewNote: 2000,
} as const;

function adjustmentFields(today: string) {
  return {
    description: requiredText(
      ADJUSTMENT_LIMITS.description,
      "Enter what was asked for, for example Ear defenders in assembly",
      "What was asked for",
    ),
    requestedOn: calendarDate({
      name: "the date it was asked for",
      required: false,
      notAfter: today,
    }),
    requestedBy: optionalText(ADJUSTMENT_LIMITS.requestedBy, "Who asked for it"),
    status: z.preprocess(
      (v) => (v === undefined || v === "" ? "requested" : v),
      z.enum(ADJUSTMENT_STATUSES, { error: "Choose the school's answer from the list" }),
    ),
    respondedOn: calendarDate({ name: "the date of the answer", required: false, notAfter: today }),
    reason: optionalText(ADJUSTMENT_LIMITS.reason, "The reason given"),
    reviewNote: optionalText(ADJUSTMENT_LIMITS.reviewNote, "Whether it works"),
  };
}

type Dated = { requestedOn: string | null; respondedOn: string | null };

const answerAfterRequest = {
  message: "The date of the answer must be on or after the date it was asked for",
  path: ["respondedOn"],
  when: (payload: { issues: ReadonlyArray<{ path?: PropertyKey[] }> }) =>
    payload.issues.every(
      (issue) => !["requestedOn", "respondedOn"].includes(String(issue.path?.[0])),
    ),
};

const isAnswerAfterRequest = (a: Dated) =>
  !a.requestedOn || !a.respondedOn || a.respondedOn >= a.requestedOn;

export function addAdjustmentFormSchema(today: string) {
  return z
    .object({ intent: z.literal("add"), ...adjustmentFields(today) })
    .refine(isAnswerAfterRequest, answerAfterRequest);
}

export function updateAdjustmentFormSchema(today: string) {
  return z
    .object({
      intent: z.literal("update"),
      id: z.uuid({ error: "Choose an adjustment to update" }),
      ...adjustmentFields(today),
    })
    .refine(isAnswerAfterRequest, answerAfterRequest);
}
export type AdjustmentForm = Omit<z.infer<ReturnType<typeof addAdjustmentFormSchema>>, "intent">;

export const removeAdjustmentFormSchema = z.object({
  intent: z.literal("remove"),
  id: z.uuid({ error: "Choose an adjustment to remove" }),
});

/** Every form on the adjustments page, told apart by its button's intent. */
export function adjustmentsActionSchema(today: string) {
  return z.discriminatedUnion("intent", [addAdjustmentFormSchema(today), updateAdjustmentFormSchema(today), removeAdjustmentFormSchema]);
}
