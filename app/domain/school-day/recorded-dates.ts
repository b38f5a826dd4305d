// The school-day dates that come from a recorded date rather than a count of school days (the
// lead's decision 1): a part-time timetable's agreed review or end date (D-PTT-REVIEW) and the
// days to pay a penalty notice (D-PENALTY-PAY), each with its D- id, rule and status.

import { addDays, compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { SchoolDayRecord } from "../case/case-document";
import { LAW_CATALOGUE } from "../law/catalogue";
import type { Verification } from "../law/law-rule";

/**
 * A first penalty notice is paid at the lower rate within 21 days "beginning with the date on
 * which the notice is received" (R-DAY-PENALTY; SI 2024/210 reg 4, partly verified): the day
 * received is day 1, so the last day is received + 20.
 */
export const PENALTY_LOWER_RATE_DAYS = 21;
/** The higher rate within 28 days; that it counts the same way is the reference's assumption (unverified). */
export const PENALTY_HIGHER_RATE_DAYS = 28;

export type RecordedDateId = "D-PTT-REVIEW" | "D-PENALTY-PAY";

export type RecordedDate = {
  id: RecordedDateId;
  /** Which date of the record: the timetable's review or end, or the penalty's lower or higher rate. */
  what: "review" | "end" | "lower_rate" | "higher_rate";
  ruleId: "R-DAY-PTT" | "R-DAY-PENALTY";
  ruleStatus: Verification;
  /** How far the length was checked: the recorded date itself for a timetable; the 28-day count is unverified. */
  lengthStatus: Verification;
  due: CalendarDate;
  recordId: string;
};

function statusOf(id: "R-DAY-PTT" | "R-DAY-PENALTY"): Verification {
  const rule = LAW_CATALOGUE.find((entry) => entry.id === id);
  if (!rule) throw new Error(`${id} is not in the law catalogue`);
  return rule.verification;
}

/**
 * The dated steps the records carry, soonest first: each part-time timetable's review date and
 * end date as agreed, and each penalty notice's last days to pay (counted from the record's date,
 * the day it was received).
 *
 * Example: a penalty notice received on 2026-11-02 gives D-PENALTY-PAY on 2026-11-22 (lower rate)
 * and 2026-11-29 (higher rate, length unverified).
 */
export function listRecordedDates(records: readonly SchoolDayRecord[]): RecordedDate[] {
  const dates = records.flatMap((record): RecordedDate[] => {
    if (record.kind === "part_time_timetable") {
      const common = { id: "D-PTT-REVIEW", ruleId: "R-DAY-PTT", ruleStatus: statusOf("R-DAY-PTT"), lengthStatus: "verified", recordId: record.id } as const;
      return [
        ...(record.reviewDate ? [{ ...common, what: "review" as const, due: record.reviewDate }] : []),
        ...(record.endDate ? [{ ...common, what: "end" as const, due: record.endDate }] : []),
      ];
    }
    if (record.kind === "penalty_notice") {
      const common = { id: "D-PENALTY-PAY", ruleId: "R-DAY-PENALTY", ruleStatus: statusOf("R-DAY-PENALTY"), recordId: record.id } as const;
      return [
        { ...common, what: "lower_rate", lengthStatus: "partly_verified", due: addDays(record.date, PENALTY_LOWER_RATE_DAYS - 1) },
        { ...common, what: "higher_rate", lengthStatus: "unverified", due: addDays(record.date, PENALTY_HIGHER_RATE_DAYS - 1) },
      ];
    }
    return [];
  });
  return dates.sort((a, b) => compareDates(a.due, b.due));
}
