// One provision line in full: what, who, how often, how long, group size, dates and the target it serves.
import { formatDate, plural } from "~/domain/presentation";
import { describeWeekdays } from "~/domain/delivery";

type Line = {
  what: string;
  who: string | null;
  frequency: string | null;
  sessionsPerWeek: number | null;
  sessionWeekdays: number[];
  durationMinutes: number | null;
  groupSize: string | null;
  startDate: string | null;
  endDate: string | null;
  targetText: string | null;
};

export function ProvisionSummary({ line }: { line: Line }) {
  // The number is the record; a line from before keeps the plan's words until it is next changed.
  const often =
    line.sessionsPerWeek !== null
      ? `${line.sessionsPerWeek} a week${line.sessionWeekdays.length > 0 ? `, on ${describeWeekdays(line.sessionWeekdays)}` : ""}`
      : line.frequency
        ? `“${line.frequency}” (the plan's words: change the line to give a number a week)`
        : null;
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
