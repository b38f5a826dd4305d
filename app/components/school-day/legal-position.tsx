// The legal position: for each kind of record present, the rules that apply, each with its id,
// title, our summary, its sources and how far it was checked (the catalogue's words, through the
// same RuleCitation the support pages use).
import { RuleCitation } from "~/components/support/rule-citation";
import type { LegalTopicView } from "~/domain/school-day/overview";

export function LegalPosition({ topics, headingLevel = 3 }: { topics: readonly LegalTopicView[]; headingLevel?: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const RuleHeading = `h${headingLevel + 1}` as "h4" | "h5";
  return (
    <>
      {topics.map((topic) => (
        <section key={topic.topic} aria-labelledby={`law-${topic.topic}`} className="legal-topic">
          <Heading id={`law-${topic.topic}`}>{topic.heading}</Heading>
          <ul className="card-list law-rules">
            {topic.rules.map((rule) => (
              <li key={rule.id} className="card">
                <RuleHeading className="card__title">{rule.title}</RuleHeading>
                <p className="meta">
                  <code>{rule.id}</code>
                </p>
                <RuleCitation rule={rule} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
