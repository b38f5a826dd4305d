// A rule from the law catalogue, as a sentence in our own words with the public source linked.
import type { LawRule } from "~/domain";
import { describeVerification } from "~/domain/law/statements";

export function RuleCitation({ rule }: { rule: Pick<LawRule, "summary" | "citations" | "verification"> & Partial<Pick<LawRule, "kind">> }) {
  return (
    <>
      <p>{rule.summary}</p>
      <p className="citation">
        Source:{" "}
        {rule.citations.map((citation, index) => (
          <span key={citation.url}>
            {index > 0 ? "; " : null}
            <a href={citation.url}>
              {citation.instrument}, {citation.provision}
            </a>
          </span>
        ))}{" "}
        ({describeVerification(rule)})
      </p>
    </>
  );
}
