// Asking the school for the records of the sessions of named interventions: when each happened,
// and when and why any did not, with the gaps the parent's own log already shows.

import type { CalendarDate } from "../../calendar/calendar-date";
import type { CaseDocument } from "../../case/case-document";
import { findCurrentCycle } from "../../health/case-helpers";
import { describeProvision } from "../../support/describe-provision";
import { bulletList, cite, describeChild, describeGap, findDeliveryGap, joinParagraphs, readList, readText } from "../case-facts";
import type { LetterOptionField, LetterTemplate } from "../letter-template";
import { formatDate } from "../../presentation";

const REPLY_DAYS = 14;
const TYPED_SUPPORT_LIMIT = 2000;

function currentLines(document: CaseDocument, today: CalendarDate) {
  return findCurrentCycle(document, today)?.provision ?? [];
}

export const sessionRecordsRequest: LetterTemplate = {
  kind: "session_records_request",
  label: "Ask for session records",
  whenToUse:
    "To check whether the sessions in the plan really happen: the dates held, the dates missed and why.",
  audience: "school",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today): LetterOptionField[] {
    const lines = currentLines(document, today);
    if (lines.length === 0) {
      return [
        {
          kind: "text",
          name: "support",
          label: "Which support do you want records for?",
          hint: "There is no support recorded in a current plan, so write each one on its own line, for example: Speech and language group, twice a week.",
          required: true,
          missing: "Enter the support you want session records for",
          maxLength: TYPED_SUPPORT_LIMIT,
          rows: 4,
        },
      ];
    }
    return [
      {
        kind: "checkboxes",
        name: "provisionIds",
        label: "Which support do you want records for?",
        hint: "From the current plan. Tick all that apply.",
        choices: lines.map((line) => ({ value: line.id, label: describeProvision(line) })),
        defaultValue: [],
        required: true,
        missing: "Choose at least one line of support to ask about",
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const cycle = findCurrentCycle(document, today);
    const chosen = new Set(readList(options, "provisionIds"));
    const typed = (readText(options, "support") ?? "")
      .split("\n")
      .map((item) => item.replace(/^[\s•*-]+/, "").trim())
      .filter(Boolean);
    // Written without any answer (from code rather than the form), it asks about the whole plan.
    const askAboutAll = chosen.size === 0 && typed.length === 0;
    const lines = (cycle?.provision ?? []).filter((line) => askAboutAll || chosen.has(line.id));
    const named = [...lines.map((line) => describeProvision(line)), ...typed];
    const since = cycle && lines.length > 0 ? ` since ${formatDate(cycle.startDate)}` : "";
    const gaps = cycle
      ? lines.map((line) => findDeliveryGap(cycle, line, today)).filter((gap) => gap !== null)
      : [];
    const hasPlanSupport = lines.some((line) => line.source === "ehc_plan");
    const citations = [
      "R-SCH-RECORDS",
      "R-SCH-BEST-ENDEAVOURS",
      ...(hasPlanSupport ? ["R-EHCP-DUTY"] : []),
    ];
    return {
      subject: `Request for records of ${child.name}'s support sessions`,
      body: joinParagraphs([
        child.introduction,
        named.length > 0
          ? `Please could you send me the records of the sessions ${first} has had${since} for the following support:\n${bulletList(named)}`
          : `Please could you send me the records of the sessions ${first} has had for the extra support the school gives ${first}.`,
        "For each session, please tell me the date, how long it lasted and who led it. Where a planned session did not happen, please tell me the date and the reason.",
        gaps.length > 0
          ? `I am asking because my own notes suggest that not every session has taken place:\n${bulletList(gaps.map(describeGap))}`
          : null,
        `The SEND Code of Practice says schools should keep records of the support they give and share them with parents (${cite("R-SCH-RECORDS", today)}). The school must also use its best endeavours to make sure the special educational provision that ${first}'s needs call for is made (${cite("R-SCH-BEST-ENDEAVOURS", today)}).`,
        hasPlanSupport
          ? `Where support is set out in Section F of ${first}'s EHC plan, the local authority must make sure it is delivered (${cite("R-EHCP-DUTY", today)}).`
          : null,
        `I would be grateful to receive these records within ${REPLY_DAYS} days of the date of this letter. I am happy to go through them together at a meeting if that would help.`,
        "Thank you for your help. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations,
    };
  },
};
