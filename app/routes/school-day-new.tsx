// Record what happened in the school day: first pick what it was (one link per kind), then a form
// that asks only that kind's questions. Saving opens the record's page, with what follows from it.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/school-day-new";
import { openCase } from "~/auth/case-route.server";
import { ErrorSummary } from "~/components/form";
import { RECORD_DATE_FIELDS, RecordFields } from "~/components/school-day/record-fields";
import { listDocumentChoices } from "~/data/documents.server";
import { addSchoolDayRecord } from "~/data/school-day.server";
import { SCHOOL_DAY_KIND_LABELS, SCHOOL_DAY_KINDS, type SchoolDayKind } from "~/domain/codes/school-day";
import { newSchoolDayRecordActionSchema } from "~/forms/school-day";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "School day: add a record", section: "school" } };

export const meta: Route.MetaFunction = ({ data: loaded }) => [
  { title: `${loaded?.kind ? `Add: ${SCHOOL_DAY_KIND_LABELS[loaded.kind]}` : "What happened?"} – Clearpath` },
];

function isKind(value: string | null): value is SchoolDayKind {
  return value !== null && (SCHOOL_DAY_KINDS as readonly string[]).includes(value);
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const asked = new URL(request.url).searchParams.get("kind");
  // A kind that is not on the list is a page that does not exist.
  if (asked !== null && !isKind(asked)) fail("not_found");
  const kind = isKind(asked) ? asked : null;
  const documents = kind ? await listDocumentChoices(access) : [];
  return {
    caseId: access.caseId,
    kind,
    today,
    documents: documents.map((document) => ({ id: document.id, title: document.title, date: document.date })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const form = parseIntentForm(await readForm(request), newSchoolDayRecordActionSchema(today));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const recordId = await addSchoolDayRecord(access, form.data);
  return redirectWithFlash(`/cases/${access.caseId}/school-day/${recordId}`, "Record saved. Here is what follows from it.");
}

export default function NewSchoolDayRecord({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, kind, documents, today } = loaderData;
  const base = `/cases/${caseId}/school-day`;
  if (!kind) {
    return (
      <section className="narrow">
        <p>
          <Link to={base}>Back to the school day</Link>
        </p>
        <h1>What happened?</h1>
        <p className="lead">Choose the one that fits best. You can add more than one record.</p>
        <ul className="choice-links">
          {SCHOOL_DAY_KINDS.map((value) => (
            <li key={value}>
              <Link to={`?kind=${value}`}>{SCHOOL_DAY_KIND_LABELS[value]}</Link>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const errors = actionData?.errors;
  return (
    <section className="narrow">
      <p>
        <Link to={`${base}/new`}>Choose something else</Link>
      </p>
      <h1>{SCHOOL_DAY_KIND_LABELS[kind]}</h1>
      <p className="lead">Only the date is needed. Add what you know; you can come back and add more.</p>
      <ErrorSummary errors={errors} labels={RECORD_DATE_FIELDS} />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="add" />
        <RecordFields kind={kind} stored={null} values={actionData?.values} errors={errors} documents={documents} today={today} />
        <div className="actions">
          <button type="submit">Save record</button>
          <Link to={base}>Cancel</Link>
        </div>
      </Form>
    </section>
  );
}
