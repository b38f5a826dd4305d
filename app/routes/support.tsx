// The support record: every Assess–Plan–Do–Review cycle for the child, newest first.
import type { RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/support";
import { openCase } from "~/auth/case-route.server";
import { formatDate, plural } from "~/domain/presentation";
import { cycleName } from "~/components/support/cycle-name";
import { RuleCitation } from "~/components/support/rule-citation";
import { listCycles } from "~/data/cycles.server";
import { getRule } from "~/domain";
import { isReviewOverdue } from "~/domain/support/review-due";
import { CYCLE_KIND_LABELS, REVIEW_DECISION_LABELS } from "~/domain/support/review-options";

export const handle: RouteHandle = { page: { name: "Support plans", section: "school", menu: { label: "Support plans", group: "case", order: 40 } } };

export const meta: Route.MetaFunction = () => [{ title: "Support plans – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const cycles = await listCycles(access);
  return {
    caseId: access.caseId,
    canWrite: can.write,
    rule: getRule("R-SCH-GRADUATED", today),
    cycles: cycles.map((cycle) => ({
      ...cycle,
      isOverdue: isReviewOverdue(
        { reviewDate: cycle.reviewDate, hasReview: cycle.reviewedOn !== null },
        today,
      ),
    })),
  };
}

export default function SupportPlans({ loaderData }: Route.ComponentProps) {
  const base = `/cases/${loaderData.caseId}/support`;
  return (
    <section>
      <h1>Support plans</h1>
      <div className="narrow">
        <RuleCitation rule={loaderData.rule} />
        <p>
          Record each cycle here: what was assessed, the plan, and the review. Starting a new cycle
          copies the last plan, so you can see if it was simply repeated.
        </p>
      </div>
      {loaderData.canWrite ? (
        <p>
          <Link to={`${base}/new`} className="button">
            Start a new cycle
          </Link>
        </p>
      ) : null}
      {loaderData.cycles.length === 0 ? <p>No support plans recorded yet.</p> : null}
      <ul className="card-list">
        {loaderData.cycles.map((cycle) => (
          <li key={cycle.id} className="card">
            <h2 className="card__title">
              <Link to={`${base}/${cycle.id}`}>{cycleName(cycle)}</Link>
            </h2>
            <p className="meta">{CYCLE_KIND_LABELS[cycle.kind]}</p>
            <dl className="support-facts">
              <dt>Started</dt>
              <dd>{formatDate(cycle.startDate)}</dd>
              <dt>Review</dt>
              <dd>
                {cycle.reviewedOn
                  ? `Reviewed on ${formatDate(cycle.reviewedOn)}`
                  : cycle.reviewDate
                    ? formatDate(cycle.reviewDate)
                    : "No date set"}
                {cycle.isOverdue ? (
                  <strong className="tag tag--overdue">Review overdue</strong>
                ) : null}
              </dd>
              <dt>Plan</dt>
              <dd>
                {plural(cycle.targetCount, "target")},{" "}
                {plural(cycle.provisionCount, "provision line")}
              </dd>
              <dt>Decision</dt>
              <dd>
                {cycle.reviewDecision
                  ? REVIEW_DECISION_LABELS[cycle.reviewDecision]
                  : "Not reviewed yet"}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
