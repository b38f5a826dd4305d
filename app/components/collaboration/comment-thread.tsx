// The comments on one page of a case, and the box to add one. Shown under every case page.
import { Form } from "react-router";
import { TextArea } from "~/components/form";
import { formatDateTime } from "~/domain/presentation";

export type CommentView = { id: string; authorName: string; body: string; createdAt: string };

export function CommentThread({
  caseId,
  page,
  comments,
  canComment,
}: {
  caseId: string;
  page: string;
  comments: CommentView[];
  canComment: boolean;
}) {
  if (!canComment && comments.length === 0) return null;
  return (
    <section className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">Comments on this page</h2>
      {comments.length === 0 ? <p className="meta">No comments yet.</p> : null}
      <ol className="comment-list">
        {comments.map((comment) => (
          <li key={comment.id} className="comment">
            <p className="meta">
              <strong>{comment.authorName}</strong>, {formatDateTime(comment.createdAt)}
            </p>
            <p className="preserve-lines">{comment.body}</p>
          </li>
        ))}
      </ol>
      {canComment ? (
        <Form method="post" action={`/cases/${caseId}/comments`} noValidate>
          <input type="hidden" name="page" value={page} />
          <TextArea
            name="commentBody"
            label={comments.length > 0 ? "Reply" : "Add a comment"}
            hint="Everyone who can see this case can read it. We email the family and the others in this conversation."
          />
          <button type="submit" className="secondary">
            Post comment
          </button>
        </Form>
      ) : null}
    </section>
  );
}
