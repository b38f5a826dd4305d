// The statutory page's short "School day" section: the exclusion dates, each with its D- id, its
// rule and how far that rule was checked, "aim for" dates marked as not yet checked against the
// regulations, and estimates flagged with a link to the term dates. The school-day page has the
// detail. Drawn by DatedRows, as an appeal's section is.
import { Link } from "react-router";
import { daysBetween, type CalendarDate } from "~/domain/calendar/calendar-date";
import { LAW_AS_AT } from "~/domain/law/catalogue";
import { getRule } from "~/domain/law/get-rule";
import { describeVerification } from "~/domain/law/statements";
import { formatWeekdayDate } from "~/domain/presentation";
import type { SchoolDayDate } from "~/domain/reminders/school-day-dates";
import { DatedRows, describeAimFor, describeRowState, type DatedRow, type DatedRowNote } from "./dated-rows";

function describeWhen(item: SchoolDayDate): string {
  const date = formatWeekdayDate(item.date);
  if (item.kind === "aim_for") return `Aim for ${date}${item.latest ? ` (the limit may be ${formatWeekdayDate(item.latest)})` : ""}`;
  if (item.timing === "by_end_of_afternoon_session") return `By the end of the afternoon on ${date}`;
  if (item.timing === "from") return `From ${date}`;
  return `By ${date}`;
}

function notesOf(item: SchoolDayDate, caseId: string): DatedRowNote[] {
  return [
    ...(item.kind === "aim_for" ? [{ text: describeAimFor(item.openQuestion), link: null }] : []),
    ...(item.isEstimate
      ? [{ text: "An estimate: the school's term dates are not recorded.", link: { label: "Add the term dates", path: `/cases/${caseId}/school-day/terms` } }]
      : []),
  ];
}

/**
 * The exclusion dates as the statutory page lists them, soonest first: those not yet done that are
 * ahead or passed in the last `lookBackDays`.
 */
export function presentSchoolDayDates(caseId: string, dates: readonly SchoolDayDate[], today: CalendarDate, lookBackDays: number): DatedRow[] {
  return dates
    .filter((item) => item.deadlineId !== "D-PTT-REVIEW" && item.deadlineId !== "D-PENALTY-PAY")
    .filter((item) => item.status !== "met" && daysBetween(item.date, today) <= lookBackDays)
    .map((item) => {
      const rule = describeVerification(getRule(item.ruleId, LAW_AS_AT));
      return {
        key: item.key,
        label: item.label,
        path: `/cases/${caseId}/school-day/${item.recordId}`,
        when: describeWhen(item),
        state: describeRowState(item, today),
        isPassed: item.status === "passed",
        ids: `${item.deadlineId}, rule ${item.ruleId}`,
        status: item.lengthStatus === "unverified" && item.ruleStatus !== "unverified" ? `${rule} The length of time is not yet checked.` : rule,
        notes: notesOf(item, caseId),
      };
    });
}

export function SchoolDayDates({ dates, caseId }: { dates: readonly DatedRow[]; caseId: string }) {
  return (
    <DatedRows id="school-day-dates" heading="School day" rows={dates}>
      <p className="narrow">
        Dates from a suspension or exclusion you recorded. <Link to={`/cases/${caseId}/school-day`}>The school day page</Link> has the detail,
        the education lost and the letters.
      </p>
    </DatedRows>
  );
}
