// Asking the council for the written reasons behind a decision, and the evidence it relied on, so
// the family can decide whether to go to mediation or appeal — while the appeal clock runs.

import { compareDates, type CalendarDate } from "../../calendar/calendar-date";
import type { CaseDocument } from "../../case/case-document";
import { DECISION_TYPES, describeDecision } from "../../statutory/decisions";
import { cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate, OptionChoice } from "../letter-template";
import { listCaseDeadlines, OTHER_MATTER, replyDate } from "../statutory-facts";
import { formatDate } from "../../presentation";

/** Short: the appeal time limit runs from the decision letter, not from the reasons. */
const REPLY_DAYS = 10;
const TEXT_LIMIT = 2000;

/** The case's recorded decisions that can be appealed, newest first. */
function listDecisions(document: CaseDocument) {
  return document.statutoryEvents
    .filter((event) => DECISION_TYPES.includes(event.type))
    .sort((a, b) => compareDates(b.date, a.date));
}

function decisionChoices(document: CaseDocument): OptionChoice[] {
  return [
    ...listDecisions(document).map((event) => ({
      value: event.id,
      label: `${describeDecision(event.type)} (${formatDate(event.date)})`,
    })),
    { value: OTHER_MATTER, label: "Another decision (describe it below)" },
  ];
}

function appealDue(document: CaseDocument, eventId: string, today: CalendarDate): CalendarDate | null {
  return listCaseDeadlines(document, today).find((deadline) => deadline.key === "appeal" && deadline.fromEventId === eventId)?.due ?? null;
}

export const decisionReasonsRequest: LetterTemplate = {
  kind: "decision_reasons_request",
  label: "Ask for the reasons for a decision",
  whenToUse:
    "After a refusal to assess, a refusal to make or change a plan, or a final plan you disagree with: to see the council's reasons and evidence before mediation or an appeal.",
  audience: "local_authority",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document) {
    const choices = decisionChoices(document);
    return [
      {
        kind: "choice",
        name: "decision",
        label: "Which decision?",
        choices,
        defaultValue: choices[0]!.value,
      },
      {
        kind: "text",
        name: "details",
        label: "Anything else you want to ask (optional)",
        hint: "For example: who made the decision, or what a word in the letter means.",
        required: false,
        maxLength: TEXT_LIMIT,
        rows: 3,
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const chosen = readText(options, "decision");
    const event = listDecisions(document).find((item) => item.id === chosen);
    const due = event ? appealDue(document, event.id, today) : null;
    const details = readText(options, "details");
    const decision = event ? `${lowerFirst(describeDecision(event.type))}, dated ${formatDate(event.date)}` : "the council's recent decision";
    return {
      subject: `${child.name}: request for the reasons for a decision`,
      body: joinParagraphs([
        child.introduction,
        `I am writing about ${decision}. I would like to understand it fully before deciding whether to ask for mediation or to appeal.`,
        `A decision like this must come with its reasons and information about the right to appeal, mediation and how to resolve disagreements (${cite("R-EHCNA-REFUSAL-NOTICE", today)}; ${cite("R-EHCP-FINAL-NOTICE", today)}).`,
        `Please send me:\n• the reasons for the decision, in writing\n• the evidence and advice the council considered, including any reports\n• the notes or minutes of any panel or meeting where the decision was made\n• the name of the person I can speak to about it`,
        details,
        due
          ? `I need this soon: an appeal to the SEND Tribunal must be made by ${formatDate(due)} (${cite("R-APP-DEADLINE", today)}). Please reply within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}).`
          : `Please reply within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}), as the time to appeal is limited (${cite("R-APP-DEADLINE", today)}).`,
        "Thank you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: ["R-EHCNA-REFUSAL-NOTICE", "R-EHCP-FINAL-NOTICE", "R-APP-DEADLINE"],
    };
  },
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
