// The statutory page's short sections of dates worked out beside the deadline engine (the school
// day's, an appeal's): one card a date, linking to where its detail is, with when it is due, how
// it stands, its notes (a date to aim for, an estimate, a fallback) and its D- id, rule and how far
// that rule was checked. Each section gives its own rows and introduction; this draws them.
import type { ReactNode } from "react";
import { Link } from "react-router";
import { daysBetween, type CalendarDate } from "~/domain/calendar/calendar-date";
import { plural } from "~/domain/presentation";
import { AIM_FOR_WORDS } from "~/domain/reminders/school-day-dates";

/** A line under a date, with a link when there is somewhere to put it right. */
export type DatedRowNote = { text: string; link: { label: string; path: string } | null };

export type DatedRow = {
  key: string;
  label: string;
  /** Where the detail is: the school-day record, the appeal. */
  path: string;
  /** "By Friday 19 February 2027", "On …", "From …", "Aim for …". */
  when: string;
  /** "In 3 days", "Today", "Passed, and not recorded as done", "This date has passed". */
  state: string;
  /** A deadline passed with nothing recorded: shown as overdue. */
  isPassed: boolean;
  /** "D-ORDER-AMEND, rule R-TRIB-COMPLY", or "Rule R-TRIB-REGISTER" for a date with no D- id. */
  ids: string;
  /** How far the rule (and, when less sure, the length of time) was checked. */
  status: string;
  notes: DatedRowNote[];
};

/** How a date stands on `today`, e.g. "In 3 days"; a passed date is "not recorded as done" only when a record could show it was. */
export function describeRowState(item: { status: "met" | "open" | "passed"; date: CalendarDate; canBeMissed: boolean }, today: CalendarDate): string {
  if (item.status === "met") return "Done";
  const left = daysBetween(today, item.date);
  if (left < 0) return item.canBeMissed ? "Passed, and not recorded as done" : "This date has passed";
  if (left === 0) return "Today";
  return `In ${plural(left, "day")}`;
}

/** The note under a date to aim for (decision 139), e.g. "Aim for this date: … (open question 3 in our reference). It is a guide …". */
export function describeAimFor(openQuestion: number | null): string {
  const words = `${AIM_FOR_WORDS.charAt(0).toUpperCase()}${AIM_FOR_WORDS.slice(1)}`;
  return `${words}${openQuestion ? ` (open question ${openQuestion} in our reference)` : ""}. It is a guide to act early, not a legal deadline.`;
}

export function DatedRows({ id, heading, rows, children }: { id: string; heading: string; rows: readonly DatedRow[]; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
      <ul className="statutory-list">
        {rows.map((row) => (
          <li key={row.key} className={`card deadline deadline--${row.isPassed ? "overdue" : "upcoming"}`}>
            <h3 className="card__title">
              <Link to={row.path}>{row.label}</Link>
            </h3>
            <p className="deadline__status">
              {row.when}. {row.state}.
            </p>
            {row.notes.map((note) => (
              <p key={note.text} className="deadline__note">
                {note.text}
                {note.link ? (
                  <>
                    {" "}
                    <Link to={note.link.path}>{note.link.label}</Link>
                  </>
                ) : null}
              </p>
            ))}
            <p className="meta">
              {row.ids}. {row.status}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
