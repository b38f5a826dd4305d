// The statutory timeline: what has happened in the EHC process and when, and every time limit the
// law sets from it, worked out by the domain core, each with its status, the law it comes from
// (folded) and, once missed, what the parent can do. Time limits already met fold into "Done".
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/statutory";
import { openCase } from "~/auth/case-route.server";
import { DateField, ErrorSummary, RadioGroup, SelectField, TextArea, typedDate, typedOr } from "~/components/form";
import { formatDate, plural } from "~/domain/presentation";
import { DeadlineCard, type DeadlineView, type RuleView } from "~/components/statutory/deadline-card";
import { DisagreeSection, type DisagreementView } from "~/components/statutory/disagree-section";
import { EventList, type EventView } from "~/components/statutory/event-list";
import { presentSchoolDayDates, SchoolDayDates } from "~/components/statutory/school-day-dates";
import { AppealDates, presentAppealDates } from "~/components/statutory/appeal-dates";
import { getAppeal, listAppeals } from "~/data/appeals.server";
import { listAppealDates } from "~/domain/reminders/appeal-dates";
import { listSchoolDayRecords, listSchoolTerms } from "~/data/school-day.server";
import { SCHOOL_DAY_LOOKBACK_DAYS } from "~/domain/health/thresholds";
import { listSchoolDayDates } from "~/domain/reminders/school-day-dates";
import {
  addStatutoryEvent,
  findStatutoryEvent,
  listStatutoryEvents,
  removeStatutoryEvent,
  updateStatutoryEvent,
} from "~/data/statutory.server";
import { compareDates, daysBetween } from "~/domain/calendar/calendar-date";
import { computeDeadlines, type Deadline } from "~/domain/deadlines/compute-deadlines";
import { DEADLINE_KEYS } from "~/domain/deadlines/deadline-definitions";
import { findRule } from "~/domain/law/get-rule";
import { describeVerification, lawAsAtText, periodOf } from "~/domain/law/statements";
import { describeReceipt } from "~/domain/statutory/receipt";
import { deadlineRef, FAMILY_DEADLINES } from "~/domain/letters/statutory-facts";
import { listDisagreements } from "~/domain/statutory/decisions";
import { statutoryEventsWithAppeals } from "~/domain/tribunal/appeal-events";
import { dateParts } from "~/forms/fields";
import { parseIntentForm, readForm } from "~/forms/parse";
import {
  DEADLINE_LABELS,
  EVENT_TYPE_LABELS,
  eventTypeLabel,
  STATUTORY_EVENT_TYPES,
  STATUTORY_LIMITS,
  TRANSFER_LABELS,
  SENT_TIME_LABELS,
  SENT_TIMES,
  TRANSFERS,
  statutoryActionSchema,
  type Transfer,
} from "~/forms/statutory";
import { SENDING_METHOD_LABELS, SENDING_METHODS } from "~/domain/statutory/receipt";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Assessment and plan", section: "council", menu: { label: "Assessment and plan", group: "case", order: 160 } } };

export const meta: Route.MetaFunction = () => [{ title: "Assessment and plan deadlines – Clearpath" }];

const editIdSchema = z.uuid();

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const canWrite = can.write;
  const editId = new URL(request.url).searchParams.get("edit");
  let editing = null;
  if (editId !== null) {
    // An id that is not this case's (or not an id at all) is a page that does not exist.
    const parsed = editIdSchema.safeParse(editId);
    editing = canWrite && parsed.success ? await findStatutoryEvent(access, parsed.data) : null;
    if (!editing) fail("not_found");
  }
  const [rows, schoolDay, schoolTerms, appealList] = await Promise.all([listStatutoryEvents(access), listSchoolDayRecords(access), listSchoolTerms(access), listAppeals(access)]);
  const appeals = (await Promise.all(appealList.map((appeal) => getAppeal(access, appeal.id)))).flatMap((appeal) => (appeal ? [appeal] : []));
  // The recorded events first, so a problem's index is its row; then what the appeals record (decision 147).
  const { deadlines, problems } = computeDeadlines({ today, events: statutoryEventsWithAppeals({ statutoryEvents: rows, appeals }) });
  const events: EventView[] = rows.map((row, index) => ({
    id: row.id,
    label: eventTypeLabel(row.type),
    date: row.date,
    details: row.transfer
      ? TRANSFER_LABELS[row.transfer as Transfer]
      : row.key && row.key in DEADLINE_LABELS
        ? `About: ${DEADLINE_LABELS[row.key as keyof typeof DEADLINE_LABELS]}`
        : null,
    receipt:
      row.sentBy && row.sentOn
        ? describeReceipt({ date: row.date, sentBy: row.sentBy, sentOn: row.sentOn, sentAfter5pm: row.sentAfter5pm })
        : null,
    notes: row.notes,
    problem: problems.some((problem) => problem.eventIndex === index)
      ? "Clearpath could not work out a time limit from this event. Check its type and date."
      : null,
  }));
  const base = `/cases/${access.caseId}`;
  const disagreements: DisagreementView[] = listDisagreements(rows, deadlines).map((item) => ({
    id: item.eventId,
    title: item.title,
    decidedOn: item.decidedOn,
    canAppeal: item.canAppeal,
    mediationAdvice: item.mediationAdvice,
    appealDue: item.appeal && item.appeal.status !== "met" ? item.appeal.due : null,
    appealStatus: item.appeal ? statusText(item.appeal, today) : null,
    checklist: item.checklist,
    reasonsLetterPath: `${base}/letters?kind=decision_reasons_request&decision=${item.eventId}#write`,
    startAppealPath: canWrite ? `${base}/appeals/new?decision=${item.eventId}` : null,
  }));
  const ordered = [...deadlines].sort(
    (a, b) => Number(a.status === "met") - Number(b.status === "met") || compareDates(a.due, b.due),
  );
  return {
    events,
    deadlines: ordered.map((deadline, index) => toView(deadline, index, today, base)),
    disagreements,
    schoolDayDates: presentSchoolDayDates(access.caseId, listSchoolDayDates({ schoolDay, schoolTerms }, today), today, SCHOOL_DAY_LOOKBACK_DAYS),
    appealDates: presentAppealDates(access.caseId, listAppealDates({ statutoryEvents: rows, appeals }, today), today, SCHOOL_DAY_LOOKBACK_DAYS),
    caseId: access.caseId,
    disagreeRules: rulesAt(["R-APP-WHAT", "R-APP-MEDIATION", "R-APP-DEADLINE", "R-APP-NO-CERT"], today, today),
    editing,
    canWrite,
    lawAsAt: lawAsAtText(),
    appealPeriod: periodOf("R-APP-DEADLINE", "decision"),
  };
}

/** Rules as the cards show them: the version in force on `date`; failing that, today's. */
function rulesAt(ids: readonly string[], date: string, today: string): RuleView[] {
  return ids.flatMap((id) => {
    const rule = findRule(id, date) ?? findRule(id, today);
    return rule
      ? [{ id: rule.id, title: rule.title, summary: rule.summary, status: describeVerification(rule), citations: rule.citations }]
      : [];
  });
}

/** The letters that act on a deadline that has passed (or soon will), opened at that deadline. */
function lettersFor(deadline: Deadline, base: string): DeadlineView["letters"] {
  if (FAMILY_DEADLINES.has(deadline.key) || deadline.status === "met" || deadline.status === "upcoming") return [];
  const ref = encodeURIComponent(deadlineRef(deadline));
  const chase = { label: "Write a letter chasing the council", path: `${base}/letters?kind=deadline_chaser&deadline=${ref}#write` };
  if (deadline.status === "due_soon") return [chase];
  return [
    chase,
    { label: "Write a complaint to the council", path: `${base}/letters?kind=la_complaint&about=${ref}#write` },
    { label: "Write a complaint to the Ombudsman", path: `${base}/letters?kind=ombudsman_complaint&about=${ref}#write` },
  ];
}

function toView(deadline: Deadline, index: number, today: string, base: string): DeadlineView {
  const rulesOf = (ids: readonly string[]) => rulesAt(ids, deadline.fromDate, today);
  return {
    id: `${deadline.key}-${index}`,
    label: DEADLINE_LABELS[deadline.key],
    status: deadline.status,
    statusText: statusText(deadline, today),
    due: deadline.due,
    fromText: `${eventTypeLabel(deadline.fromEvent)}, ${formatDate(deadline.fromDate)}`,
    explanation: deadline.explanation,
    notes: deadline.notes,
    ifMissed: deadline.status === "overdue" ? deadline.ifMissed : null,
    complainToOmbudsman: deadline.ifMissedRules.includes("R-CMP-LGSCO"),
    rules: rulesOf(deadline.rules),
    ifMissedRules: deadline.status === "overdue" ? rulesOf(deadline.ifMissedRules) : [],
    letters: lettersFor(deadline, base),
    calendarPath:
      deadline.status === "met" ? null : `${base}/calendar.ics?item=${encodeURIComponent(`deadline:${deadlineRef(deadline)}`)}`,
  };
}

function statusText(deadline: Deadline, today: string): string {
  if (deadline.status === "met") {
    const on = formatDate(deadline.metOn!);
    return deadline.isMetLate ? `Met late, on ${on}` : `Met on ${on}`;
  }
  const left = daysBetween(today, deadline.due);
  if (left < 0) return `Missed by ${plural(-left, "day")}`;
  if (left === 0) return "Due today";
  return `Due in ${plural(left, "day")}`;
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const formData = await readForm(request);
  const here = `/cases/${access.caseId}/statutory`;
  const form = parseIntentForm(formData, statutoryActionSchema(today));
  if (!form.ok) {
    if (form.values.intent === "remove") fail("not_found");
    return data({ errors: form.errors, values: form.values }, { status: 400 });
  }
  if (form.data.intent === "remove") {
    if (!(await removeStatutoryEvent(access, form.data.id))) fail("not_found");
    return redirectWithFlash(here, "Event removed.");
  }
  if (form.data.intent === "update") {
    const { intent: _intent, id, ...event } = form.data;
    if (!(await updateStatutoryEvent(access, id, event))) fail("not_found");
    return redirectWithFlash(here, "Event updated.");
  }
  const { intent: _intent, ...event } = form.data;
  await addStatutoryEvent(access, event);
  return redirectWithFlash(here, "Event recorded.");
}

export default function Statutory({ loaderData, actionData }: Route.ComponentProps) {
  const { events, deadlines, disagreements, disagreeRules, editing, canWrite, lawAsAt, appealPeriod, schoolDayDates, appealDates, caseId } = loaderData;
  const open = deadlines.filter((deadline) => deadline.status !== "met");
  const done = deadlines.filter((deadline) => deadline.status === "met");
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <section>
      <h1>Assessment and plan deadlines</h1>
      <p className="lead narrow">
        The law gives the council time limits for each step of an EHC needs assessment and plan.
        Record what has happened and when, and Clearpath works out each time limit, tells you
        whether it was met, and what you can do if it was not. This is information, not legal
        advice.
      </p>
      <p className="narrow meta">{lawAsAt}. Each rule says how far we have checked it against the law's own text.</p>

      <section aria-labelledby="deadlines">
        <h2 id="deadlines">Time limits</h2>
        {deadlines.length === 0 ? (
          <p className="narrow">
            No time limits have started yet. They start when you record an event, for example the
            council receiving your request for an EHC needs assessment.
          </p>
        ) : (
          <>
            {open.length > 0 ? (
              <ul className="statutory-list">
                {open.map((deadline) => (
                  <DeadlineCard key={deadline.id} deadline={deadline} />
                ))}
              </ul>
            ) : (
              <p className="narrow">Every time limit so far has been met.</p>
            )}
            {done.length > 0 ? (
              <details className="statutory-done">
                <summary>Done: {done.length === 1 ? "1 time limit met" : `${done.length} time limits met`}</summary>
                <ul className="statutory-list">
                  {done.map((deadline) => (
                    <DeadlineCard key={deadline.id} deadline={deadline} />
                  ))}
                </ul>
              </details>
            ) : null}
          </>
        )}
      </section>

      {schoolDayDates.length > 0 ? <SchoolDayDates dates={schoolDayDates} caseId={caseId} /> : null}

      {appealDates.length > 0 ? <AppealDates dates={appealDates} caseId={caseId} /> : null}

      <DisagreeSection disagreements={disagreements} rules={disagreeRules} appealPeriod={appealPeriod} />

      <section aria-labelledby="events">
        <h2 id="events">What has happened</h2>
        <EventList events={events} canWrite={canWrite} />
      </section>

      {canWrite ? (
        <section className="narrow" aria-labelledby="event-form">
          <h2 id="event-form" tabIndex={-1}>
            {editing ? `Change: ${eventTypeLabel(editing.type)}` : "Record what happened"}
          </h2>
          <ErrorSummary errors={errors} labels={{ date: "date", sentOn: "date" }} />
          <Form method="post" noValidate key={editing?.id ?? "new"}>
            <input type="hidden" name="intent" value={editing ? "update" : "add"} />
            {editing ? <input type="hidden" name="id" value={editing.id} /> : null}
            <SelectField
              name="type"
              label="What happened"
              hint="Use the date on the letter or email, or the day it happened."
              options={STATUTORY_EVENT_TYPES.map((type) => ({ value: type, label: EVENT_TYPE_LABELS[type] }))}
              selected={typedOr(values, "type", editing?.type)}
              emptyLabel="Choose what happened"
              errors={errors}
            />
            <DateField
              name="date"
              legend="When did it happen?"
              hint="For example 14 9 2026. For a move to a new phase, the date of the move. For a request you sent, the day the council received it: leave it empty and Clearpath works it out from how and when you sent it."
              errors={errors}
              value={typedDate(values, "date", dateParts(editing?.date))}
            />
            <fieldset className="field">
              <legend>Only for a request you sent: how and when did you send it?</legend>
              <p className="hint">
                The council's time limits start on the day it received your request. Keep proof of
                sending, such as the email or the signed-for receipt.
              </p>
              <RadioGroup
                name="sentBy"
                legend="How did you send it?"
                options={SENDING_METHODS.map((method) => ({ value: method, label: SENDING_METHOD_LABELS[method] }))}
                selected={typedOr(values, "sentBy", editing?.sentBy)}
                errors={errors}
              />
              <DateField
                name="sentOn"
                legend="When did you send it?"
                hint="For signed-for post, the day it was signed for."
                errors={errors}
                value={typedDate(values, "sentOn", dateParts(editing?.sentOn))}
              />
              <RadioGroup
                name="sentTime"
                legend="By hand or email only: what time?"
                hint="After 5 pm it counts as received on the next working day."
                options={SENT_TIMES.map((time) => ({ value: time, label: SENT_TIME_LABELS[time] }))}
                selected={typedOr(
                  values,
                  "sentTime",
                  editing?.sentAfter5pm == null ? null : editing.sentAfter5pm ? "after_5pm" : "before_5pm",
                )}
                errors={errors}
              />
            </fieldset>
            <RadioGroup
              name="transfer"
              legend="Only for a move to a new phase: which move is it?"
              options={TRANSFERS.map((transfer) => ({ value: transfer, label: TRANSFER_LABELS[transfer] }))}
              selected={typedOr(values, "transfer", editing?.transfer)}
              errors={errors}
            />
            <SelectField
              name="key"
              label="Only if the council said an exception applies: which time limit? (optional)"
              options={DEADLINE_KEYS.map((key) => ({ value: key, label: DEADLINE_LABELS[key] }))}
              selected={typedOr(values, "key", editing?.key)}
              emptyLabel="All open time limits"
              errors={errors}
            />
            <TextArea
              name="notes"
              label="Notes (optional)"
              hint="For example: who sent it, or how it arrived."
              rows={2}
              maxLength={STATUTORY_LIMITS.notes}
              errors={errors}
              defaultValue={typedOr(values, "notes", editing?.notes)}
            />
            <div className="actions">
              <button type="submit">{editing ? "Save changes" : "Record event"}</button>
              {editing ? <Link to=".">Cancel</Link> : null}
            </div>
          </Form>
        </section>
      ) : null}
    </section>
  );
}
