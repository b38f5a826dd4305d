// Actions agreed at a meeting that are past their due date and still open.

import { compareDates } from "../../calendar/calendar-date";
import type { CheckContext, Finding, HealthRule } from "../finding";

function check({ document: caseDocument, today }: CheckContext): Finding[] {
  const overdue = caseDocument.meetings.flatMap((meeting) =>
    meeting.actions.filter((action) => action.status === "open" && action.dueDate !== null && compareDates(action.dueDate, today) < 0),
  );
  if (overdue.length === 0) return [];
  return [
    {
      code: "actions_overdue",
      severity: "medium",
      title: overdue.length === 1 ? "An agreed action is overdue" : `${overdue.length} agreed actions are overdue`,
      explanation: `Things agreed at a meeting have passed their due date without being marked done: ${overdue.map((action) => `"${action.description}"`).join(", ")}. A short, friendly email asking for an update keeps a written record.`,
      records: overdue.map((action) => action.id),
      rules: [],
      nextStep: { label: "Send a follow-up email", action: "follow_up_actions" },
    },
  ];
}

export const actionsOverdue: HealthRule<"actions_overdue"> = { code: "actions_overdue", check };
