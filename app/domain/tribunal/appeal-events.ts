// The one source of a case's events for the deadline engine: the statutory events recorded on the
// statutory page, plus what each appeal records itself and the page may lack: the mediation
// certificate (it moves the appeal date, R-APP-DEADLINE), the appeal sent and the appeal
// registered (they meet it). Every caller of computeDeadlines reads the events through
// statutoryEventsWithAppeals, so the workspace, the statutory page, the lists, reminders,
// calendars, "Do this next", the journey, letters and the health check show one appeal date
// (decision 147).

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { Appeal } from "../case/case-document";
import type { StatutoryEventInput } from "../deadlines/compute-deadlines";
import { MEDIATION_CERTIFICATE } from "../deadlines/deadline-definitions";
import { hasCertificate } from "./start-appeal";

/** A statutory event as the deadline engine reads it, with its id. */
export type StatutoryEventRow = StatutoryEventInput & { id: string };

/** What an appeal records that bears on the appeal date. */
export type AppealEventFacts = Pick<Appeal, "id" | "decisionEventId" | "mediation" | "mediationCertificateOn" | "submittedOn" | "registeredOn">;

/**
 * What the case's deadlines are worked out from: a whole case document will do, and so will the
 * reminder job's few columns or the statutory page's rows.
 */
export type StatutoryEventsSource = {
  statutoryEvents: ReadonlyArray<{ id: string; type: string; date: CalendarDate; transfer?: string | null; key?: string | null }>;
  appeals: readonly AppealEventFacts[];
};

/** What an appeal's own event is: its certificate, the day it was sent, the day it was registered. */
export type AppealEventKind = "certificate" | "sent" | "registered";

/**
 * The id of an event an appeal records, stable for as long as the appeal keeps it, so a reminder
 * or calendar entry counted from it keeps its key: appealEventId("a1", "certificate") === "appeal:a1:certificate".
 */
export function appealEventId(appealId: string, kind: AppealEventKind): string {
  return `appeal:${appealId}:${kind}`;
}

/**
 * The events one appeal records, left out when an event of that type and day is already among
 * `events` (recorded on the statutory page, or by another appeal). A certificate dated before the
 * decision appealed would be applied to an earlier decision, so it is left out too.
 *
 * Example: an appeal a1 with a certificate on 2026-04-10 and no such event recorded gives
 * [{ id: "appeal:a1:certificate", type: "mediation_certificate_issued", date: "2026-04-10" }].
 */
export function appealEventsOf(appeal: AppealEventFacts, events: ReadonlyArray<{ id: string; type: string; date: CalendarDate }>): StatutoryEventRow[] {
  const decision = events.find((event) => event.id === appeal.decisionEventId) ?? null;
  const candidates: StatutoryEventRow[] = [];
  const certificateOn = hasCertificate(appeal.mediation) ? appeal.mediationCertificateOn : null;
  if (certificateOn && (!decision || compareDates(certificateOn, decision.date) >= 0)) {
    candidates.push({ id: appealEventId(appeal.id, "certificate"), type: MEDIATION_CERTIFICATE, date: certificateOn });
  }
  if (appeal.submittedOn) candidates.push({ id: appealEventId(appeal.id, "sent"), type: "appeal_lodged", date: appeal.submittedOn });
  if (appeal.registeredOn) candidates.push({ id: appealEventId(appeal.id, "registered"), type: "appeal_registered", date: appeal.registeredOn });
  return candidates.filter((candidate) => !events.some((event) => event.type === candidate.type && event.date === candidate.date));
}

/**
 * The case's events as the deadline engine reads them: the statutory events first, in the order
 * given (so a problem's `eventIndex` still points at the recorded row), then each appeal's own.
 *
 * Example: a refusal to assess on 2026-03-03 and an appeal with a certificate dated 2026-04-10
 * give the refusal and { id: "appeal:a1:certificate", type: "mediation_certificate_issued",
 * date: "2026-04-10" }, so computeDeadlines gives the appeal date 2026-05-10, a month from the
 * certificate, not 2026-05-03.
 */
export function statutoryEventsWithAppeals(source: StatutoryEventsSource): StatutoryEventRow[] {
  const events: StatutoryEventRow[] = source.statutoryEvents.map((event) => ({
    id: event.id,
    type: event.type,
    date: event.date,
    ...(event.transfer ? { transfer: event.transfer } : {}),
    ...(event.key ? { key: event.key } : {}),
  }));
  for (const appeal of source.appeals) events.push(...appealEventsOf(appeal, events));
  return events;
}

/** Whether a deadline counted from `eventId` is counted from an event this appeal recorded. */
export function isAppealEvent(eventId: string | null, appealId: string): boolean {
  return eventId !== null && eventId.startsWith(`appeal:${appealId}:`);
}
