// The frame around every case page: "Do this next" (the case's most urgent step), the child's
// name and the case menu in sections, built from the case pages' `handle` (app/route-meta.ts).
// An error inside a case keeps the frame.
import { Form, Outlet, type ShouldRevalidateFunctionArgs, useLocation, useMatches } from "react-router";
import type { Route } from "./+types/case-layout";
import { openCase } from "~/auth/case-route.server";
import { rememberForCaseVersion } from "~/data/case-cache.server";
import { getCheckedCase } from "~/data/case-document.server";
import { getCase } from "~/data/cases.server";
import { getFollowUpGlance } from "~/data/correspondence.server";
import { casePage, listComments } from "~/data/comments.server";
import { isCaseShared } from "~/data/sharing.server";
import { CommentThread } from "~/components/collaboration/comment-thread";
import { ErrorPage } from "~/components/error-page";
import { CaseMenu } from "~/components/case-menu";
import { NextStep } from "~/components/next-step/next-step";
import { presentDoThisNext, type DoThisNextView } from "~/components/next-step/present";
import { canCommentOn, caseMenu, groupCaseMenu, pageMetaOf, type CaseMenuSection } from "~/route-meta";
import { appRoutes } from "~/route-meta.server";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  // "Do this next" is worked out from the checked case and the replies due, and kept until the
  // case changes (or the day does): every case page shows it.
  const [found, nextStep] = await Promise.all([
    getCase(access),
    rememberForCaseVersion(access, "do-this-next", `${today}\u0000${can.write}`, async () => {
      const [{ document, check }, followUp] = await Promise.all([getCheckedCase(access, today), getFollowUpGlance(access, today)]);
      return presentDoThisNext({ caseId: access.caseId, document, check, overdueReplies: followUp.overdueReplies, today, canWrite: can.write });
    }),
  ]);
  // The conversation about the page inside this frame, shown under it.
  // A case nobody else can see has no one to talk to: the box appears once it is shared.
  const page = casePage(new URL(request.url).pathname);
  const routes = await appRoutes();
  const hasComments = canCommentOn(routes, page);
  const [comments, isShared] = await Promise.all([hasComments ? listComments(access, page) : [], isCaseShared(access)]);
  // Comments and adviser notes once someone else can see the case; sharing and activity for the owner.
  const menu = caseMenu(routes).filter((entry) => entry.group === "case" || (entry.group === "shared" && isShared) || (entry.group === "owner" && can.own));
  return {
    caseId: found.id,
    childName: found.childName,
    canWrite: can.write,
    isOwner: can.own,
    nextStep,
    role: access.role,
    page,
    isShared,
    menu: groupCaseMenu(menu),
    canComment: hasComments && isShared && can.comment,
    comments: comments.map((c) => ({ id: c.id, authorName: c.authorName, body: c.body, createdAt: c.createdAt.toISOString() })),
  };
}

/** Only a change to this case, or moving to another page, needs the frame's data again. */
export function shouldRevalidate({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (formMethod && formMethod !== "GET") return true;
  return currentUrl.pathname !== nextUrl.pathname || defaultShouldRevalidate;
}

type Frame = { caseId: string; childName: string; menu: CaseMenuSection[]; page: string; nextStep: DoThisNextView };

export default function CaseLayout({ loaderData }: Route.ComponentProps) {
  return (
    <CaseFrame frame={loaderData}>
      <Outlet />
      <CommentThread caseId={loaderData.caseId} page={loaderData.page} comments={loaderData.comments} canComment={loaderData.canComment} />
    </CaseFrame>
  );
}

/**
 * A page of this case that failed (a record not in this case, a server failure) is told in plain
 * words inside the frame, so the case menu stays. When the case itself cannot be opened there is
 * no frame to keep: the page shell's error page shows.
 */
export function ErrorBoundary({ error, loaderData }: Route.ErrorBoundaryProps) {
  if (!loaderData) return <ErrorPage error={error} />;
  return (
    <CaseFrame frame={loaderData}>
      <ErrorPage error={error} inCase />
    </CaseFrame>
  );
}

function CaseFrame({ frame, children }: { frame: Frame; children: React.ReactNode }) {
  const base = `/cases/${frame.caseId}`;
  const { pathname } = useLocation();
  // The page on screen says which section of the menu it belongs to (its route's handle).
  const section = pageMetaOf(useMatches().at(-1)?.handle)?.section;
  return (
    <div className="case">
      {/* The overview lists everything coming up itself. */}
      <NextStep next={frame.nextStep} overviewPath={frame.page === "" ? null : base} />
      <p className="case__child" aria-hidden="true">
        {frame.childName}
      </p>
      <CaseMenu base={base} sections={frame.menu} current={section} pageKey={pathname} />
      {/* The search page has its own, fuller box: one search box on a page. */}
      {pathname === `${base}/search` ? null : (
        <Form method="get" action={`${base}/search`} role="search" className="case-search">
          <label htmlFor="case-search-q">Search this case</label>
          <input id="case-search-q" name="q" type="search" autoComplete="off" />
          <button type="submit">Search</button>
        </Form>
      )}
      {children}
    </div>
  );
}
