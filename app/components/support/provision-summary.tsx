// One provision line in full: what, who, how often, how long, group size, dates and the target it serves.
import { formatDate, plural } from "~/domain/presentation";

type Line = {
  what: string;
  who: string | null;
  frequency: string | null;
  sessionsPerWeek: number | null;
  durationMinutes: number | null;
  groupSize: string | null;
  startDate: string | null;
  endDate: string | null;
  targetText: string | null;
};

export function ProvisionSummary({ line }: { line: Line }) {
  const often = [
    line.frequency,
    line.sessionsPerWeek !== null ? `${line.sessionsPerWeek} a week` : null,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <>
      <p className="plan-list__text">{line.what}</p>
      <dl className="support-facts">
        <dt>Who</dt>
        <dd>{line.who ?? "Not said"}</dd>
        <dt>How often</dt>
        <dd>{often || "Not said"}</dd>
        <dt>How long</dt>
        <dd>
          {line.durationMinutes !== null ? `${plural(line.durationMinutes, "minute")} a session` : "Not said"}
        </dd>
        <dt>Group size</dt>
        <dd>{line.groupSize ?? "Not said"}</dd>
        <dt>Dates</dt>
        <dd>
          {line.startDate ? formatDate(line.startDate) : "No start date"} to{" "}
          {line.endDate ? formatDate(line.endDate) : "no end date"}
        </dd>
        {line.targetText ? (
          <>
            <dt>For the target</dt>
            <dd>{line.targetText}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
