// The preparation sheet for a meeting, made from the case: reviews, support that did not happen
// this term, what the health check found, recommendations not in the plan, actions still open,
// and the parent's questions (their own, and any picked from the question bank). Printable.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/meeting-prepare";
import { openCase } from "~/auth/case-route.server";
import { MISSED_REASON_LABELS } from "~/domain/delivery";
import { ErrorSummary, TextArea, typedOr } from "~/components/form";
import { formatDate } from "~/domain/presentation";
import { presentFindings } from "~/components/health/present";
import { meetingName } from "~/components/meetings/meeting-name";
import { OpenActionList } from "~/components/meetings/open-action-list";
import { PrintButton } from "~/components/meetings/print-button";
import { QuestionPicker } from "~/components/meetings/question-picker";
import { SheetFindings } from "~/components/meetings/sheet-findings";
import { MEETING_KIND_LABELS, MEETING_LIMITS, meetingQuestionsFormSchema } from "~/forms/meetings";
import { parseForm, readForm } from "~/forms/parse";
import { getCheckedCase } from "~/data/case-document.server";
import { getProvisionAudit } from "~/data/delivery.server";
import { getMeeting, saveMeetingQuestions } from "~/data/meetings.server";
import { prepareAnnualReview } from "~/domain/meetings/prepare-annual-review";
import { prepareMeeting, type DeliveryGap } from "~/domain/meetings/prepare-meeting";
import { groupQuestions } from "~/domain/meetings/question-bank";
import { redirectWithFlash } from "~/services/flash.server";

export const handle: RouteHandle = { page: { name: "Meetings: one record", section: "letters" } };

export const meta: Route.MetaFunction = () => [{ title: "Preparation sheet – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const meeting = await getMeeting(access, params.meetingId);
  const [{ document, check }, audit] = await Promise.all([
    getCheckedCase(access, today),
    getProvisionAudit(access, today),
  ]);
  const sheet = prepareMeeting({ document, check, today, meeting, audit });
  const present = (findings: typeof check.findings) =>
    presentFindings(access.caseId, document, { ...check, findings }, today);
  return {
    caseId: access.caseId,
    canWrite: can.write,
    childName: document.child.name,
    meeting: {
      id: meeting.id,
      date: meeting.date,
      name: meetingName(meeting),
      kindLabel: MEETING_KIND_LABELS[meeting.kind],
      attendees: meeting.attendees,
      questions: meeting.questions,
      pickedQuestions: meeting.pickedQuestions,
      isPast: meeting.date < today,
    },
    today,
    sheet: {
      ...sheet,
      // Findings go to the page ready to show: with their links and next steps.
      reviews: { nextReview: sheet.reviews.nextReview },
      reviewFindings: present(sheet.reviews.findings),
      findings: present(sheet.findings),
    },
    annualReview: meeting.kind === "annual_review" ? prepareAnnualReview(document, meeting.date, today) : null,
    bank: groupQuestions(),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const meeting = await getMeeting(access, params.meetingId);
  const form = parseForm(await readForm(request), meetingQuestionsFormSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  await saveMeetingQuestions(access, meeting.id, form.data);
  return redirectWithFlash(
    `/cases/${access.caseId}/meetings/${meeting.id}/prepare#your-questions`,
    "Questions saved.",
  );
}

function describeGap(gap: DeliveryGap): string {
  const missed =
    gap.cancelled > 0
      ? `${gap.cancelled} of ${gap.planned} planned sessions did not happen (${gap.reasons.map((r) => `${MISSED_REASON_LABELS[r.reason].toLowerCase()}: ${r.sessions}`).join(", ")}).`
      : `All ${gap.planned - gap.unknown} recorded sessions of ${gap.planned} planned happened.`;
  const unknown =
    gap.unknown > 0
      ? ` ${gap.unknown} ${gap.unknown === 1 ? "session has" : "sessions have"} no record either way: ask whether ${gap.unknown === 1 ? "it" : "they"} took place.`
      : "";
  return missed + unknown;
}

export default function MeetingPrepare({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, meeting, sheet, bank, childName, canWrite, annualReview } = loaderData;
  const base = `/cases/${caseId}`;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const typedPicked = values?.["picked[]"];
  const picked = values
    ? Array.isArray(typedPicked)
      ? typedPicked
      : typedPicked
        ? [typedPicked]
        : []
    : meeting.pickedQuestions;
  const hasQuestions = sheet.ownQuestions.length > 0 || sheet.pickedQuestions.length > 0;
  return (
    <section className="prep-sheet">
      <p className="no-print">
        <Link to={`${base}/meetings`}>Back to meetings</Link>
      </p>
      <h1>Preparation sheet</h1>
      <p className="lead">
        {childName}: {meeting.name}, {formatDate(meeting.date)}
        {meeting.name !== meeting.kindLabel ? ` (${meeting.kindLabel})` : ""}.
      </p>
      {meeting.attendees.length > 0 ? (
        <p>Who will be there: {meeting.attendees.join(", ")}.</p>
      ) : null}
      <p className="meta">
        Made from your records on {formatDate(loaderData.today)}. Take it with you, and tick things
        off as they are covered.
      </p>
      <PrintButton label="Print the sheet" />

      {annualReview ? <AnnualReviewSection review={annualReview} childName={childName} statutoryPath={`${base}/statutory`} /> : null}

      <section aria-labelledby="reviews-heading" className="sheet-section">
        <h2 id="reviews-heading">Reviews</h2>
        {sheet.reviewFindings.length > 0 ? (
          <SheetFindings findings={sheet.reviewFindings} />
        ) : sheet.reviews.nextReview ? (
          <p>
            No review is overdue. The next review of the plan is due on{" "}
            {formatDate(sheet.reviews.nextReview.date)}.
          </p>
        ) : (
          <p>No review date is recorded. Ask when the support will next be reviewed with you.</p>
        )}
      </section>

      <section aria-labelledby="delivery-heading" className="sheet-section">
        <h2 id="delivery-heading">
          Support that did not happen: {sheet.delivery.term.label.toLowerCase()}
        </h2>
        {sheet.delivery.gaps.length === 0 ? (
          <p>No missed or unrecorded sessions this term.</p>
        ) : (
          <ul className="sheet-list">
            {sheet.delivery.gaps.map((gap) => (
              <li key={gap.provisionId}>
                <strong>{gap.what}</strong>
                {gap.who ? ` (${gap.who})` : ""}: {describeGap(gap)}
              </li>
            ))}
          </ul>
        )}
        <p className="no-print">
          <Link to={`${base}/audit`}>See every session in the audit</Link>
        </p>
      </section>

      {sheet.recommendations.length > 0 ? (
        <section aria-labelledby="recommendations-heading" className="sheet-section">
          <h2 id="recommendations-heading">Recommendations not in the plan</h2>
          {sheet.recommendations.map((report) => (
            <div key={report.reportId}>
              <p>
                From <Link to={`${base}/reports/${report.reportId}`}>{report.reportTitle}</Link>
                {report.reportDate ? ` (${formatDate(report.reportDate)})` : ""}:
              </p>
              <ul className="sheet-list">
                {report.items.map((item) => (
                  <li key={item.id}>{item.text}</li>
                ))}
              </ul>
            </div>
          ))}
          <p>You can ask for each one to be added to the plan, or for the reason it is left out.</p>
        </section>
      ) : null}

      <section aria-labelledby="findings-heading" className="sheet-section">
        <h2 id="findings-heading">What the health check found</h2>
        {sheet.findings.length === 0 ? (
          <p>Nothing else to raise from the health check.</p>
        ) : (
          <SheetFindings findings={sheet.findings} />
        )}
      </section>

      <section aria-labelledby="open-actions-heading" className="sheet-section">
        <h2 id="open-actions-heading">Actions still open from earlier meetings</h2>
        {sheet.openActions.length === 0 ? (
          <p>None.</p>
        ) : (
          <OpenActionList actions={sheet.openActions} caseId={caseId} />
        )}
      </section>

      <section aria-labelledby="your-questions" className="sheet-section">
        <h2 id="your-questions" tabIndex={-1}>
          Your questions
        </h2>
        {!hasQuestions ? (
          <p>No questions yet.{canWrite ? " Write your own or choose from the list below." : ""}</p>
        ) : null}
        {sheet.ownQuestions.length > 0 ? (
          <>
            <h3>Your own</h3>
            <ol className="question-list">
              {sheet.ownQuestions.map((question, index) => (
                <li key={`${index}-${question}`}>{question}</li>
              ))}
            </ol>
          </>
        ) : null}
        {sheet.pickedQuestions.map((group) => (
          <div key={group.group}>
            <h3>{group.label}</h3>
            <ol className="question-list">
              {group.questions.map((question) => (
                <li key={question.id}>{question.text}</li>
              ))}
            </ol>
          </div>
        ))}
      </section>

      {canWrite ? (
        <section aria-labelledby="choose-heading" className="no-print narrow">
          <h2 id="choose-heading">Write and choose your questions</h2>
          <ErrorSummary errors={errors} />
          <Form method="post" noValidate>
            <TextArea
              name="questions"
              label="Your own questions"
              hint="One question a line. Write what you most want to know first."
              rows={5}
              maxLength={MEETING_LIMITS.questions}
              errors={errors}
              defaultValue={typedOr(values, "questions", meeting.questions)}
            />
            <p>
              Questions other parents find useful, in five groups. Tick the ones you want to ask.
            </p>
            <QuestionPicker
              groups={bank}
              selected={picked}
              suggested={sheet.suggestedQuestionIds}
            />
            <div className="actions">
              <button type="submit">Save questions</button>
            </div>
          </Form>
        </section>
      ) : null}

      <p className="no-print">
        {meeting.isPast ? "After the meeting: " : "During or after the meeting: "}
        <Link to={`${base}/meetings/${meeting.id}`}>write down what was said and agreed</Link>.
      </p>
    </section>
  );
}

type AnnualReview = NonNullable<Route.ComponentProps["loaderData"]["annualReview"]>;

/** The parts only an annual review of an EHC plan needs. */
function AnnualReviewSection({ review, childName, statutoryPath }: { review: AnnualReview; childName: string; statutoryPath: string }) {
  return (
    <section aria-labelledby="annual-review-heading" className="sheet-section">
      <h2 id="annual-review-heading">Annual review of the EHC plan</h2>
      <h3>Views to gather</h3>
      <ul>
        {review.views.map((view) => (
          <li key={view.who}>
            <strong>{view.who}:</strong> {view.ask}
            {view.recorded ? ` You have recorded: "${view.recorded}"` : null}
          </li>
        ))}
      </ul>
      <h3>Evidence {review.since ? `since ${formatDate(review.since)}` : "to bring"}</h3>
      {review.evidence.length > 0 ? (
        <ul>
          {review.evidence.map((item) => (
            <li key={`${item.date}-${item.what}`}>
              {formatDate(item.date)}: {item.what}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing dated in this time is recorded yet. Ask the school for its records of progress and support.</p>
      )}
      <h3>The plan to go through</h3>
      {review.plan ? (
        <>
          <p>For each outcome: has {childName} made progress, and is it still right? For each line of support: was it given as written?</p>
          <h4>Outcomes (Section E)</h4>
          <ul>
            {review.plan.outcomes.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          <h4>Special educational provision (Section F)</h4>
          <ul>
            {review.plan.provision.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>No final EHC plan is recorded. Add it under EHC plans to see its outcomes and support here.</p>
      )}
      <h3>Time limits after the meeting</h3>
      <ul>
        {review.deadlines.map((deadline) => (
          <li key={deadline.label}>
            {deadline.label}: by {formatDate(deadline.due)}
          </li>
        ))}
      </ul>
      <p className="no-print">
        After the meeting, record it on the <Link to={statutoryPath}>Assessment and plan</Link> page as &ldquo;Annual review meeting held&rdquo;, so
        these time limits are followed.
      </p>
    </section>
  );
}
