// The actions still to do from meetings, the overdue ones marked, each linked to its meeting.
import { Link } from "react-router";
import { formatDate, plural } from "~/domain/presentation";
import type { OpenAction } from "~/domain/meetings/open-actions";

export function OpenActionList({
  actions,
  caseId,
  showMeeting = true,
}: {
  actions: OpenAction[];
  caseId: string;
  showMeeting?: boolean;
}) {
  return (
    <ul className="action-list">
      {actions.map((action) => (
        <li key={action.id} className={action.isOverdue ? "action action--overdue" : "action"}>
          <p className="action__text">{action.description}</p>
          <p className="meta">
            {[
              action.owner ? `Who: ${action.owner}` : null,
              action.dueDate ? `Due ${formatDate(action.dueDate)}` : "No due date",
            ]
              .filter(Boolean)
              .join(". ")}
            {action.isOverdue ? (
              <>
                {" "}
                <strong className="tag tag--overdue">
                  Overdue by {plural(action.daysOverdue ?? 0, "day")}
                </strong>
              </>
            ) : null}
          </p>
          {showMeeting ? (
            <p className="meta">
              Agreed at the{" "}
              <Link to={`/cases/${caseId}/meetings/${action.meetingId}`}>
                meeting of {formatDate(action.meetingDate)}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
