// Asking the head for the school's written record or report of an incident of force, restraint or
// seclusion, a meeting afterwards and a behaviour support plan (reference 4.3;
// R-DAY-RESTRAINT-DUTY, R-DAY-RESTRAINT-REPORT, both unverified). The letter says "the new rules
// from 1 April 2026" and never states the report's time limit as law: its wording is not yet
// checked (open question 5). Before those rules are in force it asks as a request, citing only the
// duty to make reasonable adjustments for the plan.

import { compareDates } from "../../calendar/calendar-date";
import type { SchoolDayRecord } from "../../case/case-document";
import { findRule } from "../../law/get-rule";
import { formatDate } from "../../presentation";
import { readSchoolDay } from "../../school-day/from-case";
import { bulletList, cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate } from "../letter-template";
import {
  describeRestraint,
  findRecordOf,
  listRecordsOf,
  quoteSchool,
  recordChoices,
} from "../school-day-facts";
import { OTHER_MATTER, replyDate } from "../statutory-facts";

const REPLY_DAYS = 10;
const TEXT_LIMIT = 2000;
const KINDS = ["restraint"] as const;

/** What the parent has been told so far, from the record. */
function describeTelling(record: SchoolDayRecord): string {
  const told = record.parentToldOn
    ? `I was told about it on ${formatDate(record.parentToldOn)}${record.parentToldBy ? ` by ${record.parentToldBy}` : ""}`
    : "I have not been told about it by the school";
  const writing =
    record.toldInWriting === true
      ? "I have had something in writing, but I would like the school's full record."
      : "I have not had a written report or record of it.";
  return `${told}. ${writing}`;
}

export const restraintRecordRequest: LetterTemplate = {
  kind: "restraint_record_request",
  label: "Ask for the school's record of restraint or seclusion",
  whenToUse:
    "When staff have held, moved or restrained your child, or kept them somewhere they could not leave, and you want the school's written record and a plan.",
  audience: "head_teacher",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    const reading = readSchoolDay(document, today);
    const incidents = listRecordsOf(document, KINDS);
    return [
      {
        kind: "choice",
        name: "incidentId",
        label: "Which incident?",
        hint:
          incidents.length > 0
            ? "From your school-day records."
            : "You have not recorded one yet. Record it on the School day page, or describe it below.",
        choices: recordChoices(incidents, reading, "One I have not recorded (describe it below)"),
        defaultValue: incidents[0]?.id ?? OTHER_MATTER,
      },
      {
        kind: "text",
        name: "details",
        label: "What you know about it (optional)",
        hint: "For example, what your child told you, any marks or injuries, and who you spoke to.",
        required: false,
        maxLength: TEXT_LIMIT,
        rows: 4,
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const record = findRecordOf(document, KINDS, readText(options, "incidentId"));
    const details = readText(options, "details");
    // The new rules are cited only once they are in force, and only for an incident on or after that day.
    const duty = findRule("R-DAY-RESTRAINT-DUTY", today);
    const rulesApply =
      duty !== undefined &&
      findRule("R-DAY-RESTRAINT-REPORT", today) !== undefined &&
      (!record || compareDates(record.date, duty.inForceFrom) >= 0);
    return {
      subject: `${child.name}: the school's record of ${record ? `the incident on ${formatDate(record.date)}` : "an incident of restraint"}`,
      body: joinParagraphs([
        child.introduction,
        record
          ? [describeRestraint(record, first), quoteSchool(record), describeTelling(record)]
              .filter(Boolean)
              .join(" ")
          : `I understand that staff used force, restraint or seclusion with ${first}.`,
        details,
        rulesApply
          ? `Under the new rules from ${formatDate(duty.inForceFrom)}, every school in England must record each serious incident in which staff use force, restraint or seclusion, and report it to the parent. Staff may use reasonable force only to prevent injury, an offence, damage or disorder, and never as a punishment (${cite("R-DAY-RESTRAINT-DUTY", today)}). The report to the parent must be in writing and say when and where it happened, for how long, why, what was done and any injuries, and the school should offer to talk it through afterwards (${cite("R-DAY-RESTRAINT-REPORT", today)}).`
          : null,
        `Please:\n${bulletList([
          "send me a copy of the school's written record or report of the incident: when and where it happened, for how long, who was involved, why it was thought necessary, what was done, and any injuries",
          "meet me to talk about what happened and how it can be avoided",
          `put in place a written behaviour support plan for ${first}, agreed with me, saying how staff will help ${first} stay calm and what they will do instead of using force`,
        ])}`,
        `Where a disabled pupil would be at a real disadvantage, the duty to make reasonable adjustments means changing the way things are done and providing extra aids or services (${cite("R-EQ-ADJ", today)}). A plan that helps staff avoid restraint is one such change.`,
        `Please reply within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}).`,
        "Thank you. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: [
        ...(rulesApply ? ["R-DAY-RESTRAINT-DUTY", "R-DAY-RESTRAINT-REPORT"] : []),
        "R-EQ-ADJ",
      ],
    };
  },
};
