// The target check and the wording check as a parent reads them: what is missing, and what to ask for.
import type { TargetAspect, TargetCheck, WordingCheck } from "~/domain";
import type { LineStatus } from "~/domain/support/compare-plans";

const TARGET_MISSING: Record<TargetAspect, string> = {
  specific: "exactly what your child will do",
  measurable: "how progress will be measured",
  time_bound: "by when",
};

export function TargetCheckResult({ check }: { check: TargetCheck }) {
  if (check.verdict === "smart") {
    return <p className="check check--ok">Target check: clear. {check.suggestion}</p>;
  }
  return (
    <div className="check check--warn">
      <p>
        <strong>Target check:</strong> this target does not say{" "}
        {listWords(check.missing.map((aspect) => TARGET_MISSING[aspect]))}.
      </p>
      <p>{check.suggestion}</p>
    </div>
  );
}

export function WordingCheckResult({ check }: { check: WordingCheck }) {
  if (check.verdict === "specific") {
    return <p className="check check--ok">Wording check: clear. {check.suggestion}</p>;
  }
  return (
    <div className="check check--warn">
      <p>
        <strong>Wording check:</strong>{" "}
        {check.vagueTerms.length > 0
          ? `vague words: ${check.vagueTerms.map((term) => `"${term}"`).join(", ")}.`
          : "this line leaves things out."}
      </p>
      <p>{check.suggestion}</p>
    </div>
  );
}

const STATUS_LABELS: Record<LineStatus, string> = {
  same: "Same as last plan",
  changed: "Changed from last plan",
  new: "New in this plan",
};

/** Whether a line is repeated from the last plan. Shown only when there was a last plan. */
export function LineStatusTag({ status }: { status: LineStatus | undefined }) {
  if (!status) return null;
  return <p className={`tag tag--${status}`}>{STATUS_LABELS[status]}</p>;
}

function listWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}
