// The sessions of one provision line as a table; for someone who may edit, each row has a
// status and a reason to choose, saved together with one button.
import { Form } from "react-router";
import { formatWeekdayDate } from "~/domain/presentation";
import { CANCEL_REASONS, CANCEL_REASON_LABELS, SESSION_STATUSES, SESSION_STATUS_LABELS, type LoggedSession } from "~/domain/delivery";

export function SessionLogForm({ provisionId, what, sessions, canWrite }: { provisionId: string; what: string; sessions: LoggedSession[]; canWrite: boolean }) {
  const table = (
    <div className="table-scroll">
      <table className="session-table">
        <caption>Sessions of {what}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Happened?</th>
            <th scope="col">Reason, if cancelled</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => {
            const id = `${provisionId}-${session.date}`;
            const when = formatWeekdayDate(session.date);
            return (
              // Keyed on the recorded state too: the selects are uncontrolled, so after a save they
              // must be made afresh to show what is now stored.
              <tr key={`${session.date}-${session.status}-${session.cancelReason ?? ""}`} className={`session session--${session.status}`}>
                <th scope="row">{when}</th>
                <td>
                  {canWrite ? (
                    <>
                      <label htmlFor={`status-${id}`} className="visually-hidden">
                        Happened on {when}?
                      </label>
                      <select id={`status-${id}`} name={`status.${session.date}`} defaultValue={session.status}>
                        {SESSION_STATUSES.map((status) => (
                          <option key={status} value={status}>
                            {SESSION_STATUS_LABELS[status]}
                          </option>
                        ))}
                      </select>
                    </>
                  ) : (
                    SESSION_STATUS_LABELS[session.status]
                  )}
                </td>
                <td>
                  {canWrite ? (
                    <>
                      <label htmlFor={`reason-${id}`} className="visually-hidden">
                        Reason on {when}, if cancelled
                      </label>
                      <select id={`reason-${id}`} name={`reason.${session.date}`} defaultValue={session.cancelReason ?? ""}>
                        <option value="">No reason given</option>
                        {CANCEL_REASONS.map((reason) => (
                          <option key={reason} value={reason}>
                            {CANCEL_REASON_LABELS[reason]}
                          </option>
                        ))}
                      </select>
                    </>
                  ) : session.status === "cancelled" ? (
                    session.cancelReason ? CANCEL_REASON_LABELS[session.cancelReason] : "No reason given"
                  ) : (
                    ""
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
  if (!canWrite) return table;
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="mark" />
      <input type="hidden" name="provisionId" value={provisionId} />
      {table}
      <button type="submit">
        Save sessions<span className="visually-hidden"> of {what}</span>
      </button>
    </Form>
  );
}
