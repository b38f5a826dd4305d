// Tables of sessions planned against delivered, shared by the delivery log and the audit.
import {
  CANCEL_REASON_LABELS,
  formatDeliveryRate,
  formatMinutes,
  type DeliveryTally,
  type MissedReason,
} from "~/domain/delivery";

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
  const unknownNote = tally.unknown > 0 ? ` ${tally.unknown} session${tally.unknown === 1 ? " is" : "s are"} not known either way and ${tally.unknown === 1 ? "is" : "are"} left out.` : "";
  return `Delivery rate ${formatDeliveryRate(tally.deliveryRate)}: ${tally.held} of ${known} known sessions held.${unknownNote}`;
}

export function TallyTable({ caption, rows, total }: { caption: string; rows: Array<{ label: string; tally: DeliveryTally }>; total?: DeliveryTally }) {
  return (
    <div className="table-scroll">
      <table className="audit-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Term</th>
            <th scope="col">Planned</th>
            <th scope="col">Held</th>
            <th scope="col">Cancelled</th>
            <th scope="col">Not known</th>
            <th scope="col">Delivery rate</th>
            <th scope="col">Time missed</th>
            <th scope="col">Why sessions were missed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <TallyRow key={row.label} label={row.label} tally={row.tally} />
          ))}
        </tbody>
        {total ? (
          <tfoot>
            <TallyRow label="All terms" tally={total} />
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

function TallyRow({ label, tally }: { label: string; tally: DeliveryTally }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{tally.planned}</td>
      <td>{tally.held}</td>
      <td>{tally.cancelled}</td>
      <td>{tally.unknown}</td>
      <td>{formatDeliveryRate(tally.deliveryRate)}</td>
      <td>{formatMinutes(tally.minutesMissed)}</td>
      <td>{describeReasons(tally)}</td>
    </tr>
  );
}
