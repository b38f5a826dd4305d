// One record of the school day: its facts, what follows from it (its dates, its share of the
// education lost, the law for its kind, the letters that fit), and, for those who may change the
// case, the same form as when it was added, and removing it after a second step.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/school-day-record";
import { openCase } from "~/auth/case-route.server";
import { ErrorSummary } from "~/components/form";
import { DateList } from "~/components/school-day/date-list";
import { EstimateNote } from "~/components/school-day/estimate-note";
import { LegalPosition } from "~/components/school-day/legal-position";
import { listRecordFacts, RecordFacts } from "~/components/school-day/record-facts";
import { RECORD_DATE_FIELDS, RecordFields } from "~/components/school-day/record-fields";
import { listDocumentChoices } from "~/data/documents.server";
import { getSchoolDayRecord, listSchoolDayRecords, listSchoolTerms, removeSchoolDayRecord, updateSchoolDayRecord } from "~/data/school-day.server";
import { describeSessions } from "~/domain/school-day/describe-record";
import { buildRecordView, LOST_CATEGORY_LABELS } from "~/domain/school-day/overview";
import { formatDate } from "~/domain/presentation";
import { schoolDayRecordActionSchema } from "~/forms/school-day";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "School day: one record", section: "school" } };

export const meta: Route.MetaFunction = ({ data: loaded }) => [{ title: `${loaded ? loaded.view.record.title : "School day record"} – Clearpath` }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const record = await getSchoolDayRecord(access, params.recordId);
  if (!record) fail("not_found");
  const [schoolDay, schoolTerms, documents] = await Promise.all([listSchoolDayRecords(access), listSchoolTerms(access), listDocumentChoices(access)]);
  const view = buildRecordView({ caseDocument: { schoolDay, schoolTerms }, record, today });
  const documentTitle = documents.find((document) => document.id === record.documentIds[0])?.title ?? null;
  return {
    caseId: access.caseId,
    canWrite: can.write,
    today,
    record,
    view,
    facts: listRecordFacts(record, documentTitle),
    documentId: documentTitle ? record.documentIds[0]! : null,
    documents: can.write ? documents.map((document) => ({ id: document.id, title: document.title, date: document.date })) : [],
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const record = await getSchoolDayRecord(access, params.recordId);
  if (!record) fail("not_found");
  const base = `/cases/${access.caseId}/school-day`;
  const form = parseIntentForm(await readForm(request), schoolDayRecordActionSchema(today));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  if (form.data.intent === "remove") {
    if (!(await removeSchoolDayRecord(access, record.id))) fail("not_found");
    return redirectWithFlash(base, "Record removed.");
  }
  const { intent: _intent, ...changes } = form.data;
  if (!(await updateSchoolDayRecord(access, record.id, changes))) fail("not_found");
  return redirectWithFlash(`${base}/${record.id}`, "Record saved.");
}

export default function SchoolDayRecordPage({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, canWrite, record, view, facts, documents, today } = loaderData;
  const base = `/cases/${caseId}/school-day`;
  const errors = actionData?.errors;
  const title = view.record.title;
  return (
    <section>
      <p>
        <Link to={base}>Back to the school day</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{formatDate(record.date)}</p>
      <RecordFacts facts={facts} />

      <section aria-labelledby="follows">
        <h2 id="follows">What follows from it</h2>
        {view.isEstimate && (view.lost.length > 0 || view.dates.length > 0) ? <EstimateNote caseId={caseId} /> : null}
        <section aria-labelledby="record-lost" className="narrow">
          <h3 id="record-lost">Education lost</h3>
          {view.lost.length === 0 ? (
            <p>This record does not count as school time lost.</p>
          ) : (
            <ul>
              {view.lost.map((share) => (
                <li key={`${share.termLabel}-${share.category}`}>
                  {share.termLabel}: {describeSessions(share.sessions)} ({LOST_CATEGORY_LABELS[share.category].toLowerCase()})
                </li>
              ))}
            </ul>
          )}
        </section>
        {view.dates.length > 0 ? (
          <section aria-labelledby="record-dates">
            <h3 id="record-dates">Dates</h3>
            <DateList dates={view.dates} caseId={caseId} showRecordLinks={false} />
          </section>
        ) : null}
        {view.legalPosition.length > 0 ? (
          <section aria-labelledby="record-law">
            <h3 id="record-law">The law</h3>
            <LegalPosition topics={view.legalPosition} headingLevel={4} />
          </section>
        ) : null}
        {view.letters.length > 0 ? (
          <section aria-labelledby="record-letters" className="narrow">
            <h3 id="record-letters">Letters that fit</h3>
            <ul className="link-list">
              {view.letters.map((letter) => (
                <li key={letter.kind}>
                  <Link to={`/cases/${caseId}/letters?kind=${letter.kind}${letter.preset ? `&${letter.preset.name}=${letter.preset.value}` : ""}#write`}>{letter.label}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </section>

      {canWrite ? (
        <>
          <details className="narrow edit-record" open={Boolean(errors)}>
            <summary>Change this record</summary>
            <ErrorSummary errors={errors} labels={RECORD_DATE_FIELDS} />
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="update" />
              <RecordFields kind={record.kind} stored={record} values={actionData?.values} errors={errors} documents={documents} today={today} />
              <div className="actions">
                <button type="submit">Save changes</button>
              </div>
            </Form>
          </details>
          <details className="remove-form narrow">
            <summary>Remove this record</summary>
            <p>This removes the record. Its dates and its share of the education lost go with it. Documents stay in the case.</p>
            <Form method="post">
              <input type="hidden" name="intent" value="remove" />
              <button type="submit" className="danger">
                Remove this record
              </button>
            </Form>
          </details>
          <p>
            <Link to={`${base}/new`}>Add something else that happened</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
