// A suspension or permanent exclusion whose written notice is not recorded as arriving, after the
// day it was due (D-EXCL-NOTICE: by the end of the afternoon of the first day; R-DAY-EXCL-NOTICE).

import { compareDates } from "../../calendar/calendar-date";
import { SCHOOL_DAY_KIND_NAMES } from "../../codes/school-day";
import { formatWeekdayDate } from "../../presentation";
import type { CheckContext, Finding, HealthRule } from "../finding";
import {
  ESTIMATE_NOTE,
  isRecentSchoolDay,
  ruleStatusNote,
  withEstimate,
} from "../school-day-helpers";

function check({ document, today, schoolDay }: CheckContext): Finding[] {
  const byId = new Map(document.schoolDay.map((record) => [record.id, record]));
  return schoolDay.deadlines
    .filter(
      (deadline) =>
        deadline.id === "D-EXCL-NOTICE" &&
        compareDates(deadline.due, today) < 0 &&
        isRecentSchoolDay(deadline.due, today),
    )
    .flatMap((deadline): Finding[] => {
      const record = byId.get(deadline.exclusionIds[0]!);
      if (!record || record.noticeReceivedOn !== null) return [];
      const what = SCHOOL_DAY_KIND_NAMES[record.kind].toLowerCase();
      return [
        {
          code: "exclusion_notice_missing",
          severity: "high",
          title: `No written notice of the ${what} is recorded`,
          explanation: [
            `The school must tell you in writing about a ${what}: how long it is (or that it is permanent), the reasons, your right to put your views to the governors, and the days your child must not be in a public place in school hours. For the ${what} starting ${formatWeekdayDate(deadline.due)}, that notice was due by the end of the afternoon that day, and no notice is recorded as arriving. ${ruleStatusNote("R-DAY-EXCL-NOTICE")}`,
            "If it has come, record the day it arrived. If not, ask the head for it; the governors can be told it was late.",
            deadline.isEstimate ? ESTIMATE_NOTE : "",
          ]
            .filter(Boolean)
            .join(" "),
          records: withEstimate([record.id], deadline.isEstimate),
          rules: ["R-DAY-EXCL-NOTICE"],
          nextStep: {
            label: "Ask the head for the written notice",
            action: "request_exclusion_notice",
          },
        },
      ];
    });
}

export const exclusionNoticeMissing: HealthRule<"exclusion_notice_missing"> = {
  code: "exclusion_notice_missing",
  check,
};
