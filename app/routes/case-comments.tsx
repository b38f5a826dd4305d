// Comments: every conversation in the case, newest first; and where a comment box posts to.
import { canCommentOn, describeCasePage, type RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/case-comments";
import { openCase } from "~/auth/case-route.server";
import { siteOrigin } from "~/auth/accounts.server";
import { appRoutes } from "~/route-meta.server";
import { addComment, listAllComments } from "~/data/comments.server";
import { commentFormSchema, isCasePagePath } from "~/forms/comments";
import { parseForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { log } from "~/services/log.server";
import { sendCommentEmail } from "~/services/notify.server";
import { formatDateTime } from "~/domain/presentation";

export const handle: RouteHandle = { page: { name: "Comments", section: "people", menu: { label: "Comments", group: "shared", order: 210 }, comments: false } };

export const meta: Route.MetaFunction = () => [{ title: "Comments – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access } = await openCase({ request, context, params }, "read");
  const [comments, routes] = await Promise.all([listAllComments(access), appRoutes()]);
  return { comments: comments.map((c) => ({ ...c, pageName: describeCasePage(routes, c.page), at: formatDateTime(c.createdAt) })) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, access } = await openCase({ request, context, params }, "comment");
  const form = parseForm(await readForm(request), commentFormSchema);
  // The page goes into the redirect's Location header, so only a plain case path is used.
  const page = form.ok && isCasePagePath(form.data.page) ? form.data.page : "";
  const back = `/cases/${access.caseId}${page ? `/${page}` : ""}`;
  const routes = await appRoutes();
  if (!form.ok || !canCommentOn(routes, page) || page !== form.data.page) {
    return redirectWithFlash(back, form.ok ? "Comments cannot be added to that page." : "Your comment was empty, so it was not posted. Write something, then post it.");
  }
  const pageTitle = describeCasePage(routes, page);
  const { childName, recipients } = await addComment(access, user, { page, pageTitle, body: form.data.commentBody });
  const link = `${siteOrigin()}${back}`;
  for (const to of recipients) {
    // The comment is saved; a refused email must not lose it or stop the others.
    await sendCommentEmail({ to, authorName: user.name, childName, pageTitle, body: form.data.commentBody, link }).catch((error: unknown) =>
      log("warn", "comment email not sent", { error: String(error) }),
    );
  }
  return redirectWithFlash(`${back}#comments-title`, "Comment posted.");
}

export default function CaseComments({ loaderData, params }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <h1>Comments</h1>
      <p>Comments from everyone who can see this case, newest first. Open a page to read its conversation and reply.</p>
      {loaderData.comments.length === 0 ? <p>No comments yet. Anyone with comment access can add one at the foot of any page.</p> : null}
      <ul className="card-list">
        {loaderData.comments.map((comment) => (
          <li key={comment.id} className="card">
            <p className="meta">
              <strong>{comment.authorName}</strong> on <Link to={`/cases/${params.caseId}/${comment.page}#comments-title`}>{comment.pageName}</Link>,{" "}
              {comment.at}
            </p>
            <p className="preserve-lines">{comment.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
