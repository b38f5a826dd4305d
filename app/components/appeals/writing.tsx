// Pieces of the working document and witness statement pages: a line in the tribunal's mark-up
// key (with words a screen reader says, since it does not announce bold or crossed-out text), the
// length against the page limit with a warning before it, and a rule's id and status.
import type { ReactNode } from "react";
import { describeVerification } from "~/domain/law/statements";
import type { Verification } from "~/domain/law/law-rule";
import { plural } from "~/domain/presentation";
import type { MarkStyle, Run } from "~/domain/tribunal";

/** What a screen reader says before a marked run; nothing for the plan's own words. */
const SPOKEN: Record<MarkStyle, string | null> = {
  original: null,
  agreed: "Agreed addition: ",
  agreed_deleted: "Agreed deletion: ",
  parent_added: "Family's addition: ",
  parent_deleted: "Family's deletion: ",
  council_added: "Council's addition: ",
  council_deleted: "Council's deletion: ",
};

export function MarkedLine({ runs }: { runs: readonly Run[] }) {
  return (
    <>
      {runs.map((run, index) => (
        <span key={index} className={`mark mark--${run.style}`}>
          {SPOKEN[run.style] ? <span className="visually-hidden">{SPOKEN[run.style]}</span> : null}
          {run.text}
        </span>
      ))}
    </>
  );
}

export function RuleStatusNote({ ruleId, status, children }: { ruleId: string; status: Verification; children?: ReactNode }) {
  return (
    <p className="hint">
      {children} Rule <code>{ruleId}</code>: {describeVerification({ verification: status })}
    </p>
  );
}

/** The length against the limit; from near the limit, a warning with what to do. */
export function PageLengthNote(props: {
  pages: number;
  limit: number;
  isEstimate: boolean;
  level: "within" | "near_limit" | "at_limit" | "over_limit";
  ruleId: string;
  ruleStatus: Verification;
  what: string;
  advice?: ReactNode;
}) {
  const { pages, limit, isEstimate, level } = props;
  const count = isEstimate ? `About ${plural(pages, "page")} of ${limit}` : `${plural(pages, "page")} of ${limit}`;
  const how = isEstimate ? " (an estimate from the words: Word may lay it out a little differently)" : " (counted on the PDF)";
  return (
    <div className={level === "within" ? "writing-length" : "writing-length writing-warning"} role={level === "within" ? undefined : "status"}>
      <p>
        <strong>Length: {count}</strong>
        {how}.
      </p>
      {level === "near_limit" || level === "at_limit" ? (
        <p>
          {level === "at_limit" ? `This is the most the tribunal allows for ${props.what}.` : `This is close to the ${limit}-page limit for ${props.what}.`} Keep it
          short: cut what repeats, or ask the tribunal for more pages on form SEND7 before you send it.
        </p>
      ) : null}
      {level === "over_limit" ? (
        <p>
          This is over the {limit}-page limit for {props.what}. Cut it down, or ask the tribunal for more pages on form SEND7 and say why.
          {props.advice}
        </p>
      ) : null}
      <RuleStatusNote ruleId={props.ruleId} status={props.ruleStatus} />
    </div>
  );
}
