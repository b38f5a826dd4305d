// An adviser's desk: the cases families have shared with them, each with its health-check findings
// and the next dates at a glance, and their booked sessions.
import { Link } from "react-router";
import type { Route } from "./+types/adviser";
import { todayContext } from "~/context";
import { requireCaseAccess } from "~/auth/access.server";
import { requireOrgRole } from "~/auth/organisation.server";
import { requireUser } from "~/auth/session.server";
import { formatDate, formatWeekdayDateTime, plural } from "~/domain/presentation";
import { getCheckedCase } from "~/data/case-document.server";
import { listBookings } from "~/data/bookings.server";
import { listCases } from "~/data/cases.server";
import { upcomingDates } from "~/domain/reminders/upcoming";
import { LEVEL_LABELS } from "~/forms/sharing";
import { now } from "~/services/clock.server";

export const meta: Route.MetaFunction = () => [{ title: "Your cases and sessions – Clearpath" }];

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireOrgRole(requireUser(request, context), "adviser");
  const today = context.get(todayContext);
  const shared = (await listCases(user)).filter((c) => c.role === "adviser");
  const cases = await Promise.all(
    shared.map(async (c) => {
      const access = await requireCaseAccess(user, c.id, "read");
      const { document, check } = await getCheckedCase(access, today);
      return {
        id: c.id,
        childName: c.childName,
        level: LEVEL_LABELS[c.level as keyof typeof LEVEL_LABELS] ?? c.level,
        findings: check.findings.slice(0, 3).map((f) => ({ code: f.code, title: f.title, severity: f.severity })),
        findingCount: check.findings.length,
        next: upcomingDates(document, today).slice(0, 3).map((d) => ({ key: d.key, date: d.date, title: d.title, isOverdue: d.isOverdue })),
      };
    }),
  );
  const sessions = (await listBookings(user))
    .filter((b) => !b.isMine && b.status === "booked" && b.endsAt > now())
    .map((b) => ({ id: b.id, when: formatWeekdayDateTime(b.startsAt), typeName: b.typeName, parentName: b.parentName, caseId: b.caseId }));
  return { cases, sessions };
}

export default function Adviser({ loaderData }: Route.ComponentProps) {
  return (
    <section>
      <h1>Your cases and sessions</h1>
      <p>
        <Link to="/adviser/hours">Set your hours and days off</Link>
      </p>
      <h2>Sessions booked with you</h2>
      {loaderData.sessions.length === 0 ? <p>No sessions booked.</p> : null}
      <ul className="card-list">
        {loaderData.sessions.map((s) => (
          <li key={s.id} className="card">
            <p>
              <strong>{s.when}</strong>: {s.typeName} with {s.parentName}
            </p>
            <p>
              <Link to={`/bookings/${s.id}`}>Session details</Link>
              {s.caseId ? (
                <>
                  {" · "}
                  <Link to={`/cases/${s.caseId}`}>Open the shared case</Link>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      <h2>Cases shared with you</h2>
      {loaderData.cases.length === 0 ? <p>No family has shared a case with you yet.</p> : null}
      <ul className="card-list">
        {loaderData.cases.map((c) => (
          <li key={c.id} className="card">
            <h3 className="card__title">
              <Link to={`/cases/${c.id}`}>{c.childName}</Link>
            </h3>
            <p className="meta">Your access: {c.level}</p>
            <p>
              {c.findingCount === 0 ? "The health check found nothing to act on." : `The health check found ${plural(c.findingCount, "thing")} to act on:`}
            </p>
            {c.findings.length > 0 ? (
              <ul>
                {c.findings.map((f) => (
                  <li key={f.code}>{f.title}</li>
                ))}
              </ul>
            ) : null}
            {c.next.length > 0 ? (
              <>
                <p>Next dates:</p>
                <ul>
                  {c.next.map((d) => (
                    <li key={d.key}>
                      {formatDate(d.date)}: {d.title}
                      {d.isOverdue ? " (missed)" : ""}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
