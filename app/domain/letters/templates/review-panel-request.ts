// Asking for an independent review panel of a permanent exclusion, with an SEN expert (reference
// 4.3; R-DAY-EXCL-IRP, R-DAY-EXCL-SEN-EXPERT). The panel is arranged by the council (maintained
// school) or the academy trust (academy): the parent says which, as the governors' decision letter
// does; it is never guessed. The time to ask is not yet checked against the regulations (open
// question 1), so the letter states no date: it says it is sent promptly because a late request
// may not be accepted (decision 1 of issue 22).

import { formatDate } from "../../presentation";
import { readSchoolDay } from "../../school-day/from-case";
import { cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate, OptionChoice } from "../letter-template";
import {
  describeExclusion,
  exclusionQuestion,
  findRecordOf,
  listRecordsOf,
} from "../school-day-facts";
import { replyDate } from "../statutory-facts";

/** Short: the panel has to be arranged quickly, and the parent needs to know the request arrived. */
const REPLY_DAYS = 5;
const GROUNDS_LIMIT = 5000;
const KINDS = ["permanent_exclusion"] as const;

const ARRANGED_BY: readonly OptionChoice[] = [
  { value: "council", label: "The council (the school is a maintained school)" },
  { value: "trust", label: "The academy trust (the school is an academy)" },
];

export const reviewPanelRequest: LetterTemplate = {
  kind: "review_panel_request",
  label: "Ask for an independent review of a permanent exclusion",
  whenToUse:
    "When the governors have decided not to take your child back after a permanent exclusion. Send it as soon as you can: late requests may be refused.",
  audience: "council_or_trust",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    return [
      {
        kind: "choice",
        name: "arrangedBy",
        label: "Who arranges the review panel?",
        hint: "The governors' decision letter says where to send the request: the council for a maintained school, the academy trust for an academy.",
        choices: [...ARRANGED_BY],
        defaultValue: "",
      },
      exclusionQuestion({
        document,
        today,
        chosen: listRecordsOf(document, KINDS)[0],
        kinds: KINDS,
        hasDetailsBox: false,
      }),
      {
        kind: "text",
        name: "grounds",
        label: "Why the decision should be reviewed (optional)",
        hint: "For example: the school did not put in place the support in the EHC plan, or the decision did not take account of your child's needs. You can add more later.",
        required: false,
        maxLength: GROUNDS_LIMIT,
        rows: 6,
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const reading = readSchoolDay(document, today);
    const record = findRecordOf(document, KINDS, readText(options, "exclusionId"));
    const grounds = readText(options, "grounds");
    const arrangedBy = readText(options, "arrangedBy");
    const body =
      arrangedBy === "council"
        ? "the council"
        : arrangedBy === "trust"
          ? "the academy trust"
          : "you";
    const plan = document.ehcPlans.some((entry) => entry.stage !== "draft");
    return {
      subject: `${child.name}: request for an independent review panel and an SEN expert`,
      body: joinParagraphs([
        child.introduction,
        record
          ? describeExclusion(record, first, reading)
          : `${first} has been permanently excluded from school.`,
        record?.decisionToldOn
          ? `On ${formatDate(record.decisionToldOn)} I was told that the governing board had decided not to reinstate ${first}.`
          : `The governing board has decided not to reinstate ${first}.`,
        `I ask ${body} to arrange an independent review panel to review the governing board's decision (${cite("R-DAY-EXCL-IRP", today)}).`,
        `I also ask for an SEN expert to attend the panel. A parent can ask for this whether or not the school accepts that the child has special educational needs, and the expert is appointed and paid for by the council or academy trust (${cite("R-DAY-EXCL-SEN-EXPERT", today)}).${plan ? ` ${first} has an EHC plan.` : ""}`,
        grounds ? `Why I am asking for a review:\n${grounds}` : null,
        "I am sending this request straight away, as I understand that a late request may not be accepted.",
        `Please confirm within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}) that you have received this request, and tell me what happens next and when the panel will meet.`,
        "Thank you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: ["R-DAY-EXCL-IRP", "R-DAY-EXCL-SEN-EXPERT"],
    };
  },
};
