// The school day's records as a list, newest first: each named as the timeline names it, with its
// dates and the rest of what was recorded, linking to its own page.
import { Link } from "react-router";
import type { RecordSummary } from "~/domain/school-day/overview";
import { formatDate } from "~/domain/presentation";

export function RecordList({ records, caseId }: { records: readonly RecordSummary[]; caseId: string }) {
  if (records.length === 0) return null;
  return (
    <ul className="card-list school-records">
      {records.map((record) => (
        <li key={record.id} className="card">
          <h3 className="card__title">
            <Link to={`/cases/${caseId}/school-day/${record.id}`}>{record.title}</Link>
          </h3>
          <p className="meta">
            {record.endDate && record.endDate !== record.date ? `${formatDate(record.date)} to ${formatDate(record.endDate)}` : formatDate(record.date)}
          </p>
          {record.detail ? <p>{record.detail}</p> : null}
        </li>
      ))}
    </ul>
  );
}
