// One appeal's workspace: the next date and what to do first (a phone's first screen), the date the
// appeal must reach the tribunal, what the appeal form needs, the tribunal's directions' dates
// (add and remove), after the decision what the council must do and by when and the ways to
// challenge, links to the bundle, working document and statement, and the appeal's details.
// Every date comes from the one view model (domain/tribunal/workspace.ts) with its rule and status.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/appeal";
import { openCase } from "~/auth/case-route.server";
import type { CaseAccess } from "~/auth/access.server";
import { AdviceNote } from "~/components/appeals/advice-note";
import { AppealChecklist } from "~/components/appeals/appeal-checklist";
import { AppealDateList } from "~/components/appeals/appeal-date-list";
import { DateField, ErrorSummary, RadioGroup, SelectField, TextArea, TextField, typedDate, typedOr } from "~/components/form";
import { LawDisclosure, type RuleView } from "~/components/statutory/deadline-card";
import { addAppealDate, getAppeal, listAppeals, removeAppealDate, updateAppeal } from "~/data/appeals.server";
import { listStatutoryEvents } from "~/data/statutory.server";
import {
  APPEAL_DATE_KIND_LABELS,
  APPEAL_DATE_KINDS,
  APPEAL_SECTION_LABELS,
  APPEAL_STATUS_LABELS,
  APPEAL_STATUSES,
  MEDIATION_STEP_LABELS,
  MEDIATION_STEP_NAMES,
  ORDER_KIND_LABELS,
} from "~/domain/codes/tribunal";
import { findRule } from "~/domain/law/get-rule";
import { describeVerification, lawAsAtText, periodOf } from "~/domain/law/statements";
import { formatDate, formatDaysFromToday } from "~/domain/presentation";
import { mediationStepsFor } from "~/domain/tribunal/start-appeal";
import { buildAppealWorkspace } from "~/domain/tribunal/workspace";
import { APPEAL_LIMITS, appealWorkspaceActionSchema } from "~/forms/appeals";
import { dateParts } from "~/forms/fields";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Appeal", section: "council" } };

export const meta: Route.MetaFunction = ({ data: loaded }) => [{ title: `${loaded?.workspace.title ?? "Appeal"} – Clearpath` }];

async function requireAppeal(access: CaseAccess, appealId: string) {
  const appeal = await getAppeal(access, appealId);
  if (!appeal) fail("not_found");
  return appeal;
}

function rulesOf(ids: readonly string[], today: string): RuleView[] {
  return ids.flatMap((id) => {
    const rule = findRule(id, today);
    return rule ? [{ id: rule.id, title: rule.title, summary: rule.summary, status: describeVerification(rule), citations: rule.citations }] : [];
  });
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const [appeal, events, appeals] = await Promise.all([requireAppeal(access, params.appealId), listStatutoryEvents(access), listAppeals(access)]);
  const workspace = buildAppealWorkspace({ appeal, events, appeals, today });
  return {
    caseId: access.caseId,
    canWrite: can.write,
    today,
    appeal: {
      id: appeal.id,
      appealType: appeal.appealType,
      sections: appeal.sections.map((section) => APPEAL_SECTION_LABELS[section]),
      wantsRecommendations: appeal.wantsRecommendations,
      mediation: appeal.mediation,
      mediationCertificateOn: appeal.mediationCertificateOn,
      submittedOn: appeal.submittedOn,
      registeredOn: appeal.registeredOn,
      tribunalReference: appeal.tribunalReference,
      status: appeal.status,
    },
    workspace,
    rules: rulesOf(workspace.ruleIds, today),
    lawAsAt: lawAsAtText(),
    appealPeriods: { decision: periodOf("R-APP-DEADLINE", "decision"), certificate: periodOf("R-APP-DEADLINE", "certificate") },
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const appeal = await requireAppeal(access, params.appealId);
  const here = `/cases/${access.caseId}/appeals/${appeal.id}`;
  const form = parseIntentForm(await readForm(request), appealWorkspaceActionSchema({ today, appealType: appeal.appealType }));
  if (!form.ok) {
    if (form.values.intent === "remove-date") fail("not_found");
    return data({ errors: form.errors, values: form.values }, { status: 400 });
  }
  if (form.data.intent === "remove-date") {
    // Only a date of this appeal: the query itself is scoped to the case.
    const { id } = form.data;
    if (!appeal.dates.some((date) => date.id === id) || !(await removeAppealDate(access, id))) fail("not_found");
    return redirectWithFlash(`${here}#directions`, "Date removed.");
  }
  if (form.data.intent === "add-date") {
    const { intent: _intent, ...date } = form.data;
    await addAppealDate(access, appeal.id, date);
    return redirectWithFlash(`${here}#directions`, "Date added.");
  }
  const { intent: _intent, ...details } = form.data;
  if (!(await updateAppeal(access, appeal.id, details))) fail("not_found");
  return redirectWithFlash(here, "Appeal details saved.");
}

function registrationStatus(status: string, due: string, metOn: string | null, today: string): string {
  if (status === "met") return metOn ? `Done: the appeal was sent on ${formatDate(metOn)}.` : "Done.";
  if (status === "overdue") return `This date passed ${formatDaysFromToday(due, today)}.`;
  return `Due ${formatDaysFromToday(due, today)}.`;
}

export default function AppealWorkspace({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, canWrite, appeal, workspace, rules, lawAsAt, today } = loaderData;
  const base = `/cases/${caseId}`;
  const here = `${base}/appeals/${appeal.id}`;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const isDetails = values?.intent === "details";
  const isDate = values?.intent === "add-date";
  const { next, registration, order } = workspace;
  return (
    <section>
      <p>
        <Link to={`${base}/appeals`}>All appeals</Link>
      </p>
      <h1>{workspace.title}</h1>
      {workspace.decision ? (
        <p className="lead narrow">
          Against: {workspace.decision.title}, {formatDate(workspace.decision.date)}. {APPEAL_STATUS_LABELS[appeal.status]}.
        </p>
      ) : (
        <p className="lead narrow">
          The decision this appeal is about is no longer recorded, so Clearpath cannot work out the appeal date.{" "}
          {APPEAL_STATUS_LABELS[appeal.status]}.
        </p>
      )}

      <div className="appeal-next panel">
        <h2 className="appeal-next__title">Next: {next.title}</h2>
        {next.date ? (
          <p>
            <strong>{formatDate(next.date)}</strong> ({formatDaysFromToday(next.date, today)})
          </p>
        ) : null}
        <p>{next.todo}</p>
        <p>
          <a href={`#${next.anchor}`}>See the details</a>
        </p>
      </div>

      <section aria-labelledby="registration">
        <h2 id="registration" tabIndex={-1}>
          When the appeal must reach the tribunal
        </h2>
        {registration ? (
          <>
            <p className="narrow">
              <strong>{registrationStatus(registration.status, registration.date.date, registration.metOn, today)}</strong> Counted from:{" "}
              {registration.countedFrom}.
            </p>
            {registration.ifMissed ? <p className="narrow">{registration.ifMissed}</p> : null}
            <AppealDateList dates={[registration.date]} />
          </>
        ) : (
          <p className="narrow">
            Clearpath works this out from the decision on the <Link to={`${base}/statutory`}>assessment and plan page</Link>. The
            appeal must reach the tribunal within {loaderData.appealPeriods.decision} of the decision letter, or{" "}
            {loaderData.appealPeriods.certificate} of the mediation certificate, whichever is later (R-APP-DEADLINE).
          </p>
        )}
      </section>

      <section aria-labelledby="checklist" className="narrow">
        <h2 id="checklist" tabIndex={-1}>
          What the appeal form needs
        </h2>
        <p>
          Mediation: {MEDIATION_STEP_NAMES[appeal.mediation]}.
          {appeal.sections.length > 0 ? ` Appealing: ${appeal.sections.join("; ")}.` : null}
          {appeal.wantsRecommendations ? " You are asking for recommendations on health and social care too." : null}
        </p>
        <AppealChecklist items={workspace.checklist} base={base} />
      </section>

      <section aria-labelledby="directions">
        <h2 id="directions" tabIndex={-1}>
          The tribunal's dates
        </h2>
        <p className="narrow">
          When the tribunal registers the appeal, it sends you a letter with directions: the dates for the council's response, the
          evidence, the attendance forms and the hearing. Record them here. The dates in the letter are the ones that count.
        </p>
        {workspace.directions.length === 0 && !workspace.councilResponseEstimate ? <p className="narrow">No dates recorded yet.</p> : null}
        <AppealDateList dates={[...(workspace.councilResponseEstimate ? [workspace.councilResponseEstimate] : []), ...workspace.directions]} canRemove={canWrite} />
        {canWrite ? (
          <section aria-labelledby="add-date" className="narrow">
            <h3 id="add-date">Add a date from the directions</h3>
            {isDate ? <ErrorSummary errors={errors} labels={{ date: "date" }} /> : null}
            <Form method="post" noValidate action={`${here}#add-date`}>
              <input type="hidden" name="intent" value="add-date" />
              <SelectField
                name="kind"
                label="Which date is it?"
                options={APPEAL_DATE_KINDS.map((kind) => ({ value: kind, label: APPEAL_DATE_KIND_LABELS[kind] }))}
                selected={isDate ? typedOr(values, "kind", null) : null}
                emptyLabel="Choose the date"
                errors={isDate ? errors : undefined}
              />
              <DateField
                name="date"
                legend="The date"
                hint="As it is in the tribunal's letter, for example 15 9 2026."
                errors={isDate ? errors : undefined}
                value={isDate ? typedDate(values, "date", dateParts(null)) : dateParts(null)}
              />
              <TextField
                name="label"
                label="Its name (only for another date)"
                maxLength={APPEAL_LIMITS.label}
                defaultValue={isDate ? typedOr(values, "label", null) : null}
                errors={isDate ? errors : undefined}
              />
              <TextArea
                name="notes"
                label="Notes (optional)"
                rows={2}
                maxLength={APPEAL_LIMITS.notes}
                defaultValue={isDate ? typedOr(values, "notes", null) : null}
                errors={isDate ? errors : undefined}
              />
              <div className="actions">
                <button type="submit">Add the date</button>
              </div>
            </Form>
          </section>
        ) : null}
      </section>

      <section aria-labelledby="order">
        <h2 id="order" tabIndex={-1}>
          After the decision
        </h2>
        {order ? (
          <>
            <p className="narrow">
              {order.isConceded
                ? `The council said on ${formatDate(order.notOpposedOn!)} that it would not oppose the appeal.`
                : `The tribunal's order of ${formatDate(order.madeOn)}: ${ORDER_KIND_LABELS[order.kind].replace(/^The council/, "the council")}.`}{" "}
              {order.isConceded ? "The law gives the council these dates from that day." : "The law gives the council these dates from the date on the order, unless the order sets others."}
            </p>
            {order.councilDates.length > 0 ? (
              <AppealDateList dates={order.councilDates} />
            ) : (
              <p className="narrow">
                {order.isCovered
                  ? "This order gives the council nothing more to do."
                  : "Our notes on the law give no time limit for the council after conceding this kind of appeal, so Clearpath does not show one. Ask the council in writing when it will act."}
              </p>
            )}
            <div className="narrow">
              <h3>If the council misses a date</h3>
              <p>
                The tribunal cannot make the council act. Write to the council's Director of Children's Services, say which date has
                passed, and ask for it to be put right by a set date. If nothing changes, use the council's complaints process, then the
                Local Government and Social Care Ombudsman. Rule <code>R-TRIB-NONCOMPLY</code>.
              </p>
            </div>
            {workspace.challenges.length > 0 ? (
              <>
                <h3>If you disagree with the tribunal's decision</h3>
                <p className="narrow">Each has a time limit counted from the day the tribunal sent its decision. Get advice before you use one.</p>
                <AppealDateList dates={workspace.challenges} />
              </>
            ) : null}
          </>
        ) : (
          <p className="narrow">When the tribunal decides, or the council says it will not oppose the appeal, record it to see what the council must do and by when.</p>
        )}
        {canWrite ? (
          <p>
            <Link to={`${here}/order`}>{order ? "Change the order" : "Record the order or the council's concession"}</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="papers" className="narrow">
        <h2 id="papers">Your papers for the tribunal</h2>
        <ul className="link-list">
          <li>
            <Link to={`${here}/bundle`}>The evidence bundle</Link>: your documents in sections, with page numbers and the page limit.
          </li>
          {workspace.isPlanContent ? (
            <li>
              <Link to={`${here}/working-document`}>The working document</Link>: the changes you want to the plan, with your evidence.
            </li>
          ) : null}
          <li>
            <Link to={`${here}/statement`}>Your witness statement</Link>: what happened, in numbered paragraphs.
          </li>
        </ul>
      </section>

      <section aria-labelledby="details-heading" className="narrow">
        <h2 id="details-heading">The appeal's details</h2>
        <dl className="summary-list">
          <div>
            <dt>Where it is</dt>
            <dd>{APPEAL_STATUS_LABELS[appeal.status]}</dd>
          </div>
          <div>
            <dt>Sent to the tribunal</dt>
            <dd>{appeal.submittedOn ? formatDate(appeal.submittedOn) : "Not yet"}</dd>
          </div>
          <div>
            <dt>Registered</dt>
            <dd>{appeal.registeredOn ? formatDate(appeal.registeredOn) : "Not yet"}</dd>
          </div>
          <div>
            <dt>Tribunal reference</dt>
            <dd>{appeal.tribunalReference ?? "None yet"}</dd>
          </div>
        </dl>
        {canWrite ? (
          <details className="appeal-details" open={isDetails}>
            <summary>Change the details</summary>
            {isDetails ? <ErrorSummary errors={errors} labels={{ submittedOn: "date", registeredOn: "date", mediationCertificateOn: "date" }} /> : null}
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="details" />
              <RadioGroup
                name="status"
                legend="Where is the appeal?"
                options={APPEAL_STATUSES.map((status) => ({ value: status, label: APPEAL_STATUS_LABELS[status] }))}
                selected={isDetails ? typedOr(values, "status", appeal.status) : appeal.status}
                errors={isDetails ? errors : undefined}
              />
              <DateField
                name="submittedOn"
                legend="When did you send the appeal?"
                hint="For example 28 4 2026. Keep proof that you sent it."
                errors={isDetails ? errors : undefined}
                value={isDetails ? typedDate(values, "submittedOn", dateParts(appeal.submittedOn)) : dateParts(appeal.submittedOn)}
              />
              <DateField
                name="registeredOn"
                legend="When did the tribunal register it?"
                hint="The date on the tribunal's registration letter."
                errors={isDetails ? errors : undefined}
                value={isDetails ? typedDate(values, "registeredOn", dateParts(appeal.registeredOn)) : dateParts(appeal.registeredOn)}
              />
              <TextField
                name="tribunalReference"
                label="The tribunal's reference (optional)"
                maxLength={APPEAL_LIMITS.tribunalReference}
                defaultValue={isDetails ? typedOr(values, "tribunalReference", appeal.tribunalReference) : appeal.tribunalReference}
                errors={isDetails ? errors : undefined}
              />
              <RadioGroup
                name="mediation"
                legend="Where are you with mediation?"
                options={mediationStepsFor(appeal.appealType).map((step) => ({ value: step, label: MEDIATION_STEP_LABELS[step] }))}
                selected={isDetails ? typedOr(values, "mediation", appeal.mediation) : appeal.mediation}
                errors={isDetails ? errors : undefined}
              />
              <DateField
                name="mediationCertificateOn"
                legend="If you have a certificate: what date is on it?"
                errors={isDetails ? errors : undefined}
                value={isDetails ? typedDate(values, "mediationCertificateOn", dateParts(appeal.mediationCertificateOn)) : dateParts(appeal.mediationCertificateOn)}
              />
              <div className="actions">
                <button type="submit">Save the details</button>
              </div>
            </Form>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="law" className="narrow appeal-rules">
        <h2 id="law">The law behind these dates</h2>
        <p className="meta">{lawAsAt}. Each rule says how far we have checked it against the law's own text.</p>
        <LawDisclosure rules={rules} />
      </section>

      <AdviceNote />
    </section>
  );
}
