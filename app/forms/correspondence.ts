// Form schemas for the correspondence log: a letter, email or call, sent or received, with the
// date a reply was asked for, what it answers, and when it was answered.
import { z } from "zod";
import { CORRESPONDENCE_FILTERS } from "~/domain/correspondence/reply-status";
import { calendarDate, optionalText, requiredText } from "./fields";

import { CHANNELS, DIRECTIONS } from "~/domain/codes/correspondence";

export { CHANNELS, CHANNEL_LABELS, DIRECTIONS, DIRECTION_LABELS, type Channel, type Direction } from "~/domain/codes/correspondence";

export const CORRESPONDENCE_LIMITS = { party: 200, subject: 200, body: 20000 } as const;

export { CORRESPONDENCE_FILTERS };
export type { CorrespondenceFilter } from "~/domain/correspondence/reply-status";

export function correspondenceFormSchema(today: string) {
  return (
    z
      .object({
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
      })
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
      // The date is required, so it is there once parsed. Only what the parent sent waits for a reply.
      .transform((form) => ({
        ...form,
        date: form.date!,
        ...(form.direction === "sent" ? {} : { replyBy: null, repliedOn: null }),
      }))
  );
}
export type CorrespondenceForm = z.infer<ReturnType<typeof correspondenceFormSchema>>;

export const removeCorrespondenceFormSchema = z.object({
  intent: z.literal("remove"),
  id: z.uuid({ error: "Choose an item to remove" }),
});

export const correspondenceFilterSchema = z.enum(CORRESPONDENCE_FILTERS).catch("all");
