// The journey: the nine stages from a first concern to an EHC plan, with where this child is,
// worked out from the records, and what to do at each stage.
import type { RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/journey";
import { openCase } from "~/auth/case-route.server";
import { getCheckedCase } from "~/data/case-document.server";
import { deriveJourney } from "~/domain";
import { Citations } from "~/components/health/findings";
import { targetPath } from "~/components/health/links";
import { citeRules } from "~/components/health/present";

export const handle: RouteHandle = { page: { name: "Where you are", section: "overview", kept: true } };
import { listCaseDeadlines } from "~/domain/letters/statutory-facts";

export const meta: Route.MetaFunction = () => [{ title: "Where you are – Clearpath" }];

const STATUS = { done: "Done", current: "You are here", ahead: "Ahead" } as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const { document, check } = await getCheckedCase(access, today);
  const journey = deriveJourney(document, check.findings, listCaseDeadlines(document, today), today);
  return {
    childName: document.child.name,
    stages: journey.stages.map((stage) => ({
      ...stage,
      actions: stage.actions.map((a) => ({ label: a.label, path: targetPath(access.caseId, a.target, { canWrite: can.write }) })),
      rules: citeRules(stage.rules, today),
    })),
  };
}

export default function Journey({ loaderData }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <h1>Where you are</h1>
      <p>
        Most families move through these stages, though not always in order. Clearpath works out where {loaderData.childName}{" "}
        is from what you have recorded.
      </p>
      <ol className="journey-steps">
        {loaderData.stages.map((stage) => (
          <li key={stage.id} className={`journey-step journey-step--${stage.status}`} aria-current={stage.status === "current" ? "step" : undefined}>
            <p className="journey-step__status">{STATUS[stage.status]}</p>
            <h2>
              {stage.number}. {stage.title}
            </h2>
            {stage.evidence ? <p className="meta">From your records: {stage.evidence}.</p> : null}
            <p>{stage.expected}</p>
            <ul className="link-list">
              {stage.actions.map((action) => (
                <li key={action.label}>
                  <Link to={action.path}>{action.label}</Link>
                </li>
              ))}
            </ul>
            <Citations rules={stage.rules} />
          </li>
        ))}
      </ol>
    </section>
  );
}
