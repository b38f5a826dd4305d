// A confirmed recommendation from a professional's report that no current support matches.

import { compareWording, findCurrentCycle, latestPlan } from "../case-helpers";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { SAME_SUPPORT } from "../thresholds";
import { plural, pluralWord } from "../../presentation";
import { describeProvision } from "../../support/describe-provision";

function check({ document: caseDocument, today }: CheckContext): Finding[] {
  const cycle = findCurrentCycle(caseDocument, today);
  const plan = latestPlan(caseDocument);
  const currentLines = [
    // A school-plan line in the plan's own words where the parent has them, else as its parts read.
    ...(cycle?.provision ?? []).map((line) => ({ id: line.id, text: line.text || describeProvision(line) })),
    ...(plan?.provision ?? []).map((line) => ({ id: line.id, text: line.text })),
  ];
  const currentIds = new Set(currentLines.map((line) => line.id));
  const findings: Finding[] = [];
  for (const report of caseDocument.reports) {
    const missing = report.recommendations.filter(
      (recommendation) =>
        recommendation.status === "confirmed" &&
        !recommendation.provisionIds.some((id) => currentIds.has(id)) &&
        !currentLines.some((line) => compareWording(line.text, recommendation.text) >= SAME_SUPPORT),
    );
    if (missing.length === 0) continue;
    findings.push({
      code: "recommendation_not_in_plan",
      severity: "medium",
      title: `${plural(missing.length, "recommendation")} from "${report.title}" ${pluralWord(missing.length, "is", "are")} not in the current plan`,
      explanation: `The report recommended: ${missing.map((recommendation) => `"${recommendation.text}"`).join("; ")}. None of the current plan's support matches. Professional advice should shape the support; you can ask the school${plan ? " or the council" : ""} to add it, or to explain why not.`,
      records: [report.id, ...missing.map((recommendation) => recommendation.id)],
      rules: plan ? ["R-SCH-SPECIALISTS", "R-EHCP-F-SPECIFIC"] : ["R-SCH-SPECIALISTS"],
      nextStep: { label: "Ask for it to be added", action: "ask_for_recommendation_in_plan" },
    });
  }
  return findings;
}

export const recommendationNotInPlan: HealthRule<"recommendation_not_in_plan"> = { code: "recommendation_not_in_plan", check };
