// Professionals' reports: the list, and adding one from an uploaded document or pasted text.
// On saving, the domain's extractor reads the text and each recommendation it finds is stored as
// a suggestion for the parent to check on the report's own page.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/reports";
import { openCase } from "~/auth/case-route.server";
import {
  DateField,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  typedDate,
  typedOr,
} from "~/components/form";
import { formatDate } from "~/domain/presentation";
import { formValues, parseIntentForm, readForm } from "~/forms/parse";
import { PROFESSIONAL_ROLE_LABELS } from "~/forms/professionals";
import { REPORT_LIMITS, reportsActionSchema } from "~/forms/reports";
import { getCheckedCase } from "~/data/case-document.server";
import { getDocumentText, listDocumentChoices } from "~/data/documents.server";
import { listProfessionals } from "~/data/professionals.server";
import { addReport, listReports } from "~/data/reports.server";
import { extractRecommendations } from "~/domain/recommendations/extract-recommendations";
import { redirectWithFlash } from "~/services/flash.server";

export const handle: RouteHandle = { page: { name: "Reports", section: "evidence", menu: { label: "Reports", group: "case", order: 120 } } };

export const meta: Route.MetaFunction = () => [{ title: "Reports – Clearpath" }];

const PROBLEMS = {
  unknown_professional: { professionalId: "Choose a professional from the list" },
  unknown_document: { documentId: "Choose a document from the list" },
} as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const canWrite = can.write;
  const [reports, professionals, documentChoices, { check }] = await Promise.all([
    listReports(access),
    canWrite ? listProfessionals(access) : [],
    canWrite ? listDocumentChoices(access) : [],
    getCheckedCase(access, today),
  ]);
  // How many confirmed recommendations of a report the health check found missing from the plan.
  const notInPlanCount = (reportId: string) => {
    const finding = check.findings.find(
      (f) => f.code === "recommendation_not_in_plan" && f.records.includes(reportId),
    );
    return finding ? finding.records.filter((id) => id !== reportId).length : 0;
  };
  // The document page links here with ?document=<id>; an id that is not one of this case's documents is ignored.
  const asked = new URL(request.url).searchParams.get("document");
  const preselectedDocumentId = documentChoices.some((d) => d.id === asked) ? asked : null;
  return {
    caseId: access.caseId,
    canWrite,
    reports: reports.map((report) => ({ ...report, notInPlanCount: notInPlanCount(report.id) })),
    professionals: professionals.map((p) => ({
      value: p.id,
      label: `${p.name} (${PROFESSIONAL_ROLE_LABELS[p.role]})`,
    })),
    documents: documentChoices.map((d) => ({
      value: d.id,
      label: d.date ? `${d.title} (${formatDate(d.date)})` : d.title,
    })),
    preselectedDocumentId,
  };
}

function describeFound(count: number): string {
  return count === 1 ? "1 possible recommendation" : `${count} possible recommendations`;
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const formData = await readForm(request);
  const form = parseIntentForm(formData, reportsActionSchema(today));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const { intent: _intent, text: pastedText, ...report } = form.data;
  let text = pastedText;
  if (report.documentId) {
    const found = await getDocumentText(access, report.documentId);
    if (!found)
      return data(
        { errors: PROBLEMS.unknown_document, values: formValues(formData) },
        { status: 400 },
      );
    text = found.text;
  }
  const suggestions = text ? extractRecommendations(text) : [];
  const added = await addReport(access, report, suggestions);
  if (!added.ok)
    return data({ errors: PROBLEMS[added.problem], values: formValues(formData) }, { status: 400 });
  const message =
    suggestions.length > 0
      ? `Report added. Clearpath found ${describeFound(suggestions.length)}: check each one below.`
      : text
        ? "Report added. Clearpath found no recommendations in its text: you can add them by hand."
        : report.documentId
          ? "Report added. No text could be read from the document, so there are no suggestions: you can add recommendations by hand."
          : "Report added. You can add its recommendations by hand.";
  return redirectWithFlash(`/cases/${access.caseId}/reports/${added.id}`, message);
}

export default function Reports({ loaderData, actionData }: Route.ComponentProps) {
  const { reports, canWrite, caseId } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const base = `/cases/${caseId}`;
  return (
    <section>
      <h1>Reports</h1>
      <p className="lead narrow">
        Keep each professional's report here. Clearpath reads the report and suggests the
        recommendations in it. You check each one, then keep track of whether the school's plan
        includes it and whether it happens.
      </p>

      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">Your reports</h2>
        {reports.length === 0 ? <p>No reports recorded yet.</p> : null}
        <ul className="card-list report-list">
          {reports.map((report) => {
            const by = [report.professionalName, report.author].filter(Boolean).join(", ");
            return (
              <li key={report.id} className="card">
                <h3 className="card__title">
                  <Link to={`${base}/reports/${report.id}`}>{report.title}</Link>
                </h3>
                <p className="meta">
                  {report.date ? formatDate(report.date) : "Date not recorded"}
                  {by ? `, ${by}` : ""}
                </p>
                <ul className="report-list__counts">
                  {report.suggestedCount > 0 ? (
                    <li>
                      {report.suggestedCount === 1
                        ? "1 suggestion to check"
                        : `${report.suggestedCount} suggestions to check`}
                    </li>
                  ) : null}
                  <li>
                    {report.confirmedCount === 1
                      ? "1 confirmed recommendation"
                      : `${report.confirmedCount} confirmed recommendations`}
                  </li>
                  {report.notInPlanCount > 0 ? (
                    <li className="report-list__warning">
                      {report.notInPlanCount === 1
                        ? "1 is not in the current plan"
                        : `${report.notInPlanCount} are not in the current plan`}
                    </li>
                  ) : null}
                </ul>
              </li>
            );
          })}
        </ul>
      </section>

      {canWrite ? (
        <section className="narrow" aria-labelledby="report-form">
          <h2 id="report-form" tabIndex={-1}>
            Add a report
          </h2>
          <ErrorSummary errors={errors} labels={{ date: "date" }} />
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="add-report" />
            <TextField
              name="title"
              label="Title"
              hint="For example: Speech and language therapy report."
              maxLength={REPORT_LIMITS.title}
              errors={errors}
              defaultValue={typedOr(values, "title", null)}
            />
            {loaderData.professionals.length > 0 ? (
              <SelectField
                name="professionalId"
                label="Which professional wrote it (optional)"
                options={loaderData.professionals}
                selected={typedOr(values, "professionalId", null)}
                emptyLabel="Not one listed"
                errors={errors}
              />
            ) : null}
            <p className="hint">
              <Link to={`${base}/professionals`}>Add a professional</Link> to link their reports to
              them.
            </p>
            <TextField
              name="author"
              label="Written by (optional)"
              hint="The name and job title on the report."
              maxLength={REPORT_LIMITS.author}
              errors={errors}
              defaultValue={typedOr(values, "author", null)}
            />
            <DateField
              name="date"
              legend="Date of the report (optional)"
              hint="For example 2 3 2026."
              errors={errors}
              value={typedDate(values, "date", { day: "", month: "", year: "" })}
            />
            {loaderData.documents.length > 0 ? (
              <SelectField
                name="documentId"
                label="The document it is in (optional)"
                hint="Clearpath reads the document's text for recommendations."
                options={loaderData.documents}
                selected={typedOr(values, "documentId", loaderData.preselectedDocumentId)}
                emptyLabel="Not uploaded"
                errors={errors}
              />
            ) : (
              <p>No documents are uploaded yet.</p>
            )}
            <p className="hint">
              To keep the whole report,{" "}
              <Link to={`${base}/documents`}>upload it on the documents page</Link> first, then come
              back here.
            </p>
            <TextArea
              name="text"
              label="Or paste the report's text (optional)"
              hint="If it is not uploaded, copy its text from an email or a Word file. Clearpath keeps the recommendations it finds, not the pasted text."
              rows={8}
              maxLength={REPORT_LIMITS.text}
              errors={errors}
              defaultValue={typedOr(values, "text", null)}
            />
            <div className="actions">
              <button type="submit">Add report</button>
            </div>
          </Form>
        </section>
      ) : null}
    </section>
  );
}
