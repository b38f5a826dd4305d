// The case dashboard: the child at a glance, their needs by area, and what to do next.
import { Link } from "react-router";
import type { Route } from "./+types/case-dashboard";
import { requireCaseAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { countCaseRecords, getCase, listNeeds } from "~/data/cases.server";
import { AREA_INFO, AREAS_OF_NEED, IMPACT_LABELS, findSign } from "~/domain/areas-of-need";
import { ageOn, formatDate, formatMonth } from "~/components/format";
import { todayIn } from "~/services/clock.server";

export const meta: Route.MetaFunction = ({ data }) => [{ title: `${data?.child.name ?? "Case"} – Clearpath` }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const access = await requireCaseAccess(requireUser(request, context), params.caseId, "read");
  const [found, needs, counts] = await Promise.all([getCase(access), listNeeds(access), countCaseRecords(access)]);
  const today = todayIn("Europe/London");
  const byArea = new Map(needs.map((n) => [n.area, n]));
  return {
    caseId: found.id,
    canWrite: access.level === "write" || access.level === "own",
    isOwner: access.level === "own",
    child: {
      name: found.childName,
      age: found.dateOfBirth ? ageOn(found.dateOfBirth, today) : null,
      dateOfBirth: found.dateOfBirth,
      school: found.school,
      yearGroup: found.yearGroup,
      senco: found.sencoName,
    },
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
    counts,
    nextSteps: [
      !found.dateOfBirth || !found.school || !found.yearGroup ? { label: "Add your child's date of birth, school and year group", to: "profile" } : null,
      !found.sencoName ? { label: "Add the name of the school's SENCO (special educational needs co-ordinator)", to: "profile" } : null,
      needs.length === 0 ? { label: "Record what you notice about your child's needs", to: "needs" } : null,
      !found.views ? { label: "Write down your child's own views, in their words", to: "profile" } : null,
    ].filter((step): step is { label: string; to: string } => step !== null),
  };
}

export default function CaseDashboard({ loaderData }: Route.ComponentProps) {
  const { child, needs, caseId } = loaderData;
  const base = `/cases/${caseId}`;
  const recorded = needs.filter((n) => n.recorded);
  return (
    <section>
      <h1>{child.name}</h1>
      <dl className="summary-list">
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

      {loaderData.canWrite && loaderData.nextSteps.length > 0 ? (
        <section aria-labelledby="next-steps" className="panel">
          <h2 id="next-steps">What to do next</h2>
          <ul className="link-list">
            {loaderData.nextSteps.map((step) => (
              <li key={step.label}>
                <Link to={`${base}/${step.to}`}>{step.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="needs-heading">
        <h2 id="needs-heading">Needs by area</h2>
        {recorded.length === 0 ? (
          <p>No needs recorded yet. You do not need a diagnosis: what matters is what your child finds hard.</p>
        ) : null}
        <ul className="card-list">
          {needs.map((need) => (
            <li key={need.area} className={`card area area--${need.area}`}>
              <h3 className="card__title">{need.label}</h3>
              {need.recorded ? (
                <>
                  {need.impact ? <p className="meta">Affects your child: {need.impact.toLowerCase()}</p> : null}
                  {need.since ? <p className="meta">Noticed since {formatMonth(need.since)}</p> : null}
                  {need.signs.length > 0 ? (
                    <ul>
                      {need.signs.map((sign) => (
                        <li key={sign}>{sign}</li>
                      ))}
                    </ul>
                  ) : null}
                  {need.otherSigns ? <p>{need.otherSigns}</p> : null}
                </>
              ) : (
                <p className="meta">Nothing recorded</p>
              )}
              {loaderData.canWrite ? (
                <Link to={`${base}/needs/${need.area}`}>
                  {need.recorded ? "Change" : "Record"}<span className="visually-hidden"> {need.label.toLowerCase()}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="more-heading">
        <h2 id="more-heading">More about {child.name}</h2>
        <ul className="link-list">
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
            <li>
              <Link to={`${base}/delete`}>Delete this case</Link>
            </li>
          ) : null}
        </ul>
      </section>
    </section>
  );
}
