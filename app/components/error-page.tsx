// What a person sees when a page cannot be shown: a plain sentence per status, never internals.
import { isRouteErrorResponse, Link } from "react-router";

const MESSAGES: Record<number, { title: string; body: string }> = {
  400: { title: "Something in the request was not right", body: "Go back and try again." },
  403: { title: "That was refused", body: "The form came from somewhere we did not expect. Go back, reload the page and try again." },
  404: {
    title: "Page not found",
    body: "The page may have moved, the link may be wrong, or you may not have access to it.",
  },
  405: { title: "That cannot be done here", body: "Go back and try again." },
  413: { title: "That is too large", body: "Try a smaller file or shorter text." },
  415: { title: "That form could not be read", body: "Go back, reload the page and try again." },
  429: { title: "Too many attempts", body: "Wait a few minutes and try again." },
};

const FALLBACK = {
  title: "Sorry, something went wrong",
  body: "Nothing you saved before this has been lost. Try again in a few minutes.",
};

/** The sentence a refusal of ours carries (`{ problem }`, see app/forms/parse.ts); never the framework's own text. */
function findProblem(error: unknown): string | null {
  if (!isRouteErrorResponse(error) || error.status >= 500) return null;
  const body: unknown = error.data;
  if (typeof body !== "object" || body === null || !("problem" in body)) return null;
  return typeof body.problem === "string" ? body.problem : null;
}

/** What to tell a person about `error`: a title (also the page's title) and a sentence. */
export function describeError(error: unknown): { title: string; body: string } {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = MESSAGES[status] ?? FALLBACK;
  const problem = findProblem(error);
  return problem ? { title: message.title, body: problem } : message;
}

export function ErrorPage({ error }: { error: unknown }) {
  const message = describeError(error);
  return (
    <section className="error-page">
      <h1>{message.title}</h1>
      <p>{message.body}</p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </section>
  );
}
