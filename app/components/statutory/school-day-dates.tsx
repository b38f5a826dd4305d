// The statutory page's short "School day" section: the exclusion dates, each with its D- id, its
// rule and how far that rule was checked, "aim for" dates marked as not yet checked against the
// regulations, and estimates flagged with a link to the term dates. The school-day page has the detail.
import { Link } from "react-router";
import { daysBetween, type CalendarDate } from "~/domain/calendar/calendar-date";
import { LAW_AS_AT } from "~/domain/law/catalogue";
import { getRule } from "~/domain/law/get-rule";
import { describeVerification } from "~/domain/law/statements";
import { formatWeekdayDate, plural } from "~/domain/presentation";
import { AIM_FOR_WORDS, type SchoolDayDate } from "~/domain/reminders/school-day-dates";

export type SchoolDayDateView = {
  key: string;
  label: string;
  /** "By the end of the afternoon on Monday 9 November 2026", "From …", "Aim for …". */
  when: string;
  /** "Due in 3 days", "Passed, and not recorded as done", "Done". */
  state: string;
  isPassed: boolean;
  /** "D-EXCL-NOTICE, rule R-DAY-EXCL-NOTICE" */
  ids: string;
  /** How far the rule (and, when less sure, the length) was checked. */
  status: string;
  /** For an "aim for" date: what it means, with the open question. */
  aimFor: string | null;
  isEstimate: boolean;
  recordPath: string;
};

function describeWhen(item: SchoolDayDate): string {
  const date = formatWeekdayDate(item.date);
  if (item.kind === "aim_for")
    return `Aim for ${date}${item.latest ? ` (the limit may be ${formatWeekdayDate(item.latest)})` : ""}`;
  if (item.timing === "by_end_of_afternoon_session")
    return `By the end of the afternoon on ${date}`;
  if (item.timing === "from") return `From ${date}`;
  return `By ${date}`;
}

function describeState(item: SchoolDayDate, today: CalendarDate): string {
  if (item.status === "met") return "Done";
  const left = daysBetween(today, item.date);
  if (left < 0)
    return item.canBeMissed ? "Passed, and not recorded as done" : "This date has passed";
  if (left === 0) return "Today";
  return `In ${plural(left, "day")}`;
}

/**
 * The exclusion dates as the statutory page lists them, soonest first: those not yet done that are
 * ahead or passed in the last `lookBackDays`.
 */
export function presentSchoolDayDates(
  caseId: string,
  dates: readonly SchoolDayDate[],
  today: CalendarDate,
  lookBackDays: number,
): SchoolDayDateView[] {
  return dates
    .filter((item) => item.deadlineId !== "D-PTT-REVIEW" && item.deadlineId !== "D-PENALTY-PAY")
    .filter((item) => item.status !== "met" && daysBetween(item.date, today) <= lookBackDays)
    .map((item) => {
      const rule = describeVerification(getRule(item.ruleId, LAW_AS_AT));
      return {
        key: item.key,
        label: item.label,
        when: describeWhen(item),
        state: describeState(item, today),
        isPassed: item.status === "passed",
        ids: `${item.deadlineId}, rule ${item.ruleId}`,
        status:
          item.lengthStatus === "unverified" && item.ruleStatus !== "unverified"
            ? `${rule} The length of time is not yet checked.`
            : rule,
        aimFor:
          item.kind === "aim_for"
            ? `${AIM_FOR_WORDS.charAt(0).toUpperCase()}${AIM_FOR_WORDS.slice(1)}${item.openQuestion ? ` (open question ${item.openQuestion} in our reference)` : ""}. It is a guide to act early, not a legal deadline.`
            : null,
        isEstimate: item.isEstimate,
        recordPath: `/cases/${caseId}/school-day/${item.recordId}`,
      };
    });
}

export function SchoolDayDates({
  dates,
  caseId,
}: {
  dates: readonly SchoolDayDateView[];
  caseId: string;
}) {
  return (
    <section aria-labelledby="school-day-dates">
      <h2 id="school-day-dates">School day</h2>
      <p className="narrow">
        Dates from a suspension or exclusion you recorded.{" "}
        <Link to={`/cases/${caseId}/school-day`}>The school day page</Link> has the detail, the
        education lost and the letters.
      </p>
      <ul className="statutory-list">
        {dates.map((item) => (
          <li
            key={item.key}
            className={`card deadline deadline--${item.isPassed ? "overdue" : "upcoming"}`}
          >
            <h3 className="card__title">
              <Link to={item.recordPath}>{item.label}</Link>
            </h3>
            <p className="deadline__status">
              {item.when}. {item.state}.
            </p>
            {item.aimFor ? <p className="deadline__note">{item.aimFor}</p> : null}
            {item.isEstimate ? (
              <p className="deadline__note">
                An estimate: the school's term dates are not recorded.{" "}
                <Link to={`/cases/${caseId}/school-day/terms`}>Add the term dates</Link>
              </p>
            ) : null}
            <p className="meta">
              {item.ids}. {item.status}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
