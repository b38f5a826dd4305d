// The full health check, and "is progress inadequate?": the evidence on each dimension the
// guidance looks at, with the records behind it.
import type { RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/health";
import { openCase } from "~/auth/case-route.server";
import { getCheckedCase } from "~/data/case-document.server";
import { Citations, FindingList } from "~/components/health/findings";
import { presentFindings, presentProgress } from "~/components/health/present";

export const handle: RouteHandle = { page: { name: "Health check", section: "overview", kept: true } };

export const meta: Route.MetaFunction = () => [{ title: "Health check – Clearpath" }];

const ANSWER = {
  likely: "Yes, the records suggest progress is not enough.",
  possible: "Perhaps: some records suggest progress may not be enough.",
  not_shown: "Not shown: the records so far do not show that progress is inadequate.",
} as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "read");
  const { document, check } = await getCheckedCase(access, today);
  return {
    childName: document.child.name,
    findings: presentFindings(access.caseId, document, check, today),
    progress: presentProgress(access.caseId, document, check, today),
  };
}

export default function Health({ loaderData }: Route.ComponentProps) {
  const { progress } = loaderData;
  return (
    <section>
      <h1>Health check</h1>
      <p>
        Clearpath reads everything recorded for {loaderData.childName} and checks it against what the law and the SEND Code
        of Practice expect. This is information to help you talk to the school, not legal advice.
      </p>

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">Is progress inadequate?</h2>
        <p className="progress-answer">{ANSWER[progress.answer]}</p>
        <p>{progress.explanation}</p>
        <Citations rules={progress.rules} />
        <ul className="card-list">
          {progress.dimensions.map((dimension) => (
            <li key={dimension.dimension} className="card">
              <h3 className="card__title">{dimension.label}</h3>
              {dimension.evidence.length === 0 ? (
                <p className="meta">{dimension.summary}</p>
              ) : (
                <>
                  {dimension.isShown ? null : <p className="meta">{dimension.summary}</p>}
                  <ul>
                    {dimension.evidence.map((evidence, i) => (
                      <li key={i}>
                        {evidence.text}
                        {evidence.records.length > 0 ? (
                          <>
                            {" "}
                            (
                            {evidence.records.slice(0, 3).map((record, j) => (
                              <span key={`${record.path}-${j}`}>
                                {j > 0 ? ", " : ""}
                                <Link to={record.path}>{record.label}</Link>
                              </span>
                            ))}
                            )
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">Findings</h2>
        <FindingList findings={loaderData.findings} />
      </section>
    </section>
  );
}
