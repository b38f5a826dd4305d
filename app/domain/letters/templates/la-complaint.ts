// A formal complaint to the council: a statutory time limit it missed, or provision in Section F
// of the EHC plan that is not being delivered. Says what happened, what the law requires and what
// the family wants done; it is the step before the Ombudsman.

import { cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { CalendarDate } from "../../calendar/calendar-date";
import type { CaseDocument } from "../../case/case-document";
import type { LetterOptionField, LetterOptionValues, LetterTemplate } from "../letter-template";
import {
  deadlineChoices,
  deadlineRef,
  describeDeadlineFacts,
  describeLaw,
  findDeadline,
  listChaseableDeadlines,
  replyDate,
} from "../statutory-facts";

/** About 20 working days, which is how long many councils' complaint procedures allow. */
const REPLY_DAYS = 28;
const TEXT_LIMIT = 2000;
export const PROVISION_NOT_DELIVERED = "provision";

/** What a complaint is about: a missed time limit of the council, Section F not delivered, or something else. */
export function complaintAboutField(document: CaseDocument, today: CalendarDate): LetterOptionField {
  const deadlines = listChaseableDeadlines(document, today).filter((deadline) => deadline.status === "overdue");
  const choices = deadlineChoices(deadlines, today, "Something else (describe it below)");
  choices.splice(choices.length - 1, 0, { value: PROVISION_NOT_DELIVERED, label: "Support in Section F of the EHC plan is not being given" });
  return {
    kind: "choice",
    name: "about",
    label: "What is the complaint about?",
    choices,
    defaultValue: deadlines[0] ? deadlineRef(deadlines[0]) : PROVISION_NOT_DELIVERED,
  };
}

/** The facts and the law of the chosen matter, as paragraphs, with the rules they cite. */
export function readComplaintMatter(document: CaseDocument, options: LetterOptionValues, today: CalendarDate) {
  const about = readText(options, "about");
  const deadline = findDeadline(listChaseableDeadlines(document, today), about);
  const isProvision = about === PROVISION_NOT_DELIVERED;
  const firstName = describeChild(document).firstName;
  return {
    isProvision,
    paragraphs: [
      deadline ? `${describeDeadlineFacts(deadline, today)} ${describeLaw(deadline)}.` : null,
      isProvision
        ? `${firstName}'s EHC plan sets out provision in Section F that is not being given. Once a plan is in place, the council must make sure the provision in Section F is delivered (${cite("R-EHCP-DUTY", today)}).`
        : null,
    ],
    citations: [...(deadline ? [deadline.rules[0]!] : []), ...(isProvision ? ["R-EHCP-DUTY"] : [])],
  };
}

export const laComplaint: LetterTemplate = {
  kind: "la_complaint",
  label: "Complain to the council",
  whenToUse:
    "When chasing has not worked: the council has missed a time limit, or support in Section F of the EHC plan is not being given.",
  audience: "local_authority",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    return [
      complaintAboutField(document, today),
      {
        kind: "text",
        name: "details",
        label: "What happened",
        hint: "Dates, who you spoke to, what you were told. For missing support: which support, and since when.",
        required: true,
        maxLength: TEXT_LIMIT,
        rows: 5,
        missing: "Say what happened",
      },
      {
        kind: "text",
        name: "wanted",
        label: "What you want the council to do (optional)",
        hint: "For example: send the decision by a date, arrange the missing therapy, make up the sessions missed.",
        required: false,
        maxLength: TEXT_LIMIT,
        rows: 3,
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const matter = readComplaintMatter(document, options, today);
    const wanted = readText(options, "wanted");
    return {
      subject: `Formal complaint about ${child.name}'s ${matter.isProvision ? "EHC plan provision" : "EHC process"}`,
      body: joinParagraphs([
        child.introduction,
        "Please treat this letter as a formal complaint under the council's complaints procedure.",
        ...matter.paragraphs,
        `What happened:\n${readText(options, "details") ?? ""}`,
        wanted
          ? `To put this right, I am asking the council to:\n${wanted}`
          : `To put this right, I am asking the council to ${matter.isProvision ? "arrange the missing provision straight away and to explain how the time lost will be made up" : "meet its duty straight away and to explain why the time limit was missed"}.`,
        `Please acknowledge this complaint and send me a full reply within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}). If the complaint is not resolved, I may ask the Local Government and Social Care Ombudsman to look into it (${cite("R-CMP-LGSCO", today)}).`,
        "Thank you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: [...new Set([...matter.citations, "R-CMP-LGSCO"])],
    };
  },
};

