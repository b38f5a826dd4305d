// Form schemas for the statutory timeline: recording what happened in the EHC process (a request
// received, a decision, a plan…) and on which day, so the deadlines can be worked out from it.
import { z } from "zod";
import { TRANSFERS, type Transfer } from "~/domain/codes/statutory";
import { DEADLINE_KEYS, type DeadlineKey } from "~/domain/deadlines/deadline-definitions";
import { RECEIPT_EVENT_TYPES, receiptDate, SENDING_METHODS, type SendingMethod } from "~/domain/statutory/receipt";
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
  annual_review_papers_received: "We received the papers for the annual review meeting",
  annual_review_meeting: "Annual review meeting (held, or the date it is planned for)",
  annual_review_report_sent: "The annual review report was sent to us",
  annual_review_decision_issued: "The council told us its decision after the annual review (no changes to the plan)",
  annual_review_completed: "Annual review finished",
  amendment_notice_issued: "The council sent proposed changes to the plan",
  amendment_comments_sent: "We sent our comments on the proposed changes",
  amended_plan_issued: "Final amended plan issued",
  amendment_withdrawn: "The council decided not to change the plan after all",
  plan_ceased: "The council decided to stop (cease) the EHC plan",
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

/** Types whose date can be in the future: a move or a review meeting that is planned. */
const FUTURE_ALLOWED: ReadonlySet<string> = new Set(["phase_transfer", "annual_review_meeting"]);


/** Whether a request sent by hand or email went before or after 5 pm. */
export const SENT_TIMES = ["before_5pm", "after_5pm"] as const;
export const SENT_TIME_LABELS: Record<(typeof SENT_TIMES)[number], string> = {
  before_5pm: "Before 5 pm",
  after_5pm: "After 5 pm",
};

function eventFields(today: string) {
  return {
    type: z.preprocess(
      (v) => (v === undefined ? "" : v),
      z.enum(STATUTORY_EVENT_TYPES, { error: "Choose what happened from the list" }),
    ),
    date: calendarDate({ name: "the date it happened", required: false }),
    sentBy: optionalChoice(SENDING_METHODS, "Choose how you sent it"),
    sentOn: calendarDate({ name: "the date you sent it", required: false, notAfter: today }),
    sentTime: optionalChoice(SENT_TIMES, "Choose before or after 5 pm"),
    transfer: optionalChoice(TRANSFERS, "Choose which move it is"),
    key: optionalChoice(DEADLINE_KEYS, "Choose a time limit from the list"),
    notes: optionalText(STATUTORY_LIMITS.notes, "Notes"),
  };
}

type EventShape = {
  type: StatutoryEventType;
  date: string | null;
  transfer: Transfer | null;
  key: DeadlineKey | null;
  sentBy: SendingMethod | null;
  sentOn: string | null;
  sentTime: (typeof SENT_TIMES)[number] | null;
};

/** A request whose receipt Clearpath can work out from how and when it was sent. */
function canWorkOutReceipt(event: EventShape): boolean {
  return RECEIPT_EVENT_TYPES.has(event.type) && event.sentBy !== null && event.sentOn !== null;
}

/**
 * A move needs to say which move; a date must be in the past except for a planned move or
 * meeting. A request may leave its date out when how and when it was sent are given: the day it
 * counts as received is worked out (decision 032).
 */
function checkEvent(today: string) {
  return (event: EventShape, ctx: z.RefinementCtx) => {
    if (event.date === null && !canWorkOutReceipt(event)) {
      const message = RECEIPT_EVENT_TYPES.has(event.type)
        ? "Enter the date the council received it, or how and when you sent it"
        : "Enter the date it happened, for example 27 3 2017";
      ctx.addIssue({ code: "custom", path: ["date"], message });
    }
    if (RECEIPT_EVENT_TYPES.has(event.type) && event.sentOn !== null && event.sentBy === null) {
      ctx.addIssue({ code: "custom", path: ["sentBy"], message: "Choose how you sent it" });
    }
    if (event.date !== null && event.sentOn !== null && RECEIPT_EVENT_TYPES.has(event.type) && event.date < event.sentOn) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "The day the council received it cannot be before the day you sent it" });
    }
    if (event.type === "phase_transfer" && event.transfer === null) {
      ctx.addIssue({ code: "custom", path: ["transfer"], message: "Choose which move it is" });
    }
    if (event.date !== null && event.date > today && !FUTURE_ALLOWED.has(event.type)) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "The date it happened must be today or in the past" });
    }
  };
}

/**
 * Keeps `transfer` only for a move, `key` only for an exception and the sending only for a request,
 * so nothing stale is saved. A request with no date gets the day it counts as received.
 */
function tidy<T extends EventShape>({ sentTime, ...event }: T) {
  const isRequest = RECEIPT_EVENT_TYPES.has(event.type);
  const sentBy = isRequest ? event.sentBy : null;
  const sentOn = isRequest && sentBy !== null ? event.sentOn : null;
  const sentAfter5pm = sentOn !== null && (sentBy === "by_hand" || sentBy === "email") && sentTime !== null ? sentTime === "after_5pm" : null;
  const date =
    event.date ?? receiptDate({ method: event.sentBy!, sentOn: event.sentOn!, isAfter5pm: sentAfter5pm ?? false }).date;
  return {
    ...event,
    date,
    transfer: event.type === "phase_transfer" ? event.transfer : null,
    key: event.type === "exception_claimed" ? event.key : null,
    sentBy: sentOn !== null ? sentBy : null,
    sentOn,
    sentAfter5pm,
  };
}

export function addStatutoryEventFormSchema(today: string) {
  return z
    .object({ intent: z.literal("add"), ...eventFields(today) })
    .superRefine(checkEvent(today))
    .transform(tidy);
}

export function updateStatutoryEventFormSchema(today: string) {
  return z
    .object({ intent: z.literal("update"), id: z.uuid({ error: "Choose an event to update" }), ...eventFields(today) })
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
