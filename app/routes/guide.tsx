// The guide's front page: search every page of the guide, and the list of all pages. Public: the
// guidance is for anyone, signed in or not.
import type { RouteHandle } from "~/route-meta";
import { Form, Link } from "react-router";
import type { Route } from "./+types/guide";
import { GUIDE_PAGES, searchGuide } from "~/domain/guide";

export const handle: RouteHandle = { page: { beforeSecondFactor: true } };

/** The longest search a person can type; longer text is cut, as no page needs more words. */
const QUERY_LIMIT = 100;

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data?.q ? `“${data.q}”: search the guide – Clearpath` : "The guide – Clearpath" },
  {
    name: "description",
    content:
      "Plain-English guidance on special educational needs support, EHC needs assessments and plans in England.",
  },
];

export function loader({ request }: Route.LoaderArgs) {
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, QUERY_LIMIT);
  return {
    q,
    results: q ? searchGuide(q) : null,
    pages: GUIDE_PAGES.map(({ slug, title, summary }) => ({ slug, title, summary })),
  };
}

export default function Guide({ loaderData }: Route.ComponentProps) {
  const { q, results, pages } = loaderData;
  return (
    <section className="narrow">
      <h1>The guide</h1>
      <p className="lead">
        Plain-English help with special educational needs (SEN) in England: what should happen at
        school, how to ask for an education, health and care (EHC) needs assessment, and what to do
        if you disagree. It gives information, not legal advice.
      </p>

      <Form method="get" role="search" className="search-form">
        <div className="field">
          <label htmlFor="guide-q">Search the guide</label>
          {/* The key resets the box to the query whenever a new search arrives. */}
          <input
            id="guide-q"
            key={q}
            name="q"
            type="search"
            defaultValue={q}
            maxLength={QUERY_LIMIT}
          />
        </div>
        <button type="submit">Search</button>
      </Form>

      {results === null ? null : (
        <section aria-labelledby="guide-results">
          <h2 id="guide-results">Search results</h2>
          {results.length === 0 ? (
            <p role="status">
              Nothing in the guide matches “{q}”. Try fewer words, or another word with the same
              meaning.
            </p>
          ) : (
            <>
              <p role="status">
                {results.length === 1
                  ? `1 page matches “${q}”.`
                  : `${results.length} pages match “${q}”, best first.`}
              </p>
              <ol className="search-results">
                {results.map((result) => (
                  <li key={result.slug} className="search-result">
                    <Link to={`/guide/${result.slug}`}>{result.title}</Link>
                    <p className="meta">{result.snippet}</p>
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="guide-pages">
        <h2 id="guide-pages">All pages</h2>
        <ol className="link-list">
          {pages.map((page) => (
            <li key={page.slug}>
              <Link to={`/guide/${page.slug}`}>{page.title}</Link>
              <p className="meta">{page.summary}</p>
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}
