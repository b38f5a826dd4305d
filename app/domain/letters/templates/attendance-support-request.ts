// Asking for support first with attendance for a child with SEN, to the head or an attendance
// officer (reference 4.3; R-DAY-ATT-SEND, R-DAY-PENALTY): the child's needs and what makes going
// to school hard; an attendance support plan, reasonable adjustments and a check of the register's
// codes (days recorded as unauthorised that the records show were illness or the school's own
// doing are listed); and, when a penalty notice or attendance letter is recorded, that it be
// withdrawn or reconsidered. No payment period or absence threshold is stated.

import { compareDates } from "../../calendar/calendar-date";
import type { CaseDocument, SchoolDayRecord } from "../../case/case-document";
import { AREA_INFO } from "../../areas-of-need";
import {
  ATTENDANCE_CODE_LABELS,
  HEALTH_ABSENCE_REASONS,
  UNAUTHORISED_CODES,
} from "../../codes/school-day";
import { formatDate, formatList, formatNumber } from "../../presentation";
import { readSchoolDay } from "../../school-day/from-case";
import { bulletList, cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate, OptionChoice } from "../letter-template";
import { findRecordOf, listRecordsOf, quoteSchool, recordChoices } from "../school-day-facts";
import { OTHER_MATTER, replyDate } from "../statutory-facts";

const REPLY_DAYS = 14;
const TEXT_LIMIT = 3000;
const NOTICE_KINDS = ["penalty_notice", "attendance_letter"] as const;

const RECIPIENTS: readonly OptionChoice[] = [
  { value: "head", label: "The head teacher" },
  { value: "officer", label: "An attendance officer (at the school or the council)" },
];

/**
 * Days the register marks as unauthorised that the records say were not the family's choice:
 * illness or a medical appointment, being sent home, or time out on a part-time timetable.
 */
export function listMiscodedDays(document: Pick<CaseDocument, "schoolDay">): SchoolDayRecord[] {
  return document.schoolDay
    .filter(
      (record) =>
        record.attendanceCode !== null && UNAUTHORISED_CODES.includes(record.attendanceCode),
    )
    .filter(
      (record) =>
        record.kind === "informal_exclusion" ||
        record.kind === "part_time_timetable" ||
        (record.kind === "absence" &&
          record.absenceReason !== null &&
          HEALTH_ABSENCE_REASONS.includes(record.absenceReason)),
    )
    .sort((a, b) => compareDates(a.date, b.date));
}

function describeMiscoded(record: SchoolDayRecord, first: string): string {
  const code = `marked ${ATTENDANCE_CODE_LABELS[record.attendanceCode!]}`;
  if (record.kind === "part_time_timetable")
    return `From ${formatDate(record.date)}, the time out of school on the agreed part-time timetable: ${code}`;
  const why =
    record.kind === "informal_exclusion"
      ? `the school sent ${first} home`
      : record.absenceReason === "medical_appointment"
        ? `${first} had a medical appointment`
        : `${first} was ill`;
  return `${formatDate(record.date)}: ${code}, but ${why}`;
}

/** The child's needs, from the profile, the diagnoses and any EHC plan: "Robin has special educational needs in … Robin has a diagnosis of autism and an EHC plan." */
function describeNeeds(document: CaseDocument, first: string): string {
  const areas = [
    ...new Set(document.needs.map((need) => AREA_INFO[need.area].label.toLowerCase())),
  ];
  const diagnoses = document.diagnoses.map((diagnosis) => diagnosis.name.trim()).filter(Boolean);
  const plan = document.ehcPlans.some((entry) => entry.stage !== "draft");
  const more = [
    ...(diagnoses.length > 0 ? [`a diagnosis of ${formatList(diagnoses)}`] : []),
    ...(plan ? ["an EHC plan"] : []),
  ];
  return joinSentences([
    `${first} has special educational needs${areas.length > 0 ? ` in ${formatList(areas)}` : ""}.`,
    more.length > 0 ? `${first} has ${formatList(more)}.` : null,
  ]);
}

const joinSentences = (sentences: ReadonlyArray<string | null>) =>
  sentences.filter(Boolean).join(" ");

export const attendanceSupportRequest: LetterTemplate = {
  kind: "attendance_support_request",
  label: "Ask for support first with attendance",
  whenToUse:
    "When your child's special educational needs make going to school hard and you have had an attendance letter, a warning or a penalty notice, or fear one.",
  audience: "head_teacher",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    const reading = readSchoolDay(document, today);
    const notices = listRecordsOf(document, NOTICE_KINDS);
    return [
      {
        kind: "choice",
        name: "to",
        label: "Who are you writing to?",
        hint: "A penalty notice names who sent it. Put their name and address below.",
        choices: [...RECIPIENTS],
        defaultValue: "head",
      },
      {
        kind: "choice",
        name: "noticeId",
        label: "Is the letter about a notice or letter you have had?",
        hint:
          notices.length > 0
            ? "From your school-day records."
            : "Record a penalty notice or attendance letter on the School day page and it will appear here.",
        choices: recordChoices(notices, reading, "No, I am asking for support first"),
        defaultValue: notices[0]?.id ?? OTHER_MATTER,
      },
      {
        kind: "text",
        name: "barriers",
        label: "What makes going to school hard for your child?",
        hint: "For example: the noise and crowds at the start of the day, worry about a lesson, or being too tired after a bad night. Say what helps, too.",
        required: true,
        missing: "Write what makes going to school hard for your child",
        maxLength: TEXT_LIMIT,
        rows: 5,
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const notice = findRecordOf(document, NOTICE_KINDS, readText(options, "noticeId"));
    const barriers = readText(options, "barriers");
    const asking = readText(options, "to") === "officer" ? "I ask you to" : "I ask the school to";
    const miscoded = listMiscodedDays(document);
    const plan = document.ehcPlans.some((entry) => entry.stage !== "draft");
    const noticeFacts = notice
      ? notice.kind === "penalty_notice"
        ? `On ${formatDate(notice.date)} I received a penalty notice${notice.amount !== null ? ` of £${formatNumber(notice.amount)}` : ""} about ${first}'s attendance.`
        : `On ${formatDate(notice.date)} I received a letter about ${first}'s attendance.`
      : null;
    return {
      subject: `${child.name}: support with attendance`,
      body: joinParagraphs([
        child.introduction,
        describeNeeds(document, first),
        barriers ? `What makes going to school hard for ${first}:\n${barriers}` : null,
        noticeFacts
          ? [noticeFacts, notice ? quoteSchool(notice) : null].filter(Boolean).join(" ")
          : null,
        miscoded.length > 0
          ? `The register marks these days as unauthorised absence, though they were not:\n${bulletList(miscoded.map((record) => describeMiscoded(record, first)))}\nIllness is marked I, a medical appointment M and an agreed part-time timetable C2, all authorised; G, N, O and U are the unauthorised codes (${cite("R-DAY-ATT-CODES", today)}).`
          : null,
        `The Government's attendance guidance expects schools to support a child with special educational needs first: to talk with the family, understand what stops the child attending, including anxiety about school, agree an attendance support plan and involve the SENCO${plan ? " and, with an EHC plan, the council" : ""}. Fines and other formal steps should be used only when support was offered and not taken up (${cite("R-DAY-ATT-SEND", today)}).`,
        notice?.kind === "penalty_notice"
          ? `Only unauthorised absence can count towards a penalty notice. Authorised absence, such as illness, an agreed part-time timetable or an exclusion, does not count (${cite("R-DAY-PENALTY", today)}).`
          : null,
        `${asking}:\n${bulletList([
          `meet me, with the SENCO, to understand what makes going to school hard for ${first}`,
          `agree a written attendance support plan with me, with the reasonable adjustments ${first} needs, such as a later or quieter start, a safe place to go, or a trusted adult to meet ${first}`,
          `check the attendance codes for ${first}'s absences and correct any that are wrong`,
          ...(notice?.kind === "penalty_notice"
            ? ["withdraw the penalty notice, or reconsider it, so that support comes first"]
            : []),
          ...(notice?.kind === "attendance_letter"
            ? [
                "reconsider the letter about attendance, and take no formal steps while support is put in place",
              ]
            : []),
        ])}`,
        `Where a disabled pupil would be at a real disadvantage, the duty to make reasonable adjustments means changing the way things are done and providing extra aids or services (${cite("R-EQ-ADJ", today)}).`,
        `Please reply within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}).`,
        "Thank you. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: [
        "R-DAY-ATT-SEND",
        ...(notice?.kind === "penalty_notice" ? ["R-DAY-PENALTY"] : []),
        ...(miscoded.length > 0 ? ["R-DAY-ATT-CODES"] : []),
        "R-EQ-ADJ",
      ],
    };
  },
};
