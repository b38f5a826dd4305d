// Asking the head about a part-time timetable (reference 4.3; R-DAY-PTT, R-DAY-PTT-CODE): the
// written plan, the review date and the end date, how work is provided, and the register code
// (C2). The parent may withdraw their agreement; for a child with an EHC plan, the letter can copy
// the council and ask it to consider an early review. The review and end dates are the recorded
// ones the school agreed (D-PTT-REVIEW), never a length from law.

import { compareDates, type CalendarDate } from "../../calendar/calendar-date";
import type { CaseDocument, SchoolDayRecord } from "../../case/case-document";
import { formatDate, plural } from "../../presentation";
import { readSchoolDay } from "../../school-day/from-case";
import { SESSIONS_PER_FULL_WEEK } from "../../school-day/education-lost";
import { bulletList, cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterOptionField, LetterTemplate } from "../letter-template";
import { findRecordOf, listRecordsOf, quoteSchool, recordChoices } from "../school-day-facts";
import { OTHER_MATTER, replyDate } from "../statutory-facts";

const REPLY_DAYS = 10;
const TEXT_LIMIT = 2000;
const KINDS = ["part_time_timetable"] as const;

const hasEhcPlan = (document: CaseDocument) =>
  document.ehcPlans.some((plan) => plan.stage !== "draft");

/** The timetable's facts in a letter's words: since when, how much, who agreed, the review and end dates. */
function describeTimetable(record: SchoolDayRecord, first: string, today: CalendarDate): string[] {
  const amount =
    record.sessionsPerWeek !== null
      ? `, in school for ${plural(record.sessionsPerWeek, "session")} a week out of ${SESSIONS_PER_FULL_WEEK}`
      : record.hoursPerDay !== null
        ? `, in school for ${plural(record.hoursPerDay, "hour")} a day`
        : "";
  const review = record.reviewDate
    ? compareDates(record.reviewDate, today) < 0
      ? `It was due to be reviewed on ${formatDate(record.reviewDate)}. That date has passed, and I have not been told of a review.`
      : `It is due to be reviewed on ${formatDate(record.reviewDate)}.`
    : "No date has been set to review it.";
  const end = record.endDate
    ? compareDates(record.endDate, today) < 0
      ? `It was due to end on ${formatDate(record.endDate)}.`
      : `It is due to end on ${formatDate(record.endDate)}.`
    : `No date has been set for ${first} to return to full-time school.`;
  return [
    `Since ${formatDate(record.date)}, ${first} has been on a part-time timetable${amount}.${record.agreedBy ? ` It was agreed by ${record.agreedBy}.` : ""}`,
    [review, end, quoteSchool(record)].filter(Boolean).join(" "),
  ];
}

export const partTimeTimetableReview: LetterTemplate = {
  kind: "part_time_timetable_review",
  label: "Ask about a part-time timetable: its plan, review and end date",
  whenToUse:
    "When your child is on a part-time timetable, or one is proposed, and you want the written plan, a review and a date to return to full-time school.",
  audience: "head_teacher",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    const reading = readSchoolDay(document, today);
    const timetables = listRecordsOf(document, KINDS);
    const fields: LetterOptionField[] = [
      {
        kind: "choice",
        name: "timetableId",
        label: "Which part-time timetable?",
        hint:
          timetables.length > 0
            ? "From your school-day records."
            : "You have not recorded one yet. Record it on the School day page, or describe it below.",
        choices: recordChoices(
          timetables,
          reading,
          "One I have not recorded, or one that is proposed (describe it below)",
        ),
        defaultValue: timetables[0]?.id ?? OTHER_MATTER,
      },
      {
        kind: "choice",
        name: "consent",
        label: "Do you still agree to it?",
        hint: "A part-time timetable needs your agreement. You can withdraw it.",
        choices: [
          { value: "agree", label: "Yes, for now, while it is reviewed" },
          {
            value: "withdraw",
            label: "No: I withdraw my agreement and want my child back in school full-time",
          },
        ],
        defaultValue: "agree",
      },
      {
        kind: "text",
        name: "details",
        label: "More details (optional)",
        hint: "For example, why the timetable was started, or how your child is finding it.",
        required: false,
        maxLength: TEXT_LIMIT,
        rows: 3,
      },
    ];
    if (hasEhcPlan(document))
      fields.push({
        kind: "choice",
        name: "earlyReview",
        label: "Copy the council and ask for an early review of the EHC plan?",
        hint: "For a child with an EHC plan, the council should be involved in a part-time timetable.",
        choices: [
          { value: "yes", label: "Yes, copy the council and ask for an early review" },
          { value: "no", label: "No" },
        ],
        defaultValue: "yes",
      });
    return fields;
  },
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const record = findRecordOf(document, KINDS, readText(options, "timetableId"));
    const withdraw = readText(options, "consent") === "withdraw";
    const details = readText(options, "details");
    const earlyReview = hasEhcPlan(document) && readText(options, "earlyReview") === "yes";
    return {
      subject: `${child.name}: the part-time timetable`,
      body: joinParagraphs([
        child.introduction,
        ...(record
          ? describeTimetable(record, first, today)
          : [`${first} is on a part-time timetable, or one has been proposed.`]),
        details,
        `The Government's attendance guidance says a part-time timetable may be used only in exceptional cases and in the child's best interests. It needs the parent's agreement, must last as short a time as possible with a date to return to full-time school, and must be reviewed regularly. It must not be used to manage behaviour. For a child with an EHC plan the council should be involved and an early review considered (${cite("R-DAY-PTT", today)}).`,
        `Time out of school on an agreed part-time timetable is authorised absence, normally marked with code C2, and must not be marked as unauthorised (${cite("R-DAY-PTT-CODE", today)}).`,
        withdraw
          ? `I no longer agree to the part-time timetable. Please arrange for ${first} to return to school full-time, with the support ${first} needs, as soon as possible, and tell me the date.`
          : null,
        `Please send me:\n${bulletList([
          "a copy of the written plan for the timetable, and its reasons",
          withdraw
            ? `the date ${first} will return to full-time school`
            : `the date of the next review, with an invitation to it, and the date ${first} will return to full-time school`,
          `how work is set and marked for the time ${first} is not in school, and what education is provided then`,
          "the attendance code the register uses for that time: it should be C2",
        ])}`,
        earlyReview
          ? `As ${first} has an EHC plan, I am sending a copy of this letter to the council, and I ask the council to consider an early review of the plan.`
          : null,
        `Please reply within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}).`,
        "Thank you. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: ["R-DAY-PTT", "R-DAY-PTT-CODE"],
    };
  },
};
