// Writing to the council's Director of Children's Services when it has missed a date the
// tribunal's order set (reg 44, R-TRIB-COMPLY) or that its own concession set (reg 45,
// R-TRIB-UNOPPOSED): the order and its date, what had to be done by when (only the dates that are
// deadlines under decision 139), and what the family will do next if nothing happens
// (R-TRIB-NONCOMPLY). Calm and factual: the tribunal cannot make the council act, so the letter
// says plainly which routes are left.

import type { CalendarDate } from "../../calendar/calendar-date";
import type { Appeal, CaseDocument } from "../../case/case-document";
import { APPEAL_TYPE_NAMES, ORDER_KIND_NAMES } from "../../codes/tribunal";
import { formatDate } from "../../presentation";
import { COUNCIL_STEP_DUTIES } from "../../codes/tribunal-steps";
import { listAppealDates, type AppealDateItem } from "../../reminders/appeal-dates";
import type { CouncilStep } from "../../tribunal";
import { bulletList, cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate, OptionChoice } from "../letter-template";
import { replyDate } from "../statutory-facts";

/** Ten days, as for any time limit chased: the council is already late. */
const REPLY_DAYS = 10;
const TEXT_LIMIT = 1500;

/** The council's dates after an appeal's order that are deadlines (decision 139), in date order. */
function listOrderDeadlines(document: CaseDocument, today: CalendarDate, appealId: string): AppealDateItem[] {
  return listAppealDates(document, today).filter(
    (item) => item.appealId === appealId && (item.source === "order" || item.source === "unopposed") && item.kind === "deadline" && item.timing === "by",
  );
}

/** Appeals with an order or a concession, those with a missed date first. */
function listOrderedAppeals(document: CaseDocument, today: CalendarDate): Appeal[] {
  const hasMissed = (appeal: Appeal) => listOrderDeadlines(document, today, appeal.id).some((item) => item.status === "passed");
  return document.appeals.filter((appeal) => appeal.order !== null).sort((a, b) => Number(hasMissed(b)) - Number(hasMissed(a)));
}

function describeAppeal(appeal: Appeal): string {
  return `${APPEAL_TYPE_NAMES[appeal.appealType]}${appeal.tribunalReference ? `, tribunal reference ${appeal.tribunalReference}` : ""}`;
}

/** One line a step: "issue the changed plan by 19 February 2027: this date has passed, and nothing has reached me". */
function describeStep(item: AppealDateItem): string {
  const duty = `${COUNCIL_STEP_DUTIES[item.step as CouncilStep].replace(/\byou\b/g, "me").replace(/\byour\b/g, "my")} by ${formatDate(item.date)}`;
  if (item.status === "met") return `${duty}: done on ${formatDate(item.metOn!)}`;
  if (item.status === "passed") return `${duty}: this date has passed, and nothing has reached me`;
  return `${duty}: still to come`;
}

export const orderComplianceChaser: LetterTemplate = {
  kind: "order_compliance_chaser",
  label: "Write to the Director of Children's Services about a tribunal order",
  whenToUse:
    "When the council has missed a date to do what the SEND Tribunal ordered, or what it agreed to do when it conceded the appeal.",
  audience: "director_of_childrens_services",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    const appeals = listOrderedAppeals(document, today);
    const choices: OptionChoice[] = appeals.map((appeal) => ({
      value: appeal.id,
      label: `Appeal: ${describeAppeal(appeal)} (${appeal.order!.notOpposedOn ? `conceded on ${formatDate(appeal.order!.notOpposedOn)}` : `order of ${formatDate(appeal.order!.madeOn)}`})`,
    }));
    return [
      ...(choices.length > 0
        ? [
            {
              kind: "choice" as const,
              name: "appeal",
              label: "Which appeal is it about?",
              hint: "Appeals with a tribunal order or a concession recorded; those with a missed date come first.",
              choices,
              defaultValue: choices[0]!.value,
            },
          ]
        : []),
      {
        kind: "text",
        name: "details",
        label: "More details (optional)",
        hint:
          choices.length > 0
            ? "For example, what the council has told you since the order, and when."
            : "No tribunal order is recorded yet. Record it on the appeal's page, or describe the order here: its date and what it said.",
        required: choices.length === 0,
        maxLength: TEXT_LIMIT,
        rows: 3,
        missing: "Describe the tribunal's order: its date and what the council had to do.",
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const appeals = listOrderedAppeals(document, today);
    const appeal = appeals.find((entry) => entry.id === readText(options, "appeal")) ?? appeals[0];
    const order = appeal?.order ?? null;
    const details = readText(options, "details");
    const steps = appeal ? listOrderDeadlines(document, today, appeal.id) : [];
    const isConceded = order?.notOpposedOn != null;
    const ruleId = isConceded ? "R-TRIB-UNOPPOSED" : "R-TRIB-COMPLY";
    const opening =
      appeal && order
        ? isConceded
          ? `I am writing to you as the Director of Children's Services. In ${child.firstName}'s appeal to the SEND Tribunal (${describeAppeal(appeal)}), the council told the tribunal on ${formatDate(order.notOpposedOn!)} that it would not oppose the appeal.`
          : `I am writing to you as the Director of Children's Services about the SEND Tribunal's order of ${formatDate(order.madeOn)} in ${child.firstName}'s appeal (${describeAppeal(appeal)}). ${order.kind === "cease_dismissed" ? "" : `The tribunal ordered the council to ${ORDER_KIND_NAMES[order.kind]}.`}`.trim()
        : `I am writing to you as the Director of Children's Services about a SEND Tribunal order in ${child.firstName}'s appeal that the council has not carried out.`;
    return {
      subject: order
        ? `${child.name}: the tribunal's order of ${formatDate(isConceded ? order.notOpposedOn! : order.madeOn)} has not been carried out`
        : `${child.name}: a tribunal order has not been carried out`,
      body: joinParagraphs([
        child.introduction,
        opening,
        steps.length > 0 ? `This meant the council had to:\n${bulletList(steps.map(describeStep))}` : null,
        `The law sets these times from the date of the order, or from the day the council said it would not oppose the appeal (${cite(ruleId, today)}).`,
        details,
        `Please make sure the council does what ${isConceded ? "it agreed" : "the tribunal ordered"} now, and tell me in writing within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}) when each step will be done.`,
        `The tribunal cannot make the council act. If I do not hear from you by then, I will make a formal complaint to the council and then ask the Local Government and Social Care Ombudsman to look into it. I may also ask the Secretary of State for Education to direct the council to act, and take advice on a claim for judicial review, which I would start with a letter before claim (${cite("R-TRIB-NONCOMPLY", today)}).`,
        "Thank you. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: [ruleId, "R-TRIB-NONCOMPLY"],
    };
  },
};
