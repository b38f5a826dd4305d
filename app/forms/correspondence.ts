// Form schemas for the correspondence log: a letter, email or call, sent or received, with the
// date a reply was asked for, what it answers, and when it was answered.
import { z } from "zod";
import { CORRESPONDENCE_FILTERS } from "~/domain/correspondence/reply-status";
import { calendarDate, optionalText, requiredText } from "./fields";

import { CHANNELS, DIRECTIONS, type Direction } from "~/domain/codes/correspondence";

export { CHANNELS, CHANNEL_LABELS, DIRECTIONS, DIRECTION_LABELS, type Channel, type Direction } from "~/domain/codes/correspondence";

export const CORRESPONDENCE_LIMITS = { party: 200, subject: 200, body: 20000 } as const;

export { CORRESPONDENCE_FILTERS };
export type { CorrespondenceFilter } from "~/domain/correspondence/reply-status";

function correspondenceFields(today: string) {
  return {
    direction: z.enum(DIRECTIONS, { error: "Choose whether you sent it or received it" }),
    date: calendarDate({ name: "the date", required: true, notAfter: today }),
    channel: z.preprocess(
      (v) => (v === undefined || v === "" ? "email" : v),
      z.enum(CHANNELS, { error: "Choose how it was sent from the list" }),
    ),
    from: optionalText(CORRESPONDENCE_LIMITS.party, "Who it is from"),
    to: optionalText(CORRESPONDENCE_LIMITS.party, "Who it is to"),
    subject: requiredText(
      CORRESPONDENCE_LIMITS.subject,
      "Enter the subject, or what it was about",
      "The subject",
    ),
    body: optionalText(CORRESPONDENCE_LIMITS.body, "The summary or text"),
    replyBy: calendarDate({ name: "the date you asked for a reply by", required: false }),
    inReplyTo: z.preprocess(
      (v) => (v === undefined || v === "" ? null : v),
      z.uuid({ error: "Choose what this answers from the list" }).nullable(),
    ),
    repliedOn: calendarDate({
      name: "the date of the reply",
      required: false,
      notAfter: today,
    }),
  };
}

type EntryDates = { direction: Direction; date: string | null; replyBy: string | null; repliedOn: string | null };

/** The reply dates come on or after the date it was sent; only what the parent sent waits for a reply. */
function withReplyDates<T extends z.ZodType<EntryDates>>(schema: T) {
  return (
    schema
      .refine((form) => form.replyBy === null || form.replyBy >= form.date!, {
        message: "The date to reply by must be on or after the date it was sent",
        path: ["replyBy"],
        when: (payload) => payload.issues.length === 0,
      })
      .refine((form) => form.repliedOn === null || form.repliedOn >= form.date!, {
        message: "The date of the reply must be on or after the date it was sent",
        path: ["repliedOn"],
        when: (payload) => payload.issues.length === 0,
      })
      // The date is required, so it is there once parsed.
      .transform((form) => ({
        ...form,
        date: form.date!,
        ...(form.direction === "sent" ? {} : { replyBy: null, repliedOn: null }),
      }))
  );
}

export function addCorrespondenceFormSchema(today: string) {
  return withReplyDates(z.object({ intent: z.literal("add"), ...correspondenceFields(today) }));
}
export type CorrespondenceForm = Omit<z.infer<ReturnType<typeof addCorrespondenceFormSchema>>, "intent">;

export function updateCorrespondenceFormSchema(today: string) {
  return withReplyDates(
    z.object({ intent: z.literal("update"), id: z.uuid({ error: "Choose an item to change" }), ...correspondenceFields(today) }),
  );
}

export const removeCorrespondenceFormSchema = z.object({
  intent: z.literal("remove"),
  id: z.uuid({ error: "Choose an item to remove" }),
});

/** Every form on the correspondence page, told apart by its button's intent. */
export function correspondenceActionSchema(today: string) {
  return z.discriminatedUnion("intent", [
    addCorrespondenceFormSchema(today),
    updateCorrespondenceFormSchema(today),
    removeCorrespondenceFormSchema,
  ]);
}

export const correspondenceFilterSchema = z.enum(CORRESPONDENCE_FILTERS).catch("all");
