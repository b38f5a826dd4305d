// Tables of sessions planned against delivered, shared by the delivery log and the audit.
import { describeReasons, type DeliveryTally } from "~/domain/delivery";
import { formatMinutes, formatRate } from "~/domain/presentation";

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
      <td>{formatRate(tally.deliveryRate)}</td>
      <td>{formatMinutes(tally.minutesMissed)}</td>
      <td>{describeReasons(tally)}</td>
    </tr>
  );
}
