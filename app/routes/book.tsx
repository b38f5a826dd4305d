// Booking a support session: choose the kind of session, then a free time, then confirm, with
// the choice of sharing a case with the adviser for a set time. With ?rebook=<id>, the chosen
// time replaces an existing booking in one step.
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/book";
import { requireCaseAccess } from "~/auth/access.server";
import { siteOrigin } from "~/auth/accounts.server";
import { requireUser } from "~/auth/session.server";
import { ErrorSummary, RadioGroup, SelectField } from "~/components/form";
import { formatDate, plural } from "~/domain/presentation";
import { bookSlot, findAdviserEmails, getBooking, getOrganisation, listFreeSlots, listSessionTypes } from "~/data/bookings.server";
import { listCases } from "~/data/cases.server";
import { isUuid } from "~/data/ids";
import { shareWithAdviser } from "~/data/sharing.server";
import { canStillChange } from "~/domain/bookings/free-slots";
import { redirectWithFlash } from "~/services/flash.server";
import { log } from "~/services/log.server";
import { sendBookingEmails } from "~/services/notify.server";
import { renderSessionInvite } from "~/services/reminders/calendar.server";
import { config } from "~/services/config.server";
import { readForm } from "~/forms/parse";
import { now } from "~/services/clock.server";
import { fail } from "~/errors";

export const meta: Route.MetaFunction = () => [{ title: "Book a support session – Clearpath" }];

const SHARE_DAYS = ["7", "14", "30"] as const;

function readSlot(value: string | null) {
  const match = /^([0-9a-f-]{36})_(\d{4}-\d{2}-\d{2})_(\d{2}:\d{2})$/i.exec(value ?? "");
  return match ? { adviserId: match[1] as string, date: match[2] as string, startTime: match[3] as string } : null;
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const url = new URL(request.url);
  const rebookId = url.searchParams.get("rebook");
  const organisation = await getOrganisation();
  let rebooking = null;
  if (rebookId) {
    const booking = await getBooking(user, rebookId);
    if (!booking || !booking.isMine || booking.status !== "booked" || !canStillChange(booking.startsAt, now(), organisation.noticeHours)) {
      fail("not_found");
    }
    rebooking = { id: booking.id, typeId: booking.sessionTypeId };
  }
  const typeId = rebooking?.typeId ?? url.searchParams.get("type");
  const types = await listSessionTypes({ activeOnly: true });
  if (!typeId) return { step: "type" as const, organisation, types, rebookId: null };
  const found = await listFreeSlots(typeId, now(), rebooking?.id);
  if (!found) fail("not_found");
  const slot = readSlot(url.searchParams.get("slot"));
  const chosen = slot ? found.slots.find((s) => s.adviserId === slot.adviserId && s.date === slot.date && s.startTime === slot.startTime) : undefined;
  const ownCases = (await listCases(user)).filter((c) => c.level === "own").map((c) => ({ id: c.id, childName: c.childName }));
  return {
    step: chosen ? ("confirm" as const) : ("slot" as const),
    organisation,
    type: { id: found.type.id, name: found.type.name, minutes: found.type.minutes, description: found.type.description },
    slots: found.slots.map((s) => ({ key: `${s.adviserId}_${s.date}_${s.startTime}`, date: s.date, startTime: s.startTime, endTime: s.endTime, adviserName: s.adviserName })),
    chosen: chosen ? { key: `${chosen.adviserId}_${chosen.date}_${chosen.startTime}`, date: chosen.date, startTime: chosen.startTime, endTime: chosen.endTime, adviserName: chosen.adviserName } : null,
    slotWasTaken: Boolean(slot && !chosen),
    ownCases: rebooking ? [] : ownCases,
    rebookId: rebooking?.id ?? null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const formData = await readForm(request);
  const slot = readSlot(String(formData.get("slot") ?? ""));
  const typeId = String(formData.get("type") ?? "");
  const rebookId = String(formData.get("rebook") ?? "") || undefined;
  const shareCase = String(formData.get("shareCase") ?? "no");
  const shareDays = String(formData.get("shareDays") ?? "");
  // Both go back into the address if the time was taken, so only real ids are used.
  if (!isUuid(typeId) || (rebookId !== undefined && !isUuid(rebookId))) {
    return redirectWithFlash("/book", "That session can no longer be booked. Choose another.");
  }
  if (!slot) return data({ errors: { shareCase: "Choose a time first" } }, { status: 400 });
  if (shareCase !== "no" && !SHARE_DAYS.includes(shareDays as (typeof SHARE_DAYS)[number])) {
    return data({ errors: { shareDays: "Choose how long the adviser can see the case after the session" } }, { status: 400 });
  }
  // Sharing needs the case's owner: the gate answers 404 for anything else, before anything is booked.
  const access = shareCase !== "no" ? await requireCaseAccess(user, shareCase, "own") : null;
  const organisation = await getOrganisation();
  if (rebookId) {
    const old = await getBooking(user, rebookId);
    if (!old || !old.isMine || !canStillChange(old.startsAt, now(), organisation.noticeHours)) {
      return data({ errors: { shareCase: `Sessions can only be moved up to ${plural(organisation.noticeHours, "hour")} before they start` } }, { status: 400 });
    }
  }
  const result = await bookSlot(user, { ...slot, sessionTypeId: typeId, caseId: access?.caseId ?? null, replacing: rebookId });
  if (!result.ok) {
    const message = result.reason === "taken" ? "Someone else has just booked that time. Choose another time." : "That session can no longer be booked. Choose another.";
    return redirectWithFlash(`/book?type=${encodeURIComponent(typeId)}${rebookId ? `&rebook=${rebookId}` : ""}`, message);
  }
  const [adviser] = await findAdviserEmails([slot.adviserId]);
  if (access && adviser) await shareWithAdviser(access, adviser.id, new Date(result.endsAt.getTime() + Number(shareDays) * 24 * 60 * 60 * 1000));
  const booking = await getBooking(user, result.bookingId);
  if (booking && adviser) {
    const link = `${siteOrigin()}/bookings/${booking.id}`;
    const sharedCase = access ? ((await listCases(user)).find((c) => c.id === access.caseId)?.childName ?? null) : null;
    const invite = renderSessionInvite({
      id: booking.id,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      title: `${booking.typeName} with ${adviser.name} (${organisation.name})`,
      description: `Booked on Clearpath. Details, and to cancel or move it: ${link}`,
      organiserEmail: config.MAIL_FROM.replace(/^.*<|>.*$/g, ""),
    });
    // The booking stands even if an email is refused.
    await sendBookingEmails({
      id: booking.id,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      typeName: booking.typeName,
      parent: { name: user.name, email: user.email },
      adviser,
      organisationName: organisation.name,
      noticeHours: organisation.noticeHours,
      link,
      sharedCase,
      invite,
    }).catch((error: unknown) => log("warn", "booking email not sent", { error: String(error) }));
  }
  return redirectWithFlash(`/bookings/${result.bookingId}`, rebookId ? "Session moved. We have emailed you the new time." : "Session booked. We have emailed you a confirmation with a calendar invitation.");
}

export default function Book({ loaderData, actionData }: Route.ComponentProps) {
  const rebookParam = loaderData.rebookId ? `&rebook=${loaderData.rebookId}` : "";
  if (loaderData.step === "type") {
    return (
      <section className="narrow">
        <h1>Book a support session</h1>
        <p>
          {loaderData.organisation.name} offers support sessions with an adviser. Choose the kind of session. You can cancel or move it up to{" "}
          {loaderData.organisation.noticeHours} hours before it starts.
        </p>
        {loaderData.types.length === 0 ? <p>There are no sessions to book at the moment.</p> : null}
        <ul className="card-list">
          {loaderData.types.map((type) => (
            <li key={type.id} className="card">
              <h2 className="card__title">
                <Link to={`/book?type=${type.id}`}>{type.name}</Link>
              </h2>
              <p className="meta">{type.minutes} minutes</p>
              {type.description ? <p>{type.description}</p> : null}
            </li>
          ))}
        </ul>
        <p>
          <Link to="/bookings">Your sessions</Link>
        </p>
      </section>
    );
  }
  const { type } = loaderData;
  if (loaderData.step === "confirm" && loaderData.chosen) {
    const chosen = loaderData.chosen;
    const errors = actionData?.errors;
    return (
      <section className="narrow">
        <h1>{loaderData.rebookId ? "Move your session" : "Confirm your session"}</h1>
        <p>
          <strong>{type.name}</strong> with {chosen.adviserName}, {formatDate(chosen.date)}, {chosen.startTime} to {chosen.endTime} (UK time).
        </p>
        <ErrorSummary errors={errors} />
        <Form method="post" noValidate>
          <input type="hidden" name="slot" value={chosen.key} />
          <input type="hidden" name="type" value={type.id} />
          {loaderData.rebookId ? <input type="hidden" name="rebook" value={loaderData.rebookId} /> : null}
          {loaderData.ownCases.length > 0 ? (
            <>
              <RadioGroup
                name="shareCase"
                legend={`Share a case with ${chosen.adviserName}?`}
                hint="They can read it and comment, from now until the time you choose below. You can end it at any time."
                options={[{ value: "no", label: "No, do not share a case" }, ...loaderData.ownCases.map((c) => ({ value: c.id, label: `Share ${c.childName}'s case` }))]}
                selected="no"
                errors={errors}
              />
              <SelectField
                name="shareDays"
                label="If you share, for how long after the session?"
                options={[
                  { value: "7", label: "7 days" },
                  { value: "14", label: "14 days" },
                  { value: "30", label: "30 days" },
                ]}
                selected="14"
                errors={errors}
              />
            </>
          ) : null}
          <div className="actions">
            <button type="submit">{loaderData.rebookId ? "Move to this time" : "Book this session"}</button>
            <Link to={`/book?type=${type.id}${rebookParam}`}>Choose another time</Link>
          </div>
        </Form>
      </section>
    );
  }
  const byDay = new Map<string, typeof loaderData.slots>();
  for (const slot of loaderData.slots) byDay.set(slot.date, [...(byDay.get(slot.date) ?? []), slot]);
  return (
    <section className="narrow">
      <h1>Choose a time</h1>
      <p>
        {type.name}, {type.minutes} minutes. Times are UK time. <Link to="/book">Choose another kind of session</Link>
      </p>
      {loaderData.slotWasTaken ? (
        <p className="note" role="status">
          That time is no longer free. Choose another.
        </p>
      ) : null}
      {loaderData.slots.length === 0 ? <p>There are no free times in the next four weeks. Try again later, or choose another kind of session.</p> : null}
      {[...byDay.entries()].map(([day, slots]) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{formatDate(day)}</h2>
          <ul className="slot-list">
            {slots.map((slot) => (
              <li key={slot.key}>
                <Link to={`/book?type=${type.id}&slot=${slot.key}${rebookParam}`}>
                  {slot.startTime} with {slot.adviserName}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
