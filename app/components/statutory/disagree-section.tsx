// After a decision the family may challenge: what can be appealed, mediation advice first, the
// appeal date from the deadlines, a checklist, and the letter asking for the council's reasons.
import { Link } from "react-router";
import { formatDate } from "~/domain/presentation";
import { LawDisclosure, type RuleView } from "./deadline-card";

export type DisagreementView = {
  id: string;
  title: string;
  decidedOn: string;
  canAppeal: string;
  mediationAdvice: string;
  /** The appeal date while it still runs. */
  appealDue: string | null;
  appealStatus: string | null;
  checklist: string[];
  reasonsLetterPath: string;
  /** Where to start an appeal against it; null for someone who cannot change the case. */
  startAppealPath: string | null;
};

export function DisagreeSection({
  disagreements,
  rules,
  appealPeriod,
}: {
  disagreements: DisagreementView[];
  rules: RuleView[];
  /** The time limit from the decision letter, from the law catalogue, e.g. "2 months". */
  appealPeriod: string;
}) {
  if (disagreements.length === 0) return null;
  return (
    <section aria-labelledby="disagree">
      <h2 id="disagree">If you disagree with a decision</h2>
      <p className="narrow">
        You can ask the council to explain its decision, talk it through at mediation, and appeal to the SEND Tribunal. Most
        appeals need a mediation certificate first, and every appeal has a time limit.
      </p>
      <ul className="statutory-list">
        {disagreements.map((item) => (
          <li key={item.id} className="card">
            <article aria-labelledby={`disagree-${item.id}`}>
              <h3 className="card__title" id={`disagree-${item.id}`}>
                {item.title}, {formatDate(item.decidedOn)}
              </h3>
              {item.appealDue ? (
                <p className="deadline__status">
                  Appeal by {formatDate(item.appealDue)} ({item.appealStatus?.toLowerCase()})
                </p>
              ) : (
                <p>The appeal must reach the tribunal within {appealPeriod} of the date of the decision letter.</p>
              )}
              <h4>What you can appeal</h4>
              <p>{item.canAppeal}</p>
              <h4>Mediation advice</h4>
              <p>{item.mediationAdvice}</p>
              <h4>What an appeal needs</h4>
              <ul>
                {item.checklist.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <ul className="link-list">
                {item.startAppealPath ? (
                  <li>
                    <Link to={item.startAppealPath}>
                      Start an appeal<span className="visually-hidden">: {item.title}, {formatDate(item.decidedOn)}</span>
                    </Link>
                  </li>
                ) : null}
                <li>
                  <Link to={item.reasonsLetterPath}>Write a letter asking for the reasons for this decision</Link>
                </li>
              </ul>
            </article>
          </li>
        ))}
      </ul>
      <LawDisclosure rules={rules} title="What the law says about disagreeing" />
    </section>
  );
}
