// The school day: what happened (exclusions, being sent home, part-time timetables, restraint,
// absence and fines), the education lost this term and this school year by cause, the dates that
// follow, the law that applies and the letters that fit. The first screen on a phone says the one
// most important fact and the next step.
import type { RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/school-day";
import { openCase } from "~/auth/case-route.server";
import { Pagination } from "~/components/pagination";
import { DateList } from "~/components/school-day/date-list";
import { EducationLost } from "~/components/school-day/education-lost";
import { EstimateNote } from "~/components/school-day/estimate-note";
import { LegalPosition } from "~/components/school-day/legal-position";
import { RecordList } from "~/components/school-day/record-list";
import { listSchoolDayRecords, listSchoolTerms } from "~/data/school-day.server";
import { lawAsAtText } from "~/domain/law/statements";
import { formatNumber, plural } from "~/domain/presentation";
import { buildSchoolDayOverview, schoolYearLabel } from "~/domain/school-day/overview";
import { readPageNumber, slicePage } from "~/forms/pagination";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "School day", section: "school", menu: { label: "School day", group: "case", order: 85 } } };

export const meta: Route.MetaFunction = () => [{ title: "School day – Clearpath" }];

/** Records a page of the list shows. */
export const SCHOOL_DAY_PAGE_SIZE = 20;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const url = new URL(request.url);
  const [schoolDay, schoolTerms] = await Promise.all([listSchoolDayRecords(access), listSchoolTerms(access)]);
  const overview = buildSchoolDayOverview({ caseDocument: { schoolDay, schoolTerms }, today, show: url.searchParams.get("show") });
  const page = readPageNumber(url);
  const slice = slicePage({ total: overview.records.length, page, pageSize: SCHOOL_DAY_PAGE_SIZE });
  // A page past the last one (an old link after records were removed) does not exist.
  if (slice.isPastEnd && slice.page > 1) fail("not_found");
  return {
    caseId: access.caseId,
    canWrite: can.write,
    hasTerms: schoolTerms.some((term) => term.kind === "term"),
    overview: { ...overview, records: overview.records.slice(slice.offset, slice.offset + slice.limit) },
    recordTotal: overview.records.length,
    page,
    pageCount: slice.pageCount,
    lawAsAt: lawAsAtText(),
  };
}

export default function SchoolDay({ loaderData }: Route.ComponentProps) {
  const { caseId, canWrite, overview, hasTerms, page, pageCount, recordTotal } = loaderData;
  const base = `/cases/${caseId}/school-day`;
  const cap = overview.suspensionCap;
  return (
    <section>
      <h1>School day</h1>
      <div className="school-day-summary panel">
        <p className="school-day-summary__headline">{overview.headline}</p>
        {canWrite ? (
          <p>
            <Link className="button" to={`${base}/new`}>
              Add what happened
            </Link>
          </p>
        ) : null}
        {overview.isEstimate && overview.hasRecords ? <EstimateNote caseId={caseId} /> : null}
      </div>
      <p className="lead narrow">
        Keep a record of what happens in the school day: being sent home, suspensions and exclusions, a part-time timetable,
        restraint, absence and fines. Clearpath counts the school days your child has lost, shows the dates that follow and
        the law that applies. This is information, not legal advice.
      </p>

      {overview.hasRecords ? (
        <>
          <section aria-labelledby="education-lost">
            <h2 id="education-lost">Education lost</h2>
            <p className="narrow">
              School days missed because of the school day's records, by cause. Two sessions (morning and afternoon) make a
              school day. Choose a figure to see the records behind it.
            </p>
            <div className="lost-periods">
              <EducationLost period={overview.term} />
              <EducationLost period={overview.year} />
            </div>
          </section>

          <section aria-labelledby="dates">
            <h2 id="dates">Dates</h2>
            {cap ? (
              <p className={`narrow school-day-cap${cap.isOverCap ? " school-day-cap--over" : ""}`}>
                <strong>
                  {formatNumber(cap.schoolDays)} of {plural(cap.cap, "school day")} of suspension used in {schoolYearLabel(cap.schoolYear).toLowerCase()}
                  {cap.isEstimate ? " (an estimate)" : ""}.
                </strong>{" "}
                {cap.isOverCap ? "That is more than the law allows in one school year." : null} <code>D-EXCL-45</code> · rule{" "}
                <code>R-DAY-EXCL-45</code>: {cap.ruleStatusText}
              </p>
            ) : null}
            {overview.dates.length === 0 ? (
              <p className="narrow">No dates follow from the records yet.</p>
            ) : (
              <DateList dates={overview.dates} caseId={caseId} />
            )}
          </section>

          <section aria-labelledby="legal-position">
            <h2 id="legal-position">The legal position</h2>
            <p className="narrow meta">{loaderData.lawAsAt}. Each rule says how far we have checked it against the law's own text.</p>
            <LegalPosition topics={overview.legalPosition} />
          </section>
        </>
      ) : null}

      <section aria-labelledby="records">
        <h2 id="records" tabIndex={-1}>
          Records
        </h2>
        {overview.shown ? (
          <p role="status">
            Showing the {plural(recordTotal, "record")} behind “{overview.shown.figure.label}”, {overview.shown.period}.{" "}
            <Link to={`${base}#records`}>Show every record</Link>
          </p>
        ) : (
          <p role="status">{recordTotal === 0 ? "No records yet." : `${plural(recordTotal, "record")}, newest first.`}</p>
        )}
        <RecordList records={overview.records} caseId={caseId} />
        <Pagination label="Record pages" page={page} pageCount={pageCount} previousLabel="Newer records" nextLabel="Older records" />
        {canWrite ? (
          <p>
            <Link to={`${base}/new`}>Add what happened</Link>
          </p>
        ) : null}
      </section>

      {overview.letters.length > 0 ? (
        <section aria-labelledby="letters" className="narrow">
          <h2 id="letters">Letters that fit</h2>
          <p>Clearpath writes these from your records. You can read and change them before sending.</p>
          <ul className="link-list">
            {overview.letters.map((letter) => (
              <li key={letter.kind}>
                <Link to={`/cases/${caseId}/letters?kind=${letter.kind}#write`}>{letter.label}</Link>
                <span className="meta"> {letter.whenToUse}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="calendar" className="narrow">
        <h2 id="calendar">The school's term dates</h2>
        <p>
          {hasTerms
            ? "Clearpath counts school days on the term dates you recorded."
            : "Clearpath does not know the school's term dates yet, so it counts every weekday except bank holidays."}{" "}
          <Link to={`${base}/terms`}>{hasTerms ? "See or change the term dates" : "Record the school's term dates"}</Link>
        </p>
        <p>
          <Link to="/guide/exclusions-and-part-time-timetables">Read the guide: exclusions, being sent home and part-time timetables</Link>
        </p>
      </section>
    </section>
  );
}
