// Meetings: what is coming up and what has been held, the actions still open across them (the
// overdue ones first, each with a way to ask for an update in writing), and planning a new one.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/meetings";
import { openCase } from "~/auth/case-route.server";
import {
  DateField,
  ErrorSummary,
  RadioGroup,
  TextArea,
  TextField,
  typedDate,
  typedOr,
} from "~/components/form";
import { formatDate, plural } from "~/domain/presentation";
import { meetingName } from "~/components/meetings/meeting-name";
import { OpenActionList } from "~/components/meetings/open-action-list";
import {
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MEETING_LIMITS,
  planMeetingFormSchema,
} from "~/forms/meetings";
import { parseForm, readForm } from "~/forms/parse";
import { listMeetings, planMeeting, type MeetingWithActions } from "~/data/meetings.server";
import { listOpenActions } from "~/domain/meetings/open-actions";
import { splitQuestions } from "~/domain/meetings/prepare-meeting";
import { redirectWithFlash } from "~/services/flash.server";

export const handle: RouteHandle = { page: { name: "Meetings", section: "letters", menu: { label: "Meetings", group: "case", order: 130 } } };

export const meta: Route.MetaFunction = () => [{ title: "Meetings – Clearpath" }];

function summarise(meeting: MeetingWithActions, today: string) {
  const open = meeting.actions.filter((action) => action.status === "open");
  return {
    id: meeting.id,
    date: meeting.date,
    name: meetingName(meeting),
    kindLabel: MEETING_KIND_LABELS[meeting.kind],
    attendees: meeting.attendees,
    hasRecord: Boolean(meeting.notes || meeting.agreed),
    /** Today's meeting may already have been held. */
    isHeld: meeting.date <= today,
    questionCount: meeting.pickedQuestions.length + splitQuestions(meeting.questions).length,
    openActions: open.length,
    overdueActions: open.filter((action) => action.dueDate !== null && action.dueDate < today)
      .length,
  };
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const meetings = await listMeetings(access);
  const openActions = listOpenActions(meetings, today);
  return {
    caseId: access.caseId,
    canWrite: can.write,
    upcoming: meetings
      .filter((meeting) => meeting.date >= today)
      .reverse()
      .map((meeting) => summarise(meeting, today)),
    past: meetings
      .filter((meeting) => meeting.date < today)
      .map((meeting) => summarise(meeting, today)),
    openActions,
    // One reminder per meeting that has overdue actions, oldest meeting first.
    reminders: meetings
      .filter((meeting) =>
        openActions.some((action) => action.isOverdue && action.meetingId === meeting.id),
      )
      .reverse()
      .map((meeting) => ({
        id: meeting.id,
        date: meeting.date,
        name: meetingName(meeting),
        overdue: openActions.filter((action) => action.isOverdue && action.meetingId === meeting.id)
          .length,
      })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const form = parseForm(await readForm(request), planMeetingFormSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const id = await planMeeting(access, form.data);
  const here = `/cases/${access.caseId}/meetings/${id}`;
  // A meeting already held is recorded; one still to come is prepared for.
  if (form.data.date! < today)
    return redirectWithFlash(here, "Meeting added. Now write down what was said and agreed.");
  return redirectWithFlash(
    `${here}/prepare`,
    "Meeting planned. Here is a preparation sheet made from your records.",
  );
}

type MeetingSummary = ReturnType<typeof summarise>;

function MeetingCard({
  meeting,
  base,
  isUpcoming,
}: {
  meeting: MeetingSummary;
  base: string;
  isUpcoming: boolean;
}) {
  const here = `${base}/${meeting.id}`;
  return (
    <li className="card meeting-card">
      <h3 className="card__title">
        {formatDate(meeting.date)}: {meeting.name}
      </h3>
      {meeting.name !== meeting.kindLabel ? <p className="meta">{meeting.kindLabel}</p> : null}
      {meeting.attendees.length > 0 ? (
        <p className="meta">With {meeting.attendees.join(", ")}</p>
      ) : null}
      <p className="meta">
        {[
          meeting.hasRecord ? "Notes recorded" : isUpcoming ? null : "No notes yet",
          meeting.openActions > 0
            ? `${plural(meeting.openActions, "action")} still to do`
            : null,
          meeting.overdueActions > 0 ? `${meeting.overdueActions} overdue` : null,
          isUpcoming && meeting.questionCount > 0
            ? `${plural(meeting.questionCount, "question")} ready`
            : null,
        ]
          .filter(Boolean)
          .join(". ")}
      </p>
      <ul className="inline-links">
        <li>
          <Link to={`${here}/prepare`}>
            Prepare
            <span className="visually-hidden"> for the meeting of {formatDate(meeting.date)}</span>
          </Link>
        </li>
        <li>
          <Link to={here}>
            {isUpcoming ? "Record notes" : "Notes and actions"}
            <span className="visually-hidden"> of the meeting of {formatDate(meeting.date)}</span>
          </Link>
        </li>
        {meeting.isHeld ? (
          <li>
            <Link to={`${here}/follow-up`}>
              Follow-up email
              <span className="visually-hidden">
                {" "}
                for the meeting of {formatDate(meeting.date)}
              </span>
            </Link>
          </li>
        ) : null}
      </ul>
    </li>
  );
}

export default function Meetings({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, upcoming, past, openActions, reminders, canWrite } = loaderData;
  const base = `/cases/${caseId}/meetings`;
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <section>
      <h1>Meetings</h1>
      <p className="lead narrow">
        Get ready for meetings about your child's support, keep a record of what was said and
        agreed, and follow it up in writing. A short email after each meeting gives you both the
        same record.
      </p>

      {reminders.length > 0 ? (
        <section className="panel panel--warning" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">Actions past their due date</h2>
          <p>
            Some things agreed at meetings have not been marked done by their date. A short,
            friendly email asking for an update keeps a written record of what happened next.
          </p>
          <ul className="link-list">
            {reminders.map((meeting) => (
              <li key={meeting.id}>
                <Link to={`${base}/${meeting.id}/follow-up?draft=reminder`}>
                  Ask for an update on{" "}
                  {meeting.overdue === 1
                    ? "the overdue action"
                    : `the ${meeting.overdue} overdue actions`}{" "}
                  from {formatDate(meeting.date)} ({meeting.name})
                </Link>
              </li>
            ))}
          </ul>
          <p className="meta">If something was done, mark it done on the meeting's page.</p>
        </section>
      ) : null}

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">Actions still to do</h2>
        {openActions.length === 0 ? (
          <p>No open actions. Actions agreed at a meeting appear here until they are done.</p>
        ) : (
          <OpenActionList actions={openActions} caseId={caseId} />
        )}
      </section>

      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Coming up</h2>
        {upcoming.length === 0 ? (
          <p>No meetings planned.{canWrite ? " Plan one below to get a preparation sheet." : ""}</p>
        ) : null}
        <ul className="card-list">
          {upcoming.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} base={base} isUpcoming />
          ))}
        </ul>
      </section>

      <section aria-labelledby="past-heading">
        <h2 id="past-heading">Past meetings</h2>
        {past.length === 0 ? <p>No past meetings recorded yet.</p> : null}
        <ul className="card-list">
          {past.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} base={base} isUpcoming={false} />
          ))}
        </ul>
      </section>

      {canWrite ? (
        <section className="narrow" aria-labelledby="plan-heading">
          <h2 id="plan-heading">Plan a meeting</h2>
          <p>
            You can also record a meeting that has already happened: give its date, then add the
            notes.
          </p>
          <ErrorSummary errors={errors} labels={{ date: "date" }} />
          <Form method="post" noValidate>
            <DateField
              name="date"
              legend="Date of the meeting"
              hint="For example 20 10 2026."
              errors={errors}
              value={typedDate(values, "date", { day: "", month: "", year: "" })}
            />
            <RadioGroup
              name="kind"
              legend="What kind of meeting is it?"
              options={MEETING_KINDS.map((kind) => ({
                value: kind,
                label: MEETING_KIND_LABELS[kind],
              }))}
              selected={typedOr(values, "kind", "sen_review")}
              errors={errors}
            />
            <TextField
              name="title"
              label="What it is about (optional)"
              hint="For example: Autumn review of the reading support."
              maxLength={MEETING_LIMITS.title}
              errors={errors}
              defaultValue={typedOr(values, "title", null)}
            />
            <TextArea
              name="attendees"
              label="Who will be there (optional)"
              hint="One person a line, for example: Ms Patel, SENCO."
              rows={3}
              maxLength={MEETING_LIMITS.attendees}
              errors={errors}
              defaultValue={typedOr(values, "attendees", null)}
            />
            <div className="actions">
              <button type="submit">Plan meeting</button>
            </div>
          </Form>
        </section>
      ) : null}
    </section>
  );
}
