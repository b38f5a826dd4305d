// The delivery log of one cycle: for each line of provision, the sessions that should have
// happened, each marked held, cancelled (and why) or not known; many at once in plain words, or
// from a spreadsheet the school sends.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/support-delivery";
import { openCase } from "~/auth/case-route.server";
import { ErrorSummary, RadioGroup, TextArea, fieldId, typedOr } from "~/components/form";
import { formatDate, formatWeekdayDate, plural } from "~/domain/presentation";
import { describeRate, applyBulkEntry, parseBulkEntry, readSessionRows, tallySessions, type LoggedSession, SESSION_STATUS_LABELS, type UnplannedDate } from "~/domain/delivery";
import { SessionLogForm } from "~/components/audit/session-log-form";
import { BULK_ENTRY_LIMIT, CSV_FILE_LIMIT_BYTES, deliveryActionSchema } from "~/forms/delivery";
import { formValues, parseIntentForm, readForm, type FieldErrors } from "~/forms/parse";
import { getProvision, listCycleDeliveryLogs, saveSessions } from "~/data/delivery.server";
import { readCsvFile } from "~/services/csv.server";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Support plans: one record", section: "school" } };

export const meta: Route.MetaFunction = () => [{ title: "Delivery log – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const { cycle, logs } = await listCycleDeliveryLogs(access, params.cycleId, today);
  return {
    caseId: access.caseId,
    canWrite: can.write,
    cycle: { id: cycle.id, title: cycle.title, startDate: cycle.startDate },
    lines: logs.map((log) => ({
      id: log.provision.id,
      what: log.provision.what,
      who: log.provision.who,
      sessionsPerWeek: log.provision.sessionsPerWeek,
      durationMinutes: log.provision.durationMinutes,
      span: log.span,
      sessions: log.sessions,
      tally: tallySessions(log.sessions, log.provision.durationMinutes),
    })),
  };
}

/** A bulk entry that names days off the plan: nothing is saved until the parent says what each was. */
type UnplannedQuestion = { provisionId: string; what: string; text: string; dates: UnplannedDate[] };

type ActionErrors = {
  errors: FieldErrors;
  values: Record<string, string | string[]>;
  lineErrors?: Array<{ line: number; message: string }>;
  question?: UnplannedQuestion;
};

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const here = `/cases/${access.caseId}/support/${params.cycleId}/delivery`;
  // Refuse an upload far over the limit before reading it into memory.
  const declaredLength = Number(request.headers.get("Content-Length") ?? "0");
  if (declaredLength > CSV_FILE_LIMIT_BYTES + 64 * 1024) {
    return data<ActionErrors>({ errors: { file: "The file must be 200 KB or smaller" }, values: { intent: "import" } }, { status: 400 });
  }
  const formData = await readForm(request);
  const { logs } = await listCycleDeliveryLogs(access, params.cycleId, today);
  const form = parseIntentForm(formData, deliveryActionSchema);
  if (!form.ok) return data<ActionErrors>({ errors: form.errors, values: form.values }, { status: 400 });

  if (form.data.intent === "bulk") {
    const bulk = form.data;
    const log = logs.find((l) => l.provision.id === bulk.provisionId);
    if (!log) fail("not_found");
    if (!log.span) return data<ActionErrors>({ errors: { text: "This support has not started yet, so there are no sessions to record" }, values: formValues(formData) }, { status: 400 });
    const read = parseBulkEntry(bulk.text, log.span);
    if (!read.ok) return data<ActionErrors>({ errors: { text: read.error }, values: formValues(formData) }, { status: 400 });
    const outcome = applyBulkEntry(read.entry, log.sessions, bulk.answer);
    if (!outcome.ok) {
      // On the confirmation step, a day left unanswered is an error to show; on first asking it is not.
      const isAnswering = formData.get("asked") === "yes";
      const unanswered = Object.fromEntries(outcome.questions.map((q) => [`answer.${q.date}`, `Say what ${formatWeekdayDate(q.date)} was`]));
      return data<ActionErrors>(
        {
          errors: isAnswering ? unanswered : {},
          values: formValues(formData),
          question: { provisionId: log.provision.id, what: log.provision.what, text: bulk.text, dates: outcome.questions },
        },
        { status: isAnswering ? 400 : 200 },
      );
    }
    const { changed } = outcome;
    await saveSessions(access, log.provision.id, changed);
    return redirectWithFlash(here, `${plural(changed.length, "session")} of ${log.provision.what} updated.`);
  }

  if (form.data.intent === "import") {
    const { importFor } = form.data;
    const file = formData.get("file");
    const values = formValues(formData);
    const log = logs.find((l) => l.provision.id === importFor);
    if (!log) fail("not_found");
    const csv = await readCsvFile(file, { maxBytes: CSV_FILE_LIMIT_BYTES, missing: "Choose a CSV file of session dates" });
    if (!csv.ok) return data<ActionErrors>({ errors: { file: csv.error }, values }, { status: 400 });
    if (!log.span) return data<ActionErrors>({ errors: { file: "This support has not started yet, so there are no sessions to record" }, values }, { status: 400 });
    const read = readSessionRows(csv.rows, log.span);
    if (read.errors.length > 0) {
      const count = read.errors.length;
      return data<ActionErrors>(
        { errors: { file: `${plural(count, "line")} of the file could not be read. Nothing was imported. Correct the lines listed and try again` }, values, lineErrors: read.errors.slice(0, 50) },
        { status: 400 },
      );
    }
    if (read.sessions.length === 0) return data<ActionErrors>({ errors: { file: "The file has no session dates in it" }, values }, { status: 400 });
    await saveSessions(access, log.provision.id, read.sessions);
    return redirectWithFlash(here, `${plural(read.sessions.length, "session")} of ${log.provision.what} imported.`);
  }

  const { provisionId, status: statuses, reason } = form.data;
  const provision = await getProvision(access, provisionId, params.cycleId);
  const marked: LoggedSession[] = Object.entries(statuses).map(([date, status]) => ({
    date,
    status,
    cancelReason: status === "cancelled" ? reason[date] || null : null,
  }));
  await saveSessions(access, provision.id, marked);
  return redirectWithFlash(here, `Sessions of ${provision.what} saved.`);
}

/**
 * The confirmation step of a bulk entry that names days with no planned session: for each, an
 * extra session, or the planned day it meant. Nothing is saved until it is answered.
 */
function UnplannedDaysQuestion({ question, errors }: { question: UnplannedQuestion; errors: FieldErrors | undefined }) {
  return (
    <section className="note panel--warning narrow" aria-labelledby="unplanned-heading" tabIndex={-1}>
      <h2 id="unplanned-heading" className="note__title">
        Check {question.dates.length === 1 ? "this day" : "these days"} before we record them
      </h2>
      <p>
        What you wrote names {question.dates.length === 1 ? "a day" : "days"} when {question.what} is not planned. Nothing has been saved yet. Say what each one was, so the delivery rate stays
        true.
      </p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="bulk" />
        <input type="hidden" name="provisionId" value={question.provisionId} />
        <input type="hidden" name="text" value={question.text} />
        <input type="hidden" name="asked" value="yes" />
        {question.dates.map((unplanned) => (
          <RadioGroup
            key={unplanned.date}
            name={`answer.${unplanned.date}`}
            legend={`${formatWeekdayDate(unplanned.date)} (${SESSION_STATUS_LABELS[unplanned.status].toLowerCase()})`}
            hint="This is not one of the planned session days."
            options={[
              ...unplanned.planned.map((date) => ({ value: date, label: `It meant the planned session on ${formatWeekdayDate(date)}` })),
              { value: "extra", label: `It was an extra session on ${formatWeekdayDate(unplanned.date)}` },
            ]}
            selected={null}
            errors={errors}
          />
        ))}
        <div className="actions">
          <button type="submit">Record these sessions</button>
          <Link to=".">Cancel: record nothing</Link>
        </div>
      </Form>
    </section>
  );
}

export default function DeliveryLog({ loaderData, actionData }: Route.ComponentProps) {
  const { lines, canWrite, cycle, caseId } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const cycleName = cycle.title ?? `Support plan from ${formatDate(cycle.startDate)}`;
  const options = lines.map((line) => ({ value: line.id, label: line.what }));
  const onlyLine = lines.length === 1 ? lines[0] : undefined;
  return (
    <section>
      <h1>Delivery log</h1>
      <p className="lead">
        {cycleName}: the sessions each line of support promised, and whether they happened.
      </p>
      <p>
        <Link to={`/cases/${caseId}/support/${cycle.id}`}>Back to the plan</Link> · <Link to={`/cases/${caseId}/audit`}>See the audit for all plans</Link>
      </p>
      <ErrorSummary errors={errors} />
      {actionData?.question ? <UnplannedDaysQuestion question={actionData.question} errors={errors} /> : null}
      {lines.length === 0 ? <p>This plan has no lines of provision yet. Add them to the plan first; their sessions then appear here.</p> : null}
      {canWrite && lines.length > 0 ? (
        <div className="delivery-entry">
          <h2>Record many sessions at once</h2>
          <p>Write what the school's records say, in your own words. We work out which sessions you mean.</p>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="bulk" />
            {onlyLine ? (
              <input type="hidden" name="provisionId" value={onlyLine.id} />
            ) : (
              <RadioGroup name="provisionId" legend="Which support?" options={options} selected={values?.intent === "bulk" ? typedOr(values, "provisionId", "") : ""} errors={errors} />
            )}
            <TextArea
              name="text"
              label={onlyLine ? `What do the school's records say about ${onlyLine.what}?` : "What do the school's records say?"}
              hint={
                <>
                  For example: "all held except 3 and 17 October", "all held", or "3, 10 and 17 October cancelled — staff absence". Dates can be written 3 Oct, 3/10 or 3–7 October. Reasons we understand: staff absence, trip, child absent, other.
                </>
              }
              rows={3}
              maxLength={BULK_ENTRY_LIMIT}
              errors={errors}
              defaultValue={values?.intent === "bulk" ? typedOr(values, "text", "") : ""}
            />
            <button type="submit">Update sessions</button>
          </Form>
        </div>
      ) : null}

      {lines.map((line) => (
        <section key={line.id} className="delivery-line" aria-labelledby={`line-${line.id}`}>
          <h2 id={`line-${line.id}`}>{line.what}</h2>
          <p className="meta">
            {[line.who, line.sessionsPerWeek ? `${line.sessionsPerWeek} a week` : "How often is not recorded", line.durationMinutes ? `${plural(line.durationMinutes, "minute")} each` : null]
              .filter(Boolean)
              .join(" · ")}
            {line.span ? ` · ${formatDate(line.span.from)} to ${formatDate(line.span.to)}` : " · Not started yet"}
          </p>
          <p className="delivery-rate">{describeRate(line.tally)}</p>
          {line.sessions.length === 0 ? (
            <p>No sessions to show. {line.sessionsPerWeek ? "" : "The plan does not say how often this happens, so add sessions by date above or import them."}</p>
          ) : (
            <SessionLogForm provisionId={line.id} what={line.what} sessions={line.sessions} canWrite={canWrite} />
          )}
        </section>
      ))}

      {canWrite && lines.length > 0 ? (
        <div className="delivery-entry">
          <h2>Import a spreadsheet of session dates</h2>
          <p>
            Save the spreadsheet as CSV. One session a row: the date (03/10/2025 or 2025-10-03), then if you like its status (held, cancelled or unknown) and a reason (staff absence, trip, child absent or
            other). A row with only a date counts as held. The first row may be headings.
          </p>
          <Form method="post" encType="multipart/form-data" noValidate>
            <input type="hidden" name="intent" value="import" />
            {onlyLine ? (
              <input type="hidden" name="importFor" value={onlyLine.id} />
            ) : (
              <RadioGroup name="importFor" legend="Which support is the spreadsheet for?" options={options} selected={values?.intent === "import" ? typedOr(values, "importFor", "") : ""} errors={errors} />
            )}
            <div className={`field${errors?.file ? " field--error" : ""}`}>
              <label htmlFor={fieldId("file")}>CSV file</label>
              <p className="hint" id={`${fieldId("file")}-hint`}>
                200 KB at most.
              </p>
              {errors?.file ? (
                <div className="field-error" id={`${fieldId("file")}-error`}>
                  <p>
                    <span className="visually-hidden">Error: </span>
                    {errors.file}
                  </p>
                  {actionData?.lineErrors?.length ? (
                    <ul>
                      {actionData.lineErrors.map((e) => (
                        <li key={e.line}>
                          Line {e.line}: {e.message}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              ) : null}
              <input
                id={fieldId("file")}
                name="file"
                type="file"
                accept=".csv,text/csv,text/plain"
                aria-invalid={errors?.file ? true : undefined}
                aria-describedby={errors?.file ? `${fieldId("file")}-hint ${fieldId("file")}-error` : `${fieldId("file")}-hint`}
              />
            </div>
            <button type="submit">Import sessions</button>
          </Form>
        </div>
      ) : null}
    </section>
  );
}
