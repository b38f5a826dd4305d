// The follow-up email after a meeting, drafted from its notes: a summary that confirms what was
// agreed, or a request for an update on actions that are overdue. The parent edits it, copies it
// or downloads it (.txt, or .eml to open in their mail program), and logs it as sent.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/meeting-follow-up";
import { openCase } from "~/auth/case-route.server";
import {
  DateField,
  ErrorSummary,
  TextArea,
  TextField,
  typedDate,
  typedOr,
} from "~/components/form";
import { formatDate } from "~/domain/presentation";
import { CopyButton } from "~/components/meetings/copy-button";
import { meetingName } from "~/components/meetings/meeting-name";
import { followUpActionSchema, followUpFormSchema, MEETING_LIMITS, type FollowUpForm } from "~/forms/meetings";
import { dateParts } from "~/forms/fields";
import { parseForm, parseIntentForm, readForm } from "~/forms/parse";
import { getCase } from "~/data/cases.server";
import { listMeetingCorrespondence, logCorrespondence } from "~/data/correspondence.server";
import { getMeeting } from "~/data/meetings.server";
import { addDays } from "~/domain/calendar/calendar-date";
import { buildEmailMessage, formatEmailAsText } from "~/domain/meetings/email-message";
import {
  draftActionReminderEmail,
  draftFollowUpEmail,
  FOLLOW_UP_REPLY_DAYS,
} from "~/domain/meetings/follow-up-email";
import { redirectWithFlash } from "~/services/flash.server";

export const handle: RouteHandle = { page: { name: "Meetings: one record", section: "letters" } };

export const meta: Route.MetaFunction = () => [{ title: "Follow-up email – Clearpath" }];

/**
 * Downloads are answered here, before the route's action: an action's answer becomes page data,
 * but a download must reach the browser as a file. They change nothing, so read access is enough.
 * A submission with problems goes on to the action, which shows them on the page.
 */
export const middleware: Route.MiddlewareFunction[] = [
  async ({ request, context, params }, next) => {
    if (request.method !== "POST") return next();
    const formData = await readForm(request.clone());
    const intent = formData.get("intent");
    if (intent !== "download-txt" && intent !== "download-eml") return next();
    const { access, today } = await openCase({ request, context, params }, "read");
    const meeting = await getMeeting(access, params.meetingId);
    const form = parseForm(formData, followUpFormSchema(today));
    if (!form.ok) return next();
    const email = { to: form.data.to, subject: form.data.subject, body: form.data.body };
    const isEml = intent === "download-eml";
    return new Response(isEml ? buildEmailMessage(email) : formatEmailAsText(email), {
      headers: {
        "Content-Type": isEml ? "message/rfc822" : "text/plain; charset=utf-8",
        // The name is made only from the meeting's date, never from what was typed.
        "Content-Disposition": `attachment; filename="meeting-follow-up-${meeting.date}.${isEml ? "eml" : "txt"}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
      },
    });
  },
];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, access, can, today } = await openCase({ request, context, params }, "read");
  const [meeting, found] = await Promise.all([
    getMeeting(access, params.meetingId),
    getCase(access),
  ]);
  const hasOpenActions = meeting.actions.some((action) => action.status === "open");
  const draft =
    new URL(request.url).searchParams.get("draft") === "reminder" && hasOpenActions
      ? "reminder"
      : "summary";
  const replyBy = addDays(today, FOLLOW_UP_REPLY_DAYS);
  const options = {
    meeting,
    childName: found.childName,
    senderName: user.name,
    recipientName: found.sencoEmail ? found.sencoName : null,
    replyBy,
  };
  const email =
    draft === "reminder"
      ? draftActionReminderEmail({ ...options, today })
      : draftFollowUpEmail(options);
  const logged = await listMeetingCorrespondence(access, meeting.id);
  return {
    caseId: access.caseId,
    canWrite: can.write,
    meeting: {
      id: meeting.id,
      date: meeting.date,
      name: meetingName(meeting),
      hasRecord: Boolean(meeting.notes || meeting.agreed || meeting.actions.length > 0),
    },
    hasOpenActions,
    draft,
    email: { to: found.sencoEmail ?? "", ...email, replyBy },
    hasSencoEmail: Boolean(found.sencoEmail),
    logged: logged.map((item) => ({
      id: item.id,
      date: item.date,
      to: item.to,
      subject: item.subject,
      replyBy: item.replyBy,
      repliedOn: item.repliedOn,
    })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const formData = await readForm(request);
  // Logging the email changes the case; looking at problems with a download does not. The gate
  // comes first, so the need is read from the raw intent: anything but "sent" asks only to read.
  const need = formData.get("intent") === "sent" ? "write" : "read";
  const { user, access, today } = await openCase({ request, context, params }, need);
  const meeting = await getMeeting(access, params.meetingId);
  const form = parseIntentForm(formData, followUpActionSchema(today));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const here = `/cases/${access.caseId}/meetings/${meeting.id}/follow-up`;
  switch (form.data.intent) {
    case "download-txt":
    case "download-eml":
      // The middleware answers a download that is ready; one that reaches here did not get through.
      return redirectWithFlash(here, "Your browser could not download the email. Please try again.");
    case "sent":
      await logFollowUp(access, meeting.id, user.name, form.data, today);
      return redirectWithFlash(
        `/cases/${access.caseId}/correspondence`,
        form.data.replyBy
          ? `Follow-up email logged as sent. Reply asked for by ${formatDate(form.data.replyBy)}.`
          : "Follow-up email logged as sent.",
      );
  }
}

function logFollowUp(
  access: Parameters<typeof logCorrespondence>[0],
  meetingId: string,
  senderName: string,
  form: FollowUpForm,
  today: string,
) {
  return logCorrespondence(access, {
    direction: "sent",
    date: today,
    channel: "email",
    from: senderName,
    to: form.to,
    subject: form.subject,
    body: form.body,
    kind: "meeting_follow_up",
    replyBy: form.replyBy,
    meetingId,
  });
}

export default function MeetingFollowUp({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, meeting, email, draft, hasOpenActions, logged, canWrite } = loaderData;
  const here = `/cases/${caseId}/meetings/${meeting.id}`;
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <section className="narrow">
      <p>
        <Link to={here}>Back to the meeting</Link>
      </p>
      <h1>Follow-up email</h1>
      <p className="lead">
        About the meeting on {formatDate(meeting.date)}: {meeting.name}.
      </p>

      {logged.length > 0 ? (
        <div className="panel">
          <h2 className="note__title">Already sent</h2>
          <ul className="link-list">
            {logged.map((item) => (
              <li key={item.id}>
                {formatDate(item.date)}: {item.subject ?? "Email"}
                {item.to ? `, to ${item.to}` : ""}
                {item.repliedOn
                  ? `. Replied on ${formatDate(item.repliedOn)}`
                  : item.replyBy
                    ? `. Reply asked for by ${formatDate(item.replyBy)}`
                    : ""}
                .
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/cases/${caseId}/correspondence`}>See the correspondence log</Link>
          </p>
        </div>
      ) : null}

      {hasOpenActions ? (
        <nav aria-label="Which email" className="draft-choice">
          <ul className="inline-links">
            <li>
              <Link to="?draft=summary" aria-current={draft === "summary" ? "page" : undefined}>
                Summary of the meeting
              </Link>
            </li>
            <li>
              <Link to="?draft=reminder" aria-current={draft === "reminder" ? "page" : undefined}>
                Ask for an update on the actions
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}

      {!meeting.hasRecord && draft === "summary" ? (
        <p className="note">
          There are no notes for this meeting yet, so the draft is short.{" "}
          <Link to={here}>Add what was said and agreed</Link> and the email will include it.
        </p>
      ) : null}

      <p>
        {draft === "reminder"
          ? "We drafted a polite request for an update on the actions that are still open. Read it and change anything you want."
          : "We drafted this from your notes. Read it and change anything that is not right: it should say what you understood, in your words."}{" "}
        Then copy it into a new email, or download it, and send it from your own email account.
      </p>

      <ErrorSummary errors={errors} labels={{ replyBy: "date" }} />
      <Form method="post" reloadDocument noValidate key={draft}>
        <input type="hidden" name="draft" value={draft} />
        <TextField
          name="to"
          label="To"
          type="email"
          autoComplete="off"
          hint={
            loaderData.hasSencoEmail
              ? "The SENCO's email address, from the profile."
              : "Add the SENCO's email address to the profile and it will be filled in here."
          }
          maxLength={MEETING_LIMITS.recipient}
          errors={errors}
          defaultValue={typedOr(values, "to", email.to)}
        />
        <TextField
          name="subject"
          label="Subject"
          maxLength={MEETING_LIMITS.subject}
          errors={errors}
          defaultValue={typedOr(values, "subject", email.subject)}
        />
        <TextArea
          name="body"
          label="Email"
          rows={18}
          maxLength={MEETING_LIMITS.body}
          errors={errors}
          defaultValue={typedOr(values, "body", email.body)}
        />
        <CopyButton fieldId="field-body" label="Copy the email" />
        <DateField
          name="replyBy"
          legend="Reply asked for by (optional)"
          hint="The date in the email. If you change it here, change it in the email too."
          errors={errors}
          value={typedDate(values, "replyBy", dateParts(email.replyBy))}
        />
        <div className="actions">
          <button type="submit" name="intent" value="download-txt" className="secondary">
            Download as a text file
          </button>
          <button type="submit" name="intent" value="download-eml" className="secondary">
            Download for your email program
          </button>
        </div>
        <p className="hint">
          The email program file (.eml) opens as a new email in programs such as Outlook, Apple Mail
          or Thunderbird.
        </p>
        {canWrite ? (
          <>
            <h2>When you have sent it</h2>
            <p>
              Log it in your correspondence, with the date you asked for a reply by. If no reply
              comes, the overview will show it.
            </p>
            <div className="actions">
              <button type="submit" name="intent" value="sent">
                I have sent it
              </button>
            </div>
          </>
        ) : null}
      </Form>
    </section>
  );
}
