// One reasonable adjustment in the register: what was asked for, the school's answer, and
// whether it works, with links to update or remove it.
import { Form, Link } from "react-router";
import { formatDate } from "~/domain/presentation";
import { ADJUSTMENT_STATUS_LABELS, type AdjustmentStatus } from "~/forms/adjustments";

export type AdjustmentView = {
  id: string;
  description: string;
  requestedOn: string | null;
  requestedBy: string | null;
  status: AdjustmentStatus;
  respondedOn: string | null;
  reason: string | null;
  reviewNote: string | null;
  updatedAt: Date;
};

export function AdjustmentCard({
  adjustment,
  canWrite,
}: {
  adjustment: AdjustmentView;
  canWrite: boolean;
}) {
  const rows: Array<[string, string]> = [
    ["Asked for on", adjustment.requestedOn ? formatDate(adjustment.requestedOn) : "Not recorded"],
    ["Asked for by", adjustment.requestedBy ?? "Not recorded"],
    ["The school's answer", ADJUSTMENT_STATUS_LABELS[adjustment.status]],
    [
      "Date of the answer",
      adjustment.respondedOn ? formatDate(adjustment.respondedOn) : "Not recorded",
    ],
    ["Reason given", adjustment.reason ?? "None recorded"],
    ["Does it work?", adjustment.reviewNote ?? "Not reviewed yet"],
  ];
  return (
    <li className={`card adjustment adjustment--${adjustment.status}`}>
      <h3 className="card__title">{adjustment.description}</h3>
      <p className="adjustment__status">{ADJUSTMENT_STATUS_LABELS[adjustment.status]}</p>
      <dl className="summary-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {canWrite ? (
        <div className="actions">
          <Link to={`?edit=${adjustment.id}#adjustment-form`}>
            Update<span className="visually-hidden"> {adjustment.description}</span>
          </Link>
          <Form method="post">
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="id" value={adjustment.id} />
            <button type="submit" className="secondary">
              Remove<span className="visually-hidden"> {adjustment.description}</span>
            </button>
          </Form>
        </div>
      ) : null}
    </li>
  );
}
