// Chasing the council when a statutory time limit has passed (or is about to): what happened and
// when, the limit the law sets, and a date to reply by before the parent complains.

import { DEADLINE_LABELS } from "../../deadlines/deadline-definitions";
import { cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate } from "../letter-template";
import {
  deadlineChoices,
  deadlineRef,
  describeDeadlineFacts,
  describeLaw,
  findDeadline,
  listChaseableDeadlines,
  OTHER_MATTER,
  replyDate,
} from "../statutory-facts";

/** Ten days: long enough to act, short enough that a late decision does not drift further. */
const REPLY_DAYS = 10;
const TEXT_LIMIT = 1500;

export const deadlineChaser: LetterTemplate = {
  kind: "deadline_chaser",
  label: "Chase a late decision or plan",
  whenToUse:
    "When the council has missed, or is about to miss, a time limit in the EHC process: a decision, a draft or final plan, or a decision after a review.",
  audience: "local_authority",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    const deadlines = listChaseableDeadlines(document, today);
    return [
      {
        kind: "choice",
        name: "deadline",
        label: "What is late?",
        hint:
          deadlines.length > 0
            ? "These are the council's time limits from your timeline that have passed or are close."
            : "Your timeline shows no late time limits. Record what happened on the Assessment and plan page, or describe it below.",
        choices: deadlineChoices(deadlines, today, "Something else (describe it below)"),
        defaultValue: deadlines[0] ? deadlineRef(deadlines[0]) : OTHER_MATTER,
      },
      {
        kind: "text",
        name: "details",
        label: "More details (optional)",
        hint: "For example, the council's reference number, or what you were told and when.",
        required: false,
        maxLength: TEXT_LIMIT,
        rows: 3,
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const deadline = findDeadline(listChaseableDeadlines(document, today), readText(options, "deadline"));
    const details = readText(options, "details");
    return {
      subject: deadline
        ? `${child.name}: ${DEADLINE_LABELS[deadline.key].toLowerCase()} — time limit ${deadline.status === "overdue" ? "missed" : "due soon"}`
        : `${child.name}: a time limit in the EHC process`,
      body: joinParagraphs([
        child.introduction,
        deadline
          ? `A time limit in ${child.firstName}'s EHC process ${deadline.status === "overdue" ? "has passed" : "is close"}. ${describeDeadlineFacts(deadline, today)}`
          : `A time limit in ${child.firstName}'s EHC process has passed.`,
        deadline ? describeLaw(deadline) : null,
        details,
        `Please send me ${deadline?.status === "overdue" ? "the decision or document that is late" : "the decision or document on time"}, or tell me in writing when I will receive it and why it is late, within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}).`,
        `If I do not hear from you by then, I will make a formal complaint to the council, and may then ask the Local Government and Social Care Ombudsman to look into it (${cite("R-CMP-LGSCO", today)}).`,
        "Thank you. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: [...new Set([...(deadline ? [deadline.rules[0]!] : []), "R-CMP-LGSCO"])],
    };
  },
};
