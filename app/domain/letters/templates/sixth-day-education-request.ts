// Asking for the full-time education that must start on the 6th school day of an exclusion
// (reference 4.3; R-DAY-EXCL-6TH-DAY, R-DAY-S19): for a suspension from the governing board (in an
// academy, the trust), for a permanent exclusion from the council. The 6th day is the D-EXCL-6TH
// date worked out from the records (consecutive suspensions run together), with the sessions from
// it that the child has been without.

import { compareDates, type CalendarDate } from "../../calendar/calendar-date";
import type { CaseDocument, SchoolDayRecord } from "../../case/case-document";
import { formatDate } from "../../presentation";
import { readSchoolDay, sessionsOf, type SchoolDayReading } from "../../school-day/from-case";
import { spreadSessions } from "../../school-day/school-days";
import { bulletList, cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate } from "../letter-template";
import {
  describeExclusion,
  describeSixthDay,
  exclusionQuestion,
  EXCLUSION_KINDS,
  findRecordOf,
  findSixthDay,
  listRecordsOf,
} from "../school-day-facts";
import { replyDate } from "../statutory-facts";

/** Short: every school day without education is lost. */
const REPLY_DAYS = 5;
const TEXT_LIMIT = 1500;

/**
 * The last school day of the suspensions behind a 6th-day date (they run together), so a letter
 * written after they ended asks why no education was arranged rather than for it to start.
 */
function lastDayOf(
  document: CaseDocument,
  exclusionIds: readonly string[],
  reading: SchoolDayReading,
): CalendarDate | null {
  const days = document.schoolDay
    .filter((record) => record.kind === "suspension" && exclusionIds.includes(record.id))
    .flatMap((record) =>
      spreadSessions({
        firstDay: record.date,
        sessions: sessionsOf(record, reading.calendar),
        ...(record.firstSession ? { firstSession: record.firstSession } : {}),
        calendar: reading.calendar,
      }),
    )
    .map((day) => day.date)
    .sort(compareDates);
  return days.at(-1) ?? null;
}

/** The exclusion a parent most likely writes about: the latest whose 6th day has come with no education recorded. */
function defaultExclusion(
  document: CaseDocument,
  today: CalendarDate,
): SchoolDayRecord | undefined {
  const reading = readSchoolDay(document, today);
  const exclusions = listRecordsOf(document, EXCLUSION_KINDS);
  return (
    exclusions.find((record) => {
      const sixth = findSixthDay(reading, record);
      return (
        sixth !== undefined &&
        compareDates(sixth.due, today) <= 0 &&
        record.educationArrangedFrom === null
      );
    }) ?? exclusions[0]
  );
}

export const sixthDayEducationRequest: LetterTemplate = {
  kind: "sixth_day_education_request",
  label: "Ask for full-time education from the sixth day of an exclusion",
  whenToUse:
    "When your child has been excluded for more than five school days in a row and has no full-time education arranged from the sixth day.",
  audience: "governors",
  chooseAudience: (document, today) =>
    defaultExclusion(document, today)?.kind === "permanent_exclusion"
      ? "local_authority"
      : "governors",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    return [
      {
        ...exclusionQuestion({ document, today, chosen: defaultExclusion(document, today) }),
        hint: "For a suspension the letter goes to the governing board (in an academy, the academy trust); for a permanent exclusion, to the council.",
      },
      {
        kind: "text",
        name: "details",
        label: "More details (optional)",
        hint: "For example, the work that has been sent home, or what you were told about where your child will go.",
        required: false,
        maxLength: TEXT_LIMIT,
        rows: 3,
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const reading = readSchoolDay(document, today);
    const record = findRecordOf(document, EXCLUSION_KINDS, readText(options, "exclusionId"));
    const details = readText(options, "details");
    const sixth = record ? findSixthDay(reading, record) : undefined;
    const permanent = record?.kind === "permanent_exclusion";
    const arranged = record?.educationArrangedFrom ?? null;
    const hasStarted = sixth !== undefined && compareDates(sixth.due, today) <= 0;
    const lastDay = sixth && !permanent ? lastDayOf(document, sixth.exclusionIds, reading) : null;
    // A suspension that has ended: nothing left to arrange, but the missing education is on record.
    const isOver = lastDay !== null && compareDates(lastDay, today) < 0;
    const who = permanent
      ? "the council must arrange suitable full-time education for a permanently excluded pupil"
      : record
        ? "the school's governing board (in an academy, the academy trust) must arrange suitable full-time education for a suspended pupil"
        : "suitable full-time education must be arranged: by the governing board or academy trust for a suspension, and by the council for a permanent exclusion";
    const noEducation = arranged
      ? compareDates(arranged, sixth?.due ?? arranged) > 0
        ? `Full-time education was only arranged from ${formatDate(arranged)}.`
        : null
      : isOver
        ? `No full-time education was arranged for ${first} from that day.`
        : hasStarted || !sixth
          ? `${first} has had no full-time education arranged.`
          : `I have not been told of any full-time education arranged for ${first} from that day.`;
    return {
      subject: `${child.name}: full-time education from the sixth day of the ${permanent ? "exclusion" : record ? "suspension" : "exclusion"}`,
      body: joinParagraphs([
        child.introduction,
        record
          ? describeExclusion(record, first, reading)
          : `${first} has been excluded from school for more than five school days in a row.`,
        ...(sixth && record ? describeSixthDay({ sixth, record, first, today }) : []),
        noEducation,
        details,
        `From the sixth school day in a row that a pupil is excluded, ${who}. Suspensions that follow one another count as one period (${cite("R-DAY-EXCL-6TH-DAY", today)}).`,
        `The council must also arrange suitable education for any child of school age who would not otherwise get it because of exclusion, right for their age, ability and any special educational needs (${cite("R-DAY-S19", today)}).`,
        `Please:\n${bulletList(
          isOver
            ? [
                `tell me in writing why no full-time education was arranged for ${first} from the sixth day`,
                `tell me how the work ${first} missed will be made up`,
                `make sure that, if ${first} is ever suspended for more than five school days in a row, full-time education is arranged from the sixth day`,
              ]
            : [
                `arrange suitable full-time education for ${first} straight away`,
                `tell me in writing where it will be, the hours, who will teach it and how ${first} will get there`,
                ...(permanent ? [] : [`tell me how the work ${first} misses will be made up`]),
              ],
        )}`,
        `Please reply within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}).`,
        "Thank you. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: ["R-DAY-EXCL-6TH-DAY", "R-DAY-S19"],
    };
  },
};
