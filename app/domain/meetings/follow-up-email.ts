// Emails drafted from a meeting's record, for the parent to check, change and send: a summary
// ("to confirm what we agreed…") that makes a written record of a spoken meeting, and a polite
// request for an update when agreed actions are overdue. The parent guides advise both.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import { formatWeekdayDate, salutation } from "../presentation";

/**
 * Days from sending that the draft asks for any corrections by. No law sets a time for this; a
 * week gives a busy school a fair chance to check the notes while the meeting is still fresh.
 */
export const FOLLOW_UP_REPLY_DAYS = 7;

export type MeetingForFollowUp = {
  date: CalendarDate;
  notes: string | null;
  agreed: string | null;
  actions: ReadonlyArray<{
    description: string;
    owner: string | null;
    dueDate: CalendarDate | null;
    status: "open" | "done" | "dropped";
  }>;
};

export type FollowUpEmailOptions = {
  meeting: MeetingForFollowUp;
  childName: string;
  /** The parent, who signs the email. */
  senderName: string;
  /** Who it is to, for the greeting; "Hello" when not known. */
  recipientName: string | null;
  /** The date the parent asks for a reply by; null leaves the date out. */
  replyBy: CalendarDate | null;
};

export type DraftEmail = { subject: string; body: string };

/**
 * The summary email after a meeting.
 *
 * Example: a meeting on 2026-10-20 about Sam, with "Sam will start a phonics group" agreed and one
 * action "Send the provision map" for Ms Patel by 2026-10-30, reply asked by 2026-11-06, gives
 * "Thank you for meeting with me on Tuesday 20 October 2026 …", then "To confirm what we agreed:",
 * the agreement, "Actions:", "- Send the provision map (Ms Patel, by Friday 30 October 2026)", and
 * "Please let me know by Friday 6 November 2026 if I have misunderstood anything."
 */
export function draftFollowUpEmail({
  meeting,
  childName,
  senderName,
  recipientName,
  replyBy,
}: FollowUpEmailOptions): DraftEmail {
  const agreed = meeting.agreed?.trim();
  const notes = meeting.notes?.trim();
  const actions = meeting.actions.filter((action) => action.status !== "dropped");
  const paragraphs = [
    greeting(recipientName),
    `Thank you for meeting with me on ${formatWeekdayDate(meeting.date)} to talk about ${childName}'s support. I am writing to make sure we have the same record of what was said.`,
    agreed
      ? `To confirm what we agreed:\n${agreed}`
      : notes
        ? `My notes of what we discussed:\n${notes}`
        : null,
    actions.length > 0
      ? `Actions:\n${actions.map((action) => `- ${describeAction(action)}${action.status === "done" ? " (done)" : ""}`).join("\n")}`
      : null,
    replyBy
      ? `Please let me know by ${formatWeekdayDate(replyBy)} if I have misunderstood anything. If I do not hear from you by then, I will keep this email as our record of the meeting.`
      : "Please let me know if I have misunderstood anything.",
    signOff(senderName),
  ];
  return {
    subject: `Our meeting on ${formatWeekdayDate(meeting.date)}: what we agreed about ${childName}'s support`,
    body: paragraphs.filter((paragraph): paragraph is string => paragraph !== null).join("\n\n"),
  };
}

/**
 * A polite request for an update on actions agreed at a meeting that are still open: the overdue
 * ones when there are any on `today`, otherwise every open one.
 *
 * Example: an action "Send the provision map" due 2026-10-30 and still open on 2026-11-13 gives
 * "At our meeting on Tuesday 20 October 2026 …", "- Send the provision map (Ms Patel, by Friday
 * 30 October 2026)" and "Could you let me know where things have got to".
 */
export function draftActionReminderEmail(
  options: FollowUpEmailOptions & { today: CalendarDate },
): DraftEmail {
  const { meeting, childName, senderName, recipientName, replyBy, today } = options;
  const open = meeting.actions.filter((action) => action.status === "open");
  const overdue = open.filter(
    (action) => action.dueDate !== null && compareDates(action.dueDate, today) < 0,
  );
  const chased = overdue.length > 0 ? overdue : open;
  const paragraphs = [
    greeting(recipientName),
    `At our meeting on ${formatWeekdayDate(meeting.date)} about ${childName}'s support, we agreed ${chased.length === 1 ? "this action" : "these actions"}, and I have not yet heard that ${chased.length === 1 ? "it has" : "they have"} been done:`,
    chased.map((action) => `- ${describeAction(action)}`).join("\n") || null,
    `Could you let me know where things have got to, and when I can expect ${chased.length === 1 ? "it" : "them"} to be done?${replyBy ? ` It would help to hear from you by ${formatWeekdayDate(replyBy)}.` : ""}`,
    signOff(senderName),
  ];
  return {
    subject: `Update on the actions from our meeting on ${formatWeekdayDate(meeting.date)} about ${childName}`,
    body: paragraphs.filter((paragraph): paragraph is string => paragraph !== null).join("\n\n"),
  };
}

/** "Send the provision map (Ms Patel, by Friday 30 October 2026)"; missing parts are left out. */
export function describeAction(action: {
  description: string;
  owner: string | null;
  dueDate: CalendarDate | null;
}): string {
  const details = [
    action.owner,
    action.dueDate ? `by ${formatWeekdayDate(action.dueDate)}` : null,
  ].filter(Boolean);
  return details.length > 0 ? `${action.description} (${details.join(", ")})` : action.description;
}

function greeting(recipientName: string | null): string {
  return salutation(recipientName, "Hello,");
}

function signOff(senderName: string): string {
  return `Kind regards,\n${senderName}`;
}
