// The things agreed at meetings that are still to be done, with the overdue ones first: the
// meetings page lists them, and the preparation sheet brings those from earlier meetings.

import { compareDates, daysBetween, type CalendarDate } from "../calendar/calendar-date";

export type MeetingWithActions = {
  id: string;
  date: CalendarDate;
  title: string | null;
  actions: ReadonlyArray<{
    id: string;
    description: string;
    owner: string | null;
    dueDate: CalendarDate | null;
    status: "open" | "done" | "dropped";
  }>;
};

export type OpenAction = {
  id: string;
  description: string;
  owner: string | null;
  dueDate: CalendarDate | null;
  meetingId: string;
  meetingDate: CalendarDate;
  meetingTitle: string | null;
  /** Due before today and still open. */
  isOverdue: boolean;
  /** Days past the due date; null when not overdue. */
  daysOverdue: number | null;
};

/**
 * Every open action of the meetings: overdue ones first (the longest overdue first), then by due
 * date, then those with no due date.
 *
 * Example: an open action due on 2026-03-01, checked on 2026-03-13, is overdue by 12 days.
 */
export function listOpenActions(
  meetings: readonly MeetingWithActions[],
  today: CalendarDate,
): OpenAction[] {
  return meetings
    .flatMap((meeting) =>
      meeting.actions
        .filter((action) => action.status === "open")
        .map((action): OpenAction => {
          const isOverdue = action.dueDate !== null && compareDates(action.dueDate, today) < 0;
          return {
            id: action.id,
            description: action.description,
            owner: action.owner,
            dueDate: action.dueDate,
            meetingId: meeting.id,
            meetingDate: meeting.date,
            meetingTitle: meeting.title,
            isOverdue,
            daysOverdue: isOverdue ? daysBetween(action.dueDate!, today) : null,
          };
        }),
    )
    .sort((a, b) => {
      if (a.dueDate === null || b.dueDate === null)
        return a.dueDate === b.dueDate
          ? compareDates(a.meetingDate, b.meetingDate)
          : a.dueDate === null
            ? 1
            : -1;
      return compareDates(a.dueDate, b.dueDate) || compareDates(a.meetingDate, b.meetingDate);
    });
}
