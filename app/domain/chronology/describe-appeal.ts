// How the chronology tells an appeal to the SEND Tribunal (issue 23): started, sent, registered,
// each date in the tribunal's directions, the council conceding and the tribunal's order. Every
// entry links to the appeal's workspace.

import type { Appeal } from "../case/case-document";
import { APPEAL_DATE_KIND_NAMES, APPEAL_TYPE_NAMES, MEDIATION_STEP_NAMES, ORDER_KIND_NAMES } from "../codes/tribunal";
import { joinDetail, shorten } from "./detail-text";
import type { TimelineEntry } from "./timeline-entry";

/** Every dated thing of one appeal as timeline entries (in no particular order: the timeline sorts them). */
export function appealEntries(appeal: Appeal): TimelineEntry[] {
  const about = APPEAL_TYPE_NAMES[appeal.appealType];
  const entry = (key: string, date: string, title: string, detail: string | null): TimelineEntry => ({
    key: `tribunal:${appeal.id}:${key}`,
    date,
    type: "tribunal",
    title,
    detail,
    areas: [],
    record: { kind: "appeal", id: appeal.id },
  });
  const reference = appeal.tribunalReference ? `Tribunal reference ${appeal.tribunalReference}` : null;
  const entries: TimelineEntry[] = [];
  if (appeal.startedOn) entries.push(entry("started", appeal.startedOn, `Appeal started: ${about}`, `Mediation: ${MEDIATION_STEP_NAMES[appeal.mediation]}`));
  if (appeal.submittedOn) entries.push(entry("submitted", appeal.submittedOn, `Appeal sent to the tribunal: ${about}`, null));
  if (appeal.registeredOn) entries.push(entry("registered", appeal.registeredOn, `Appeal registered by the tribunal: ${about}`, reference));
  for (const date of appeal.dates) {
    const name = date.kind === "other" && date.label ? date.label : APPEAL_DATE_KIND_NAMES[date.kind];
    entries.push(entry(`date:${date.id}`, date.date, name, date.notes ? shorten(date.notes) : null));
  }
  const order = appeal.order;
  if (order?.notOpposedOn) entries.push(entry("conceded", order.notOpposedOn, `The council will not oppose the appeal: ${about}`, null));
  if (order) entries.push(entry("order", order.madeOn, `Tribunal order: ${ORDER_KIND_NAMES[order.kind]}`, joinDetail(order.notes && shorten(order.notes), reference)));
  return entries;
}
