// Targets of the current plan, or outcomes of the EHC plan, that are not specific, measurable and dated.

import { checkTarget } from "../../targets/check-target";
import { findCurrentCycle, latestPlan } from "../case-helpers";
import type { CheckContext, Finding, HealthRule } from "../finding";

function check({ document: caseDocument, today }: CheckContext): Finding[] {
  const cycle = findCurrentCycle(caseDocument, today);
  const plan = latestPlan(caseDocument);
  const weak = [
    ...(cycle?.targets ?? []).map((target) => ({ id: target.id, check: checkTarget(target.text) })),
    ...(plan?.outcomes ?? []).map((outcome) => ({ id: outcome.id, check: checkTarget(outcome.text) })),
  ].filter((entry) => entry.check.verdict === "not_smart");
  if (weak.length === 0) return [];
  const notMeasurable = weak.filter((entry) => entry.check.missing.includes("measurable")).length;
  return [
    {
      code: "target_not_measurable",
      severity: "medium",
      title: weak.length === 1 ? "A target is not specific or measurable" : `${weak.length} targets are not specific or measurable`,
      explanation: `${weak.length} of the current targets do not say clearly what your child will do, how it will be measured, or by when (${notMeasurable} cannot be measured as written). Without that, nobody can tell at the review whether the support worked. Targets and outcomes should be specific, measurable and have a date.`,
      records: weak.map((entry) => entry.id),
      rules: plan ? ["R-SCH-APDR-PLAN", "R-EHCP-OUTCOMES"] : ["R-SCH-APDR-PLAN"],
      nextStep: { label: "Ask for measurable targets", action: "ask_for_smart_targets" },
    },
  ];
}

export const targetNotMeasurable: HealthRule<"target_not_measurable"> = { code: "target_not_measurable", check };
