// Search the whole case: every document's text and every record, best matches first, each with
// the passage that matched and a link to where it lives. The case header's search box comes here.
import type { RouteHandle } from "~/route-meta";
import { Form } from "react-router";
import type { Route } from "./+types/search";
import { openCase } from "~/auth/case-route.server";
import { Pagination } from "~/components/pagination";
import { SearchResult } from "~/components/search/search-result";
import { CASE_SEARCH_LIMIT, caseSearchSchema } from "~/forms/search";
import { hasSearchWords, SEARCH_PAGE_SIZE, SEARCH_RESULT_CAP, searchCase } from "~/data/search.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Search", section: "overview", comments: false } };

export const meta: Route.MetaFunction = ({ data }) => [{ title: data?.q ? `“${data.q}”: search – Clearpath` : "Search this case – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const url = new URL(request.url);
  const { q, page } = caseSearchSchema.parse({ q: url.searchParams.get("q"), page: url.searchParams.get("page") ?? undefined });
  const results = hasSearchWords(q) ? await searchCase(access, q, { page }) : null;
  // A page past the last one (an old link after records were removed) does not exist.
  if (page > 1 && results && results.hits.length === 0) fail("not_found");
  return { caseId: access.caseId, q, page, pageSize: SEARCH_PAGE_SIZE, cap: SEARCH_RESULT_CAP, results, canWrite: can.write };
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { caseId, q, page, pageSize, cap, results, canWrite } = loaderData;
  // Only the best `cap` results have pages (decision 123).
  const pageCount = results ? Math.ceil(Math.min(results.total, cap) / pageSize) : 0;
  return (
    <section>
      <h1 id="search-heading">Search this case</h1>
      <Form method="get" role="search" aria-labelledby="search-heading" className="search-form">
        <div className="field">
          <label htmlFor="search-q">Words to find</label>
          <p className="hint" id="search-q-hint">
            Searches the text of every document and everything you have recorded. Put a phrase in quotes, like &quot;speech therapy&quot;, or use OR to find either word.
          </p>
          {/* The key resets the box to the query whenever a new search arrives. */}
          <input id="search-q" key={q} name="q" type="search" defaultValue={q} maxLength={CASE_SEARCH_LIMIT} aria-describedby="search-q-hint" />
        </div>
        <button type="submit">Search</button>
      </Form>

      {results === null ? (
        <p role="status">{q ? "Type a word to search for: letters or numbers, not only punctuation." : "Type the words you are looking for."}</p>
      ) : results.total === 0 ? (
        <>
          <p role="status">No matches for “{q}”.</p>
          <div className="note">
            <h2 className="note__title">Tips</h2>
            <ul>
              <li>Check the spelling, or try a word with the same meaning.</li>
              <li>Use fewer words: every word must be found, unless you put OR between them.</li>
              <li>Very common words, like “the” or “and”, are left out of searches.</li>
              <li>Documents are searched by the text that could be read from them. A photo or a scan may have no text; search for its title instead.</li>
            </ul>
          </div>
        </>
      ) : (
        <>
          <p role="status">
            {results.total === 1
              ? `1 match for “${q}”.`
              : results.total <= pageSize
                ? `${results.total} matches for “${q}”, best first.`
                : `${results.total} matches for “${q}”, best first. Showing ${(page - 1) * pageSize + 1} to ${(page - 1) * pageSize + results.hits.length}.${results.total > cap ? ` Only the best ${cap} are shown: add a word to find fewer.` : ""}`}
          </p>
          <ol className="search-results" start={(page - 1) * pageSize + 1}>
            {results.hits.map((hit) => (
              <SearchResult key={`${hit.kind}-${hit.id}`} hit={hit} caseId={caseId} canWrite={canWrite} q={q} />
            ))}
          </ol>
          <Pagination label="Search result pages" page={page} pageCount={pageCount} previousLabel={`Previous ${pageSize} results`} nextLabel={`Next ${Math.min(pageSize, Math.min(results.total, cap) - page * pageSize)} results`} />
        </>
      )}
    </section>
  );
}
