// The family's final evidence date in the tribunal's directions is close, or has just passed, and
// the bundle is not marked as sent (R-TRIB-BUNDLE-WHO; late evidence only with the tribunal's
// agreement, R-TRIB-MORE-PAGES). How close is our own line (APPEAL_EVIDENCE_DUE_DAYS).

import { daysBetween } from "../../calendar/calendar-date";
import { formatDate, formatDaysFromToday, plural } from "../../presentation";
import { isAppealInProgress } from "../../reminders/appeal-dates";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { ruleStatusNote } from "../school-day-helpers";
import { APPEAL_EVIDENCE_DUE_DAYS, ruleOfThumb } from "../thresholds";

function check({ document, today }: CheckContext): Finding[] {
  return document.appeals
    .filter((appeal) => isAppealInProgress(appeal) && appeal.bundleFixedOn === null)
    .flatMap((appeal): Finding[] => {
      const due = appeal.dates
        .filter((entry) => entry.kind === "final_evidence")
        .map((entry) => entry.date)
        .filter((date) => Math.abs(daysBetween(today, date)) <= APPEAL_EVIDENCE_DUE_DAYS)
        .sort()[0];
      if (!due) return [];
      const hasPassed = daysBetween(today, due) < 0;
      const pages = appeal.bundleItems.reduce((sum, item) => sum + item.pages, 0);
      const bundle =
        appeal.bundleItems.length === 0
          ? "Your bundle has no documents in it yet."
          : `Your bundle has ${plural(appeal.bundleItems.length, "document")} (${plural(pages, "page")}) and is not marked as sent.`;
      return [
        {
          code: "appeal_evidence_due",
          severity: hasPassed ? "high" : "medium",
          title: hasPassed ? "The date for your evidence to the tribunal has passed" : "Your evidence for the tribunal is due soon",
          explanation: [
            hasPassed
              ? `The tribunal's directions asked for your final evidence by ${formatDate(due)}, ${formatDaysFromToday(due, today)}. ${bundle} Evidence sent late is used only if the tribunal agrees: send it now with form SEND7, saying why it is late. ${ruleStatusNote("R-TRIB-MORE-PAGES")}`
              : `The tribunal's directions ask for your final evidence by ${formatDate(due)}, ${formatDaysFromToday(due, today)}. ${bundle}`,
            `You must send your evidence by the date in the directions and make sure it is complete and easy to read. ${ruleStatusNote("R-TRIB-BUNDLE-WHO")}`,
            ruleOfThumb(`start sending it ${plural(APPEAL_EVIDENCE_DUE_DAYS, "day")} before the date, so there is time to get a missing report. If you have sent it, mark the bundle as sent.`),
          ].join(" "),
          records: [appeal.id],
          rules: hasPassed ? ["R-TRIB-BUNDLE-WHO", "R-TRIB-MORE-PAGES"] : ["R-TRIB-BUNDLE-WHO"],
          nextStep: { label: "Get your evidence ready to send", action: "send_appeal_evidence" },
        },
      ];
    });
}

export const appealEvidenceDue: HealthRule<"appeal_evidence_due"> = { code: "appeal_evidence_due", check };
