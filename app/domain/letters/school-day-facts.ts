// The school day's records as letters need them: which records a letter can be about (a choice
// each), each record in a line with its dates, sessions and what the school said, the education
// lost this school year as a list, and the sentence that says a figure is an estimate when the
// school's term dates are not recorded (decision 2 of issue 22). Figures come from readSchoolDay,
// so a letter says what the school-day pages and findings say.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument, SchoolDayRecord } from "../case/case-document";
import {
  ATTENDANCE_CODE_LABELS,
  SCHOOL_DAY_KIND_NAMES,
  type RestraintType,
  type SchoolDayKind,
} from "../codes/school-day";
import { readSchoolDay, sessionsOf, type SchoolDayReading } from "../school-day/from-case";
import type { SchoolDayDeadline } from "../school-day/deadlines";
import type { LostCategory, LostSummary } from "../school-day/education-lost";
import { describeSessionCount, describeSessions } from "../school-day/describe-record";
import { schoolYearOf } from "../school-day/school-days";
import { formatDate, formatWeekdayDate, plural } from "../presentation";
import { cite } from "./case-facts";
import type { LetterOptionField, OptionChoice } from "./letter-template";
import { OTHER_MATTER } from "./statutory-facts";

/** The records of some kinds, the latest first. */
export function listRecordsOf(
  document: Pick<CaseDocument, "schoolDay">,
  kinds: readonly SchoolDayKind[],
): SchoolDayRecord[] {
  return document.schoolDay
    .filter((record) => kinds.includes(record.kind))
    .sort((a, b) => compareDates(b.date, a.date));
}

/** The record with this id among the records of some kinds, or undefined (an id typed by hand, "other"). */
export function findRecordOf(
  document: Pick<CaseDocument, "schoolDay">,
  kinds: readonly SchoolDayKind[],
  id: string | null,
): SchoolDayRecord | undefined {
  return id === null
    ? undefined
    : listRecordsOf(document, kinds).find((record) => record.id === id);
}

/**
 * A record as a choice in a letter's question: "Suspension from 9 November 2026: 8 sessions
 * (4 school days)", "Sent home without a formal exclusion on 3 March 2026 at 12:30".
 */
export function describeRecordChoice(
  record: SchoolDayRecord,
  reading: Pick<SchoolDayReading, "calendar">,
): string {
  const name = SCHOOL_DAY_KIND_NAMES[record.kind];
  const at = record.time ? ` at ${record.time}` : "";
  switch (record.kind) {
    case "suspension":
      return `${name} from ${formatDate(record.date)}: ${describeSessionCount(sessionsOf(record, reading.calendar))}`;
    case "permanent_exclusion":
    case "part_time_timetable":
      return `${name} from ${formatDate(record.date)}`;
    case "penalty_notice":
    case "attendance_letter":
      return `${name} received on ${formatDate(record.date)}`;
    default:
      return `${name} on ${formatDate(record.date)}${at}`;
  }
}

/** The choices for a letter about one record, latest first, with "something else" last. */
export function recordChoices(
  records: readonly SchoolDayRecord[],
  reading: Pick<SchoolDayReading, "calendar">,
  otherLabel: string,
): OptionChoice[] {
  return [
    ...records.map((record) => ({
      value: record.id,
      label: describeRecordChoice(record, reading),
    })),
    { value: OTHER_MATTER, label: otherLabel },
  ];
}

/** What the school said, as a letter quotes it: "The school said: “…”", or null when not recorded. */
export function quoteSchool(record: SchoolDayRecord): string | null {
  const said = record.schoolSaid?.trim();
  return said ? `The school said: “${said.replace(/[.\s]+$/, "")}”.` : null;
}

/** The register code recorded for a day, in words: "the register shows O: other unauthorised absence". */
export function describeRegister(record: SchoolDayRecord): string | null {
  return record.attendanceCode
    ? `the register shows ${ATTENDANCE_CODE_LABELS[record.attendanceCode]}`
    : null;
}

/**
 * One time a child was sent home, in a letter's list: "3 March 2026 at 12:30: 1 session (half a
 * school day); the register shows O: other unauthorised absence. The school said: “…”."
 */
export function describeInformalExclusion(
  record: SchoolDayRecord,
  reading: Pick<SchoolDayReading, "calendar">,
): string {
  const when = `${formatDate(record.date)}${record.endDate && record.endDate !== record.date ? ` to ${formatDate(record.endDate)}` : ""}${record.time ? ` at ${record.time}` : ""}`;
  const facts = [describeSessionCount(sessionsOf(record, reading.calendar)), describeRegister(record)]
    .filter(Boolean)
    .join("; ");
  return [`${when}: ${facts}.`, quoteSchool(record)].filter(Boolean).join(" ");
}

/** What happened, as a letter says it of the child (the form's labels speak to the parent). */
const RESTRAINT_IN_A_LETTER: Record<RestraintType, (first: string) => string> = {
  force: (first) => `staff used force to hold or move ${first}`,
  restraint: (first) =>
    `staff restrained ${first} without force, for example by blocking the way or taking a mobility aid`,
  seclusion: (first) => `${first} was kept in a room or space ${first} could not leave (seclusion)`,
};

/** A restraint record in a letter: "On 3 November 2026 at 10:15, I understand that staff used force to hold or move Robin." */
export function describeRestraint(record: SchoolDayRecord, first: string): string {
  const what = record.restraintType
    ? RESTRAINT_IN_A_LETTER[record.restraintType](first)
    : `staff used force, restraint or seclusion with ${first}`;
  return `On ${formatDate(record.date)}${record.time ? ` at ${record.time}` : ""}, I understand that ${what}.`;
}

/** The four kinds of education lost as a letter lists them (reference 4.2 keeps them apart). */
const LOST_IN_A_LETTER: Record<LostCategory, string> = {
  formal: "Suspended or excluded",
  informal: "Sent home without a formal exclusion",
  part_time: "Out of school on a part-time timetable",
  health: "Off school because of illness or medical appointments",
};

export type EducationLostThisYear = {
  /** The first day of the school year today is in (1 September). */
  yearStart: CalendarDate;
  /** The school year today is in, and what was lost in it; null when nothing was. */
  lost: LostSummary | null;
  /** True when any day behind the figures was estimated (the school's term dates not recorded). */
  isEstimate: boolean;
};

/**
 * The education lost in the school year `today` is in, from the school-day records.
 *
 * Example: a case with a 4-day suspension in November 2026, read on 2027-01-10, gives
 * lost.total = { sessions: 8, schoolDays: 4, … }.
 */
export function findEducationLostThisYear(
  document: Pick<CaseDocument, "schoolDay" | "schoolTerms">,
  today: CalendarDate,
): EducationLostThisYear {
  const { educationLost } = readSchoolDay(document, today);
  const schoolYear = schoolYearOf(today);
  const year = educationLost.schoolYears.find((entry) => entry.schoolYear === schoolYear);
  return {
    yearStart: `${schoolYear}-09-01`,
    lost: year && year.total.sessions > 0 ? year : null,
    isEstimate: educationLost.isEstimate,
  };
}

/** The education lost as a letter's list, one line a kind with any sessions, then the total. */
export function listEducationLost(lost: LostSummary): string[] {
  const lines = (Object.keys(LOST_IN_A_LETTER) as LostCategory[])
    .filter((category) => lost.byCategory[category].sessions > 0)
    .map(
      (category) =>
        `${LOST_IN_A_LETTER[category]}: ${describeSessionCount(lost.byCategory[category].sessions)}`,
    );
  return [...lines, `In all: ${describeSessionCount(lost.total.sessions)}`];
}

/** The total in one short phrase: "12 school days (24 sessions)". */
export function describeDaysLost(lost: LostSummary): string {
  return `${describeSessions(lost.total.sessions)} (${plural(lost.total.sessions, "session")})`;
}

/** Said beside a question whose figures or dates are estimates, so the parent can put that right (decision 2 of issue 22). */
export function estimateHint(isEstimate: boolean): string {
  return isEstimate
    ? " Your child's school term dates are not recorded, so school days are estimated: add them on the School day page, under term dates."
    : "";
}

/** Said in a letter whenever a school-day figure or date was counted without the school's own term dates. */
export const ESTIMATE_NOTE =
  "I do not have the school's own term dates, so I have counted school days as Monday to Friday, leaving out bank holidays. The school's own figures may differ a little; please tell me if they do.";

/** The formal exclusions: a suspension (a fixed period) or a permanent exclusion. */
export const EXCLUSION_KINDS = ["suspension", "permanent_exclusion"] as const;

/** The 6th-day duty for an exclusion, when its days reach a 6th school day. */
export function findSixthDay(reading: SchoolDayReading, record: SchoolDayRecord) {
  return reading.deadlines.find(
    (deadline) => deadline.id === "D-EXCL-6TH" && deadline.exclusionIds.includes(record.id),
  );
}

/**
 * The 6th school day of an exclusion as every letter says it, as paragraphs: the day worked out from
 * the records (suspensions that follow one another run together), the full-time education due from
 * it (R-DAY-EXCL-6TH-DAY), for a suspension the sessions it covers from that day, and the estimate
 * note when the school's term dates are not recorded.
 *
 * Example: for an 8-day suspension from Monday 9 November 2026, written on 17 November: ["By my
 * count, the sixth school day in a row of exclusion was Monday 16 November 2026. From that day,
 * suitable full-time education must be arranged for Robin (…). The suspension covers 6 sessions
 * (3 school days) from that day."].
 */
export function describeSixthDay(options: {
  sixth: SchoolDayDeadline;
  record: SchoolDayRecord;
  first: string;
  today: CalendarDate;
}): string[] {
  const { sixth, record, first, today } = options;
  const runTogether = sixth.exclusionIds.length > 1 ? ", counting the suspensions that followed one another as one period" : "";
  const covers =
    record.kind === "suspension" && sixth.sessionsFromSixthDay
      ? ` The suspension covers ${describeSessionCount(sixth.sessionsFromSixthDay)} from that day.`
      : "";
  const paragraph = `By my count, the sixth school day in a row of exclusion ${compareDates(sixth.due, today) < 0 ? "was" : "is"} ${formatWeekdayDate(sixth.due)}${runTogether}. From that day, suitable full-time education must be arranged for ${first} (${cite("R-DAY-EXCL-6TH-DAY", today)}).${covers}`;
  return sixth.isEstimate ? [paragraph, ESTIMATE_NOTE] : [paragraph];
}

/** "Robin was suspended from Monday 9 November 2026, for 8 sessions (4 school days). The school said: “…”." */
export function describeExclusion(
  record: SchoolDayRecord,
  first: string,
  reading: SchoolDayReading,
): string {
  const what =
    record.kind === "permanent_exclusion"
      ? `${first} was permanently excluded from ${formatWeekdayDate(record.date)}`
      : `${first} was suspended from ${formatWeekdayDate(record.date)}, for ${describeSessionCount(sessionsOf(record, reading.calendar))}`;
  return [`${what}.`, quoteSchool(record)].filter(Boolean).join(" ");
}

/** The question "which suspension or exclusion?", with the recorded ones and "one I have not recorded". */
export function exclusionQuestion(options: {
  document: CaseDocument;
  today: CalendarDate;
  chosen: SchoolDayRecord | undefined;
  kinds?: readonly SchoolDayKind[];
  /** Whether the letter has a box below for more details, where an unrecorded one can be described. */
  hasDetailsBox?: boolean;
}): LetterOptionField {
  const { document, today, chosen, kinds = EXCLUSION_KINDS, hasDetailsBox = true } = options;
  const describeIt = hasDetailsBox ? " (describe it below)" : "";
  const reading = readSchoolDay(document, today);
  const exclusions = listRecordsOf(document, kinds);
  return {
    kind: "choice",
    name: "exclusionId",
    label: kinds.includes("suspension") ? "Which suspension or exclusion?" : "Which exclusion?",
    hint:
      exclusions.length > 0
        ? `From your school-day records.${estimateHint(reading.isEstimatedCalendar)}`
        : `You have not recorded one yet. Record it on the School day page so its dates are worked out${hasDetailsBox ? ", or describe it below" : ""}.`,
    choices: recordChoices(exclusions, reading, `One I have not recorded${describeIt}`),
    defaultValue: chosen?.id ?? OTHER_MATTER,
  };
}
