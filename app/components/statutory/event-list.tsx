// The recorded events of the statutory process, oldest first, with links to change or remove each.
import { Form, Link } from "react-router";
import { formatDate } from "~/domain/presentation";

export type EventView = {
  id: string;
  label: string;
  date: string;
  details: string | null;
  /** For a request: how and when it was sent, and the day that makes it received. */
  receipt: string | null;
  notes: string | null;
  problem: string | null;
};

export function EventList({ events, canWrite }: { events: EventView[]; canWrite: boolean }) {
  if (events.length === 0) return <p>Nothing recorded yet.</p>;
  return (
    <ol className="statutory-list statutory-events">
      {events.map((event) => {
        const name = `${event.label} on ${formatDate(event.date)}`;
        return (
          <li key={event.id} className="card">
            <p className="statutory-events__date">{formatDate(event.date)}</p>
            <h3 className="card__title">{event.label}</h3>
            {event.details ? <p>{event.details}</p> : null}
            {event.receipt ? <p className="statutory-events__receipt">{event.receipt}</p> : null}
            {event.notes ? <p className="statutory-events__notes">{event.notes}</p> : null}
            {event.problem ? <p className="statutory-events__problem">{event.problem}</p> : null}
            {canWrite ? (
              <div className="actions">
                <Link to={`?edit=${event.id}#event-form`}>
                  Change<span className="visually-hidden">: {name}</span>
                </Link>
                <Form method="post">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="id" value={event.id} />
                  <button type="submit" className="secondary">
                    Remove<span className="visually-hidden">: {name}</span>
                  </button>
                </Form>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
