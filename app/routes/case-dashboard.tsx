// The case dashboard, short and visual: the child, what is coming up (the nearest dates), the
// figures at a glance with small pictures (this term's delivery as a ring, each measure's trend as
// a sparkline), the most serious findings with the law folded away, the journey, and needs by area.
import type { RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/case-dashboard";
import { openCase } from "~/auth/case-route.server";
import { getCheckedCase } from "~/data/case-document.server";
import { getFollowUpGlance } from "~/data/correspondence.server";
import { AREA_INFO, AREAS_OF_NEED, IMPACT_LABELS, deriveJourney, describeReplyStatus, findSign, getReplyStatus, summariseCase } from "~/domain";
import { upcomingDates } from "~/domain/reminders/upcoming";
import { ageOn } from "~/domain/calendar/calendar-date";
import { formatDate, formatDaysFromToday, formatMonth, formatRate } from "~/domain/presentation";
import { compareDates } from "~/domain/calendar/calendar-date";
import { groupSeries } from "~/domain/progress/series";
import { readTrend, type Trend } from "~/domain/progress/trend";
import { describeSeries, formatValue } from "~/components/progress/series-panel";
import { ShareRing, Sparkline } from "~/components/charts/small-charts";
import { FindingList } from "~/components/health/findings";
import { presentFindings } from "~/components/health/present";
import { targetPath } from "~/components/health/links";
import { meetingName } from "~/components/meetings/meeting-name";

export const handle: RouteHandle = { page: { name: "Overview", section: "overview", menu: { label: "Overview", group: "case", order: 10 }, kept: true } };
import { listCaseDeadlines } from "~/domain/letters/statutory-facts";

export const meta: Route.MetaFunction = ({ data }) => [{ title: `${data?.child.name ?? "Case"} – Clearpath` }];

/** The most serious few findings; the health check page lists them all. */
const FINDINGS_ON_DASHBOARD = 3;

/** How many measures get a sparkline: the most recently measured. The progress page has them all. */
const MEASURES_SHOWN = 3;

/** A measure's direction in two or three words, beside its sparkline (the picture's label says more). */
const TREND_SHORT: Record<Trend, string> = {
  too_few: "One result so far",
  improving: "Getting better",
  worsening: "Getting worse",
  steady: "About the same",
  flattening: "Progress has slowed",
};

const PROGRESS_ANSWER = {
  likely: "The records suggest progress is not enough.",
  possible: "Some records suggest progress may not be enough.",
  not_shown: "The records do not show that progress is inadequate.",
} as const;

/** How many dates ahead the dashboard lists; the calendar page and file have them all. */
const COMING_UP = 4;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  // The replies and meetings panel reads one small query of its own, not the case document.
  const [{ document, check }, followUp] = await Promise.all([getCheckedCase(access, today), getFollowUpGlance(access, today)]);
  const summary = summariseCase(document, today);
  // Missed time limits first, then the next few dates.
  const upcoming = upcomingDates(document, today);
  const comingUp = [...upcoming.filter((item) => item.isOverdue), ...upcoming.filter((item) => !item.isOverdue).slice(0, COMING_UP)];
  const deadlines = listCaseDeadlines(document, today);
  const journey = deriveJourney(document, check.findings, deadlines, today);
  const currentStage = journey.stages.find((s) => s.id === journey.current)!;
  const { child } = document;
  const measures = groupSeries(document.measurements)
    .sort((a, b) => compareDates(b.points.at(-1)!.date, a.points.at(-1)!.date))
    .slice(0, MEASURES_SHOWN)
    .map((series) => {
      const trend = readTrend(series.points, series);
      const last = series.points.at(-1)!;
      const previous = series.points.at(-2);
      return {
        label: series.label,
        latest: formatValue(last.value, series.unit),
        date: last.date,
        previous: previous ? formatValue(previous.value, series.unit) : null,
        trend: TREND_SHORT[trend.trend],
        description: describeSeries(series, trend),
        points: series.points.map((point) => ({ date: point.date, value: point.value })),
      };
    });
  const byArea = new Map(document.needs.map((n) => [n.area, n]));
  return {
    comingUp: comingUp.map((item) => ({
      key: item.key,
      date: item.date,
      fromToday: formatDaysFromToday(item.date, today),
      title: item.title,
      path: item.path,
      isOverdue: item.isOverdue,
    })),
    measures,
    caseId: access.caseId,
    canWrite: can.write,
    isOwner: can.own,
    child: {
      name: child.name,
      age: child.dateOfBirth ? ageOn(child.dateOfBirth, today) : null,
      dateOfBirth: child.dateOfBirth,
      school: child.school,
      yearGroup: child.yearGroup,
      senco: child.senco?.name ?? null,
    },
    // The most serious few; the health check page lists them all.
    findings: presentFindings(access.caseId, document, check, today).slice(0, FINDINGS_ON_DASHBOARD),
    findingCount: check.findings.length,
    progress: { answer: check.progress.answer, text: PROGRESS_ANSWER[check.progress.answer] },
    summary: { nextReview: summary.nextReview, deliveryThisTerm: summary.deliveryThisTerm },
    journey: { number: currentStage.number, title: currentStage.title, expected: currentStage.expected, actions: currentStage.actions.map((a) => ({ label: a.label, path: targetPath(access.caseId, a.target, { canWrite: can.write }) })) },
    needs: AREAS_OF_NEED.map((area) => {
      const need = byArea.get(area);
      return {
        area,
        label: AREA_INFO[area].label,
        recorded: Boolean(need),
        signs: need ? need.signs.map((code) => findSign(code)?.label ?? code) : [],
        otherSigns: need?.otherSigns ?? null,
        impact: need?.impact ? IMPACT_LABELS[need.impact] : null,
        since: need?.since ?? null,
      };
    }),
    counts: { contacts: child.contacts.length, diagnoses: document.diagnoses.length },
    waiting: {
      replies: followUp.overdueReplies.map((reply) => ({
        id: reply.id,
        subject: reply.subject ?? "(no subject)",
        to: reply.to,
        date: reply.date,
        timer: describeReplyStatus(getReplyStatus({ direction: "sent", replyBy: reply.replyBy, repliedOn: null }, today)),
      })),
      replyCount: followUp.overdueReplyCount,
      nextMeeting: followUp.nextMeeting ? { id: followUp.nextMeeting.id, date: followUp.nextMeeting.date, name: meetingName(followUp.nextMeeting) } : null,
      overdueActions: followUp.overdueActionCount,
    },
  };
}

function describeRate(rate: number | null): string {
  return rate === null ? "No sessions logged yet" : `${formatRate(rate)} of sessions happened`;
}

export default function CaseDashboard({ loaderData }: Route.ComponentProps) {
  const { child, needs, caseId, summary, waiting, comingUp, measures } = loaderData;
  const base = `/cases/${caseId}`;
  const recorded = needs.filter((n) => n.recorded);
  const delivery = summary.deliveryThisTerm;
  return (
    <section className="dashboard">
      <h1>{child.name}</h1>
      <dl className="dashboard__child">
        <div>
          <dt>Age</dt>
          <dd>{child.age !== null && child.dateOfBirth ? `${child.age} (born ${formatDate(child.dateOfBirth)})` : "Not recorded"}</dd>
        </div>
        <div>
          <dt>School</dt>
          <dd>{[child.school, child.yearGroup].filter(Boolean).join(", ") || "Not recorded"}</dd>
        </div>
        <div>
          <dt>SENCO</dt>
          <dd>{child.senco ?? "Not recorded"}</dd>
        </div>
      </dl>

      {waiting.replies.length > 0 ? (
        <section aria-labelledby="waiting-heading" className="panel waiting-panel">
          <h2 id="waiting-heading">Waiting for a reply</h2>
          <ul className="link-list">
            {waiting.replies.map((reply) => (
              <li key={reply.id}>
                <Link to={`${base}/correspondence#item-${reply.id}`}>{reply.subject}</Link>
                <span className="meta">
                  {" "}
                  ({reply.to ? `to ${reply.to}, ` : ""}sent {formatDate(reply.date)}): {reply.timer?.toLowerCase()}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <Link to={`${base}/correspondence?show=overdue`}>{waiting.replyCount > waiting.replies.length ? `See all ${waiting.replyCount} overdue replies` : "See them in the correspondence log"}</Link>
          </p>
        </section>
      ) : null}

      <div className="dashboard__grid">
        {comingUp.length > 0 ? (
          <section aria-labelledby="coming-up-heading" className="dashboard__block dashboard__dates">
            <h2 id="coming-up-heading">Coming up</h2>
            <ul className="dates">
              {comingUp.map((item) => (
                <li key={item.key} className={item.isOverdue ? "dates__item dates__item--missed" : "dates__item"}>
                  <p className="dates__what">
                    <span className="dates__when">
                      {item.isOverdue ? "Missed: " : ""}
                      {formatDate(item.date)}:
                    </span>{" "}
                    <Link to={`${base}/${item.path}`}>{item.title.replace(` (${child.name})`, "")}</Link>
                  </p>
                  <p className="dates__more">
                    <span className="dates__from-today">({item.fromToday})</span>{" "}
                    <a href={`${base}/calendar.ics?item=${encodeURIComponent(item.key)}`} download>
                      Add to calendar<span className="visually-hidden">: {item.title}</span>
                    </a>
                  </p>
                </li>
              ))}
            </ul>
            <p className="dashboard__more-links">
              <a href={`${base}/calendar.ics`} download>
                Download all the dates (.ics)
              </a>{" "}
              or <Link to="/account/calendar">set up reminders and a calendar link</Link>.
            </p>
          </section>
        ) : null}

        <section aria-labelledby="figures-heading" className="dashboard__block dashboard__glance">
          <h2 id="figures-heading">At a glance</h2>
          <dl className="glance">
            <div className="glance__tile glance__tile--delivery">
              <dt>Support this term</dt>
              {delivery.rate !== null ? (
                <dd className="glance__picture">
                  <ShareRing
                    share={delivery.rate}
                    label={`${formatRate(delivery.rate)} of the sessions planned this term happened: ${delivery.held} held, ${delivery.cancelled} cancelled.`}
                  />
                </dd>
              ) : null}
              <dd>
                <Link to={`${base}/audit`}>{describeRate(delivery.rate)}</Link>
                {delivery.rate !== null ? (
                  <span className="meta">
                    {" "}
                    ({delivery.held} held, {delivery.cancelled} cancelled, {delivery.term.label.toLowerCase()})
                  </span>
                ) : null}
              </dd>
            </div>
            <div className="glance__tile glance__tile--measures">
              <dt>Latest measures</dt>
              <dd>
                {measures.length === 0 ? (
                  <Link to={`${base}/progress`}>None recorded yet</Link>
                ) : (
                  <ul className="measures">
                    {measures.map((measure) => (
                      <li key={measure.label} className="measures__item">
                        <Sparkline points={measure.points} label={`${measure.label}: ${measure.description}`} />
                        <p className="measures__text">
                          <Link to={`${base}/progress`}>
                            {measure.label}: {measure.latest}
                          </Link>
                          <span className="meta">
                            {" "}
                            ({formatDate(measure.date)}
                            {measure.previous !== null ? `, was ${measure.previous}` : ""}). {measure.trend}.
                          </span>
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            <div className="glance__tile">
              <dt>Next review</dt>
              <dd>
                {summary.nextReview ? (
                  <Link to={`${base}/support/${summary.nextReview.cycleId}`}>
                    {formatDate(summary.nextReview.date)}
                    {summary.nextReview.isOverdue ? " (overdue)" : ""}
                  </Link>
                ) : (
                  "No review date set"
                )}
              </dd>
            </div>
            <div className="glance__tile">
              <dt>Next meeting</dt>
              <dd>
                {waiting.nextMeeting ? (
                  <Link to={`${base}/meetings/${waiting.nextMeeting.id}/prepare`}>
                    {formatDate(waiting.nextMeeting.date)}: {waiting.nextMeeting.name}
                  </Link>
                ) : (
                  <Link to={`${base}/meetings`}>None planned</Link>
                )}
                {waiting.overdueActions > 0 ? (
                  <span className="meta">
                    {" "}
                    (<Link to={`${base}/meetings`}>{waiting.overdueActions === 1 ? "1 agreed action is overdue" : `${waiting.overdueActions} agreed actions are overdue`}</Link>)
                  </span>
                ) : null}
              </dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="health-heading" className="dashboard__block dashboard__health">
          <h2 id="health-heading">Health check</h2>
          <p>
            {loaderData.progress.text} <Link to={`${base}/health`}>See the evidence on progress</Link>
          </p>
          <FindingList findings={loaderData.findings} isShort />
          {loaderData.findingCount > loaderData.findings.length ? (
            <p>
              <Link to={`${base}/health`}>See all {loaderData.findingCount} findings</Link>
            </p>
          ) : null}
        </section>

        <section aria-labelledby="journey-heading" className="panel dashboard__journey">
          <h2 id="journey-heading">Where you are</h2>
          <p>
            <strong>
              Stage {loaderData.journey.number} of 9: {loaderData.journey.title}.
            </strong>{" "}
            {loaderData.journey.expected}
          </p>
          <ul className="inline-links">
            {loaderData.journey.actions.map((action) => (
              <li key={action.label}>
                <Link to={action.path}>{action.label}</Link>
              </li>
            ))}
            <li>
              <Link to={`${base}/journey`}>See every stage</Link>
            </li>
          </ul>
        </section>
      </div>

      <section aria-labelledby="needs-heading" className="dashboard__block">
        <h2 id="needs-heading">Needs by area</h2>
        {recorded.length === 0 ? (
          <p>No needs recorded yet. You do not need a diagnosis: what matters is what your child finds hard.</p>
        ) : null}
        <ul className="areas">
          {[...recorded, ...needs.filter((n) => !n.recorded)].map((need) => (
            <li key={need.area} className={`card area area--${need.area}${need.recorded ? "" : " areas__item--empty"}`}>
              <h3 className="card__title">{need.label}</h3>
              {need.recorded ? (
                <>
                  {need.impact || need.since ? (
                    <p className="meta">
                      {need.impact ? `Affects your child: ${need.impact.toLowerCase()}.` : null}
                      {need.impact && need.since ? " " : null}
                      {need.since ? `Noticed since ${formatMonth(need.since)}.` : null}
                    </p>
                  ) : null}
                  {need.signs.length > 0 || need.otherSigns ? (
                    <details className="areas__signs">
                      <summary>
                        {need.signs.length > 0 ? `${need.signs.length === 1 ? "1 sign" : `${need.signs.length} signs`} noted` : "What you noted"}
                        <span className="visually-hidden">: {need.label.toLowerCase()}</span>
                      </summary>
                      {need.signs.length > 0 ? (
                        <ul>
                          {need.signs.map((sign) => (
                            <li key={sign}>{sign}</li>
                          ))}
                        </ul>
                      ) : null}
                      {need.otherSigns ? <p>{need.otherSigns}</p> : null}
                    </details>
                  ) : null}
                </>
              ) : (
                <p className="meta">Nothing recorded</p>
              )}
              {loaderData.canWrite ? (
                <Link to={`${base}/needs/${need.area}`}>
                  {need.recorded ? "Change" : "Record"}
                  <span className="visually-hidden"> {need.label.toLowerCase()}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="more-heading" className="dashboard__block">
        <h2 id="more-heading">More about {child.name}</h2>
        <ul className="inline-links">
          <li>
            <Link to={`${base}/profile`}>Profile, strengths, interests and views</Link>
          </li>
          <li>
            <Link to={`${base}/contacts`}>Key contacts ({loaderData.counts.contacts})</Link>
          </li>
          <li>
            <Link to={`${base}/diagnoses`}>Diagnoses ({loaderData.counts.diagnoses})</Link>
          </li>
          {loaderData.isOwner ? (
            <>
              <li>
                <Link to={`${base}/sharing`}>Share this case with a second carer or an adviser</Link>
              </li>
              <li>
                <Link to={`${base}/activity`}>What others have opened and changed</Link>
              </li>
              <li>
                <Link to={`${base}/export`}>Download the case</Link>
              </li>
              <li>
                <Link to={`${base}/delete`}>Delete this case</Link>
              </li>
            </>
          ) : null}
        </ul>
      </section>
    </section>
  );
}
