// A council's legal time limit that has passed unmet, or was met late.

import { computeDeadlines } from "../../deadlines/compute-deadlines";
import { statutoryEventsWithAppeals } from "../../tribunal/appeal-events";
import { isRuleId } from "../../law/catalogue";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { formatDate } from "../../presentation";

function check({ document: caseDocument, today }: CheckContext): Finding[] {
  // The same events as every page (decision 147): an appeal sent from its workspace meets the appeal date.
  const { deadlines } = computeDeadlines({ events: statutoryEventsWithAppeals(caseDocument), today });
  return deadlines
    .filter((deadline) => deadline.status === "overdue" || deadline.isMetLate)
    .filter((deadline) => !["draft_plan_comments", "amendment_comments", "appeal"].includes(deadline.key))
    .map((deadline) => ({
      code: "statutory_deadline_missed" as const,
      severity: deadline.status === "overdue" ? ("high" as const) : ("low" as const),
      title: deadline.status === "overdue" ? `A legal deadline has passed: ${deadline.key.replace(/_/g, " ")}` : `A legal deadline was met late: ${deadline.key.replace(/_/g, " ")}`,
      explanation: `${deadline.explanation} ${deadline.status === "overdue" ? "This date has passed and nothing is recorded to show it was met." : `It was met on ${formatDate(deadline.metOn!)}, after the date.`} ${deadline.ifMissed}`,
      records: deadline.fromEventId ? [deadline.fromEventId] : [],
      // The deadline engine names rules as plain strings; the catalogue test keeps them known.
      rules: [...deadline.rules, ...deadline.ifMissedRules].filter(isRuleId),
      nextStep: { label: "See the deadlines", action: "view_deadlines" as const },
    }));
}

export const statutoryDeadlineMissed: HealthRule<"statutory_deadline_missed"> = { code: "statutory_deadline_missed", check };
