// Form schemas for meetings: planning one, the parent's questions for it, the record of what was
// said and agreed, the actions, and the follow-up email.
import { z } from "zod";
import { ACTION_STATUSES, MEETING_KINDS } from "~/domain/codes/meetings";
import { MEETING_QUESTION_IDS } from "~/domain/meetings/question-bank";
import { calendarDate, checkboxes, optionalText, requiredText } from "./fields";

export {
  ACTION_STATUS_CHANGED,
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  MEETING_KINDS,
  MEETING_KIND_LABELS,
  type ActionStatus,
  type MeetingKind,
} from "~/domain/codes/meetings";

export const MEETING_LIMITS = {
  title: 200,
  attendees: 2000,
  attendee: 200,
  attendeeCount: 30,
  notes: 10000,
  agreed: 5000,
  questions: 5000,
  action: 500,
  owner: 200,
  recipient: 254,
  subject: 200,
  body: 20000,
} as const;

const asString = (value: unknown) => (typeof value === "string" ? value : "");

/** The people at a meeting, typed one a line: trimmed, blank lines dropped. */
const attendeeLines = z.preprocess(
  asString,
  z
    .string()
    .max(
      MEETING_LIMITS.attendees,
      `Who was there must be ${MEETING_LIMITS.attendees} characters or fewer`,
    )
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ""),
    )
    .refine(
      (lines) => lines.length <= MEETING_LIMITS.attendeeCount,
      `List at most ${MEETING_LIMITS.attendeeCount} people, one a line`,
    )
    .refine(
      (lines) => lines.every((line) => line.length <= MEETING_LIMITS.attendee),
      `Write each person on a line of ${MEETING_LIMITS.attendee} characters or fewer`,
    ),
);

const kind = z.preprocess(
  (v) => (v === undefined || v === "" ? "other" : v),
  z.enum(MEETING_KINDS, { error: "Choose what kind of meeting it is from the list" }),
);

export const planMeetingFormSchema = z.object({
  date: calendarDate({ name: "the date of the meeting", required: true }),
  kind,
  title: optionalText(MEETING_LIMITS.title, "What the meeting is about"),
  attendees: attendeeLines,
});
export type PlanMeetingForm = z.infer<typeof planMeetingFormSchema>;

export const meetingRecordFormSchema = z.object({
  intent: z.literal("record"),
  date: calendarDate({ name: "the date of the meeting", required: true }),
  kind,
  title: optionalText(MEETING_LIMITS.title, "What the meeting is about"),
  attendees: attendeeLines,
  parentAttended: z
    .preprocess(
      (v) => (v === undefined || v === "" ? "yes" : v),
      z.enum(["yes", "no"], { error: "Choose yes or no" }),
    )
    .transform((v) => v === "yes"),
  notes: optionalText(MEETING_LIMITS.notes, "What was discussed"),
  agreed: optionalText(MEETING_LIMITS.agreed, "What was agreed"),
});
export type MeetingRecordForm = Omit<z.infer<typeof meetingRecordFormSchema>, "intent">;

export const meetingQuestionsFormSchema = z.object({
  questions: optionalText(MEETING_LIMITS.questions, "Your own questions"),
  picked: checkboxes(MEETING_QUESTION_IDS, "Choose questions from the list"),
});

const actionFields = {
  description: requiredText(
    MEETING_LIMITS.action,
    "Enter what will be done, for example Send the provision map",
    "What will be done",
  ),
  owner: optionalText(MEETING_LIMITS.owner, "Who will do it"),
  dueDate: calendarDate({ name: "the date it is due", required: false }),
};

export const addActionFormSchema = z.object({ intent: z.literal("add-action"), ...actionFields });
export const editActionFormSchema = z.object({
  intent: z.literal("edit-action"),
  id: z.uuid({ error: "Choose an action to change" }),
  ...actionFields,
});
export type ActionForm = Omit<z.infer<typeof addActionFormSchema>, "intent">;

export const actionStatusFormSchema = z.object({
  intent: z.literal("action-status"),
  id: z.uuid({ error: "Choose an action" }),
  status: z.enum(ACTION_STATUSES, { error: "Choose done, dropped or still to do" }),
});

export const removeActionFormSchema = z.object({
  intent: z.literal("remove-action"),
  id: z.uuid({ error: "Choose an action to remove" }),
});

export const removeMeetingFormSchema = z.object({ intent: z.literal("remove-meeting") });

/** Every form on a meeting's page, told apart by its button's intent. */
export const meetingActionSchema = z.discriminatedUnion("intent", [
  meetingRecordFormSchema,
  addActionFormSchema,
  editActionFormSchema,
  actionStatusFormSchema,
  removeActionFormSchema,
  removeMeetingFormSchema,
]);

export const FOLLOW_UP_INTENTS = ["sent", "download-txt", "download-eml"] as const;

/** The follow-up email as the parent leaves it: to whom, subject, words, and the reply-by date. */
export function followUpFormSchema(today: string) {
  return z
    .object({
      intent: z.enum(FOLLOW_UP_INTENTS, { error: "Choose what to do with the email" }),
      draft: z.enum(["summary", "reminder"]).catch("summary"),
      to: z.preprocess(
        asString,
        z
          .string()
          .trim()
          .min(1, "Enter the email address to send it to, like name@example.com")
          .max(
            MEETING_LIMITS.recipient,
            `The email address must be ${MEETING_LIMITS.recipient} characters or fewer`,
          )
          .pipe(
            z.email({
              error: "Enter the email address in the right format, like name@example.com",
            }),
          ),
      ),
      subject: requiredText(MEETING_LIMITS.subject, "Enter a subject for the email", "The subject"),
      body: requiredText(
        MEETING_LIMITS.body,
        "Write the email, or start again from the draft",
        "The email",
      ),
      replyBy: calendarDate({ name: "the date to reply by", required: false }),
    })
    .refine((form) => form.replyBy === null || form.replyBy >= today, {
      message: "The date to reply by must be today or later",
      path: ["replyBy"],
      when: (payload) => payload.issues.length === 0,
    });
}
export type FollowUpForm = z.infer<ReturnType<typeof followUpFormSchema>>;

/** The follow-up page's one form: its buttons (log as sent, or download) share its fields. */
export function followUpActionSchema(today: string) {
  return z.discriminatedUnion("intent", [followUpFormSchema(today)]);
}
