// Support in the current school plan, or Section F of the EHC plan, that does not say what, who, how often and how long.

import { checkWording } from "../../wording/check-wording";
import { describeProvisionLine, findCurrentCycle, latestPlan } from "../case-helpers";
import type { CheckContext, Finding, HealthRule } from "../finding";

function check({ document: caseDocument, today }: CheckContext): Finding[] {
  const cycle = findCurrentCycle(caseDocument, today);
  const findings: Finding[] = [];
  const schoolLines = (cycle?.provision ?? []).filter((line) => checkWording(describeProvisionLine(line)).verdict === "vague");
  if (schoolLines.length > 0) {
    findings.push({
      code: "provision_vague",
      severity: "medium",
      title: "Some support in the plan is vaguely worded",
      explanation: `${schoolLines.length} line(s) of support in the current plan do not say exactly what will happen, who will do it, how often and for how long. Vague wording makes it hard to check the support is really given.`,
      records: schoolLines.map((line) => line.id),
      rules: ["R-SCH-APDR-PLAN"],
      nextStep: { label: "Ask for clearer wording", action: "ask_for_specific_provision" },
    });
  }
  const plan = latestPlan(caseDocument);
  const planLines = (plan?.provision ?? []).filter((line) => checkWording(line.text).verdict === "vague");
  if (plan && planLines.length > 0) {
    findings.push({
      code: "provision_vague",
      severity: "high",
      title: "Section F of the EHC plan is vaguely worded",
      explanation: `${planLines.length} line(s) in Section F do not say exactly what help your child gets, from whom, how often and for how long. The Code of Practice says Section F must be detailed and specific and normally quantified; vague lines are hard to enforce.`,
      records: [plan.id, ...planLines.map((line) => line.id)],
      rules: ["R-EHCP-F-SPECIFIC", "R-EHCP-DUTY"],
      nextStep: { label: "Ask for clearer wording", action: "ask_for_specific_provision" },
    });
  }
  return findings;
}

export const provisionVague: HealthRule<"provision_vague"> = { code: "provision_vague", check };
