// The statutory page's short "Appeal" section: each appeal's dates (the directions', what the
// council must do after the order, the family's ways to challenge), each with its D- id, its rule
// and how far that rule was checked; dates to aim for marked as not yet checked (decision 139).
// The appeal's own page has the detail. Drawn by DatedRows, as the school day's section is.
import { Link } from "react-router";
import { daysBetween, type CalendarDate } from "~/domain/calendar/calendar-date";
import { LAW_AS_AT } from "~/domain/law/catalogue";
import { getRule } from "~/domain/law/get-rule";
import { describeVerification } from "~/domain/law/statements";
import { formatWeekdayDate } from "~/domain/presentation";
import type { AppealDateItem } from "~/domain/reminders/appeal-dates";
import { DatedRows, describeAimFor, describeRowState, type DatedRow, type DatedRowNote } from "./dated-rows";

function describeWhen(item: AppealDateItem): string {
  const date = formatWeekdayDate(item.date);
  if (item.kind === "aim_for") return `Aim for ${date}${item.latest ? ` (the limit may be ${formatWeekdayDate(item.latest)})` : ""}`;
  if (item.timing === "immediately") return `From ${date}`;
  if (item.timing === "on") return `On ${date}`;
  return `By ${date}${item.latest ? ` (the limit is ${formatWeekdayDate(item.latest)})` : ""}`;
}

function notesOf(item: AppealDateItem): DatedRowNote[] {
  const notes: string[] = [];
  if (item.fallsOn) notes.push(`This date is a ${item.fallsOn === "weekend" ? "weekend" : "bank holiday"}: it does not move.`);
  if (item.kind === "aim_for") notes.push(describeAimFor(item.openQuestion));
  if (item.fallback) {
    const rule = describeVerification(getRule(item.fallback.ruleId, LAW_AS_AT)).toLowerCase();
    notes.push(`The tribunal's holiday rule may give until ${formatWeekdayDate(item.fallback.date)}; do not rely on it (${item.fallback.ruleId}: ${rule}).`);
  }
  return notes.map((text) => ({ text, link: null }));
}

/**
 * The appeal dates as the statutory page lists them, soonest first: those not yet done that are
 * ahead or passed in the last `lookBackDays`.
 */
export function presentAppealDates(caseId: string, dates: readonly AppealDateItem[], today: CalendarDate, lookBackDays: number): DatedRow[] {
  return dates
    .filter((item) => item.status !== "met" && daysBetween(item.date, today) <= lookBackDays)
    .map((item) => {
      const rule = describeVerification(getRule(item.ruleId, LAW_AS_AT));
      return {
        key: item.key,
        label: item.label,
        path: `/cases/${caseId}/appeals/${item.appealId}`,
        when: describeWhen(item),
        state: describeRowState(item, today),
        isPassed: item.status === "passed" && item.canBeMissed,
        ids: item.deadlineId ? `${item.deadlineId}, rule ${item.ruleId}` : `Rule ${item.ruleId}`,
        status:
          item.source === "directions"
            ? `The date in the tribunal's directions: it is the one that counts. ${rule}`
            : item.lengthStatus !== item.ruleStatus && item.lengthStatus !== "verified"
              ? `${rule} The length of time is ${item.lengthStatus === "partly_verified" ? "partly checked" : "not yet checked"}.`
              : rule,
        notes: notesOf(item),
      };
    });
}

export function AppealDates({ dates, caseId }: { dates: readonly DatedRow[]; caseId: string }) {
  return (
    <DatedRows id="appeal-dates" heading="Appeal" rows={dates}>
      <p className="narrow">
        Dates from an appeal to the SEND Tribunal: the tribunal's directions, what the council must do after the order, and your own time
        limits to challenge the decision. <Link to={`/cases/${caseId}/appeals`}>The appeals page</Link> has the detail. This is information, not
        legal advice: IPSEA and your local SENDIASS give free advice.
      </p>
    </DatedRows>
  );
}
