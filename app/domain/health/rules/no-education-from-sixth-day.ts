// Full-time education must be arranged from the 6th consecutive school day of exclusion (D-EXCL-6TH;
// R-DAY-EXCL-6TH-DAY): by the governors or trust for a suspension, by the council for a permanent
// exclusion (R-DAY-S19). This finds a 6th day reached with no education recorded from it.

import { compareDates, type CalendarDate } from "../../calendar/calendar-date";
import type { SchoolDayRecord } from "../../case/case-document";
import { formatDate, formatWeekdayDate } from "../../presentation";
import { sessionsOf } from "../../school-day/from-case";
import { spreadSessions, type SchoolCalendar } from "../../school-day/school-days";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { describeSessionCount } from "../../school-day/describe-record";
import {
  ESTIMATE_NOTE,
  isRecentSchoolDay,
  ruleStatusNote,
  withEstimate,
} from "../school-day-helpers";

/** The earliest day education was arranged from, among the records, or null when none says. */
function arrangedFrom(records: readonly SchoolDayRecord[]): CalendarDate | null {
  const days = records
    .flatMap((record) => (record.educationArrangedFrom ? [record.educationArrangedFrom] : []))
    .sort(compareDates);
  return days[0] ?? null;
}

/** Whether the exclusion still runs today: a permanent exclusion always does; a suspension until its last day. */
function isRunning(
  records: readonly SchoolDayRecord[],
  calendar: SchoolCalendar,
  today: CalendarDate,
): boolean {
  return records.some((record) => {
    if (record.kind === "permanent_exclusion") return true;
    const days = spreadSessions({
      firstDay: record.date,
      sessions: sessionsOf(record, calendar),
      firstSession: record.firstSession ?? undefined,
      calendar,
    });
    const last = days.at(-1)?.date ?? record.date;
    return compareDates(last, today) >= 0;
  });
}

function check({ document, today, schoolDay }: CheckContext): Finding[] {
  const byId = new Map(document.schoolDay.map((record) => [record.id, record]));
  return schoolDay.deadlines
    .filter(
      (deadline) =>
        deadline.id === "D-EXCL-6TH" &&
        compareDates(deadline.due, today) <= 0 &&
        isRecentSchoolDay(deadline.due, today),
    )
    .flatMap((deadline): Finding[] => {
      const records = deadline.exclusionIds.flatMap((id) => byId.get(id) ?? []);
      if (records.length === 0) return [];
      const arranged = arrangedFrom(records);
      if (arranged !== null && compareDates(arranged, deadline.due) <= 0) return [];
      const isPermanent = records.some((record) => record.kind === "permanent_exclusion");
      const what = isPermanent
        ? "permanent exclusion"
        : records.length > 1
          ? "suspensions, which run on from each other,"
          : "suspension";
      const who = isPermanent ? "the council" : "the governing board (at an academy, the trust)";
      const fromSixth =
        deadline.sessionsFromSixthDay !== undefined && deadline.sessionsFromSixthDay > 0
          ? ` The ${isPermanent ? "exclusion" : "suspension"} takes ${describeSessionCount(deadline.sessionsFromSixthDay)} from the 6th day on.`
          : "";
      const running = arranged === null && isRunning(records, schoolDay.calendar, today);
      return [
        {
          code: "no_education_from_sixth_day",
          severity: running ? "high" : "medium",
          title:
            arranged === null
              ? "No full-time education from the 6th day of exclusion is recorded"
              : "Full-time education started after the 6th day of exclusion",
          explanation: [
            `The ${what} starting ${formatWeekdayDate(deadline.countedFrom)} reached its 6th school day on ${formatWeekdayDate(deadline.due)}. From that day ${who} must arrange suitable full-time education. ${ruleStatusNote("R-DAY-EXCL-6TH-DAY")}`,
            arranged === null
              ? `Nothing is recorded to show that it did.${fromSixth}`
              : `It is recorded as starting on ${formatDate(arranged)}, after that day.`,
            `The council also has a duty to arrange suitable education for a child who would otherwise not receive it ${ruleStatusNote("R-DAY-S19")}.`,
            deadline.isEstimate ? ESTIMATE_NOTE : "",
          ]
            .filter(Boolean)
            .join(" "),
          records: withEstimate(
            records.map((record) => record.id),
            deadline.isEstimate,
          ),
          rules: ["R-DAY-EXCL-6TH-DAY", "R-DAY-S19"],
          nextStep: {
            label: `Ask ${isPermanent ? "the council" : "the governors"} for full-time education`,
            action: "request_sixth_day_education",
          },
        },
      ];
    });
}

export const noEducationFromSixthDay: HealthRule<"no_education_from_sixth_day"> = {
  code: "no_education_from_sixth_day",
  check,
};
