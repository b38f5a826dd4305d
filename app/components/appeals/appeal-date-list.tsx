// The dates of an appeal as cards: whose each is (the family's, the council's, the tribunal's),
// the day to act by, an estimate marked as one, and for a computed date its D- id, its rule with
// the rule's status, and whether it is a deadline or a date to aim for (decision 139). A weekend or
// bank holiday is flagged without moving the date; the holiday rule's later date is only a fallback.
import { Form } from "react-router";
import { formatDate, formatWeekdayDate } from "~/domain/presentation";
import { WHOSE_LABELS } from "~/domain/codes/tribunal-steps";
import type { WorkspaceDate } from "~/domain/tribunal/workspace";

const CLOSED_REASONS = {
  christmas: "it falls between 25 December and 1 January",
  august: "it falls in August",
  non_working_day: "it is not a working day",
} as const;

function whenText(date: WorkspaceDate): string {
  const day = formatWeekdayDate(date.date);
  if (date.timing === "immediately") return `Straight away, from ${day}`;
  if (date.timing === "on") return `On ${day}`;
  return date.law?.standing === "aim_for" ? `Aim for ${day}` : `By ${day}`;
}

function stateText(date: WorkspaceDate): string | null {
  if (date.isToday) return "This is today.";
  if (!date.isPast) return null;
  if (date.whose === "council") return "This date has passed. Has the council done it?";
  return date.law?.standing === "aim_for" ? "This date to aim for has gone by." : "This date has passed.";
}

export function AppealDateList({ dates, canRemove = false }: { dates: readonly WorkspaceDate[]; canRemove?: boolean }) {
  return (
    <ul className="card-list appeal-dates">
      {dates.map((date) => (
        <li key={date.key} id={date.key} className={`card appeal-date appeal-date--${date.whose}${date.isPast ? " appeal-date--past" : ""}`}>
          <h3 className="card__title">{date.title}</h3>
          <p className="appeal-date__whose">{WHOSE_LABELS[date.whose]}</p>
          <p className="appeal-date__when">
            <strong>{whenText(date)}</strong>
            {date.isEstimate ? " (an estimate: the date in the tribunal's letter is the one that counts)" : null}
          </p>
          {stateText(date) ? <p>{stateText(date)}</p> : null}
          <p>{date.todo}</p>
          {date.due ? (
            <p>
              The date the law gives is {formatWeekdayDate(date.due)}, a {date.fallsOn === "bank_holiday" ? "bank holiday" : "weekend"}. It
              does not move, so aim for the working day before.
            </p>
          ) : date.fallsOn ? (
            <p>This is a {date.fallsOn === "bank_holiday" ? "bank holiday" : "weekend"}. The date does not move.</p>
          ) : null}
          {date.fallback ? (
            <p className="appeal-date__fallback">
              Only if you miss it: because {CLOSED_REASONS[date.fallback.reason]}, the tribunal's rules may give until{" "}
              {formatDate(date.fallback.date)}. Sources differ on this, so do not plan on it. <code>R-TRIB-COUNT</code>: {date.fallback.ruleStatusText}
            </p>
          ) : null}
          {date.law?.standing === "aim_for" ? (
            <p className="appeal-date__unchecked">
              A date to aim for: how long it is has not yet been checked against the rules themselves
              {date.law.openQuestion !== null ? ` (open question ${date.law.openQuestion} in our notes on the law)` : ""}, so act before it.
            </p>
          ) : null}
          {date.notes ? <p className="meta">{date.notes}</p> : null}
          {date.law ? (
            <p className="meta">
              <code>{date.law.id}</code> · rule <code>{date.law.ruleId}</code>: {date.law.ruleStatusText}
            </p>
          ) : (
            <p className="meta">From the tribunal's directions, as you recorded it.</p>
          )}
          {canRemove && date.recordedId ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="remove-date" />
              <input type="hidden" name="id" value={date.recordedId} />
              <button type="submit" className="secondary">
                Remove<span className="visually-hidden"> {date.title}, {formatDate(date.date)}</span>
              </button>
            </Form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
