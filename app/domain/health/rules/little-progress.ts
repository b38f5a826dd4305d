// Limited or no progress at the last reviews, over enough cycles to escalate.

import { listTrailingLimitedCycles } from "../case-helpers";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { CYCLES_FOR_ESCALATION, ruleOfThumb } from "../thresholds";

function check({ document: caseDocument }: CheckContext): Finding[] {
  const run = listTrailingLimitedCycles(caseDocument);
  if (run.length < CYCLES_FOR_ESCALATION) return [];
  return [
    {
      code: "little_progress",
      severity: "high",
      title: `Little or no progress over ${run.length} cycles`,
      explanation: `The last ${run.length} reviews found limited or no progress. The Code of Practice says that when a child keeps making less progress than expected, the school should change its approach and think about bringing in specialists; an EHC needs assessment may be worth considering. ${ruleOfThumb(`raise this after ${CYCLES_FOR_ESCALATION} or more cycles`)}.`,
      records: run.flatMap((cycle) => [cycle.id, ...(cycle.review ? [cycle.review.id] : [])]),
      rules: ["R-SCH-SPECIALISTS", "R-SCH-GRADUATED"],
      nextStep: { label: "Ask for a review meeting", action: "request_review_meeting" },
    },
  ];
}

export const littleProgress: HealthRule<"little_progress"> = { code: "little_progress", check };
