// Form schemas for the statutory timeline: recording what happened in the EHC process (a request
// received, a decision, a plan…) and on which day, so the deadlines can be worked out from it.
import { z } from "zod";
import { STATUTORY_EVENT_TYPES, TRANSFERS, type StatutoryEventType, type Transfer } from "~/domain/codes/statutory";
import { DEADLINE_KEYS, type DeadlineKey } from "~/domain/deadlines/deadline-definitions";
import { RECEIPT_EVENT_TYPES, receiptDate, SENDING_METHODS, type SendingMethod } from "~/domain/statutory/receipt";
import { calendarDate, optionalChoice, optionalText } from "./fields";

export const STATUTORY_LIMITS = { notes: 2000 } as const;

export {
  EVENT_TYPE_LABELS,
  eventTypeLabel,
  STATUTORY_EVENT_TYPES,
  TRANSFERS,
  TRANSFER_LABELS,
  type StatutoryEventType,
  type Transfer,
} from "~/domain/codes/statutory";

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
