// A plan carried over almost word for word after a review found limited progress.

import { type Cycle } from "../../case/case-document";
import { isLimitedProgress, isPlanUnchanged, listCyclesInOrder } from "../case-helpers";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { formatDate } from "../../presentation";

function check({ document: caseDocument }: CheckContext): Finding[] {
  const cycles = listCyclesInOrder(caseDocument).filter((cycle) => cycle.kind === "sen_support");
  const findings: Finding[] = [];
  for (let index = 1; index < cycles.length; index += 1) {
    const previous = cycles[index - 1] as Cycle;
    const next = cycles[index] as Cycle;
    if (!isLimitedProgress(previous) || !isPlanUnchanged(previous, next)) continue;
    findings.push({
      code: "plan_repeated_unchanged",
      severity: "high",
      title: "The plan was repeated although progress was limited",
      explanation: `The plan that started on ${formatDate(next.startDate)} repeats the previous plan almost word for word, even though the review on ${previous.review ? formatDate(previous.review.date) : "the last review"} found limited progress. The graduated approach expects support to change when it is not working.`,
      records: [next.id, previous.id],
      rules: ["R-SCH-GRADUATED", "R-SCH-APDR-REVIEW"],
      nextStep: { label: "Ask what will change", action: "ask_for_plan_change" },
    });
  }
  return findings;
}

export const planRepeatedUnchanged: HealthRule<"plan_repeated_unchanged"> = { code: "plan_repeated_unchanged", check };
