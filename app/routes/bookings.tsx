// Your support sessions: those you booked, and, for an adviser, those booked with you.
import { Link } from "react-router";
import type { Route } from "./+types/bookings";
import { requireUser } from "~/auth/session.server";
import { listBookings } from "~/data/bookings.server";
import { now } from "~/services/clock.server";
import { formatWeekdayDateTime } from "~/domain/presentation";

export const meta: Route.MetaFunction = () => [{ title: "Your sessions – Clearpath" }];

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const at = now();
  const all = (await listBookings(user)).map((b) => ({
    id: b.id,
    when: formatWeekdayDateTime(b.startsAt),
    typeName: b.typeName,
    withName: b.isMine ? b.adviserName : b.parentName,
    isMine: b.isMine,
    status: b.status,
    isPast: b.endsAt <= at,
  }));
  return { upcoming: all.filter((b) => !b.isPast && b.status === "booked"), earlier: all.filter((b) => b.isPast || b.status === "cancelled").reverse() };
}

export default function Bookings({ loaderData }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <h1>Your sessions</h1>
      <p>
        <Link className="button" to="/book">
          Book a support session
        </Link>
      </p>
      <h2>Coming up</h2>
      {loaderData.upcoming.length === 0 ? <p>No sessions booked.</p> : null}
      <ul className="card-list">
        {loaderData.upcoming.map((b) => (
          <li key={b.id} className="card">
            <p>
              <Link to={`/bookings/${b.id}`}>
                {b.when}: {b.typeName}
              </Link>
            </p>
            <p className="meta">{b.isMine ? `With ${b.withName}` : `Booked by ${b.withName}`}</p>
          </li>
        ))}
      </ul>
      {loaderData.earlier.length > 0 ? (
        <>
          <h2>Earlier and cancelled</h2>
          <ul>
            {loaderData.earlier.map((b) => (
              <li key={b.id}>
                {b.when}: {b.typeName} with {b.withName}
                {b.status === "cancelled" ? " (cancelled)" : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
