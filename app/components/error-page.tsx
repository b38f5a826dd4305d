// What a person sees when a page cannot be shown: a plain sentence per failure, never internals.
// The sentences live with the failure codes in app/errors.ts.
import { Link } from "react-router";
import { describeFailure } from "~/errors";

/** `inCase`: shown inside a case, under the case's menu (app/routes/case-layout.tsx). */
export function ErrorPage({ error, inCase = false }: { error: unknown; inCase?: boolean }) {
  const message = describeFailure(error, { inCase });
  return (
    <section className="error-page">
      <h1>{message.title}</h1>
      <p>{message.body}</p>
      {inCase ? null : (
        <p>
          <Link to="/">Go to the start page</Link>
        </p>
      )}
    </section>
  );
}
