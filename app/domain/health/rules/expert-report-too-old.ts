// An expert report in an appeal's bundle that will be more than 3 years old at the hearing (or is
// now, while no hearing date is recorded): the practice direction says reports are normally no
// older, and older only in exceptional circumstances (R-TRIB-EXPERTS, unverified). Because the rule
// is not yet checked and the tribunal may still accept the report, medium at most.

import { compareDates } from "../../calendar/calendar-date";
import { formatDate } from "../../presentation";
import { isAppealInProgress } from "../../reminders/appeal-dates";
import { checkExpertReport, EXPERT_EVIDENCE_LIMITS } from "../../tribunal";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { ruleStatusNote } from "../school-day-helpers";

function check({ document, today }: CheckContext): Finding[] {
  const titles = new Map(document.documents.map((entry) => [entry.id, entry.title]));
  return document.appeals.filter(isAppealInProgress).flatMap((appeal) => {
    // The hearing still ahead, the earliest if several were recorded.
    const hearing =
      appeal.dates
        .filter((entry) => entry.kind === "hearing" && compareDates(entry.date, today) >= 0)
        .map((entry) => entry.date)
        .sort(compareDates)[0] ?? null;
    return appeal.bundleItems.flatMap((item): Finding[] => {
      if (item.kind !== "expert_report" || item.reportDate === null) return [];
      const [, , age] = checkExpertReport({ summaryPages: item.summaryPages, totalPages: item.pages, reportDate: item.reportDate, hearingDate: hearing, today });
      if (age.isMet) return [];
      const title = titles.get(item.documentId) ?? "An expert report";
      const when =
        age.measuredAt === "hearing"
          ? `will be more than ${age.limitYears} years old at the hearing on ${formatDate(age.measuredOn)}`
          : `is more than ${age.limitYears} years old (no hearing date is recorded yet)`;
      return [
        {
          code: "expert_report_too_old",
          // A hearing date makes it certain; without one it may still be listed before it matters.
          severity: age.measuredAt === "hearing" ? "medium" : "low",
          title: "An expert report in the bundle may be too old for the tribunal",
          explanation: [
            `"${title}", dated ${formatDate(item.reportDate)}, ${when}.`,
            `The tribunal's practice direction says an expert report should normally be no more than ${EXPERT_EVIDENCE_LIMITS.reportAgeYears} years old, and older only in exceptional circumstances. ${ruleStatusNote("R-TRIB-EXPERTS")}`,
            "Ask the professional for an update or a new report, or say in your evidence why this one still describes your child's needs.",
          ].join(" "),
          records: [appeal.id, item.documentId],
          rules: ["R-TRIB-EXPERTS"],
          nextStep: { label: "Check the expert report", action: "check_expert_report" },
        },
      ];
    });
  });
}

export const expertReportTooOld: HealthRule<"expert_report_too_old"> = { code: "expert_report_too_old", check };
