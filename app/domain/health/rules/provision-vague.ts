// Support in the current school plan, or Section F of the EHC plan, that does not say what, who,
// how often and how long. Each finding goes to the body that wrote the words: the school's plan to
// the SENCO; a draft or amended EHC plan to the council, in the comments the family may send on
// it; a final plan to the council, asking for an early review.

import { checkWording, judgeProvisionLine } from "../../wording/check-wording";
import { findCurrentCycle, latestPlan } from "../case-helpers";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { plural, pluralWord } from "../../presentation";

function check({ document: caseDocument, today }: CheckContext): Finding[] {
  const cycle = findCurrentCycle(caseDocument, today);
  const findings: Finding[] = [];
  const schoolLines = (cycle?.provision ?? []).filter((line) => judgeProvisionLine({ ...line, minutes: line.durationMinutes }).verdict === "vague");
  if (schoolLines.length > 0) {
    findings.push({
      code: "provision_vague",
      severity: "medium",
      title: "Some support in the plan is vaguely worded",
      explanation: `${plural(schoolLines.length, "line")} of support in the current plan ${pluralWord(schoolLines.length, "does", "do")} not say exactly what will happen, who will do it, how often and for how long. Vague wording makes it hard to check the support is really given. The school wrote the plan, so ask the SENCO to put it in writing.`,
      records: schoolLines.map((line) => line.id),
      rules: ["R-SCH-APDR-PLAN"],
      nextStep: { label: "Ask the SENCO for clearer wording", action: "ask_for_specific_provision" },
    });
  }
  const plan = latestPlan(caseDocument);
  const planLines = (plan?.provision ?? []).filter((line) => checkWording(line.text).verdict === "vague");
  if (plan && planLines.length > 0) {
    findings.push({
      code: "provision_vague",
      severity: "high",
      title: "Section F of the EHC plan is vaguely worded",
      explanation: `${plural(planLines.length, "line")} in Section F ${pluralWord(planLines.length, "does", "do")} not say exactly what help your child gets, from whom, how often and for how long. The Code of Practice says Section F must be detailed and specific and normally quantified; vague lines are hard to enforce. ${
        plan.stage === "final"
          ? "The council wrote the plan: you can ask it to review the plan early."
          : "The council wrote the plan: say which lines must change in your comments on it, within the time the law gives."
      }`,
      records: [plan.id, ...planLines.map((line) => line.id)],
      rules: plan.stage === "final" ? ["R-EHCP-F-SPECIFIC", "R-EHCP-DUTY"] : ["R-EHCP-F-SPECIFIC", "R-EHCP-DUTY", plan.stage === "draft" ? "R-EHCP-DRAFT-15" : "R-AR-AMEND-15"],
      nextStep:
        plan.stage === "final"
          ? { label: "Ask the council for an early review", action: "request_early_review" }
          : { label: "Send your comments on the plan to the council", action: "respond_to_draft_plan" },
    });
  }
  return findings;
}

export const provisionVague: HealthRule<"provision_vague"> = { code: "provision_vague", check };
