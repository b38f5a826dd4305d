// Restraint, force or seclusion on or after 1 April 2026 that the parent was not told about in
// writing the same day (D-RESTRAINT-REPORT, a flag; R-DAY-RESTRAINT-REPORT, its wording not yet
// checked, so the finding says so and is never more than medium).

import { compareDates } from "../../calendar/calendar-date";
import type { SchoolDayRecord } from "../../case/case-document";
import { listRuleVersions } from "../../law/get-rule";
import { formatDate } from "../../presentation";
import type { CheckContext, Finding, HealthRule, Severity } from "../finding";
import { listRecentRecords, ruleStatusNote } from "../school-day-helpers";

/** The day the duty to record and report starts, as the law catalogue has it. */
const REPORTING_FROM = listRuleVersions("R-DAY-RESTRAINT-REPORT")[0]!.inForceFrom;

/** What the records say went wrong with the report of one incident, or null when nothing did (or too little is recorded to say). */
function describeGap(record: SchoolDayRecord): { text: string; severity: Severity } | null {
  const on = formatDate(record.date);
  const isLate = record.parentToldOn !== null && compareDates(record.parentToldOn, record.date) > 0;
  if (record.toldInWriting === false)
    return {
      text: `${on}: you were not told in writing${record.parentToldOn ? ` (you were told on ${formatDate(record.parentToldOn)})` : ""}`,
      severity: "medium",
    };
  if (isLate)
    return {
      text: `${on}: you were told on ${formatDate(record.parentToldOn!)}, not the same day`,
      severity: "medium",
    };
  if (record.toldInWriting === null && record.parentToldOn === null)
    return { text: `${on}: no report is recorded as arriving the same day`, severity: "low" };
  return null;
}

function check({ document, today }: CheckContext): Finding[] {
  const gaps = listRecentRecords(document, today, ["restraint"])
    .filter((record) => compareDates(record.date, REPORTING_FROM) >= 0)
    .flatMap((record) => {
      const gap = describeGap(record);
      return gap ? [{ record, ...gap }] : [];
    });
  if (gaps.length === 0) return [];
  const severity: Severity = gaps.some((gap) => gap.severity === "medium") ? "medium" : "low";
  return [
    {
      code: "restraint_not_reported",
      severity,
      title:
        gaps.length === 1
          ? "A restraint incident was not reported to you the same day"
          : "Restraint incidents were not reported to you the same day",
      explanation: [
        `Restraint, force or seclusion is recorded on ${gaps.map((gap) => gap.text).join("; ")}.`,
        `Since ${formatDate(REPORTING_FROM)} a school must record each such incident and tell you in writing, as soon as it can and no later than the same day, with when and where it happened, how long it lasted, why, what was done and any injuries, unless an exception applies. ${ruleStatusNote("R-DAY-RESTRAINT-REPORT")} The exact wording of the same-day rule has not been checked.`,
        "You can ask the school for its written record of the incident and for a meeting about it.",
      ].join(" "),
      records: gaps.map((gap) => gap.record.id),
      rules: ["R-DAY-RESTRAINT-REPORT", "R-DAY-RESTRAINT-DUTY"],
      nextStep: {
        label: "Ask the school for its record of the incident",
        action: "request_restraint_record",
      },
    },
  ];
}

export const restraintNotReported: HealthRule<"restraint_not_reported"> = {
  code: "restraint_not_reported",
  check,
};
