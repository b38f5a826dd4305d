// The sessions of one provision line as a list, one card per session with its date, whether it
// happened and why not; for someone who may edit, each card has a status and a reason to choose,
// saved together with one button. A list, not a table, so that it fits a phone (decision 105).
import { Form } from "react-router";
import { formatWeekdayDate } from "~/domain/presentation";
import { CANCEL_REASONS, CANCEL_REASON_LABELS, SESSION_STATUSES, SESSION_STATUS_LABELS, type LoggedSession } from "~/domain/delivery";

export function SessionLogForm({ provisionId, what, sessions, canWrite }: { provisionId: string; what: string; sessions: LoggedSession[]; canWrite: boolean }) {
  const listId = `sessions-${provisionId}`;
  const list = (
    <>
      <h3 id={listId} className="session-list__title">
        Sessions of {what}
      </h3>
      <ul className="session-list" aria-labelledby={listId}>
        {sessions.map((session) => {
          const id = `${provisionId}-${session.date}`;
          const when = formatWeekdayDate(session.date);
          return (
            // Keyed on the recorded state too: the selects are uncontrolled, so after a save they
            // must be made afresh to show what is now stored.
            <li key={`${session.date}-${session.status}-${session.cancelReason ?? ""}`} className={`session session--${session.status}`}>
              <p className="session__date">{when}</p>
              {canWrite ? (
                <div className="session__fields">
                  <div className="session__field">
                    <label htmlFor={`status-${id}`}>
                      Happened<span className="visually-hidden"> on {when}</span>?
                    </label>
                    <select id={`status-${id}`} name={`status.${session.date}`} defaultValue={session.status}>
                      {SESSION_STATUSES.map((status) => (
                        <option key={status} value={status}>
                          {SESSION_STATUS_LABELS[status]}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="session__field">
                    <label htmlFor={`reason-${id}`}>
                      Reason<span className="visually-hidden"> on {when}</span>, if cancelled
                    </label>
                    <select id={`reason-${id}`} name={`reason.${session.date}`} defaultValue={session.cancelReason ?? ""}>
                      <option value="">No reason given</option>
                      {CANCEL_REASONS.map((reason) => (
                        <option key={reason} value={reason}>
                          {CANCEL_REASON_LABELS[reason]}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
              ) : (
                <p className="session__status">
                  {SESSION_STATUS_LABELS[session.status]}
                  {session.status === "cancelled" ? `: ${session.cancelReason ? CANCEL_REASON_LABELS[session.cancelReason].toLowerCase() : "no reason given"}` : null}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
  if (!canWrite) return list;
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="mark" />
      <input type="hidden" name="provisionId" value={provisionId} />
      {list}
      <button type="submit">
        Save sessions<span className="visually-hidden"> of {what}</span>
      </button>
    </Form>
  );
}
