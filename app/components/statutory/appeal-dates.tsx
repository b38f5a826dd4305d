// The statutory page's short "Appeal" section: each appeal's dates (the directions', what the
// council must do after the order, the family's ways to challenge), each with its D- id, its rule
// and how far that rule was checked; dates to aim for marked as not yet checked (decision 139).
// The appeal's own page has the detail.
import { Link } from "react-router";
import { daysBetween, type CalendarDate } from "~/domain/calendar/calendar-date";
import { LAW_AS_AT } from "~/domain/law/catalogue";
import { getRule } from "~/domain/law/get-rule";
import { describeVerification } from "~/domain/law/statements";
import { formatWeekdayDate, plural } from "~/domain/presentation";
import type { AppealDateItem } from "~/domain/reminders/appeal-dates";
import { AIM_FOR_WORDS } from "~/domain/reminders/school-day-dates";

export type AppealDateView = {
  key: string;
  label: string;
  /** "By Friday 19 February 2027", "On …", "From …", "Aim for …". */
  when: string;
  /** "In 3 days", "Passed, and not recorded as done", "Done". */
  state: string;
  isPassed: boolean;
  /** "D-ORDER-AMEND, rule R-TRIB-COMPLY", or "rule R-TRIB-REGISTER" for a date only the directions set. */
  ids: string;
  status: string;
  /** For a date to aim for: what it means, with the open question. */
  aimFor: string | null;
  /** The holiday rule's later date, a fallback only. */
  fallback: string | null;
  /** A due date on a weekend or bank holiday: it does not move. */
  fallsOn: string | null;
  appealPath: string;
};

function describeWhen(item: AppealDateItem): string {
  const date = formatWeekdayDate(item.date);
  if (item.kind === "aim_for") return `Aim for ${date}${item.latest ? ` (the limit may be ${formatWeekdayDate(item.latest)})` : ""}`;
  if (item.timing === "immediately") return `From ${date}`;
  if (item.timing === "on") return `On ${date}`;
  return `By ${date}${item.latest ? ` (the limit is ${formatWeekdayDate(item.latest)})` : ""}`;
}

function describeState(item: AppealDateItem, today: CalendarDate): string {
  if (item.status === "met") return "Done";
  const left = daysBetween(today, item.date);
  if (left < 0) return item.canBeMissed ? "Passed, and not recorded as done" : "This date has passed";
  if (left === 0) return "Today";
  return `In ${plural(left, "day")}`;
}

/**
 * The appeal dates as the statutory page lists them, soonest first: those not yet done that are
 * ahead or passed in the last `lookBackDays`.
 */
export function presentAppealDates(caseId: string, dates: readonly AppealDateItem[], today: CalendarDate, lookBackDays: number): AppealDateView[] {
  return dates
    .filter((item) => item.status !== "met" && daysBetween(item.date, today) <= lookBackDays)
    .map((item) => {
      const rule = describeVerification(getRule(item.ruleId, LAW_AS_AT));
      return {
        key: item.key,
        label: item.label,
        when: describeWhen(item),
        state: describeState(item, today),
        isPassed: item.status === "passed" && item.canBeMissed,
        ids: item.deadlineId ? `${item.deadlineId}, rule ${item.ruleId}` : `Rule ${item.ruleId}`,
        status:
          item.source === "directions"
            ? `The date in the tribunal's directions: it is the one that counts. ${rule}`
            : item.lengthStatus !== item.ruleStatus && item.lengthStatus !== "verified"
              ? `${rule} The length of time is ${item.lengthStatus === "partly_verified" ? "partly checked" : "not yet checked"}.`
              : rule,
        aimFor:
          item.kind === "aim_for"
            ? `${AIM_FOR_WORDS.charAt(0).toUpperCase()}${AIM_FOR_WORDS.slice(1)}${item.openQuestion ? ` (open question ${item.openQuestion} in our reference)` : ""}. It is a guide to act early, not a legal deadline.`
            : null,
        fallback: item.fallback
          ? `The tribunal's holiday rule may give until ${formatWeekdayDate(item.fallback.date)}; do not rely on it (${item.fallback.ruleId}: ${describeVerification(getRule(item.fallback.ruleId, LAW_AS_AT)).toLowerCase()})`
          : null,
        fallsOn: item.fallsOn ? `This date is a ${item.fallsOn === "weekend" ? "weekend" : "bank holiday"}: it does not move.` : null,
        appealPath: `/cases/${caseId}/appeals/${item.appealId}`,
      };
    });
}

export function AppealDates({ dates, caseId }: { dates: readonly AppealDateView[]; caseId: string }) {
  return (
    <section aria-labelledby="appeal-dates">
      <h2 id="appeal-dates">Appeal</h2>
      <p className="narrow">
        Dates from an appeal to the SEND Tribunal: the tribunal's directions, what the council must do after the order, and your own time
        limits to challenge the decision. <Link to={`/cases/${caseId}/appeals`}>The appeals page</Link> has the detail. This is information, not
        legal advice: IPSEA and your local SENDIASS give free advice.
      </p>
      <ul className="statutory-list">
        {dates.map((item) => (
          <li key={item.key} className={`card deadline deadline--${item.isPassed ? "overdue" : "upcoming"}`}>
            <h3 className="card__title">
              <Link to={item.appealPath}>{item.label}</Link>
            </h3>
            <p className="deadline__status">
              {item.when}. {item.state}.
            </p>
            {item.fallsOn ? <p className="deadline__note">{item.fallsOn}</p> : null}
            {item.aimFor ? <p className="deadline__note">{item.aimFor}</p> : null}
            {item.fallback ? <p className="deadline__note">{item.fallback}.</p> : null}
            <p className="meta">
              {item.ids}. {item.status}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
