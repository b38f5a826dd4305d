// A penalty notice or a letter about attendance for a child whose needs are recorded: the guidance
// expects support first (R-DAY-ATT-SEND); a penalty notice has its own rules and dates (R-DAY-PENALTY).

import type { RuleId } from "../../law/catalogue";
import { formatDate, formatList } from "../../presentation";
import { listSchoolDayDates } from "../../reminders/school-day-dates";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { hasRecordedNeeds, listRecentRecords, ruleStatusNote } from "../school-day-helpers";

function check({ document, today }: CheckContext): Finding[] {
  if (!hasRecordedNeeds(document)) return [];
  const records = listRecentRecords(document, today, ["penalty_notice", "attendance_letter"]);
  if (records.length === 0) return [];
  const notices = records.filter((record) => record.kind === "penalty_notice");
  const letters = records.filter((record) => record.kind === "attendance_letter");
  const payments = listSchoolDayDates(document, today).filter(
    (item) =>
      item.deadlineId === "D-PENALTY-PAY" &&
      item.status === "open" &&
      notices.some((notice) => notice.id === item.recordId),
  );
  const rules: RuleId[] = [
    "R-DAY-ATT-SEND",
    ...(notices.length > 0 ? (["R-DAY-PENALTY"] as const) : []),
  ];
  const what = formatList([
    ...(notices.length > 0
      ? [`a penalty notice (${formatList(notices.map((record) => formatDate(record.date)))})`]
      : []),
    ...(letters.length > 0
      ? [
          `${letters.length === 1 ? "a letter" : "letters"} about attendance (${formatList(letters.map((record) => formatDate(record.date)))})`,
        ]
      : []),
  ]);
  return [
    {
      code: "attendance_action_with_sen",
      severity: notices.length > 0 ? "high" : "medium",
      title:
        notices.length > 0
          ? "A penalty notice for a child with special educational needs"
          : "Attendance action for a child with special educational needs",
      explanation: [
        `The records show ${what}, and ${document.child.name}'s needs are recorded here.`,
        `Guidance expects schools to support first when a child with SEN, a disability or a health condition misses school: talk with you, understand what makes school hard, agree an attendance support plan and make reasonable adjustments, before any formal action. ${ruleStatusNote("R-DAY-ATT-SEND")}`,
        notices.length > 0
          ? `Absence that is authorised (illness, an agreed part-time timetable, an exclusion) does not count towards a penalty notice. ${ruleStatusNote("R-DAY-PENALTY")}`
          : "",
        payments
          .map(
            (item) =>
              `${item.label}: by ${formatDate(item.date)}${item.lengthStatus === "unverified" ? " (how this period is counted is not yet checked)" : ""}.`,
          )
          .join(" "),
      ]
        .filter(Boolean)
        .join(" "),
      records: records.map((record) => record.id),
      rules,
      nextStep: {
        label: "Ask the school for support with attendance",
        action: "request_attendance_support",
      },
    },
  ];
}

export const attendanceActionWithSen: HealthRule<"attendance_action_with_sen"> = {
  code: "attendance_action_with_sen",
  check,
};
