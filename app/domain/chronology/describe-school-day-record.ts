// How the chronology names a record of the school day: its kind and one short fact for the title
// ("Suspension: 3 school days", "Sent home without a formal exclusion: half a school day (the
// afternoon)", the time missed worded by the school day's describeTimeMissed), and the rest
// of what was recorded as a detail line. The timeline, the evidence pack and the case export read it.

import type { SchoolDayRecord } from "../case/case-document";
import { ABSENCE_REASON_LABELS, ATTENDANCE_CODE_LABELS, SCHOOL_DAY_KIND_NAMES } from "../codes/school-day";
import { formatDate, formatNumber, plural } from "../presentation";
import { describeTimeMissed } from "../school-day/describe-record";
import { DETAIL_LENGTH, joinDetail, shorten } from "./detail-text";

/** How long what the school said, or the notes, may run in the detail line. */
const SAID_LENGTH = DETAIL_LENGTH / 2;

/** The one fact after the kind in the title, or null when the record has none to give. */
function titleFact(record: SchoolDayRecord): string | null {
  switch (record.kind) {
    case "informal_exclusion":
    case "suspension":
    case "internal_exclusion":
    case "absence":
      return describeTimeMissed(record);
    case "part_time_timetable":
      if (record.sessionsPerWeek !== null) return `${plural(record.sessionsPerWeek, "session")} a week`;
      return record.hoursPerDay !== null ? `${plural(record.hoursPerDay, "hour")} a day` : null;
    case "penalty_notice":
      return record.amount !== null ? `£${formatNumber(record.amount)}` : null;
    case "permanent_exclusion":
    case "restraint":
    case "attendance_letter":
    case "school_avoidance_note":
      return null;
  }
}

/** The facts a kind records, as short sentences, in the order a reader needs them. */
function detailParts(record: SchoolDayRecord): Array<string | null | false> {
  switch (record.kind) {
    case "suspension":
    case "permanent_exclusion":
      return [
        record.endDate !== null && record.endDate !== record.date && `Until ${formatDate(record.endDate)}`,
        record.noticeReceivedOn ? `Written notice received on ${formatDate(record.noticeReceivedOn)}` : "No written notice recorded",
        record.educationArrangedFrom !== null && `Education arranged from ${formatDate(record.educationArrangedFrom)}`,
      ];
    case "informal_exclusion":
    case "internal_exclusion":
      return [record.time !== null && `At ${record.time}`, record.endDate !== null && record.endDate !== record.date && `Until ${formatDate(record.endDate)}`];
    case "part_time_timetable":
      return [
        record.agreedBy !== null && `Agreed by ${record.agreedBy}`,
        record.reviewDate ? `Review due ${formatDate(record.reviewDate)}` : "No review date",
        record.endDate ? `Ends ${formatDate(record.endDate)}` : "No end date",
      ];
    case "restraint":
      return [
        record.parentToldOn ? `You were told on ${formatDate(record.parentToldOn)}${record.parentToldBy ? ` by ${record.parentToldBy}` : ""}` : "When you were told is not recorded",
        record.toldInWriting === false && "Not told in writing",
      ];
    case "absence":
    case "penalty_notice":
    case "attendance_letter":
      return [
        record.endDate !== null && record.endDate !== record.date && `Until ${formatDate(record.endDate)}`,
        record.absenceReason !== null && `Reason: ${ABSENCE_REASON_LABELS[record.absenceReason].toLowerCase()}`,
        record.attendanceCode !== null && `Code ${ATTENDANCE_CODE_LABELS[record.attendanceCode]}`,
      ];
    case "school_avoidance_note":
      return [];
  }
}

/**
 * A school-day record's title and detail for the chronology.
 *
 * @example
 * describeSchoolDayRecord({ ...record, kind: "suspension", sessions: 6, noticeReceivedOn: null, schoolSaid: "Threw a chair" })
 * // { title: "Suspension: 3 school days", detail: "No written notice recorded. The school said: Threw a chair" }
 */
export function describeSchoolDayRecord(record: SchoolDayRecord): { title: string; detail: string | null } {
  const fact = titleFact(record);
  const name = SCHOOL_DAY_KIND_NAMES[record.kind];
  return {
    title: fact ? `${name}: ${fact}` : name,
    detail: joinDetail(
      ...detailParts(record),
      record.schoolSaid !== null && `The school said: ${shorten(record.schoolSaid, SAID_LENGTH)}`,
      record.notes !== null && shorten(record.notes, SAID_LENGTH),
    ),
  };
}
