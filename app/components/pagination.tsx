// Page links under a long list (decision 122): plain links, so they work without JavaScript,
// that keep everything else in the address (the filters), with the current page marked for
// screen readers and the links wrapping onto more lines on a narrow screen.
import { Link, useLocation } from "react-router";
import { pageLinks } from "~/forms/pagination";

type PaginationProps = {
  /** What the links page through, for screen readers: "Timeline pages". */
  label: string;
  page: number;
  pageCount: number;
  /** The words for the links either side, such as "Newer entries" and "Older entries". */
  previousLabel?: string;
  nextLabel?: string;
  /** Parts of the address that belong to this page only (a just-saved marker), left off the links. */
  omit?: readonly string[];
};

export function Pagination({ label, page, pageCount, previousLabel = "Previous page", nextLabel = "Next page", omit = [] }: PaginationProps) {
  const location = useLocation();
  if (pageCount <= 1) return null;
  const hrefFor = (to: number) => {
    const params = new URLSearchParams(location.search);
    for (const name of ["page", ...omit]) params.delete(name);
    if (to > 1) params.set("page", String(to));
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ""}`;
  };
  return (
    <nav aria-label={label} className="pagination">
      <ul className="pagination__list">
        {page > 1 ? (
          <li className="pagination__step">
            <Link to={hrefFor(page - 1)} rel="prev">
              {previousLabel}
            </Link>
          </li>
        ) : null}
        {pageLinks(page, pageCount).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <Link to={hrefFor(n)} aria-current={n === page ? "page" : undefined} className={n === page ? "pagination__current" : undefined}>
                <span className="visually-hidden">Page </span>
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li className="pagination__step">
            <Link to={hrefFor(page + 1)} rel="next">
              {nextLabel}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
