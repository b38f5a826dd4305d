// Signs that an EHC needs assessment may be worth asking for, before one has been asked for.

import { listTrailingLimitedCycles } from "../case-helpers";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { CYCLES_FOR_ESCALATION } from "../thresholds";

function check({ document: caseDocument, progress }: CheckContext): Finding[] {
  const hasStarted = caseDocument.statutoryEvents.some((event) => event.type === "ehcna_request_received" || event.type === "final_plan_issued") || caseDocument.ehcPlans.length > 0;
  if (hasStarted) return [];
  const run = listTrailingLimitedCycles(caseDocument);
  const hadPurposefulAction = run.filter((cycle) => cycle.provision.length > 0).length >= CYCLES_FOR_ESCALATION;
  const reviewSuggested = caseDocument.cycles.some((cycle) => cycle.review?.decision === "consider_ehcna");
  const isLimitedDespiteAction = run.length >= CYCLES_FOR_ESCALATION && hadPurposefulAction;
  if (!isLimitedDespiteAction && !reviewSuggested && progress.answer !== "likely") return [];
  const reasons = [
    isLimitedDespiteAction ? `progress has been limited over ${run.length} cycles of planned support` : null,
    reviewSuggested ? "a review suggested considering an assessment" : null,
    progress.answer === "likely" ? "the records show several signs that progress is not good enough" : null,
  ].filter((reason): reason is string => reason !== null);
  const records = [...run.map((cycle) => cycle.id), ...progress.dimensions.flatMap((dimension) => dimension.evidence.flatMap((item) => item.records))];
  return [
    {
      code: "consider_ehcna",
      severity: isLimitedDespiteAction ? "high" : "medium",
      title: "It may be time to consider an EHC needs assessment",
      explanation: `In this case ${reasons.join(", and ")}. The council must assess if your child has or may have special educational needs and may need an EHC plan. You can ask yourself: no diagnosis, school agreement or set number of support cycles is needed. This is information, not legal advice.`,
      records: [...new Set(records)],
      rules: ["R-EHCNA-TEST", "R-EHCNA-NOT-NEEDED", "R-EHCNA-WHO"],
      nextStep: { label: "Start an assessment request", action: "draft_ehcna_request" },
    },
  ];
}

export const considerEhcna: HealthRule<"consider_ehcna"> = { code: "consider_ehcna", check };
