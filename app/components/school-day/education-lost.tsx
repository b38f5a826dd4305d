// The education lost in one period (this term, or this school year): a table of school days and
// sessions by cause, each figure linking to the records behind it, and bars that picture the same
// figures. The table is the record; the picture only summarises it.
import { Link } from "react-router";
import { BarRows } from "~/components/charts/small-charts";
import type { LostPeriod } from "~/domain/school-day/overview";
import { describeSessions } from "~/domain/school-day/describe-record";
import { formatNumber, plural } from "~/domain/presentation";

export function EducationLost({ period, headingLevel = 3 }: { period: LostPeriod; headingLevel?: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const headingId = `lost-${period.period}`;
  const words = (sessions: number) => (sessions === 0 ? "none" : describeSessions(sessions));
  return (
    <section className="lost-period" aria-labelledby={headingId}>
      <Heading id={headingId}>{period.label}</Heading>
      <p className="lost-period__total">
        {period.total.sessions === 0 ? "No school days lost." : `${words(period.total.sessions)} lost in all (${plural(period.total.sessions, "session")}).`}
      </p>
      {period.total.sessions > 0 ? (
        <BarRows
          label={`School days lost by cause, ${period.label}: ${period.figures.map((figure) => `${figure.label} ${formatNumber(figure.schoolDays)}`).join("; ")}.`}
          bars={period.figures.map((figure) => ({ name: figure.label, value: figure.schoolDays, valueText: formatNumber(figure.schoolDays) }))}
        />
      ) : null}
      <table className="data-table lost-table">
        <caption>School days lost by cause, {period.label}</caption>
        <thead>
          <tr>
            <th scope="col">Cause</th>
            <th scope="col">School days</th>
            <th scope="col">Sessions</th>
          </tr>
        </thead>
        <tbody>
          {period.figures.map((figure) => (
            <tr key={figure.key}>
              <th scope="row">{figure.label}</th>
              <td>
                {figure.eventIds.length > 0 ? (
                  <Link to={`?show=${figure.key}#records`}>
                    {formatNumber(figure.schoolDays)}
                    <span className="visually-hidden">
                      {" "}
                      school days: show the {plural(figure.eventIds.length, "record")} behind this figure
                    </span>
                  </Link>
                ) : (
                  formatNumber(figure.schoolDays)
                )}
              </td>
              <td>{formatNumber(figure.sessions)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All causes</th>
            <td>{formatNumber(period.total.schoolDays)}</td>
            <td>{formatNumber(period.total.sessions)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
