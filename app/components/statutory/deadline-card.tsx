// One statutory deadline: its status in plain words, its date, what the parent can do once it is
// missed, and what the law says (each rule with its citation), folded away behind its rule ids and
// how far each was checked.
import { Link } from "react-router";
import { formatDate } from "~/domain/presentation";

export type RuleView = {
  id: string;
  title: string;
  summary: string;
  /** How sure we are of the rule, e.g. "Not yet checked against the law's own text." */
  status: string;
  citations: ReadonlyArray<{ instrument: string; provision: string; url: string }>;
};

export type DeadlineView = {
  id: string;
  label: string;
  status: "upcoming" | "due_soon" | "overdue" | "met";
  statusText: string;
  due: string;
  fromText: string;
  explanation: string;
  notes: string[];
  ifMissed: string | null;
  /** Whether the usual steps apply: chase the council, complain to it, then to the Ombudsman. */
  complainToOmbudsman: boolean;
  rules: RuleView[];
  ifMissedRules: RuleView[];
  /** Letters that act on it, opened at this deadline. */
  letters: ReadonlyArray<{ label: string; path: string }>;
  /** A calendar file with just this date, while it is still to be met. */
  calendarPath: string | null;
};

export function DeadlineCard({ deadline }: { deadline: DeadlineView }) {
  const headingId = `deadline-${deadline.id}`;
  return (
    <li className={`card deadline deadline--${deadline.status}`}>
      <article aria-labelledby={headingId}>
        <h3 className="card__title" id={headingId}>
          {deadline.label}
        </h3>
        <p className="deadline__status">{deadline.statusText}</p>
        <dl className="summary-list">
          <div>
            <dt>Due by</dt>
            <dd>{formatDate(deadline.due)}</dd>
          </div>
          <div>
            <dt>Counted from</dt>
            <dd>{deadline.fromText}</dd>
          </div>
        </dl>
        <p>{deadline.explanation}</p>
        {deadline.notes.map((note) => (
          <p key={note} className="deadline__note">
            {note}
          </p>
        ))}
        {deadline.ifMissed ? (
          <div className="deadline__missed">
            <h4>What you can do now</h4>
            <p>{deadline.ifMissed}</p>
            {deadline.complainToOmbudsman ? (
            <ol>
              <li>Chase the council in writing: give the date that has passed and ask for a reply by a set date.</li>
              <li>If nothing changes, make a complaint using the council's complaints process.</li>
              <li>If the council's answer does not put it right, complain to the Local Government and Social Care Ombudsman.</li>
            </ol>
            ) : null}
            <LawDisclosure rules={deadline.ifMissedRules} title="The law on what you can do" />
          </div>
        ) : null}
        {deadline.letters.length > 0 || deadline.calendarPath ? (
          <ul className="link-list">
            {deadline.letters.map((letter) => (
              <li key={letter.path}>
                <Link to={letter.path}>{letter.label}</Link>
              </li>
            ))}
            {deadline.calendarPath ? (
              <li>
                <a href={deadline.calendarPath} download>
                  Add this date to your calendar (.ics)
                </a>
              </li>
            ) : null}
          </ul>
        ) : null}
        <LawDisclosure rules={deadline.rules} />
      </article>
    </li>
  );
}

/**
 * The law behind a date, folded: the summary shows each rule's id and how far it was checked;
 * opening it shows the rule in plain words with its sources.
 */
export function LawDisclosure({ rules, title = "What the law says" }: { rules: RuleView[]; title?: string }) {
  if (rules.length === 0) return null;
  return (
    <details className="law">
      <summary>
        <span className="law__title">{title}</span>
        <span className="law__ids">
          {rules.map((rule) => (
            <span key={rule.id} className="law__id">
              <code>{rule.id}</code> {rule.status}
            </span>
          ))}
        </span>
      </summary>
      <RuleList rules={rules} />
    </details>
  );
}

export function RuleList({ rules }: { rules: RuleView[] }) {
  if (rules.length === 0) return null;
  return (
    <ul className="deadline__rules">
      {rules.map((rule) => (
        <li key={rule.id}>
          <strong>{rule.title}.</strong> {rule.summary} <em className="rule-status">{rule.status}</em>{" "}
          <span className="citation">
            Source:{" "}
            {rule.citations.map((citation, index) => (
              <span key={citation.url + citation.provision}>
                {index > 0 ? "; " : null}
                <a href={citation.url}>
                  {citation.instrument}, {citation.provision}
                </a>
              </span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
