// One session: when, with whom, the calendar file, and (for the parent who booked it, within the
// notice period) cancel or move it. Only its parent and its adviser can open it.
import { Form, Link } from "react-router";
import type { Route } from "./+types/booking";
import { requireUser } from "~/auth/session.server";
import { cancelBooking, findAdviserEmails, getBooking, getOrganisation } from "~/data/bookings.server";
import { canStillChange } from "~/domain/bookings/free-slots";
import { redirectWithFlash } from "~/services/flash.server";
import { log } from "~/services/log.server";
import { sendCancellationEmail } from "~/services/notify.server";
import { now } from "~/services/clock.server";
import { fail } from "~/errors";
import { formatWeekdayDateTime, plural } from "~/domain/presentation";

export const meta: Route.MetaFunction = () => [{ title: "Your session – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const booking = await getBooking(user, params.bookingId);
  if (!booking) fail("not_found");
  const { noticeHours } = await getOrganisation();
  return {
    booking: {
      id: booking.id,
      when: formatWeekdayDateTime(booking.startsAt),
      minutes: booking.minutes,
      typeName: booking.typeName,
      adviserName: booking.adviserName,
      parentName: booking.parentName,
      status: booking.status,
      caseId: booking.caseId,
      isMine: booking.isMine,
    },
    noticeHours,
    canChange: booking.isMine && booking.status === "booked" && canStillChange(booking.startsAt, now(), noticeHours),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const booking = await getBooking(user, params.bookingId);
  if (!booking || !booking.isMine) fail("not_found");
  const { noticeHours } = await getOrganisation();
  const done = await cancelBooking(user, booking.id, noticeHours);
  if (!done) return redirectWithFlash(`/bookings/${booking.id}`, `This session can no longer be cancelled here: it is less than ${plural(noticeHours, "hour")} away, or already cancelled. Contact the adviser.`);
  const [adviser] = await findAdviserEmails([booking.adviserId]);
  await sendCancellationEmail({ to: [user.email, ...(adviser ? [adviser.email] : [])], typeName: booking.typeName, startsAt: booking.startsAt, who: user.name }).catch(
    (error: unknown) => log("warn", "cancellation email not sent", { error: String(error) }),
  );
  return redirectWithFlash("/bookings", "Session cancelled. We have emailed you and the adviser.");
}

export default function Booking({ loaderData }: Route.ComponentProps) {
  const { booking } = loaderData;
  return (
    <section className="narrow">
      <p>
        <Link to="/bookings">Your sessions</Link>
      </p>
      <h1>{booking.typeName}</h1>
      <p>
        <strong>{booking.when}</strong> (UK time), {booking.minutes} minutes, {booking.isMine ? `with ${booking.adviserName}` : `booked by ${booking.parentName}`}.
        {booking.status === "cancelled" ? " This session was cancelled." : ""}
      </p>
      {booking.status === "booked" ? (
        <p>
          <a href={`/bookings/${booking.id}/invite.ics`} download>
            Add to your calendar (.ics)
          </a>
        </p>
      ) : null}
      {booking.caseId && !booking.isMine ? (
        <p>
          <Link to={`/cases/${booking.caseId}`}>Open the case shared for this session</Link>
        </p>
      ) : null}
      {loaderData.canChange ? (
        <>
          <p>You can cancel or move this session until {loaderData.noticeHours} hours before it starts.</p>
          <div className="actions">
            <Link className="button secondary" to={`/book?rebook=${booking.id}`}>
              Move to another time
            </Link>
            <Form method="post">
              <button type="submit" className="danger">
                Cancel this session
              </button>
            </Form>
          </div>
        </>
      ) : booking.isMine && booking.status === "booked" ? (
        <p>It is less than {loaderData.noticeHours} hours until this session, so it can no longer be cancelled or moved here. Contact the adviser.</p>
      ) : null}
    </section>
  );
}
