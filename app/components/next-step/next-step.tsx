// "Do this next": the one step to take first in this case, with when it is due and one button
// that does it, then a few more coming soon. Someone who may only read sees what is due and who
// acts, with no button to a form they cannot open.
import { Link } from "react-router";
import type { DoThisNextView, NextStepView } from "./present";

export function NextStep({
  next,
  overviewPath,
}: {
  next: DoThisNextView;
  overviewPath: string | null;
}) {
  const { first, alsoSoon } = next;
  return (
    <section className="next-step" aria-labelledby="next-step-title">
      <h2 id="next-step-title">Do this next</h2>
      {first ? (
        <FirstStep step={first} />
      ) : (
        <p className="next-step__calm">Nothing needs doing right now.</p>
      )}
      {alsoSoon.length > 0 ? (
        <>
          <h3 className="next-step__soon-title">Also soon</h3>
          <ul className="next-step__soon">
            {alsoSoon.map((step) => (
              <li key={step.action}>
                {step.path ? <Link to={step.path}>{step.action}</Link> : step.action}
                {step.when ? " " : null}
                {step.when ? (
                  <span
                    className={
                      step.when.isOverdue
                        ? "next-step__tag next-step__tag--overdue"
                        : "next-step__tag"
                    }
                  >
                    {step.when.short}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {overviewPath ? (
        <p className="next-step__more">
          <Link to={overviewPath}>Everything coming up</Link>
        </p>
      ) : null}
    </section>
  );
}

function FirstStep({ step }: { step: NextStepView }) {
  return (
    <>
      {step.path ? (
        <p className="next-step__do">
          <Link className="button next-step__button" to={step.path}>
            {step.action}
          </Link>
        </p>
      ) : (
        <p className="next-step__action">{step.action}</p>
      )}
      {step.when ? (
        <p
          className={
            step.when.isOverdue ? "next-step__when next-step__when--overdue" : "next-step__when"
          }
        >
          {step.when.text}
        </p>
      ) : null}
      <p className="next-step__why">{step.why}</p>
      {step.whoActs ? <p className="next-step__who">{step.whoActs}</p> : null}
      {step.rule ? (
        <details className="next-step__law">
          <summary>The law behind it</summary>
          <p>{step.rule.summary}</p>
          <p className="citation">
            Source: <a href={step.rule.url}>{step.rule.source}</a> ({step.rule.status})
          </p>
        </details>
      ) : null}
    </>
  );
}
