// The case's appeals to the SEND Tribunal: each with where it is and the decision it is about, and
// the decisions recorded on the statutory page that can still be appealed, each with "Start an appeal".
import type { RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/appeals";
import { openCase } from "~/auth/case-route.server";
import { AdviceNote } from "~/components/appeals/advice-note";
import { listAppeals } from "~/data/appeals.server";
import { listStatutoryEvents } from "~/data/statutory.server";
import { APPEAL_STATUS_LABELS, APPEAL_TYPE_NAMES } from "~/domain/codes/tribunal";
import { formatDate } from "~/domain/presentation";
import { describeDecision } from "~/domain/statutory/decisions";
import { decisionAppealOf } from "~/domain/tribunal/start-appeal";

export const handle: RouteHandle = { page: { name: "Appeals", section: "council", menu: { label: "Appeals", group: "case", order: 175 } } };

export const meta: Route.MetaFunction = () => [{ title: "Appeals – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const [appeals, events] = await Promise.all([listAppeals(access), listStatutoryEvents(access)]);
  const decisionOf = (id: string | null) => events.find((event) => event.id === id) ?? null;
  return {
    caseId: access.caseId,
    canWrite: can.write,
    appeals: appeals.map((appeal) => {
      const decision = decisionOf(appeal.decisionEventId);
      return {
        id: appeal.id,
        title: `Appeal: ${APPEAL_TYPE_NAMES[appeal.appealType]}`,
        status: APPEAL_STATUS_LABELS[appeal.status],
        decision: decision ? `${describeDecision(decision.type)}, ${formatDate(decision.date)}` : null,
        tribunalReference: appeal.tribunalReference,
      };
    }),
    // Newest first: the decision most likely to be appealed now.
    decisions: events
      .filter((event) => decisionAppealOf(event.type) !== null)
      .reverse()
      .map((event) => ({
        id: event.id,
        title: `${describeDecision(event.type)}, ${formatDate(event.date)}`,
        appealCount: appeals.filter((appeal) => appeal.decisionEventId === event.id).length,
      })),
  };
}

export default function Appeals({ loaderData }: Route.ComponentProps) {
  const { caseId, canWrite, appeals, decisions } = loaderData;
  const base = `/cases/${caseId}`;
  return (
    <section>
      <h1>Appeals</h1>
      <p className="lead narrow">
        If you disagree with a council decision about an EHC needs assessment or plan, you can appeal to the SEND Tribunal. Start an
        appeal from the decision, and Clearpath keeps its dates, your evidence and what you write for it in one place.
      </p>

      <section aria-labelledby="appeal-list">
        <h2 id="appeal-list">Your appeals</h2>
        {appeals.length === 0 ? (
          <p className="narrow">No appeals yet.</p>
        ) : (
          <ul className="card-list">
            {appeals.map((appeal) => (
              <li key={appeal.id} className="card">
                <h3 className="card__title">
                  <Link to={`${base}/appeals/${appeal.id}`}>{appeal.title}</Link>
                </h3>
                <p>{appeal.status}</p>
                {appeal.decision ? <p className="meta">Against: {appeal.decision}</p> : null}
                {appeal.tribunalReference ? <p className="meta">Tribunal reference: {appeal.tribunalReference}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="decisions" className="narrow">
        <h2 id="decisions">Decisions you can appeal</h2>
        {decisions.length === 0 ? (
          <p>
            No decision you can appeal is recorded yet. Record the council's decision on the{" "}
            <Link to={`${base}/statutory`}>assessment and plan page</Link>, with the date on its letter.
          </p>
        ) : (
          <ul className="link-list">
            {decisions.map((decision) => (
              <li key={decision.id}>
                {decision.title}
                {decision.appealCount > 0 ? <span className="meta"> (appealed)</span> : null}{" "}
                {canWrite ? (
                  <Link to={`${base}/appeals/new?decision=${decision.id}`}>
                    Start an appeal<span className="visually-hidden">: {decision.title}</span>
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <AdviceNote />
    </section>
  );
}
