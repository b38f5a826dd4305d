// The audit's sentences, shared by the audit page, the delivery log, the audit PDF and CSV and the
// meeting sheet: why sessions were missed, the delivery rate in words, and what the school's
// provision map says against the log. Kept in the domain so services never import components.

import { formatMinutes, formatRate, plural } from "../presentation";
import type { DeliveryTally, MissedReason, ProvisionMapComparison } from "./provision-audit";
import { CANCEL_REASON_LABELS } from "./session-status";

export const MISSED_REASON_LABELS: Record<MissedReason, string> = { ...CANCEL_REASON_LABELS, not_given: "No reason given" };

/** "Staff absence: 2 (40 minutes); trip or event: 1 (20 minutes)", or "None". */
export function describeReasons(tally: DeliveryTally): string {
  if (tally.reasons.length === 0) return "None";
  return tally.reasons
    .map((r) => `${MISSED_REASON_LABELS[r.reason]}: ${r.sessions}${r.minutes === null ? "" : ` (${formatMinutes(r.minutes)})`}`)
    .join("; ");
}

/** One sentence on a rate and how unknown sessions were treated. */
export function describeRate(tally: DeliveryTally): string {
  const known = tally.held + tally.cancelled;
  if (known === 0) return `No session is recorded as held or cancelled yet (${tally.planned} planned).`;
  const unknownNote = tally.unknown > 0 ? ` ${plural(tally.unknown, "session")} ${tally.unknown === 1 ? "is" : "are"} not known either way and ${tally.unknown === 1 ? "is" : "are"} left out.` : "";
  return `Delivery rate ${formatRate(tally.deliveryRate)}: ${tally.held} of ${known} known sessions held.${unknownNote}`;
}

/** "The provision map says 12 sessions; your log shows 9 held: 3 more on the map." */
export function describeMapDifference(map: ProvisionMapComparison, held: number): string | null {
  if (map.sessions === null || map.difference === null) return null;
  if (map.difference === 0) return `The provision map says ${plural(map.sessions, "session")}, the same as the sessions held in your log.`;
  const gap = Math.abs(map.difference);
  return `The provision map says ${plural(map.sessions, "session")}; your log shows ${held} held: ${gap} ${map.difference > 0 ? "more on the map than in your log" : "fewer on the map than in your log"}.`;
}
