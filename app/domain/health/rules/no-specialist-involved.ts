// Limited progress over several cycles and no outside professional involved or referred.

import { listTrailingLimitedCycles } from "../case-helpers";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { CYCLES_FOR_ESCALATION } from "../thresholds";

function check({ document: caseDocument }: CheckContext): Finding[] {
  const run = listTrailingLimitedCycles(caseDocument);
  if (run.length < CYCLES_FOR_ESCALATION) return [];
  const hasReferral = caseDocument.referrals.some((referral) => referral.status !== "declined");
  if (caseDocument.professionals.length > 0 || hasReferral) return [];
  return [
    {
      code: "no_specialist_involved",
      severity: "high",
      title: "No specialist involved despite limited progress",
      explanation: `Progress has been limited over ${run.length} cycles and no outside professional (such as an educational psychologist or a speech and language therapist) is recorded as involved or referred. The Code of Practice says the school should consider bringing in specialists when a child keeps making less progress than expected.`,
      records: run.map((cycle) => cycle.id),
      rules: ["R-SCH-SPECIALISTS"],
      nextStep: { label: "Ask the school to make a referral", action: "request_referral" },
    },
  ];
}

export const noSpecialistInvolved: HealthRule<"no_specialist_involved"> = { code: "no_specialist_involved", check };
