// The parent's views on a suspension or permanent exclusion, to the governing board (in an
// academy, the trust; reference 4.3). What the board must do depends on the suspensions recorded
// this term (R-DAY-EXCL-GOV-DUTY): consider reinstatement, or only put the parent's views on file.
// How long the board has to decide (R-DAY-EXCL-GOV-TIME) is not yet checked against the
// regulations, so the letter never states it (decision 1 of issue 22); it asks for the meeting's
// date and the papers instead, and for the meeting online if the parent wants.

import type { CaseDocument, SchoolDayRecord } from "../../case/case-document";
import { describeSchoolDays } from "../../school-day/describe-record";
import { countEducationLost } from "../../school-day/education-lost";
import { lostEventsOf, readSchoolDay, type SchoolDayReading } from "../../school-day/from-case";
import {
  TERM_DAYS_MANDATORY_MEETING,
  TERM_DAYS_REPRESENTATIONS,
} from "../../school-day/school-day-rules";
import { compareDates, type CalendarDate } from "../../calendar/calendar-date";
import { bulletList, cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate } from "../letter-template";
import {
  describeExclusion,
  ESTIMATE_NOTE,
  exclusionQuestion,
  EXCLUSION_KINDS,
  findRecordOf,
  listRecordsOf,
} from "../school-day-facts";
import { replyDate } from "../statutory-facts";

const REPLY_DAYS = 10;
const VIEWS_LIMIT = 5000;

/** What the board must do with the parent's views (R-DAY-EXCL-GOV-DUTY). */
type BoardDuty =
  /** A permanent exclusion, a missed public exam, or over 15 school days this term: a meeting on reinstatement. */
  | { kind: "must_meet"; termDays: number | null }
  /** Over 5 and up to 15 school days this term: reinstatement considered because the parent asks. */
  | { kind: "meets_if_asked"; termDays: number }
  /** 5 or fewer: the views considered and kept on file; no reinstatement. */
  | { kind: "views_on_file"; termDays: number }
  | { kind: "unknown" };

/**
 * The school days of suspension in the term of this suspension, up to and including it (the total
 * it "would take" the term to); for one that crosses two terms, the higher. Counted by the same
 * domain function as the education lost, on the recorded suspensions up to this one.
 */
export function countTermSuspensionDays(
  document: Pick<CaseDocument, "schoolDay">,
  record: SchoolDayRecord,
  reading: SchoolDayReading,
  today: CalendarDate,
): number {
  const upToThis = document.schoolDay.filter(
    (entry) => entry.kind === "suspension" && compareDates(entry.date, record.date) <= 0,
  );
  const { terms } = countEducationLost({
    events: lostEventsOf(upToThis, reading.calendar, today),
    calendar: reading.calendar,
  });
  return Math.max(
    0,
    ...terms
      .filter((term) => term.suspensions.eventIds.includes(record.id))
      .map((term) => term.suspensions.schoolDays),
  );
}

function findBoardDuty(
  document: CaseDocument,
  record: SchoolDayRecord | undefined,
  reading: SchoolDayReading,
  today: CalendarDate,
): BoardDuty {
  if (!record) return { kind: "unknown" };
  if (record.kind === "permanent_exclusion") return { kind: "must_meet", termDays: null };
  const termDays = countTermSuspensionDays(document, record, reading, today);
  if (record.wouldMissPublicExam || termDays > TERM_DAYS_MANDATORY_MEETING)
    return { kind: "must_meet", termDays };
  if (termDays > TERM_DAYS_REPRESENTATIONS) return { kind: "meets_if_asked", termDays };
  return { kind: "views_on_file", termDays };
}

export const governorsRepresentations: LetterTemplate = {
  kind: "governors_representations",
  label: "Give the governors your views on an exclusion",
  whenToUse:
    "When your child has been suspended or permanently excluded and you want the governing board, or the academy trust, to hear your side.",
  audience: "governors",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    return [
      exclusionQuestion({
        document,
        today,
        chosen: listRecordsOf(document, EXCLUSION_KINDS)[0],
        hasDetailsBox: false,
      }),
      {
        kind: "text",
        name: "views",
        label: "What you want the governors to know",
        hint: "Your side of what happened, what led up to it, your child's needs and the support that was or was not in place. Keep to facts and dates.",
        required: true,
        missing: "Write what you want the governors to know",
        maxLength: VIEWS_LIMIT,
        rows: 8,
      },
      {
        kind: "choice",
        name: "online",
        label: "Should the meeting be held online?",
        hint: "You can ask for the governors' meeting to be held by video call.",
        choices: [
          { value: "no", label: "No, in person is fine" },
          { value: "yes", label: "Yes, ask for it to be held online" },
        ],
        defaultValue: "no",
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const reading = readSchoolDay(document, today);
    const record = findRecordOf(document, EXCLUSION_KINDS, readText(options, "exclusionId"));
    const views = readText(options, "views");
    const online = readText(options, "online") === "yes";
    const duty = findBoardDuty(document, record, reading, today);
    const termDays = "termDays" in duty ? duty.termDays : null;
    const termTotal =
      termDays !== null
        ? `With this suspension, ${first}'s suspensions in that term add up to ${describeSchoolDays(termDays)}.`
        : null;
    const isEstimate = termTotal !== null && reading.isEstimatedCalendar;
    const dutyParagraph = {
      must_meet: `The governing board must meet to consider whether ${first} should be reinstated (taken back), and I can attend and speak at that meeting (${cite("R-DAY-EXCL-GOV-DUTY", today)}). I ask the board to take my views into account when it decides.`,
      meets_if_asked: `As that is more than ${TERM_DAYS_REPRESENTATIONS} school days in the term, the governing board must consider whether ${first} should be reinstated when the parent asks (${cite("R-DAY-EXCL-GOV-DUTY", today)}). I am asking the board to do so, at a meeting I can attend and speak at.`,
      views_on_file: `As that is ${TERM_DAYS_REPRESENTATIONS} school days or fewer in the term, the governing board cannot reinstate ${first}, but it must consider what I say (${cite("R-DAY-EXCL-GOV-DUTY", today)}). I ask the board to consider my views and to put them on ${first}'s school record with the suspension.`,
      unknown: `The governing board must consider what a parent says about an exclusion and, depending on its length, whether the pupil should be reinstated (${cite("R-DAY-EXCL-GOV-DUTY", today)}). I ask the board to consider my views and, where it can, whether ${first} should be reinstated.`,
    }[duty.kind];
    const hasPlan = document.ehcPlans.some((plan) => plan.stage !== "draft");
    const hasNeeds = hasPlan || document.needs.length > 0;
    const meeting =
      duty.kind === "must_meet" || duty.kind === "meets_if_asked" || duty.kind === "unknown";
    return {
      subject: `${child.name}: my views for the governing board on the ${record?.kind === "suspension" ? "suspension" : "exclusion"}`,
      body: joinParagraphs([
        child.introduction,
        record
          ? describeExclusion(record, first, reading)
          : `${first} has been excluded from school.`,
        termTotal,
        isEstimate ? ESTIMATE_NOTE : null,
        dutyParagraph,
        views ? `My views:\n${views}` : null,
        hasNeeds
          ? `${first} has special educational needs${hasPlan ? " and an EHC plan" : ""}. I ask the board to consider whether the support ${first} needs was in place before the ${record?.kind === "suspension" ? "suspension" : "exclusion"}.`
          : null,
        record?.kind === "permanent_exclusion"
          ? `A permanent exclusion must be lawful, fair and in proportion, and must take account of a pupil's special educational needs, any disability and any EHC plan. It is unlawful to exclude a pupil just because the school feels it cannot meet their needs (${cite("R-DAY-EXCL-GROUNDS", today)}).`
          : null,
        online
          ? `I ask for the meeting to be held online, by video call, as a parent may ask (${cite("R-DAY-EXCL-GOV-TIME", today)}).`
          : null,
        `Please:\n${bulletList([
          ...(meeting ? ["tell me the date, time and place of the meeting"] : []),
          `send me, in good time${meeting ? " before the meeting" : ""}, copies of the papers the board will read, including the head teacher's reasons and any statements`,
          "tell me the board's decision in writing, with its reasons",
        ])}`,
        `Please confirm within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}) that the board has my views.`,
        "Thank you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: [
        "R-DAY-EXCL-GOV-DUTY",
        ...(record?.kind === "permanent_exclusion" ? ["R-DAY-EXCL-GROUNDS"] : []),
        ...(online ? ["R-DAY-EXCL-GOV-TIME"] : []),
      ],
    };
  },
};
