// The school-day dates (the lead's decision 1): a deadline shows its date and whether it has
// passed; a date to aim for says it is not yet checked against the regulations, with the rule's
// status and the open question, and is never called missed. Each shows its D- id and rule id.
import { Link } from "react-router";
import type { SchoolDayDateView } from "~/domain/school-day/overview";
import { formatWeekdayDate } from "~/domain/presentation";

function whenText(date: SchoolDayDateView): string {
  const day = formatWeekdayDate(date.date);
  if (date.isAimFor) return `Aim for ${day}`;
  if (date.timing === "from") return `From ${day}`;
  if (date.timing === "by_end_of_afternoon_session") return `By the end of the afternoon on ${day}`;
  return `By ${day}`;
}

function stateText(date: SchoolDayDateView): string | null {
  if (date.state === "met") return "Done: recorded as met.";
  if (date.state === "today") return "This is today.";
  if (date.state !== "passed") return null;
  return date.isAimFor ? "This date to aim for has gone by. Act as soon as you can." : "This date has passed.";
}

export function DateList({ dates, caseId, showRecordLinks = true }: { dates: readonly SchoolDayDateView[]; caseId: string; showRecordLinks?: boolean }) {
  return (
    <ul className="card-list school-dates">
      {dates.map((date) => (
        <li key={date.key} className={`card school-date school-date--${date.isAimFor ? "aim" : date.state}`}>
          <h3 className="card__title">{date.label}</h3>
          <p className="school-date__when">
            <strong>{whenText(date)}</strong>
            {date.isEstimate ? " (an estimate)" : null}
          </p>
          {stateText(date) ? <p>{stateText(date)}</p> : null}
          {date.note ? <p>{date.note}</p> : null}
          {date.isAimFor ? (
            <p className="school-date__unchecked">
              A date to aim for: the length of time is not yet checked against the regulations
              {date.openQuestion !== null ? ` (open question ${date.openQuestion} in our notes on the law)` : ""}, so act before it.
            </p>
          ) : null}
          <p className="meta">
            <code>{date.id}</code> · rule <code>{date.ruleId}</code>: {date.ruleStatusText}
          </p>
          {showRecordLinks ? (
            <ul className="inline-links">
              {date.recordIds.map((recordId, index) => (
                <li key={recordId}>
                  <Link to={`/cases/${caseId}/school-day/${recordId}`}>
                    See the record{date.recordIds.length > 1 ? ` ${index + 1}` : ""}
                    <span className="visually-hidden">: {date.label}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
