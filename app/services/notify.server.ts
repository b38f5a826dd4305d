// The emails Clearpath sends when people work together: invitations, comments, bookings. All go
// through the one mail layer (SMTP, or the development outbox).
import { sendMail } from "./mail.server";
import { formatDateOf, formatWeekdayDateTime, plural } from "~/domain/presentation";

const LEVEL_WORDS = { read: "read", comment: "read and comment on", write: "read, comment on and edit" } as const;

export async function sendInvitationEmail(invitation: {
  email: string;
  inviterName: string;
  childName: string;
  role: "carer" | "adviser";
  level: "read" | "comment" | "write";
  accessEndsAt: Date | null;
  expiresAt: Date;
  link: string;
}): Promise<void> {
  const until = invitation.accessEndsAt ? ` until ${formatDateOf(invitation.accessEndsAt)}` : "";
  await sendMail({
    to: invitation.email,
    subject: `${invitation.inviterName} has shared ${invitation.childName}'s case with you on Clearpath`,
    text: [
      `${invitation.inviterName} has invited you, as ${invitation.role === "adviser" ? "an adviser" : "a second carer"}, to ${LEVEL_WORDS[invitation.level]} ${invitation.childName}'s case on Clearpath${until}.`,
      "",
      `Open this link to accept. It works once, until ${formatDateOf(invitation.expiresAt)}. You will need to sign in, or create an account, with this email address.`,
      invitation.link,
      "",
      "If you did not expect this, you can ignore this email.",
    ].join("\n"),
  });
}

export async function sendCommentEmail(message: { to: string; authorName: string; childName: string; pageTitle: string; body: string; link: string }) {
  await sendMail({
    to: message.to,
    subject: `${message.authorName} commented on ${message.childName}'s case`,
    text: [
      `${message.authorName} wrote a comment on "${message.pageTitle}" in ${message.childName}'s case:`,
      "",
      message.body,
      "",
      `Read it and reply here: ${message.link}`,
    ].join("\n"),
  });
}

/** The confirmation of a booked (or moved) session, with the calendar invitation attached. */
export async function sendBookingEmails(booking: {
  id: string;
  startsAt: Date;
  endsAt: Date;
  typeName: string;
  parent: { name: string; email: string };
  adviser: { name: string; email: string };
  organisationName: string;
  noticeHours: number;
  link: string;
  sharedCase: string | null;
  invite: string;
}) {
  const when = formatWeekdayDateTime(booking.startsAt);
  const attachments = [{ filename: "session.ics", content: booking.invite, contentType: "text/calendar; method=REQUEST" }];
  await sendMail({
    to: booking.parent.email,
    subject: `Booked: ${booking.typeName} with ${booking.adviser.name}, ${when}`,
    text: [
      `Your ${booking.typeName} with ${booking.adviser.name} of ${booking.organisationName} is booked for ${when} (UK time).`,
      booking.sharedCase ? `You shared ${booking.sharedCase}'s case with ${booking.adviser.name} for this session. You can end that at any time on the case's Sharing page.` : "",
      "",
      `The calendar invitation is attached. You can cancel or move the session up to ${plural(booking.noticeHours, "hour")} before it starts: ${booking.link}`,
    ]
      .filter((line, index, all) => line !== "" || all[index - 1] !== "")
      .join("\n"),
    attachments,
  });
  await sendMail({
    to: booking.adviser.email,
    subject: `New session: ${booking.typeName} with ${booking.parent.name}, ${when}`,
    text: [`${booking.parent.name} has booked a ${booking.typeName} with you for ${when} (UK time).`, "", `Details: ${booking.link}`].join("\n"),
    attachments,
  });
}

export async function sendCancellationEmail(booking: { to: string[]; typeName: string; startsAt: Date; who: string }) {
  for (const to of booking.to) {
    await sendMail({
      to,
      subject: `Cancelled: ${booking.typeName}, ${formatWeekdayDateTime(booking.startsAt)}`,
      text: `${booking.who} cancelled the ${booking.typeName} booked for ${formatWeekdayDateTime(booking.startsAt)} (UK time).`,
    });
  }
}
