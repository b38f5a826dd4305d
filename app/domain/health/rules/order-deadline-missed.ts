// The council has let a date pass that the tribunal's order (reg 44, R-TRIB-COMPLY) or its own
// concession (reg 45, R-TRIB-UNOPPOSED) set, with nothing recorded to show it acted. Only dates that
// are deadlines under decision 139; a date to aim for is never called missed. The tribunal cannot
// make the council act (R-TRIB-NONCOMPLY): the next step is a letter to the Director of Children's
// Services.

import { ORDER_KIND_NAMES } from "../../codes/tribunal";
import type { RuleId } from "../../law/catalogue";
import { formatDate, formatList } from "../../presentation";
import { COUNCIL_STEP_DUTIES } from "../../codes/tribunal-steps";
import { listMissedOrderDates } from "../../reminders/appeal-dates";
import type { CouncilStep } from "../../tribunal";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { ruleStatusNote } from "../school-day-helpers";

function check({ document, today }: CheckContext): Finding[] {
  const missed = listMissedOrderDates(document, today);
  return document.appeals.flatMap((appeal): Finding[] => {
    const dates = missed.filter((item) => item.appealId === appeal.id);
    const order = appeal.order;
    if (dates.length === 0 || !order) return [];
    const rules = [...new Set<RuleId>([...dates.map((item) => item.ruleId), "R-TRIB-NONCOMPLY"])];
    const what = dates.map((item) => `${COUNCIL_STEP_DUTIES[item.step as CouncilStep]} by ${formatDate(item.date)}`);
    const from =
      order.notOpposedOn !== null
        ? `The council told the tribunal on ${formatDate(order.notOpposedOn)} that it would not oppose the appeal, so it had to ${formatList(what)}.`
        : `The tribunal's order of ${formatDate(order.madeOn)} (${ORDER_KIND_NAMES[order.kind]}) meant the council had to ${formatList(what)}.`;
    return [
      {
        code: "order_deadline_missed",
        severity: "high",
        title: "The council has missed a date the tribunal's order set",
        explanation: [
          `${from} Nothing is recorded to show it did. ${ruleStatusNote(dates[0]!.ruleId)}`,
          `The tribunal cannot make the council act. You can write to the council's Director of Children's Services; then use the council's complaints process and the Local Government and Social Care Ombudsman, ask the Secretary of State to step in, or ask a solicitor about judicial review, which must start quickly. ${ruleStatusNote("R-TRIB-NONCOMPLY")}`,
          "If the council has acted, record what it sent on the statutory page.",
        ].join(" "),
        records: [appeal.id],
        rules,
        nextStep: { label: "Write to the Director of Children's Services", action: "write_to_director" },
      },
    ];
  });
}

export const orderDeadlineMissed: HealthRule<"order_deadline_missed"> = { code: "order_deadline_missed", check };
