// The timeline itself: entries under a heading per month or year, each with its date, type,
// title (a link to the record), detail and areas of need.
import { Link } from "react-router";
import { formatDate } from "~/domain/presentation";
import { AREA_INFO } from "~/domain/areas-of-need";
import { TIMELINE_TYPE_NAMES, type TimelineGroup } from "~/domain/chronology";
import { timelineRecordPath } from "./timeline-links";

export function TimelineList({ groups, caseId, canWrite }: { groups: TimelineGroup[]; caseId: string; canWrite: boolean }) {
  return (
    <div className="timeline">
      {groups.map((group) => (
        <section key={group.key} className="timeline__group" aria-labelledby={`timeline-${group.key}`}>
          <h2 id={`timeline-${group.key}`}>{group.label}</h2>
          <ol className="timeline__entries">
            {group.entries.map((entry) => {
              const path = timelineRecordPath(caseId, entry.record, { canWrite });
              return (
                <li key={entry.key} className={`timeline-entry timeline-entry--${entry.type}`}>
                  <p className="timeline-entry__when">
                    <time dateTime={entry.date}>{formatDate(entry.date)}</time>
                    {" · "}
                    {TIMELINE_TYPE_NAMES[entry.type]}
                  </p>
                  <h3 className="timeline-entry__title">{path ? <Link to={path}>{entry.title}</Link> : entry.title}</h3>
                  {entry.detail ? <p className="timeline-entry__detail">{entry.detail}</p> : null}
                  {entry.areas.length > 0 ? <p className="meta">Areas of need: {entry.areas.map((area) => AREA_INFO[area].label).join(", ")}</p> : null}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
