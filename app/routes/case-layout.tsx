// The frame around every case page: the child's name and the case's own navigation.
import { Form, NavLink, Outlet, type ShouldRevalidateFunctionArgs, useLocation, useSearchParams } from "react-router";
import type { Route } from "./+types/case-layout";
import { openCase } from "~/auth/case-route.server";
import { getCase } from "~/data/cases.server";
import { casePage, listComments } from "~/data/comments.server";
import { isCaseShared } from "~/data/sharing.server";
import { CommentThread } from "~/components/collaboration/comment-thread";
import { canCommentOn } from "~/components/collaboration/page-names";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const found = await getCase(access);
  // The conversation about the page inside this frame, shown under it.
  // A case nobody else can see has no one to talk to: the box appears once it is shared.
  const page = casePage(new URL(request.url).pathname);
  const [comments, isShared] = await Promise.all([canCommentOn(page) ? listComments(access, page) : [], isCaseShared(access)]);
  return {
    caseId: found.id,
    childName: found.childName,
    canWrite: can.write,
    isOwner: can.own,
    role: access.role,
    page,
    isShared,
    canComment: canCommentOn(page) && isShared && can.comment,
    comments: comments.map((c) => ({ id: c.id, authorName: c.authorName, body: c.body, createdAt: c.createdAt.toISOString() })),
  };
}

/** Only a change to this case, or moving to another page, needs the frame's data again. */
export function shouldRevalidate({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (formMethod && formMethod !== "GET") return true;
  return currentUrl.pathname !== nextUrl.pathname || defaultShouldRevalidate;
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
          {loaderData.isShared ? (
            <>
              <li>
                <NavLink to={`${base}/comments`}>Comments</NavLink>
              </li>
              <li>
                <NavLink to={`${base}/notes`}>Adviser notes</NavLink>
              </li>
            </>
          ) : null}
          {loaderData.isOwner ? (
            <>
              <li>
                <NavLink to={`${base}/sharing`}>Sharing</NavLink>
              </li>
              <li>
                <NavLink to={`${base}/activity`}>Activity</NavLink>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      <Form method="get" action={`${base}/search`} role="search" className="case-search">
        <label htmlFor="case-search-q">Search this case</label>
        <input id="case-search-q" name="q" type="search" autoComplete="off" defaultValue={searched} key={searched} />
        <button type="submit">Search</button>
      </Form>
      <Outlet />
      <CommentThread caseId={loaderData.caseId} page={loaderData.page} comments={loaderData.comments} canComment={loaderData.canComment} />
    </div>
  );
}
