// The provision audit, "promised against delivered": for each line of support and each term,
// the sessions planned, held and cancelled, the delivery rate, the time missed and why, what the
// school's provision map says, and each review's views. Also a printable page and downloads.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/audit";
import { openCase } from "~/auth/case-route.server";
import { ErrorSummary, TextArea, TextField, typedOr } from "~/components/form";
import { formatDate, plural } from "~/domain/presentation";
import { TallyTable } from "~/components/audit/tally-table";
import { describeRate } from "~/domain/delivery";
import { ProvisionMapSummary } from "~/components/audit/provision-map-summary";
import { PdfCharactersNotice } from "~/components/pdf-characters-notice";
import { auditActionSchema, PROVISION_MAP_NOTE_LIMIT } from "~/forms/delivery";
import { parseIntentForm, readForm } from "~/forms/parse";
import { getCase } from "~/data/cases.server";
import { getProvisionAudit, saveProvisionMap } from "~/data/delivery.server";
import { redirectWithFlash } from "~/services/flash.server";
import { findUnprintableInPdf } from "~/services/pdf/fonts.server";
import { listTexts } from "~/domain/printing/printable-text";

export const handle: RouteHandle = { page: { name: "Audit", section: "school", menu: { label: "Audit", group: "case", order: 50 }, kept: true } };

export const meta: Route.MetaFunction = () => [{ title: "Promised against delivered – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const [found, audit] = await Promise.all([getCase(access), getProvisionAudit(access, today)]);
  const url = new URL(request.url);
  const canWrite = can.write;
  const editing = canWrite ? url.searchParams.get("map") : null;
  return {
    caseId: access.caseId,
    childName: found.childName,
    today,
    canWrite,
    isPrint: url.searchParams.get("print") === "1",
    editing: editing && audit.lines.some((line) => line.id === editing) ? editing : null,
    audit,
    unprintable: findUnprintableInPdf([found.childName, ...listTexts(audit)]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const form = parseIntentForm(await readForm(request), auditActionSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  await saveProvisionMap(access, form.data.provisionId, { note: form.data.mapNote, sessions: form.data.mapSessions });
  return redirectWithFlash(`/cases/${access.caseId}/audit`, "Provision map saved.");
}

export default function Audit({ loaderData, actionData }: Route.ComponentProps) {
  const { audit, caseId, childName, isPrint, canWrite, today } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const editing = typeof values?.provisionId === "string" ? values.provisionId : loaderData.editing;
  const base = `/cases/${caseId}/audit`;
  return (
    <section className={isPrint ? "audit audit--print" : "audit"}>
      <h1>Promised against delivered</h1>
      <p className="lead">
        {childName}'s support: what each plan promised, and what the records say happened. Correct to {formatDate(today)}.
      </p>
      {isPrint ? (
        <p className="no-print">
          Use your browser's Print command to print this page or save it as a PDF. <Link to={base}>Back to the audit</Link>
        </p>
      ) : (
        <>
          <PdfCharactersNotice kinds={loaderData.unprintable} keptIn="The spreadsheet and the printable page keep them." />
          <ul className="link-list no-print">
          <li>
            <a href={`${base}.csv`} download>
              Download as a spreadsheet (CSV)
            </a>
          </li>
          <li>
            <a href={`${base}.pdf`} download>
              Download as a PDF
            </a>
          </li>
          <li>
            <Link to={`${base}?print=1`}>Printable page</Link>
          </li>
        </ul>
        </>
      )}
      <div className="note">
        <h2 className="note__title">How we count</h2>
        <p>
          Planned sessions come from each line's start and end dates and how many a week it promises, on school days, leaving out bank holidays. The delivery rate is the sessions held out of those we
          know about: a session not known either way is left out, so it counts neither for nor against the school. Terms are split by month: autumn is September to December, spring January to March,
          summer April to August.
        </p>
      </div>
      <ErrorSummary errors={errors} />
      {audit.lines.length === 0 ? (
        <p>
          No lines of support yet. Add them to a <Link to={`/cases/${caseId}/support`}>support plan</Link>, then record the sessions.
        </p>
      ) : (
        <>
          <h2>All support together</h2>
          <p>{describeRate(audit.total)}</p>
          {audit.lines.map((line) => (
            <section key={line.id} className="audit-line" aria-labelledby={`audit-${line.id}`}>
              <h2 id={`audit-${line.id}`}>{line.what}</h2>
              <p className="meta">
                {[line.cycleTitle, line.who, line.durationMinutes ? `${plural(line.durationMinutes, "minute")} a session` : "Length of a session not recorded"].filter(Boolean).join(" · ")}
              </p>
              <p>{describeRate(line.total)}</p>
              {line.terms.length === 0 ? (
                <p>No sessions planned or recorded yet.</p>
              ) : (
                <TallyTable caption={`${line.what}: sessions by term`} rows={line.terms.map((t) => ({ label: t.term.label, tally: t }))} total={line.terms.length > 1 ? line.total : undefined} />
              )}
              <ProvisionMapSummary what={line.what} map={line.provisionMap} held={line.total.held} />
              {canWrite && !isPrint && editing !== line.id ? (
                <p className="no-print">
                  <Link to={`${base}?map=${line.id}#map-${line.id}`}>
                    Change what the provision map says<span className="visually-hidden"> about {line.what}</span>
                  </Link>
                </p>
              ) : null}
              {canWrite && !isPrint && editing === line.id ? (
                <Form method="post" noValidate className="no-print" id={`map-${line.id}`}>
                  <h3>What the school's provision map says about {line.what}</h3>
                  <input type="hidden" name="intent" value="map" />
                  <input type="hidden" name="provisionId" value={line.id} />
                  <TextArea
                    name="mapNote"
                    label="What the provision map says"
                    hint="Copy its words, for example: Phonics group, 3 x 20 minutes a week, 24 sessions this term."
                    maxLength={PROVISION_MAP_NOTE_LIMIT}
                    rows={3}
                    errors={errors}
                    defaultValue={typedOr(values, "mapNote", line.provisionMap.note)}
                  />
                  <TextField
                    name="mapSessions"
                    label="Sessions the provision map says were delivered (optional)"
                    hint="A whole number. We compare it with the sessions held in your log."
                    inputMode="numeric"
                    width="short"
                    errors={errors}
                    defaultValue={typedOr(values, "mapSessions", line.provisionMap.sessions === null ? "" : String(line.provisionMap.sessions))}
                  />
                  <div className="actions">
                    <button type="submit">Save provision map</button>
                    <Link to={base}>Cancel</Link>
                  </div>
                </Form>
              ) : null}
            </section>
          ))}
        </>
      )}
      <h2>How well each provision worked, at each review</h2>
      {audit.reviews.length === 0 ? <p>No reviews recorded yet.</p> : null}
      {audit.reviews.map((review) => (
        <section key={`${review.date}-${review.cycleTitle}`} aria-labelledby={`review-${review.date}`}>
          <h3 id={`review-${review.date}`}>
            Review on {formatDate(review.date)} ({review.cycleTitle})
          </h3>
          {review.views.length === 0 ? (
            <p>The review does not record views on each provision.</p>
          ) : (
            <div className="table-scroll">
              <table className="audit-table">
                <caption>Views at the review on {formatDate(review.date)}</caption>
                <thead>
                  <tr>
                    <th scope="col">Provision</th>
                    <th scope="col">Your view</th>
                    <th scope="col">The school's view</th>
                  </tr>
                </thead>
                <tbody>
                  {review.views.map((view) => (
                    <tr key={view.provisionId}>
                      <th scope="row">{view.what}</th>
                      <td>{view.parentView ?? "Not recorded"}</td>
                      <td>{view.schoolView ?? "Not recorded"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </section>
  );
}
