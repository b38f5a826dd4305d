// Suspensions in this school year over the 45-day limit (D-EXCL-45, a flag, not a date;
// R-DAY-EXCL-45), or getting close to it (our own line, SUSPENSION_DAYS_NEAR_CAP).

import { formatNumber, plural } from "../../presentation";
import { schoolYearOf } from "../../school-day/school-days";
import { SUSPENSION_CAP_DAYS } from "../../school-day/school-day-rules";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { ESTIMATE_NOTE, ruleStatusNote, withEstimate } from "../school-day-helpers";
import { ruleOfThumb, SUSPENSION_DAYS_NEAR_CAP } from "../thresholds";

function check({ today, schoolDay }: CheckContext): Finding[] {
  const year = schoolYearOf(today);
  const cap = schoolDay.suspensionCaps.find((entry) => entry.schoolYear === year);
  if (!cap || cap.schoolDays < SUSPENSION_DAYS_NEAR_CAP) return [];
  const days = `${formatNumber(cap.schoolDays)} school ${cap.schoolDays === 1 ? "day" : "days"}`;
  const rule = `A pupil may not be suspended for more than ${plural(SUSPENSION_CAP_DAYS, "school day")} in one school year. ${ruleStatusNote("R-DAY-EXCL-45")} Whether the limit is counted for each school separately has not been checked.`;
  return [
    {
      code: "suspensions_over_cap",
      severity: cap.isOverCap ? "high" : "medium",
      title: cap.isOverCap
        ? `Suspensions this school year are over the ${SUSPENSION_CAP_DAYS}-day limit`
        : `Suspensions this school year are close to the ${SUSPENSION_CAP_DAYS}-day limit`,
      explanation: [
        `The suspensions recorded in the school year from September ${year} add up to ${days}.`,
        rule,
        cap.isOverCap
          ? "Any suspension beyond that is over the limit. Reaching it does not make a permanent exclusion automatic: the school must try other ways to support your child."
          : ruleOfThumb(
              `at ${plural(SUSPENSION_DAYS_NEAR_CAP, "school day")} it is time to ask the governors what support will stop further suspensions.`,
            ),
        cap.isEstimate ? ESTIMATE_NOTE : "",
      ]
        .filter(Boolean)
        .join(" "),
      records: withEstimate(cap.suspensionIds, cap.isEstimate),
      rules: ["R-DAY-EXCL-45"],
      nextStep: cap.isOverCap
        ? {
            label: "Write to the governors about the suspensions",
            action: "make_representations_to_governors",
          }
        : { label: "See the school day", action: "view_school_day" },
    },
  ];
}

export const suspensionsOverCap: HealthRule<"suspensions_over_cap"> = {
  code: "suspensions_over_cap",
  check,
};
