// The four broad areas of need: what each means, and what has been recorded for this child.
import type { RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/case-needs";
import { openCase } from "~/auth/case-route.server";
import { listNeeds } from "~/data/cases.server";
import { AREA_INFO, AREAS_OF_NEED, IMPACT_LABELS } from "~/domain/areas-of-need";
import { plural } from "~/domain/presentation";

export const handle: RouteHandle = { page: { name: "Needs", section: "overview", menu: { label: "Needs", group: "case", order: 30 } } };

export const meta: Route.MetaFunction = () => [{ title: "Needs – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const needs = await listNeeds(access);
  const byArea = new Map(needs.map((n) => [n.area, n]));
  return {
    caseId: access.caseId,
    canWrite: can.write,
    areas: AREAS_OF_NEED.map((area) => {
      const need = byArea.get(area);
      return {
        area,
        label: AREA_INFO[area].label,
        summary: AREA_INFO[area].summary,
        signCount: need ? need.signs.length + (need.otherSigns ? 1 : 0) : 0,
        impact: need?.impact ? IMPACT_LABELS[need.impact] : null,
        recorded: Boolean(need),
      };
    }),
  };
}

export default function Needs({ loaderData }: Route.ComponentProps) {
  return (
    <section>
      <h1>Needs</h1>
      <p>
        Schools think about needs in four broad areas. Many children have needs in more than one. You do not need a
        diagnosis to record a need: what matters is what your child finds hard.
      </p>
      <p className="citation">Source: SEND Code of Practice, paragraphs 6.28 to 6.35.</p>
      <ul className="card-list">
        {loaderData.areas.map((area) => (
          <li key={area.area} className={`card area area--${area.area}`}>
            <h2 className="card__title">{area.label}</h2>
            <p>{area.summary}</p>
            <p className="meta">
              {area.recorded
                ? `${plural(area.signCount, "sign")} recorded${area.impact ? `, affects your child ${area.impact.toLowerCase()}` : ""}`
                : "Nothing recorded"}
            </p>
            {loaderData.canWrite ? (
              <Link to={`/cases/${loaderData.caseId}/needs/${area.area}`}>
                {area.recorded ? "Change" : "Record"}<span className="visually-hidden"> {area.label.toLowerCase()}</span>
              </Link>
            ) : area.recorded ? (
              <Link to={`/cases/${loaderData.caseId}/needs/${area.area}`}>
                See what is recorded<span className="visually-hidden"> for {area.label.toLowerCase()}</span>
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
