// 15 school days (30 sessions) or more of absence for health reasons in this school year,
// together or not: the guidance says the council should arrange education (R-DAY-HEALTH-15), under
// its section 19 duty (R-DAY-S19).

import { formatNumber, plural } from "../../presentation";
import { SESSIONS_PER_SCHOOL_DAY } from "../../school-day/school-day-rules";
import { schoolYearOf } from "../../school-day/school-days";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { describeSessionCount } from "../../school-day/describe-record";
import {
  ESTIMATE_NOTE,
  ruleStatusNote,
  withEstimate,
} from "../school-day-helpers";
import { HEALTH_ABSENCE_SCHOOL_DAYS } from "../thresholds";

function check({ document, today, schoolDay }: CheckContext): Finding[] {
  const year = schoolYearOf(today);
  const lost = schoolDay.educationLost.schoolYears.find((entry) => entry.schoolYear === year);
  const health = lost?.byCategory.health;
  if (!health || health.sessions < HEALTH_ABSENCE_SCHOOL_DAYS * SESSIONS_PER_SCHOOL_DAY) return [];
  const isEstimate = schoolDay.educationLost.isEstimate;
  return [
    {
      code: "health_absence_section_19",
      severity: "high",
      title: `${formatNumber(health.schoolDays)} school days off for health reasons this school year`,
      explanation: [
        `${document.child.name} has missed ${describeSessionCount(health.sessions)} through illness or medical appointments in the school year from September ${year}.`,
        `Guidance says the council should arrange education as soon as it is clear a child will miss ${plural(HEALTH_ABSENCE_SCHOOL_DAYS, "school day")} or more because of their health, together or added up over the year. ${ruleStatusNote("R-DAY-HEALTH-15")}`,
        `That number is guidance: the council's duty to arrange suitable education applies for any length of time ${ruleStatusNote("R-DAY-S19")}. Write to the council's named officer for children with health needs.`,
        isEstimate ? ESTIMATE_NOTE : "",
      ]
        .filter(Boolean)
        .join(" "),
      records: withEstimate(health.eventIds, isEstimate),
      rules: ["R-DAY-HEALTH-15", "R-DAY-S19"],
      nextStep: {
        label: "Ask the council to arrange education (section 19)",
        action: "request_section_19",
      },
    },
  ];
}

export const healthAbsenceSection19: HealthRule<"health_absence_section_19"> = {
  code: "health_absence_section_19",
  check,
};
