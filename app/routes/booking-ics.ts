// A session as a calendar file, for its parent or its adviser.
import type { Route } from "./+types/booking-ics";
import { requireUser } from "~/auth/session.server";
import { getBooking, getOrganisation } from "~/data/bookings.server";
import { config } from "~/services/config.server";
import { renderSessionInvite } from "~/services/reminders/calendar.server";
import { fail } from "~/errors";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const booking = await getBooking(user, params.bookingId);
  if (!booking) fail("not_found");
  const organisation = await getOrganisation();
  const ics = renderSessionInvite({
    id: booking.id,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    title: `${booking.typeName} with ${booking.isMine ? booking.adviserName : booking.parentName} (${organisation.name})`,
    description: "Booked on Clearpath.",
    organiserEmail: config.MAIL_FROM.replace(/^.*<|>.*$/g, ""),
    cancelled: booking.status === "cancelled",
  });
  return new Response(ics, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'attachment; filename="session.ics"', "Cache-Control": "private, no-store" },
  });
}
