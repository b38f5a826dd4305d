// One cycle of support: the assessment, the plan (each target and provision line checked), and the review.
import type { RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/support-cycle";
import { openCase } from "~/auth/case-route.server";
import { formatDate } from "~/domain/presentation";
import { LineStatusTag, TargetCheckResult, WordingCheckResult } from "~/components/support/checks";
import { cycleName } from "~/components/support/cycle-name";
import { ProvisionSummary } from "~/components/support/provision-summary";
import { findSchoolPlanDocument, getPlan } from "~/data/cycles.server";
import { AREA_INFO, checkTarget, judgeProvisionLine } from "~/domain";
import { comparePlans } from "~/domain/support/compare-plans";
import { isReviewOverdue } from "~/domain/support/review-due";
import {
  CYCLE_KIND_LABELS,
  EFFECTIVENESS_LABELS,
  OVERALL_PROGRESS_LABELS,
  REVIEW_DECISION_LABELS,
  TARGET_RATING_LABELS,
} from "~/domain/support/review-options";

export const handle: RouteHandle = { page: { name: "Support plans: one record", section: "school" } };

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.name ?? "Support plan"} – Clearpath` },
];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const plan = await getPlan(access, params.cycleId);
  const schoolPlan = await findSchoolPlanDocument(access, plan.cycle);
  const comparison = plan.previous ? comparePlans(plan.previous, plan) : null;
  const targetText = new Map(plan.targets.map((t) => [t.id, t.text]));
  return {
    caseId: access.caseId,
    canWrite: can.write,
    name: cycleName(plan.cycle),
    cycle: plan.cycle,
    isOverdue: isReviewOverdue(
      { reviewDate: plan.cycle.reviewDate, hasReview: plan.review !== null },
      today,
    ),
    isRepeatedUnchanged: comparison?.isRepeatedUnchanged ?? false,
    targets: plan.targets.map((target) => ({
      ...target,
      areaLabel: target.area ? AREA_INFO[target.area].label : null,
      check: checkTarget(target.text),
      status: comparison?.targets[target.id],
    })),
    provision: plan.provision.map((line) => ({
      ...line,
      targetText: line.targetId ? (targetText.get(line.targetId) ?? null) : null,
      check: judgeProvisionLine({ ...line, minutes: line.durationMinutes }),
      status: comparison?.provision[line.id],
    })),
    review: plan.review,
    schoolPlan,
  };
}

export default function CyclePage({ loaderData }: Route.ComponentProps) {
  const { cycle, review, canWrite } = loaderData;
  const base = `/cases/${loaderData.caseId}/support/${cycle.id}`;
  const targetText = new Map(loaderData.targets.map((t) => [t.id, t.text]));
  const provisionWhat = new Map(loaderData.provision.map((p) => [p.id, p.what]));
  return (
    <section>
      <p>
        <Link to={`/cases/${loaderData.caseId}/support`}>All support plans</Link>
      </p>
      <h1>{loaderData.name}</h1>
      <dl className="summary-list">
        <div>
          <dt>Kind</dt>
          <dd>{CYCLE_KIND_LABELS[cycle.kind]}</dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{formatDate(cycle.startDate)}</dd>
        </div>
        <div>
          <dt>Review date</dt>
          <dd>
            {cycle.reviewDate ? formatDate(cycle.reviewDate) : "No date set"}
            {loaderData.isOverdue ? (
              <strong className="tag tag--overdue">Review overdue</strong>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>The school's plan</dt>
          <dd>
            {loaderData.schoolPlan ? (
              <Link to={`/cases/${loaderData.caseId}/documents/${loaderData.schoolPlan.id}`}>
                {loaderData.schoolPlan.title}
                {loaderData.schoolPlan.date ? `, ${formatDate(loaderData.schoolPlan.date)}` : ""}
              </Link>
            ) : null}
            {loaderData.schoolPlan && cycle.schoolPlanNote ? ". " : null}
            {cycle.schoolPlanNote}
            {!loaderData.schoolPlan && !cycle.schoolPlanNote ? "Not recorded. You can attach it when you change the cycle." : null}
          </dd>
        </div>
      </dl>
      {canWrite ? (
        <p>
          <Link to={`${base}/edit`}>Change dates, kind, assessment or the school&apos;s plan</Link>
        </p>
      ) : null}

      <section aria-labelledby="assess-heading">
        <h2 id="assess-heading">Assess</h2>
        {cycle.assessmentSummary ||
        cycle.assessmentFindings ||
        cycle.assessedBy ||
        cycle.assessmentDate ? (
          <dl className="summary-list">
            <div>
              <dt>What was assessed</dt>
              <dd>{cycle.assessmentSummary ?? "Not recorded"}</dd>
            </div>
            <div>
              <dt>Who assessed</dt>
              <dd>
                {cycle.assessedBy ?? "Not recorded"}
                {cycle.assessmentDate ? `, ${formatDate(cycle.assessmentDate)}` : ""}
              </dd>
            </div>
            <div>
              <dt>What it found</dt>
              <dd className="preserve-lines">{cycle.assessmentFindings ?? "Not recorded"}</dd>
            </div>
          </dl>
        ) : (
          <p>No assessment recorded.</p>
        )}
      </section>

      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">Plan</h2>
        {loaderData.isRepeatedUnchanged ? (
          <p className="panel">
            <strong>This plan is the same as the last one.</strong> If the last plan did not work
            well enough, ask the school what will be different this time.
          </p>
        ) : null}
        <h3>Targets</h3>
        {loaderData.targets.length === 0 ? <p>No targets yet.</p> : null}
        <ol className="plan-list">
          {loaderData.targets.map((target) => (
            <li key={target.id} className="card">
              <p className="plan-list__text">{target.text}</p>
              {target.areaLabel ? <p className="meta">{target.areaLabel}</p> : null}
              <LineStatusTag status={target.status} />
              <TargetCheckResult check={target.check} />
            </li>
          ))}
        </ol>
        <p>
          <Link to={`${base}/targets`}>
            {canWrite ? "Add or change targets" : "See the targets"}
          </Link>
        </p>
        <h3>Provision</h3>
        {loaderData.provision.length === 0 ? <p>No provision yet.</p> : null}
        <ul className="plan-list">
          {loaderData.provision.map((line) => (
            <li key={line.id} className="card">
              <ProvisionSummary line={line} />
              <LineStatusTag status={line.status} />
              <WordingCheckResult check={line.check} />
            </li>
          ))}
        </ul>
        <ul className="link-list">
          <li>
            <Link to={`${base}/provision`}>
              {canWrite ? "Add or change provision" : "See the provision"}
            </Link>
          </li>
          <li>
            <Link to={`${base}/delivery`}>Delivery log: which sessions happened</Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="review-heading">
        <h2 id="review-heading">Review</h2>
        {review ? (
          <>
            <dl className="summary-list">
              <div>
                <dt>Date</dt>
                <dd>{formatDate(review.date)}</dd>
              </div>
              <div>
                <dt>You were there</dt>
                <dd>
                  {review.parentAttended === null
                    ? "Not recorded"
                    : review.parentAttended
                      ? "Yes"
                      : "No"}
                </dd>
              </div>
              <div>
                <dt>Overall progress</dt>
                <dd>
                  {review.overallProgress
                    ? OVERALL_PROGRESS_LABELS[review.overallProgress]
                    : "Not recorded"}
                </dd>
              </div>
              <div>
                <dt>Decision</dt>
                <dd>
                  {review.decision ? REVIEW_DECISION_LABELS[review.decision] : "Not recorded"}
                </dd>
              </div>
              {review.whatWorked ? (
                <div>
                  <dt>What worked</dt>
                  <dd className="preserve-lines">{review.whatWorked}</dd>
                </div>
              ) : null}
              {review.barriers ? (
                <div>
                  <dt>Barriers</dt>
                  <dd className="preserve-lines">{review.barriers}</dd>
                </div>
              ) : null}
              {review.childViews ? (
                <div>
                  <dt>Your child's views</dt>
                  <dd className="preserve-lines">{review.childViews}</dd>
                </div>
              ) : null}
              {review.parentViews ? (
                <div>
                  <dt>Your views</dt>
                  <dd className="preserve-lines">{review.parentViews}</dd>
                </div>
              ) : null}
            </dl>
            {review.targetProgress.length > 0 ? (
              <>
                <h3>Progress on each target</h3>
                <ul className="plan-list">
                  {review.targetProgress.map((progress) => (
                    <li key={progress.targetId} className="card">
                      <p className="plan-list__text">
                        {targetText.get(progress.targetId) ?? "A target since removed"}
                      </p>
                      <p>
                        <strong>{TARGET_RATING_LABELS[progress.rating]}</strong>
                        {progress.evidence ? `: ${progress.evidence}` : ""}
                      </p>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {review.provisionEffectiveness.length > 0 ? (
              <>
                <h3>How well each provision worked</h3>
                <ul className="plan-list">
                  {review.provisionEffectiveness.map((effect) => (
                    <li key={effect.provisionId} className="card">
                      <p className="plan-list__text">
                        {provisionWhat.get(effect.provisionId) ?? "A provision line since removed"}
                      </p>
                      <p>
                        Your view: {labelOf(effect.parentView)}. The school's view:{" "}
                        {labelOf(effect.schoolView)}.
                      </p>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {canWrite ? (
              <p>
                <Link to={`${base}/review`}>Change the review</Link>
              </p>
            ) : null}
          </>
        ) : (
          <>
            <p>Not reviewed yet.</p>
            {canWrite ? (
              <p>
                <Link to={`${base}/review`}>Record the review</Link>
              </p>
            ) : null}
          </>
        )}
      </section>
    </section>
  );
}

// Reviews saved by this app store a code; older records (the demo) may hold the words themselves.
function labelOf(view: string | null): string {
  if (!view) return "not recorded";
  return view in EFFECTIVENESS_LABELS
    ? EFFECTIVENESS_LABELS[view as keyof typeof EFFECTIVENESS_LABELS].toLowerCase()
    : view;
}
