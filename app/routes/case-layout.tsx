// The frame around every case page: the child's name and the case's own navigation.
import { Form, NavLink, Outlet, useLocation, useSearchParams } from "react-router";
import type { Route } from "./+types/case-layout";
import { requireCaseAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { getCase } from "~/data/cases.server";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const access = await requireCaseAccess(requireUser(request, context), params.caseId, "read");
  const found = await getCase(access);
  return { caseId: found.id, childName: found.childName, canWrite: access.level === "write" || access.level === "own", isOwner: access.level === "own" };
}

export default function CaseLayout({ loaderData }: Route.ComponentProps) {
  const base = `/cases/${loaderData.caseId}`;
  const [searchParams] = useSearchParams();
  // On the search page the box keeps what was searched for; elsewhere it starts empty.
  const searched = useLocation().pathname === `${base}/search` ? (searchParams.get("q") ?? "") : "";
  return (
    <div className="case">
      <p className="case__child" aria-hidden="true">
        {loaderData.childName}
      </p>
      <nav aria-label="Case" className="case-nav">
        <ul>
          <li>
            <NavLink to={base} end>
              Overview
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/profile`}>Profile</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/needs`}>Needs</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/support`}>Support plans</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/audit`}>Audit</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/progress`}>Progress</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/diary`}>Diary</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/adjustments`}>Adjustments</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/documents`}>Documents</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/timeline`}>Timeline</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/professionals`}>Professionals</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/reports`}>Reports</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/meetings`}>Meetings</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/letters`}>Letters</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/correspondence`}>Correspondence</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/statutory`}>Assessment and plan</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/plans`}>EHC plans</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/evidence-packs`}>Evidence packs</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/contacts`}>Contacts</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/diagnoses`}>Diagnoses</NavLink>
          </li>
        </ul>
      </nav>
      <Form method="get" action={`${base}/search`} role="search" className="case-search">
        <label htmlFor="case-search-q">Search this case</label>
        <input id="case-search-q" name="q" type="search" autoComplete="off" defaultValue={searched} key={searched} />
        <button type="submit">Search</button>
      </Form>
      <Outlet />
    </div>
  );
}
