// The record of one meeting: when, who was there, what was discussed and agreed, and the actions
// agreed, each with who does it and by when, marked done or dropped as things move on.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/meeting";
import { openCase } from "~/auth/case-route.server";
import {
  AddForm,
  DateField,
  ErrorSummary,
  RadioGroup,
  SubmitButton,
  TextArea,
  TextField,
  typedDate,
  typedOr,
} from "~/components/form";
import { formatDate } from "~/domain/presentation";
import { meetingName } from "~/components/meetings/meeting-name";
import {
  ACTION_STATUS_CHANGED,
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MEETING_LIMITS,
  meetingActionSchema,
} from "~/forms/meetings";
import { dateParts } from "~/forms/fields";
import { readForm, type FieldErrors, type FormValues, parseIntentForm } from "~/forms/parse";
import {
  addAction,
  getMeeting,
  removeAction,
  removeMeeting,
  saveMeetingRecord,
  setActionStatus,
  updateAction,
} from "~/data/meetings.server";
import { describeAction } from "~/domain/meetings/follow-up-email";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Meetings: one record", section: "letters" } };

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data ? `Meeting on ${formatDate(data.meeting.date)}` : "Meeting"} – Clearpath` },
];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const meeting = await getMeeting(access, params.meetingId);
  const canWrite = can.write;
  const editId = new URL(request.url).searchParams.get("action");
  const editing =
    canWrite && editId ? (meeting.actions.find((action) => action.id === editId) ?? null) : null;
  if (editId && !editing) fail("not_found");
  return {
    caseId: access.caseId,
    canWrite,
    meeting: {
      id: meeting.id,
      date: meeting.date,
      kind: meeting.kind,
      name: meetingName(meeting),
      title: meeting.title,
      attendees: meeting.attendees,
      parentAttended: meeting.parentAttended,
      notes: meeting.notes,
      agreed: meeting.agreed,
      isPast: meeting.date <= today,
      isUpcoming: meeting.date >= today,
    },
    actions: meeting.actions.map((action) => ({
      id: action.id,
      description: action.description,
      owner: action.owner,
      dueDate: action.dueDate,
      status: action.status,
      doneOn: action.doneOn,
      summary: describeAction(action),
      isOverdue: action.status === "open" && action.dueDate !== null && action.dueDate < today,
    })),
    editing: editing
      ? {
          id: editing.id,
          description: editing.description,
          owner: editing.owner,
          dueDate: editing.dueDate,
        }
      : null,
  };
}

function invalid(form: "record" | "action", errors: FieldErrors, values: FormValues) {
  return data({ form, errors, values }, { status: 400 });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const meeting = await getMeeting(access, params.meetingId);
  const here = `/cases/${access.caseId}/meetings/${meeting.id}`;
  const formData = await readForm(request);
  const form = parseIntentForm(formData, meetingActionSchema);
  if (!form.ok) {
    if (form.values.intent === "record") return invalid("record", form.errors, form.values);
    if (form.values.intent === "add-action" || form.values.intent === "edit-action") return invalid("action", form.errors, form.values);
    fail("not_found");
  }
  switch (form.data.intent) {
    case "record": {
      const { intent: _intent, ...record } = form.data;
      await saveMeetingRecord(access, meeting.id, record);
      return redirectWithFlash(here, "Notes saved.");
    }
    case "add-action": {
      const { intent: _intent, ...details } = form.data;
      await addAction(access, meeting.id, details);
      return redirectWithFlash(`${here}#actions`, "Action added.");
    }
    case "edit-action": {
      const { intent: _intent, id, ...details } = form.data;
      if (!(await updateAction(access, meeting.id, id, details))) fail("not_found");
      return redirectWithFlash(`${here}#actions`, "Action saved.");
    }
    case "action-status": {
      if (!(await setActionStatus(access, meeting.id, form.data.id, form.data.status, today))) fail("not_found");
      return redirectWithFlash(`${here}#actions`, ACTION_STATUS_CHANGED[form.data.status]);
    }
    case "remove-action": {
      if (!(await removeAction(access, meeting.id, form.data.id))) fail("not_found");
      return redirectWithFlash(`${here}#actions`, "Action removed.");
    }
    case "remove-meeting":
      await removeMeeting(access, meeting.id);
      return redirectWithFlash(`/cases/${access.caseId}/meetings`, "Meeting removed.");
  }
}

export default function Meeting({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, meeting, actions, editing, canWrite } = loaderData;
  const base = `/cases/${caseId}/meetings`;
  const here = `${base}/${meeting.id}`;
  const recordErrors = actionData?.form === "record" ? actionData.errors : undefined;
  const recordValues = actionData?.form === "record" ? actionData.values : undefined;
  const actionErrors = actionData?.form === "action" ? actionData.errors : undefined;
  const actionValues = actionData?.form === "action" ? actionData.values : undefined;
  const openCount = actions.filter((action) => action.status === "open").length;
  return (
    <section>
      <p>
        <Link to={base}>Back to meetings</Link>
      </p>
      <h1>Meeting on {formatDate(meeting.date)}</h1>
      <p className="lead">{meeting.name}</p>
      <ul className="inline-links">
        <li>
          <Link to={`${here}/prepare`}>Preparation sheet</Link>
        </li>
        <li>
          <Link to={`${here}/follow-up`}>Follow-up email</Link>
        </li>
        {meeting.isUpcoming ? (
          <li>
            <a href={`/cases/${caseId}/calendar.ics?item=${encodeURIComponent(`meeting:${meeting.id}`)}`} download>
              Add to calendar
            </a>
          </li>
        ) : null}
      </ul>

      {canWrite ? (
        <section className="narrow" aria-labelledby="record-heading">
          <h2 id="record-heading">What happened</h2>
          <ErrorSummary errors={recordErrors} labels={{ date: "date" }} />
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="record" />
            <DateField
              name="date"
              legend="Date of the meeting"
              errors={recordErrors}
              value={typedDate(recordValues, "date", dateParts(meeting.date))}
            />
            <RadioGroup
              name="kind"
              legend="What kind of meeting"
              options={MEETING_KINDS.map((kind) => ({
                value: kind,
                label: MEETING_KIND_LABELS[kind],
              }))}
              selected={typedOr(recordValues, "kind", meeting.kind)}
              errors={recordErrors}
            />
            <TextField
              name="title"
              label="What it was about (optional)"
              maxLength={MEETING_LIMITS.title}
              errors={recordErrors}
              defaultValue={typedOr(recordValues, "title", meeting.title)}
            />
            <TextArea
              name="attendees"
              label="Who was there"
              hint="One person a line, with their role, for example: Ms Patel, SENCO."
              rows={4}
              maxLength={MEETING_LIMITS.attendees}
              errors={recordErrors}
              defaultValue={typedOr(recordValues, "attendees", meeting.attendees.join("\n"))}
            />
            <RadioGroup
              name="parentAttended"
              legend="Did you go to the meeting?"
              options={[
                { value: "yes", label: "Yes" },
                { value: "no", label: "No" },
              ]}
              selected={typedOr(
                recordValues,
                "parentAttended",
                meeting.parentAttended ? "yes" : "no",
              )}
              errors={recordErrors}
            />
            <TextArea
              name="notes"
              label="What was discussed"
              hint="Write it down as soon as you can, in your own words: what the school said about progress, what you raised, and any answers you were given."
              rows={8}
              maxLength={MEETING_LIMITS.notes}
              errors={recordErrors}
              defaultValue={typedOr(recordValues, "notes", meeting.notes)}
            />
            <TextArea
              name="agreed"
              label="What was agreed"
              hint="The decisions, in plain words. These go into the follow-up email."
              rows={5}
              maxLength={MEETING_LIMITS.agreed}
              errors={recordErrors}
              defaultValue={typedOr(recordValues, "agreed", meeting.agreed)}
            />
            <div className="actions">
              <button type="submit">Save notes</button>
            </div>
          </Form>
        </section>
      ) : (
        <section aria-labelledby="record-heading">
          <h2 id="record-heading">What happened</h2>
          <dl className="summary-list">
            <div>
              <dt>Kind of meeting</dt>
              <dd>{MEETING_KIND_LABELS[meeting.kind]}</dd>
            </div>
            <div>
              <dt>Who was there</dt>
              <dd>{meeting.attendees.join(", ") || "Not recorded"}</dd>
            </div>
            <div>
              <dt>Parent went</dt>
              <dd>{meeting.parentAttended ? "Yes" : "No"}</dd>
            </div>
            <div>
              <dt>What was discussed</dt>
              <dd className="preserve-lines">{meeting.notes ?? "Not recorded"}</dd>
            </div>
            <div>
              <dt>What was agreed</dt>
              <dd className="preserve-lines">{meeting.agreed ?? "Not recorded"}</dd>
            </div>
          </dl>
        </section>
      )}

      <section aria-labelledby="actions" className="narrow">
        <h2 id="actions" tabIndex={-1}>
          Actions
        </h2>
        <p>What each person agreed to do, and by when. Mark each one done when it has happened.</p>
        {actions.length === 0 ? <p>No actions yet.</p> : null}
        <ol className="action-list">
          {actions.map((action, index) => (
            <li
              key={action.id}
              className={`action action--${action.isOverdue ? "overdue" : action.status}`}
            >
              <p className="action__text">{action.summary}</p>
              <p className="meta">
                <strong>{ACTION_STATUS_LABELS[action.status]}</strong>
                {action.status === "done" && action.doneOn
                  ? ` on ${formatDate(action.doneOn)}`
                  : ""}
                {action.isOverdue ? (
                  <>
                    {" "}
                    <strong className="tag tag--overdue">Overdue</strong>
                  </>
                ) : null}
              </p>
              {canWrite ? (
                <div className="actions">
                  {ACTION_STATUSES.filter((status) => status !== action.status).map((status) => (
                    <Form method="post" key={status}>
                      <input type="hidden" name="intent" value="action-status" />
                      <input type="hidden" name="id" value={action.id} />
                      <input type="hidden" name="status" value={status} />
                      <button type="submit" className="secondary">
                        {status === "done"
                          ? "Mark done"
                          : status === "dropped"
                            ? "Drop"
                            : "Mark as still to do"}
                        <span className="visually-hidden">: action {index + 1}</span>
                      </button>
                    </Form>
                  ))}
                  <Link to={`?action=${action.id}#action-form`}>
                    Change<span className="visually-hidden"> action {index + 1}</span>
                  </Link>
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove-action" />
                    <input type="hidden" name="id" value={action.id} />
                    <button type="submit" className="link-button">
                      Remove<span className="visually-hidden"> action {index + 1}</span>
                    </button>
                  </Form>
                </div>
              ) : null}
            </li>
          ))}
        </ol>

        {canWrite ? (
          <>
            <h3 id="action-form" tabIndex={-1}>
              {editing ? "Change the action" : "Add an action"}
            </h3>
            <ErrorSummary errors={actionErrors} labels={{ dueDate: "date" }} />
            <AddForm method="post" noValidate key={editing?.id ?? `new-${actions.length}`}>
              <input type="hidden" name="intent" value={editing ? "edit-action" : "add-action"} />
              {editing ? <input type="hidden" name="id" value={editing.id} /> : null}
              <TextField
                name="description"
                label="What will be done"
                hint="For example: Send me the provision map."
                maxLength={MEETING_LIMITS.action}
                errors={actionErrors}
                defaultValue={typedOr(actionValues, "description", editing?.description)}
              />
              <TextField
                name="owner"
                label="Who will do it (optional)"
                hint="For example: Ms Patel, or me."
                maxLength={MEETING_LIMITS.owner}
                errors={actionErrors}
                defaultValue={typedOr(actionValues, "owner", editing?.owner)}
              />
              <DateField
                name="dueDate"
                legend="By when (optional)"
                hint="For example 30 10 2026."
                errors={actionErrors}
                value={typedDate(actionValues, "dueDate", dateParts(editing?.dueDate))}
              />
              <div className="actions">
                <SubmitButton>{editing ? "Save action" : "Add action"}</SubmitButton>
                {editing ? <Link to={`${here}#actions`}>Cancel</Link> : null}
              </div>
            </AddForm>
          </>
        ) : null}
      </section>

      {meeting.isPast || openCount > 0 ? (
        <section className="panel narrow" aria-labelledby="follow-up-heading">
          <h2 id="follow-up-heading">Follow it up in writing</h2>
          <p>
            A short email that confirms what was agreed gives you and the school the same record. We
            draft it from your notes; you can change anything before sending.
          </p>
          <p>
            <Link to={`${here}/follow-up`}>Draft the follow-up email</Link>
          </p>
        </section>
      ) : null}

      {canWrite ? (
        <details className="remove-form narrow">
          <summary>Remove this meeting</summary>
          <p>
            This removes the meeting, its notes, questions and actions. Letters and emails logged
            about it stay in the correspondence log.
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="remove-meeting" />
            <button type="submit" className="danger">
              Remove this meeting
            </button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}
