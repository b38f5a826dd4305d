// The child was sent home, collected early or told not to come in without a formal exclusion:
// unlawful however short, even if the parent agreed (R-DAY-EXCL-INFORMAL).

import { UNAUTHORISED_CODES } from "../../codes/school-day";
import { formatDate, formatList, plural } from "../../presentation";
import { sessionsOf } from "../../school-day/from-case";
import { isEstimatedOn } from "../../school-day/school-days";
import type { RuleId } from "../../law/catalogue";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { describeSessionCount } from "../../school-day/describe-record";
import {
  ESTIMATE_NOTE,
  listRecentRecords,
  ruleStatusNote,
  withEstimate,
} from "../school-day-helpers";
import { INFORMAL_EXCLUSIONS_REPEATED, ruleOfThumb } from "../thresholds";

function check({ document, today, schoolDay }: CheckContext): Finding[] {
  const records = listRecentRecords(document, today, ["informal_exclusion"]);
  if (records.length === 0) return [];
  const { calendar } = schoolDay;
  const sessions = records.reduce((sum, record) => sum + sessionsOf(record, calendar), 0);
  const isRepeated = records.length >= INFORMAL_EXCLUSIONS_REPEATED;
  const isEstimate = records.some(
    (record) => record.sessions === null && isEstimatedOn(record.date, calendar),
  );
  const coded = records.filter(
    (record) =>
      record.attendanceCode !== null && UNAUTHORISED_CODES.includes(record.attendanceCode),
  );
  const rules: RuleId[] = [
    "R-DAY-EXCL-INFORMAL",
    ...(coded.length > 0 ? (["R-DAY-ATT-CODES"] as const) : []),
  ];
  const child = document.child.name;
  const explanation = [
    `${child} was sent home, collected early or kept off school without a formal exclusion on ${formatList(records.map((record) => formatDate(record.date)))}: ${describeSessionCount(sessions)} in all.`,
    `The exclusion guidance says this is unlawful, even for a short time and even if you agreed: any exclusion must be formally recorded and you must be told in writing. A school should not ask you to keep your child at home because it cannot meet their needs. ${ruleStatusNote("R-DAY-EXCL-INFORMAL")}`,
    coded.length > 0
      ? `The register marked ${formatList(coded.map((record) => `${formatDate(record.date)} as code ${record.attendanceCode}`))}, which is unauthorised absence; you can ask for it to be corrected. ${ruleStatusNote("R-DAY-ATT-CODES")}`
      : "",
    isRepeated
      ? ruleOfThumb(
          `being sent home ${plural(INFORMAL_EXCLUSIONS_REPEATED, "time")} or more in about two terms is a pattern to raise with the head now.`,
        )
      : "",
    sessions > 0 && isEstimate ? ESTIMATE_NOTE : "",
  ];
  return [
    {
      code: "informal_exclusion_recorded",
      severity: isRepeated ? "high" : "medium",
      title: isRepeated
        ? "Sent home without a formal exclusion, more than once"
        : "Sent home without a formal exclusion",
      explanation: explanation.filter(Boolean).join(" "),
      records: withEstimate(
        records.map((record) => record.id),
        isEstimate,
      ),
      rules,
      nextStep: {
        label: "Write to the head about being sent home",
        action: "raise_informal_exclusion",
      },
    },
  ];
}

export const informalExclusionRecorded: HealthRule<"informal_exclusion_recorded"> = {
  code: "informal_exclusion_recorded",
  check,
};
