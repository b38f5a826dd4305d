// A part-time timetable in place without what it must have (R-DAY-PTT): the parent's agreement, an
// end date, a review date not yet passed; or absence from it marked as unauthorised (R-DAY-PTT-CODE).

import { compareDates, type CalendarDate } from "../../calendar/calendar-date";
import type { SchoolDayRecord } from "../../case/case-document";
import { UNAUTHORISED_CODES } from "../../codes/school-day";
import type { RuleId } from "../../law/catalogue";
import { formatDate, formatList } from "../../presentation";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { isRecentSchoolDay, ruleStatusNote } from "../school-day-helpers";

function isInPlace(record: SchoolDayRecord, today: CalendarDate): boolean {
  return record.endDate === null || compareDates(record.endDate, today) >= 0;
}

/** What is wrong with one timetable, most serious first; empty when nothing is. */
function listProblems(
  record: SchoolDayRecord,
  today: CalendarDate,
): { text: string; isSerious: boolean }[] {
  const problems: { text: string; isSerious: boolean }[] = [];
  if (record.attendanceCode !== null && UNAUTHORISED_CODES.includes(record.attendanceCode))
    problems.push({
      text: `the register marks the time off it as unauthorised (code ${record.attendanceCode})`,
      isSerious: true,
    });
  if (!isInPlace(record, today)) return problems;
  if (record.parentAgreed === false)
    problems.push({ text: "it is recorded that you did not agree to it", isSerious: true });
  if (record.reviewDate !== null && compareDates(record.reviewDate, today) < 0)
    problems.push({
      text: `its review date, ${formatDate(record.reviewDate)}, has passed`,
      isSerious: true,
    });
  if (record.reviewDate === null)
    problems.push({ text: "it has no review date", isSerious: false });
  if (record.endDate === null) problems.push({ text: "it has no end date", isSerious: false });
  return problems;
}

function check({ document, today }: CheckContext): Finding[] {
  // In place today, or ended within the look-back (then only its coding matters).
  return document.schoolDay
    .filter(
      (record) => record.kind === "part_time_timetable" && compareDates(record.date, today) <= 0,
    )
    .filter((record) => isInPlace(record, today) || isRecentSchoolDay(record.endDate!, today))
    .sort((a, b) => compareDates(a.date, b.date))
    .flatMap((record): Finding[] => {
      const problems = listProblems(record, today);
      if (problems.length === 0) return [];
      const isCoded = problems.some((problem) => problem.text.startsWith("the register"));
      const rules: RuleId[] = ["R-DAY-PTT", ...(isCoded ? (["R-DAY-PTT-CODE"] as const) : [])];
      return [
        {
          code: "part_time_timetable_unreviewed",
          severity: problems.some((problem) => problem.isSerious) ? "high" : "medium",
          title: "The part-time timetable needs a review",
          explanation: [
            `The part-time timetable from ${formatDate(record.date)}: ${formatList(problems.map((problem) => problem.text))}.`,
            `Guidance says a part-time timetable is only for exceptional cases, in your child's interests: it needs your agreement, must be for the shortest time with a date to return to full time, must be reviewed regularly with you, and must not be used as a punishment. ${ruleStatusNote("R-DAY-PTT")}`,
            isCoded
              ? `Time off an agreed part-time timetable is authorised absence (normally code C2), so it cannot lead to a fine. ${ruleStatusNote("R-DAY-PTT-CODE")}`
              : "",
          ]
            .filter(Boolean)
            .join(" "),
          records: [record.id],
          rules,
          nextStep: {
            label: "Ask the head to review the timetable",
            action: "request_timetable_review",
          },
        },
      ];
    });
}

export const partTimeTimetableUnreviewed: HealthRule<"part_time_timetable_unreviewed"> = {
  code: "part_time_timetable_unreviewed",
  check,
};
