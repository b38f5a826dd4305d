// One professional's report and its recommendations: the suggestions Clearpath read from its text
// for the parent to confirm, change or discard; the confirmed ones, each tracked against the
// school's plan, the EHC plan and what is delivered; and the health check's finding when some
// are missing from the current plan.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/report";
import { openCase } from "~/auth/case-route.server";
import {
  DateField,
  ErrorSummary,
  SelectField,
  TextField,
  typedDate,
  typedOr,
} from "~/components/form";
import { formatDate } from "~/domain/presentation";
import { FindingList } from "~/components/health/findings";
import { presentFindings } from "~/components/health/present";
import { ConfirmedCard, type ProvisionChoiceGroup } from "~/components/reports/confirmed-card";
import { RecommendationForm } from "~/components/reports/recommendation-form";
import { SuggestionCard } from "~/components/reports/suggestion-card";
import { cycleName } from "~/components/support/cycle-name";
import { dateParts } from "~/forms/fields";
import { formValues, parseIntentForm, readForm, type FieldErrors, type FormValues } from "~/forms/parse";
import { PROFESSIONAL_ROLE_LABELS } from "~/forms/professionals";
import { REPORT_LIMITS, reportActionSchema } from "~/forms/reports";
import { getCheckedCase } from "~/data/case-document.server";
import { listProfessionals } from "~/data/professionals.server";
import {
  addRecommendation,
  confirmAllSuggestions,
  findReport,
  listProvisionChoices,
  listRecommendations,
  removeReport,
  saveTracking,
  setRecommendationStatus,
  updateRecommendation,
  updateReport,
} from "~/data/reports.server";
import { describeProvision } from "~/domain/support/describe-provision";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Reports: one record", section: "evidence" } };

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.report.title ?? "Report"} – Clearpath` },
];

const idSchema = z.uuid();

function notFound(): never {
  fail("not_found");
}

async function requireReport(
  access: Parameters<typeof findReport>[0],
  reportId: string | undefined,
) {
  const parsed = idSchema.safeParse(reportId);
  return (parsed.success ? await findReport(access, parsed.data) : null) ?? notFound();
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const report = await requireReport(access, params.reportId);
  const canWrite = can.write;
  const base = `/cases/${access.caseId}`;
  const recommendations = await listRecommendations(access, report.id);

  // ?edit=report opens the report's details; ?edit=<id> one of its recommendations.
  const url = new URL(request.url);
  const edit = url.searchParams.get("edit");
  const isRemoving = url.searchParams.get("remove") === "report";
  if (isRemoving && !canWrite) notFound();
  const isEditingReport = edit === "report";
  const editingRecommendation =
    edit !== null && !isEditingReport
      ? (recommendations.find((r) => r.id === edit && r.status !== "discarded") ?? null)
      : null;
  if (edit !== null && (!canWrite || (!isEditingReport && !editingRecommendation))) notFound();

  const [choices, professionals, { document, check }] = await Promise.all([
    listProvisionChoices(
      access,
      recommendations.flatMap((r) => r.provisionIds),
    ),
    isEditingReport ? listProfessionals(access) : [],
    getCheckedCase(access, today),
  ]);
  const currentCycleId = choices.find((group) => group.cycle.startDate <= today)?.cycle.id;
  const groups: ProvisionChoiceGroup[] = choices.map(({ cycle, lines }) => ({
    cycleId: cycle.id,
    name: cycleName(cycle),
    isCurrent: cycle.id === currentCycleId,
    path: `${base}/support/${cycle.id}/provision`,
    lines: lines.map((line) => ({ id: line.id, label: describeProvision(line) })),
  }));
  const findings = check.findings.filter(
    (finding) =>
      finding.code === "recommendation_not_in_plan" && finding.records.includes(report.id),
  );
  return {
    caseId: access.caseId,
    canWrite,
    report,
    recommendations,
    groups,
    findings: presentFindings(access.caseId, document, { ...check, findings }, today),
    notInPlanIds: findings.flatMap((finding) => finding.records),
    isEditingReport,
    isRemoving,
    editingRecommendation,
    professionals: professionals.map((p) => ({
      value: p.id,
      label: `${p.name} (${PROFESSIONAL_ROLE_LABELS[p.role]})`,
    })),
  };
}

type Refusal = {
  form: "report" | "recommendation" | "tracking";
  id?: string;
  errors: FieldErrors;
  values: FormValues;
};

function refuse(refusal: Refusal) {
  return data(refusal, { status: 400 });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const report = await requireReport(access, params.reportId);
  const here = `/cases/${access.caseId}/reports/${report.id}`;
  const formData = await readForm(request);
  const form = parseIntentForm(formData, reportActionSchema(today));
  if (!form.ok) {
    const intent = form.values.intent;
    if (intent === "update-report") return refuse({ form: "report", errors: form.errors, values: form.values });
    if (intent === "add-recommendation" || intent === "update-recommendation")
      return refuse({ form: "recommendation", errors: form.errors, values: form.values });
    const id = idSchema.safeParse(formData.get("id"));
    if (intent === "track" && id.success) return refuse({ form: "tracking", id: id.data, errors: form.errors, values: form.values });
    notFound();
  }
  switch (form.data.intent) {
    case "update-report": {
      const { intent: _intent, ...details } = form.data;
      const result = await updateReport(access, report.id, details);
      if (result === "not_found") notFound();
      if (result === "unknown_professional")
        return refuse({
          form: "report",
          errors: { professionalId: "Choose a professional from the list" },
          values: formValues(formData),
        });
      return redirectWithFlash(here, "Report details saved.");
    }
    case "remove-report": {
      if (!(await removeReport(access, report.id))) notFound();
      return redirectWithFlash(`/cases/${access.caseId}/reports`, `"${report.title}" removed.`);
    }
    case "add-recommendation": {
      const { intent: _intent, ...recommendation } = form.data;
      if (!(await addRecommendation(access, report.id, recommendation))) notFound();
      return redirectWithFlash(`${here}#confirmed`, "Recommendation added.");
    }
    case "update-recommendation": {
      const { intent: _intent, id, ...recommendation } = form.data;
      if (!(await updateRecommendation(access, report.id, id, recommendation))) notFound();
      return redirectWithFlash(`${here}#recommendation-${id}`, "Recommendation saved.");
    }
    case "confirm":
    case "discard":
    case "restore": {
      const status = { confirm: "confirmed", discard: "discarded", restore: "suggested" } as const;
      if (
        !(await setRecommendationStatus(access, report.id, form.data.id, status[form.data.intent]))
      )
        notFound();
      const message = {
        confirm: "Recommendation confirmed.",
        discard: "Recommendation discarded.",
        restore: "Put back with the suggestions to check.",
      } as const;
      return redirectWithFlash(
        `${here}#${form.data.intent === "discard" ? "discarded" : "suggestions"}`,
        message[form.data.intent],
      );
    }
    case "confirm-all": {
      const count = await confirmAllSuggestions(access, report.id);
      return redirectWithFlash(
        `${here}#confirmed`,
        count === 1 ? "1 recommendation confirmed." : `${count} recommendations confirmed.`,
      );
    }
    case "track": {
      const { intent: _intent, id, ...tracking } = form.data;
      const result = await saveTracking(access, report.id, id, tracking);
      if (result === "not_found") notFound();
      if (result === "unknown_provision")
        return refuse({
          form: "tracking",
          id,
          errors: { provisionIds: "Choose support from the list" },
          values: formValues(formData),
        });
      return redirectWithFlash(
        `${here}#recommendation-${id}`,
        "Saved where the recommendation stands.",
      );
    }
  }
}

export default function Report({ loaderData, actionData }: Route.ComponentProps) {
  const { report, recommendations, groups, canWrite, caseId, editingRecommendation } = loaderData;
  const base = `/cases/${caseId}`;
  const suggested = recommendations.filter((r) => r.status === "suggested");
  const confirmed = recommendations.filter((r) => r.status === "confirmed");
  const discarded = recommendations.filter((r) => r.status === "discarded");
  const refusal = actionData;
  return (
    <section>
      <p>
        <Link to={`${base}/reports`}>Back to reports</Link>
      </p>
      <h1>{report.title}</h1>
      <dl className="summary-list narrow">
        <div>
          <dt>Professional</dt>
          <dd>
            {report.professionalName && report.professionalRole ? (
              <Link to={`${base}/professionals`}>
                {report.professionalName} ({PROFESSIONAL_ROLE_LABELS[report.professionalRole]})
              </Link>
            ) : (
              "Not recorded"
            )}
          </dd>
        </div>
        <div>
          <dt>Written by</dt>
          <dd>{report.author ?? "Not recorded"}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{report.date ? formatDate(report.date) : "Not recorded"}</dd>
        </div>
        <div>
          <dt>Document</dt>
          <dd>
            {report.documentId && report.documentTitle ? (
              <Link to={`${base}/documents/${report.documentId}`}>{report.documentTitle}</Link>
            ) : (
              "Not uploaded"
            )}
          </dd>
        </div>
      </dl>
      {canWrite && !loaderData.isEditingReport && !loaderData.isRemoving ? (
        <div className="actions">
          <Link to="?edit=report#report-details">Change the report's details</Link>
          <Link to="?remove=report#remove-report">Remove this report</Link>
        </div>
      ) : null}
      {loaderData.isRemoving ? (
        <section className="panel narrow" aria-labelledby="remove-report">
          <h2 id="remove-report" tabIndex={-1} className="note__title">
            Remove this report?
          </h2>
          <p>
            This removes the report and its{" "}
            {recommendations.length === 1
              ? "1 recommendation"
              : `${recommendations.length} recommendations`}
            , with what you noted about each.{" "}
            {report.documentId ? "The document stays in your documents." : ""}
          </p>
          <Form method="post" className="actions">
            <input type="hidden" name="intent" value="remove-report" />
            <button type="submit" className="danger">
              Yes, remove this report
            </button>
            <Link to=".">No, keep it</Link>
          </Form>
        </section>
      ) : null}
      {loaderData.isEditingReport ? (
        <ReportDetailsForm
          report={report}
          professionals={loaderData.professionals}
          errors={refusal?.form === "report" ? refusal.errors : undefined}
          values={refusal?.form === "report" ? refusal.values : undefined}
        />
      ) : null}

      {loaderData.findings.length > 0 ? (
        <section aria-labelledby="plan-check">
          <h2 id="plan-check">Health check</h2>
          <FindingList findings={loaderData.findings} />
        </section>
      ) : null}

      {recommendations.length === 0 ? (
        <section aria-labelledby="none-found" className="note narrow">
          <h2 id="none-found" className="note__title">
            No recommendations yet
          </h2>
          <p>{explainNoneFound(report)}</p>
          {canWrite ? (
            <p>
              <a href="#recommendation-form">Add a recommendation by hand</a>
            </p>
          ) : null}
        </section>
      ) : null}

      {suggested.length > 0 ? (
        <section aria-labelledby="suggestions">
          <h2 id="suggestions" tabIndex={-1}>
            Suggestions to check ({suggested.length})
          </h2>
          <p className="narrow">
            Clearpath read these from the report. It can miss things or pick up a sentence that is
            not a recommendation, so check each one: confirm it, change its wording, or discard it.
          </p>
          {canWrite ? (
            <Form method="post">
              <input type="hidden" name="intent" value="confirm-all" />
              <button type="submit" className="secondary">
                {suggested.length === 1
                  ? "Confirm the remaining suggestion"
                  : `Confirm all ${suggested.length} remaining suggestions`}
              </button>
            </Form>
          ) : null}
          <ol className="recommendation-list">
            {suggested.map((recommendation, index) => (
              <SuggestionCard
                key={recommendation.id}
                recommendation={recommendation}
                number={index + 1}
                canWrite={canWrite}
              />
            ))}
          </ol>
        </section>
      ) : null}

      {confirmed.length > 0 ? (
        <section aria-labelledby="confirmed">
          <h2 id="confirmed" tabIndex={-1}>
            Confirmed recommendations ({confirmed.length})
          </h2>
          <p className="narrow">
            For each one, note the support in the school's plan that answers it, whether the EHC
            plan includes it, and whether it is happening.
          </p>
          <ol className="recommendation-list">
            {confirmed.map((recommendation, index) => {
              const isRefused = refusal?.form === "tracking" && refusal.id === recommendation.id;
              return (
                <ConfirmedCard
                  key={recommendation.id}
                  recommendation={recommendation}
                  number={index + 1}
                  canWrite={canWrite}
                  groups={groups}
                  isNotInPlan={loaderData.notInPlanIds.includes(recommendation.id)}
                  errors={isRefused ? refusal.errors : undefined}
                  values={isRefused ? refusal.values : undefined}
                />
              );
            })}
          </ol>
          {groups.every((group) => group.lines.length === 0) ? (
            <p className="narrow">
              No support is recorded in a plan yet.{" "}
              <Link to={`${base}/support`}>Record the school's plan</Link>, then link each
              recommendation to the support that answers it.
            </p>
          ) : null}
        </section>
      ) : null}

      {discarded.length > 0 ? (
        <section aria-labelledby="discarded">
          <h2 id="discarded" tabIndex={-1}>
            Discarded ({discarded.length})
          </h2>
          <p className="narrow">
            Sentences you said are not recommendations. Put one back if you change your mind.
          </p>
          <ul className="discarded-list">
            {discarded.map((recommendation, index) => (
              <li key={recommendation.id}>
                <p className="recommendation__text">{recommendation.text}</p>
                {canWrite ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="restore" />
                    <input type="hidden" name="id" value={recommendation.id} />
                    <button type="submit" className="secondary button--small">
                      Put back
                      <span className="visually-hidden"> discarded sentence {index + 1}</span>
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {canWrite ? (
        <RecommendationForm
          editing={editingRecommendation}
          errors={refusal?.form === "recommendation" ? refusal.errors : undefined}
          values={refusal?.form === "recommendation" ? refusal.values : undefined}
        />
      ) : null}
    </section>
  );
}

/** Why a report has no recommendations, in plain words. */
function explainNoneFound(report: {
  documentId: string | null;
  documentTitle: string | null;
  documentHasText: boolean | null;
  documentExtractionNote: string | null;
}) {
  if (report.documentId && report.documentTitle && !report.documentHasText) {
    return `No text could be read from "${report.documentTitle}" (a scanned page or a photo has none), so Clearpath could not suggest its recommendations.${report.documentExtractionNote ? ` ${report.documentExtractionNote}` : ""} You can add them by hand from the report.`;
  }
  if (report.documentId && report.documentTitle) {
    return `Clearpath read "${report.documentTitle}" but found nothing that looked like a recommendation. You can add them by hand from the report.`;
  }
  return "Clearpath found nothing that looked like a recommendation, or no text was given. You can add them by hand from the report.";
}

function ReportDetailsForm({
  report,
  professionals,
  errors,
  values,
}: {
  report: {
    title: string;
    professionalId: string | null;
    author: string | null;
    date: string | null;
  };
  professionals: ReadonlyArray<{ value: string; label: string }>;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  return (
    <section className="narrow" aria-labelledby="report-details">
      <h2 id="report-details" tabIndex={-1}>
        Change the report's details
      </h2>
      <ErrorSummary errors={errors} labels={{ date: "date" }} />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="update-report" />
        <TextField
          name="title"
          label="Title"
          maxLength={REPORT_LIMITS.title}
          errors={errors}
          defaultValue={typedOr(values, "title", report.title)}
        />
        {professionals.length > 0 ? (
          <SelectField
            name="professionalId"
            label="Which professional wrote it (optional)"
            options={professionals}
            selected={typedOr(values, "professionalId", report.professionalId)}
            emptyLabel="Not one listed"
            errors={errors}
          />
        ) : null}
        <TextField
          name="author"
          label="Written by (optional)"
          maxLength={REPORT_LIMITS.author}
          errors={errors}
          defaultValue={typedOr(values, "author", report.author)}
        />
        <DateField
          name="date"
          legend="Date of the report (optional)"
          errors={errors}
          value={typedDate(values, "date", dateParts(report.date))}
        />
        <div className="actions">
          <button type="submit">Save details</button>
          <Link to=".">Cancel</Link>
        </div>
      </Form>
    </section>
  );
}
