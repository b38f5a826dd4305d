// The health check as a list: most serious first, each with why, the records behind it, the
// rule it rests on (with its public source) and the next step. The short form (the dashboard's)
// folds the why, the records and the law away and gives only the first finding a button.
import { Link } from "react-router";
import type { FindingView, RuleCitation } from "./present";

const SEVERITY_LABEL = { high: "Needs action", medium: "Worth raising", low: "To keep an eye on" } as const;

function RuleItems({ rules }: { rules: RuleCitation[] }) {
  return (
    <ul>
      {rules.map((rule) => (
        <li key={rule.id}>
          <strong>{rule.title}.</strong> {rule.summary} <em className="rule-status">{rule.status}</em>{" "}
          <a href={rule.url} rel="noreferrer">
            {rule.source}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function Citations({ rules }: { rules: RuleCitation[] }) {
  if (rules.length === 0) return null;
  return (
    <details className="citations">
      <summary>What the law or guidance says</summary>
      <RuleItems rules={rules} />
    </details>
  );
}

function RecordLinks({ finding }: { finding: FindingView }) {
  if (finding.records.length === 0) return null;
  return (
    <p className="finding__records">
      From:{" "}
      {finding.records.map((record, j) => (
        <span key={`${record.path}-${j}`}>
          {j > 0 ? ", " : ""}
          <Link to={record.path}>{record.label}</Link>
        </span>
      ))}
      {finding.recordCount > finding.records.length ? ` and ${finding.recordCount - finding.records.length} more` : null}
    </p>
  );
}

export function FindingList({
  findings,
  headingLevel = 3,
  isShort = false,
}: {
  findings: FindingView[];
  headingLevel?: 2 | 3;
  /** The dashboard's form: the why, the records and the law folded away; one button, on the first. */
  isShort?: boolean;
}) {
  if (findings.length === 0) {
    return <p>Nothing to worry about in the records so far. Keep recording reviews and sessions so the check stays useful.</p>;
  }
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (isShort) {
    return (
      <ul className="finding-list finding-list--short">
        {findings.map((finding, i) => (
          <li key={`${finding.code}-${i}`} className={`finding finding--${finding.severity}`}>
            <p className="finding__severity">{SEVERITY_LABEL[finding.severity]}</p>
            <Heading className="finding__title">{finding.title}</Heading>
            <details className="finding__why">
              <summary>
                {finding.rules.length > 0 ? "Why, and what the law says" : "Why"}
                <span className="visually-hidden">: {finding.title}</span>
              </summary>
              <p>{finding.explanation}</p>
              <RecordLinks finding={finding} />
              {finding.rules.length > 0 ? <RuleItems rules={finding.rules} /> : null}
            </details>
            <p className="finding__next">
              <Link className={i === 0 ? "button button--small" : undefined} to={finding.nextStep.path}>
                {finding.nextStep.label}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="finding-list">
      {findings.map((finding, i) => (
        <li key={`${finding.code}-${i}`} className={`finding finding--${finding.severity}`}>
          <p className="finding__severity">{SEVERITY_LABEL[finding.severity]}</p>
          <Heading className="finding__title">{finding.title}</Heading>
          <p>{finding.explanation}</p>
          <RecordLinks finding={finding} />
          <Citations rules={finding.rules} />
          <p>
            <Link className="button button--small" to={finding.nextStep.path}>
              {finding.nextStep.label}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
