// The correspondence log: letters, emails and calls, sent and received, with "awaiting reply"
// timers for what the parent sent with a date to reply by. Logging a received item as the reply
// to a sent one stops that one's timer.
import type { RouteHandle } from "~/route-meta";
import { data, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/correspondence";
import { openCase } from "~/auth/case-route.server";
import {
  CorrespondenceItem,
  type CorrespondenceView,
} from "~/components/correspondence/correspondence-item";
import {
  AddForm,
  DateField,
  ErrorSummary,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  typedDate,
  typedOr,
} from "~/components/form";
import { formatDate } from "~/domain/presentation";
import {
  CHANNEL_LABELS,
  CHANNELS,
  CORRESPONDENCE_LIMITS,
  correspondenceFilterSchema,
  correspondenceActionSchema,
  DIRECTION_LABELS,
  DIRECTIONS,
  type CorrespondenceFilter,
} from "~/forms/correspondence";
import { dateParts } from "~/forms/fields";
import { formValues, parseIntentForm, readForm } from "~/forms/parse";
import {
  findCorrespondence,
  listCorrespondence,
  logCorrespondence,
  removeCorrespondence,
  updateCorrespondence,
} from "~/data/correspondence.server";
import { getReplyStatus, matchesFilter } from "~/domain/correspondence/reply-status";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Correspondence", section: "letters", menu: { label: "Correspondence", group: "case", order: 150 } } };

export const meta: Route.MetaFunction = () => [{ title: "Correspondence – Clearpath" }];

const FILTER_LABELS: Record<CorrespondenceFilter, string> = {
  all: "All",
  awaiting: "Awaiting a reply",
  overdue: "Reply overdue",
};
const idSchema = z.uuid();

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const canWrite = can.write;
  const url = new URL(request.url);
  const filter = correspondenceFilterSchema.parse(url.searchParams.get("show") ?? "all");
  const rows = await listCorrespondence(access);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items: CorrespondenceView[] = rows.map((row) => {
    const answers = row.inReplyTo ? byId.get(row.inReplyTo) : undefined;
    return {
      id: row.id,
      direction: row.direction,
      date: row.date,
      channel: row.channel,
      from: row.from,
      to: row.to,
      subject: row.subject,
      body: row.body,
      status: getReplyStatus(row, today),
      answers: answers ? { id: answers.id, date: answers.date, subject: answers.subject } : null,
      replies: rows
        .filter((other) => other.inReplyTo === row.id)
        .map((other) => ({ id: other.id, date: other.date, subject: other.subject })),
      meetingId: row.meetingId,
    };
  });
  // An id in ?edit= or ?reply= that is not this case's is a page that does not exist.
  const pick = (name: "edit" | "reply") => {
    const id = url.searchParams.get(name);
    if (id === null) return null;
    const found = canWrite && idSchema.safeParse(id).success ? byId.get(id) : undefined;
    if (!found) fail("not_found");
    return found;
  };
  const editing = pick("edit");
  const answering = editing ? null : pick("reply");
  return {
    caseId: access.caseId,
    canWrite,
    today,
    filter,
    counts: {
      all: items.length,
      awaiting: items.filter((item) => matchesFilter(item.status, "awaiting")).length,
      overdue: items.filter((item) => matchesFilter(item.status, "overdue")).length,
    },
    items: items.filter((item) => matchesFilter(item.status, filter)),
    editing,
    // A reply is prefilled from what it answers: back the other way, "Re:" the same subject.
    answering: answering
      ? {
          id: answering.id,
          label: `${answering.subject ?? "(no subject)"} (${formatDate(answering.date)})`,
          channel: answering.channel,
          from: answering.to,
          to: answering.from,
          subject: answering.subject
            ? /^re:/i.test(answering.subject)
              ? answering.subject
              : `Re: ${answering.subject}`
            : null,
        }
      : null,
    replyChoices: rows
      .filter((row) => row.id !== editing?.id)
      .map((row) => ({
        value: row.id,
        label: `${formatDate(row.date)}: ${row.direction === "sent" ? "sent" : "received"}, ${row.subject ?? "(no subject)"}`,
      })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const formData = await readForm(request);
  const here = `/cases/${access.caseId}/correspondence`;
  const form = parseIntentForm(formData, correspondenceActionSchema(today));
  if (!form.ok) {
    // An item that is not an id at all is one that does not exist.
    if (form.values.intent === "remove" || (form.values.intent === "update" && "id" in form.errors)) fail("not_found");
    return data({ errors: form.errors, values: form.values }, { status: 400 });
  }
  if (form.data.intent === "remove") {
    if (!(await removeCorrespondence(access, form.data.id))) fail("not_found");
    return redirectWithFlash(here, "Removed from the log.");
  }
  // A change names the item it changes; a new item has no id yet.
  const { intent: _intent, ...fields } = form.data;
  const { id: editId, ...entry } = "id" in fields ? fields : { ...fields, id: null };
  // What it answers must be an earlier item of this case, and not itself.
  const answered = entry.inReplyTo ? await findCorrespondence(access, entry.inReplyTo) : null;
  if (
    entry.inReplyTo &&
    (!answered || answered.id === editId || answered.date > entry.date)
  ) {
    return data(
      {
        errors: {
          inReplyTo:
            answered && answered.date > entry.date
              ? "A reply cannot be dated before what it answers. Check the date, or choose another item"
              : "Choose what this answers from the list",
        },
        values: formValues(formData),
      },
      { status: 400 },
    );
  }
  const isReply = Boolean(
    answered && answered.direction === "sent" && entry.direction === "received",
  );
  if (editId) {
    if (!(await updateCorrespondence(access, editId, entry)))
      fail("not_found");
    return redirectWithFlash(
      `${here}#item-${editId}`,
      isReply
        ? `Saved. "${answered!.subject ?? "What it answers"}" is marked as replied.`
        : "Changes saved.",
    );
  }
  const id = await logCorrespondence(access, { ...entry, kind: null });
  return redirectWithFlash(
    `${here}#item-${id}`,
    isReply
      ? `Reply logged. "${answered!.subject ?? "What it answers"}" is marked as replied.`
      : "Added to the log.",
  );
}

export default function Correspondence({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, items, counts, filter, editing, answering, canWrite, replyChoices } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const typedEdit = typeof values?.id === "string" ? values.id : null;
  const isEditing = Boolean(editing) || Boolean(typedEdit);
  const stored =
    editing ??
    (answering
      ? {
          direction: "received" as const,
          date: loaderData.today,
          channel: answering.channel,
          from: answering.from,
          to: answering.to,
          subject: answering.subject,
          body: null,
          replyBy: null,
          inReplyTo: answering.id,
          repliedOn: null,
        }
      : null);
  return (
    <section>
      <h1>Correspondence</h1>
      <p className="lead narrow">
        Keep every letter, email and phone call about your child's support in one place. When you
        ask for a reply by a date, the log counts down to it and tells you when a reply is late.
      </p>

      <nav aria-label="Show" className="filter-links">
        <ul className="inline-links">
          {(["all", "awaiting", "overdue"] as const).map((name) => (
            <li key={name}>
              <Link
                to={name === "all" ? "?" : `?show=${name}`}
                aria-current={filter === name ? "page" : undefined}
              >
                {FILTER_LABELS[name]} ({counts[name]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="log-heading">
        <h2 id="log-heading">
          {filter === "all" ? "Everything, newest first" : FILTER_LABELS[filter]}
        </h2>
        {items.length === 0 ? (
          <p>
            {filter === "all"
              ? "Nothing logged yet."
              : filter === "awaiting"
                ? "No replies awaited."
                : "No replies are overdue."}
          </p>
        ) : (
          <ul className="card-list correspondence-list">
            {items.map((item) => (
              <CorrespondenceItem key={item.id} item={item} caseId={caseId} canWrite={canWrite} />
            ))}
          </ul>
        )}
      </section>

      {canWrite ? (
        <section className="narrow" aria-labelledby="log-form">
          <h2 id="log-form" tabIndex={-1}>
            {isEditing
              ? "Change an item"
              : answering
                ? `Log the reply to ${answering.label}`
                : "Add to the log"}
          </h2>
          <ErrorSummary
            errors={errors}
            labels={{ date: "date", replyBy: "date", repliedOn: "date" }}
          />
          <AddForm method="post" noValidate key={editing?.id ?? answering?.id ?? `new-${counts.all}`}>
            <input type="hidden" name="intent" value={isEditing ? "update" : "add"} />
            {isEditing ? (
              <input type="hidden" name="id" value={editing?.id ?? typedEdit ?? ""} />
            ) : null}
            <RadioGroup
              name="direction"
              legend="Sent or received?"
              options={DIRECTIONS.map((direction) => ({
                value: direction,
                label: DIRECTION_LABELS[direction],
              }))}
              selected={typedOr(values, "direction", stored?.direction ?? "sent")}
              errors={errors}
            />
            <DateField
              name="date"
              legend="Date"
              hint="The date it was sent, received or said. For example 3 3 2026."
              errors={errors}
              value={typedDate(values, "date", dateParts(stored?.date))}
            />
            <RadioGroup
              name="channel"
              legend="How"
              options={CHANNELS.map((channel) => ({
                value: channel,
                label: CHANNEL_LABELS[channel],
              }))}
              selected={typedOr(values, "channel", stored?.channel ?? "email")}
              errors={errors}
            />
            <TextField
              name="from"
              label="From (optional)"
              hint="For example: me, or Ms Patel, SENCO."
              maxLength={CORRESPONDENCE_LIMITS.party}
              errors={errors}
              defaultValue={typedOr(values, "from", stored?.from)}
            />
            <TextField
              name="to"
              label="To (optional)"
              maxLength={CORRESPONDENCE_LIMITS.party}
              errors={errors}
              defaultValue={typedOr(values, "to", stored?.to)}
            />
            <TextField
              name="subject"
              label="Subject, or what it was about"
              maxLength={CORRESPONDENCE_LIMITS.subject}
              errors={errors}
              defaultValue={typedOr(values, "subject", stored?.subject)}
            />
            <TextArea
              name="body"
              label="Summary or the full text (optional)"
              hint="For a call, write down what was said as soon as you can."
              rows={5}
              maxLength={CORRESPONDENCE_LIMITS.body}
              errors={errors}
              defaultValue={typedOr(values, "body", stored?.body)}
            />
            <SelectField
              name="inReplyTo"
              label="In reply to (optional)"
              hint="If this answers something in the log, choose it. A reply you received stops the timer of what you sent."
              options={replyChoices}
              selected={typedOr(values, "inReplyTo", stored?.inReplyTo)}
              emptyLabel="Not a reply"
              errors={errors}
            />
            <DateField
              name="replyBy"
              legend="Reply asked for by (optional)"
              hint="Only for what you sent: the date you asked for an answer by."
              errors={errors}
              value={typedDate(values, "replyBy", dateParts(stored?.replyBy))}
            />
            <DateField
              name="repliedOn"
              legend="Replied on (optional)"
              hint="Only for what you sent, if the answer came some other way. Logging the reply here fills this in for you."
              errors={errors}
              value={typedDate(values, "repliedOn", dateParts(stored?.repliedOn))}
            />
            <div className="actions">
              <SubmitButton>
                {isEditing ? "Save changes" : answering ? "Log the reply" : "Add to the log"}
              </SubmitButton>
              {isEditing || answering ? <Link to=".">Cancel</Link> : null}
            </div>
          </AddForm>
        </section>
      ) : null}
    </section>
  );
}
