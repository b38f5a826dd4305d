// Form schemas for the statutory timeline: recording what happened in the EHC process (a request
// received, a decision, a plan…) and on which day, so the deadlines can be worked out from it.
import { z } from "zod";
import { TRANSFERS, type Transfer } from "~/domain/codes/statutory";
import { DEADLINE_KEYS, type DeadlineKey } from "~/domain/deadlines/deadline-definitions";
import { calendarDate, optionalChoice, optionalText } from "./fields";

export const STATUTORY_LIMITS = { notes: 2000 } as const;

/**
 * The events a parent can record, in the order they usually happen, each in plain words. Every
 * type is one the deadlines understand (KNOWN_EVENT_TYPES); the test checks it.
 */
export const EVENT_TYPE_LABELS = {
  ehcna_request_received: "The council received our request for an EHC needs assessment",
  ehcna_agreed: "The council decided to assess",
  ehcna_refused: "The council refused to assess",
  exception_claimed: "The council said an exception lets it take longer",
  ehcp_agreed: "The council decided to make an EHC plan",
  ehcp_refused: "The council refused to issue a plan",
  draft_plan_issued: "Draft plan issued",
  draft_plan_comments_sent: "We sent our comments on the draft plan",
  final_plan_issued: "Final plan issued",
  mediation_requested: "We told the council we want mediation",
  mediation_held: "Mediation held",
  mediation_declined: "We decided not to go to mediation",
  mediation_ended: "Mediation ended",
  mediation_certificate_issued: "Mediation certificate issued",
  appeal_lodged: "We sent an appeal to the SEND Tribunal",
  annual_review_meeting: "Annual review meeting held",
  annual_review_report_sent: "The annual review report was sent to us",
  annual_review_decision_issued: "The council told us its decision after the annual review",
  annual_review_completed: "Annual review finished",
  amendment_notice_issued: "The council sent proposed changes to the plan",
  amendment_comments_sent: "We sent our comments on the proposed changes",
  amended_plan_issued: "Final amended plan issued",
  amendment_withdrawn: "The council decided not to change the plan after all",
  phase_transfer: "My child will move to a new phase of education (the date of the move)",
  phase_transfer_plan_issued: "Plan naming the new school or college issued",
  plan_transfer_notified: "We moved and the old council was told",
  plan_transfer_completed: "The plan was passed to the new council",
  reassessment_requested: "We asked for a reassessment",
  reassessment_agreed: "The council agreed to reassess",
  reassessment_refused: "The council refused to reassess",
  subject_access_request_sent: "We asked the school for our child's records",
  subject_access_reply_received: "The school sent the records",
} as const satisfies Record<string, string>;

export type StatutoryEventType = keyof typeof EVENT_TYPE_LABELS;
export const STATUTORY_EVENT_TYPES = Object.keys(EVENT_TYPE_LABELS) as [StatutoryEventType, ...StatutoryEventType[]];

/** Other types the deadlines understand (e.g. from an import), shown in these words. */
const OTHER_TYPE_LABELS: Record<string, string> = {
  ehcna_decision_made: "The council decided whether to assess",
  ehcp_issue_decision_made: "The council decided whether to make an EHC plan",
  ehcp_final_issued: "Final plan issued",
  appeal_registered: "The SEND Tribunal registered our appeal",
  reassessment_decision_made: "The council decided whether to reassess",
};

/** Plain words for any event type; an unknown type is shown as it is stored. */
export function eventTypeLabel(type: string): string {
  return (EVENT_TYPE_LABELS as Record<string, string>)[type] ?? OTHER_TYPE_LABELS[type] ?? type;
}

export { TRANSFERS, TRANSFER_LABELS, type Transfer } from "~/domain/codes/statutory";

export { DEADLINE_LABELS } from "~/domain/deadlines/deadline-definitions";

/** Types whose date can be in the future: a move that is planned. */
const FUTURE_ALLOWED: ReadonlySet<string> = new Set(["phase_transfer"]);

function eventFields() {
  return {
    type: z.preprocess(
      (v) => (v === undefined ? "" : v),
      z.enum(STATUTORY_EVENT_TYPES, { error: "Choose what happened from the list" }),
    ),
    date: calendarDate({ name: "the date it happened", required: true }),
    transfer: optionalChoice(TRANSFERS, "Choose which move it is"),
    key: optionalChoice(DEADLINE_KEYS, "Choose a time limit from the list"),
    notes: optionalText(STATUTORY_LIMITS.notes, "Notes"),
  };
}

type EventShape = { type: StatutoryEventType; date: string | null; transfer: Transfer | null; key: DeadlineKey | null };

/** A move needs to say which move; a date must be in the past except for a planned move. */
function checkEvent(today: string) {
  return (event: EventShape, ctx: z.RefinementCtx) => {
    if (event.type === "phase_transfer" && event.transfer === null) {
      ctx.addIssue({ code: "custom", path: ["transfer"], message: "Choose which move it is" });
    }
    if (event.date !== null && event.date > today && !FUTURE_ALLOWED.has(event.type)) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "The date it happened must be today or in the past" });
    }
  };
}

/** Keeps `transfer` only for a move and `key` only for an exception, so nothing stale is saved. */
function tidy<T extends EventShape>(event: T) {
  return {
    ...event,
    date: event.date!,
    transfer: event.type === "phase_transfer" ? event.transfer : null,
    key: event.type === "exception_claimed" ? event.key : null,
  };
}

export function addStatutoryEventFormSchema(today: string) {
  return z
    .object({ intent: z.literal("add"), ...eventFields() })
    .superRefine(checkEvent(today))
    .transform(tidy);
}

export function updateStatutoryEventFormSchema(today: string) {
  return z
    .object({ intent: z.literal("update"), id: z.uuid({ error: "Choose an event to update" }), ...eventFields() })
    .superRefine(checkEvent(today))
    .transform(tidy);
}

export type StatutoryEventForm = Omit<z.infer<ReturnType<typeof addStatutoryEventFormSchema>>, "intent">;

export const removeStatutoryEventFormSchema = z.object({
  intent: z.literal("remove"),
  id: z.uuid({ error: "Choose an event to remove" }),
});


/** Every form on the assessment and plan page, told apart by its button's intent. */
export function statutoryActionSchema(today: string) {
  return z.discriminatedUnion("intent", [addStatutoryEventFormSchema(today), updateStatutoryEventFormSchema(today), removeStatutoryEventFormSchema]);
}
