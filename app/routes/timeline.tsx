// The case's chronology: every dated thing in one list, filtered by type, area of need and
// dates (a GET form, so a filtered timeline can be bookmarked), newest or oldest first, grouped by
// month or year, a page of entries at a time (decision 122); printable, and downloadable whole as a
// spreadsheet with the same filter.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/timeline";
import { openCase } from "~/auth/case-route.server";
import { CheckboxGroup, DateField, ErrorSummary, RadioGroup, typedDate } from "~/components/form";
import { formatDate, plural } from "~/domain/presentation";
import { Pagination } from "~/components/pagination";
import { PrintButton } from "~/components/timeline/print-button";
import { TimelineList } from "~/components/timeline/timeline-list";
import { dateParts } from "~/forms/fields";
import { readPageNumber, slicePage } from "~/forms/pagination";
import { readTimelineQuery } from "~/forms/timeline";
import { rememberForCaseVersion } from "~/data/case-cache.server";
import { getCaseDocument } from "~/data/case-document.server";
import { getCase } from "~/data/cases.server";
import { AREA_INFO, AREAS_OF_NEED } from "~/domain/areas-of-need";
import { fail } from "~/errors";
import {
  buildTimeline,
  filterTimeline,
  groupTimeline,
  isTimelineFiltered,
  sortTimeline,
  TIMELINE_TYPE_LABELS,
  TIMELINE_TYPES,
  type TimelineFilter,
} from "~/domain/chronology";

export const handle: RouteHandle = { page: { name: "Timeline", section: "evidence", menu: { label: "Timeline", group: "case", order: 100 } } };

/**
 * Entries on one page: a school year of a busy case, and about 25 KB of HTML. The whole
 * timeline of a five-year case (over 3,000 entries) was 760 KB and 100 ms of the server's time.
 */
const TIMELINE_PAGE_SIZE = 100;

export const meta: Route.MetaFunction = () => [{ title: "Timeline – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const url = new URL(request.url);
  const { view, dates } = readTimelineQuery(url);
  const [found, all] = await Promise.all([
    getCase(access),
    // The timeline does not depend on the day, only on the case, so it is kept until the case changes.
    rememberForCaseVersion(access, "timeline", "", async () => buildTimeline(await getCaseDocument(access))),
  ]);
  const filter: TimelineFilter = {
    types: view.types,
    area: view.area,
    from: dates.ok ? dates.data.from : null,
    to: dates.ok ? dates.data.to : null,
  };
  const entries = sortTimeline(filterTimeline(all, filter), view.order);
  const slice = slicePage({ total: entries.length, page: readPageNumber(url), pageSize: TIMELINE_PAGE_SIZE });
  // A page past the last one (an old link, or a filter that now keeps fewer) does not exist.
  if (slice.isPastEnd && slice.page > 1) fail("not_found");
  const onPage = entries.slice(slice.offset, slice.offset + slice.limit);
  // The spreadsheet has every entry the filter keeps, whichever page it was downloaded from.
  const csvQuery = new URLSearchParams(url.search);
  csvQuery.delete("page");
  const page = {
    caseId: access.caseId,
    childName: found.childName,
    today: today,
    canWrite: can.write,
    view,
    filter,
    isFiltered: isTimelineFiltered(filter) || !dates.ok,
    groups: groupTimeline(onPage, view.group),
    shown: entries.length,
    total: all.length,
    pageNumber: slice.page,
    pageCount: slice.pageCount,
    firstShown: slice.offset + 1,
    lastShown: slice.offset + onPage.length,
    csvHref: `/cases/${access.caseId}/timeline.csv${csvQuery.size > 0 ? `?${csvQuery}` : ""}`,
    errors: dates.ok ? undefined : dates.errors,
    values: dates.ok ? undefined : dates.values,
  };
  return dates.ok ? page : data(page, { status: 400 });
}

/** What the filter keeps, in words: "Meetings and Reports; Communication and interaction; from 1 January 2026". */
function describeFilter(filter: TimelineFilter): string | null {
  const parts = [
    filter.types.length > 0 ? filter.types.map((type) => TIMELINE_TYPE_LABELS[type]).join(", ") : null,
    filter.area ? AREA_INFO[filter.area].label : null,
    filter.from && filter.to ? `from ${formatDate(filter.from)} to ${formatDate(filter.to)}` : filter.from ? `from ${formatDate(filter.from)}` : filter.to ? `up to ${formatDate(filter.to)}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join("; ") : null;
}

export default function Timeline({ loaderData }: Route.ComponentProps) {
  const { caseId, childName, today, canWrite, view, filter, groups, shown, total, pageNumber, pageCount, firstShown, lastShown, errors, values } = loaderData;
  const base = `/cases/${caseId}/timeline`;
  const filterWords = describeFilter(filter);
  const order = view.order === "newest" ? "newest first" : "oldest first";
  // On a long timeline, which entries this page holds: "Entries 101 to 200 of 3,115".
  const range = pageCount > 1 ? `Entries ${firstShown} to ${lastShown} of ${shown}` : null;
  return (
    <section className="timeline-page">
      <h1>Timeline</h1>
      <p className="lead narrow no-print">
        Everything in {childName}&apos;s case that has a date, in one list: plans and reviews, meetings, letters and emails, reports, referrals, results, documents and diary entries. Each entry links to
        its record.
      </p>
      <p className="print-only">
        {childName}&apos;s timeline, printed from Clearpath on {formatDate(today)}.{filterWords ? ` Showing: ${filterWords}.` : ""}
        {range ? ` ${range}, ${order}.` : ""}
      </p>

      <details className="timeline-filter no-print" open={loaderData.isFiltered}>
        <summary>Filter the timeline</summary>
        <ErrorSummary errors={errors} labels={{ from: "date", to: "date" }} />
        <Form method="get" noValidate aria-label="Filter the timeline">
          <CheckboxGroup
            name="types"
            legend="What to show"
            hint="Tick none to show everything."
            options={TIMELINE_TYPES.map((type) => ({ value: type, label: TIMELINE_TYPE_LABELS[type] }))}
            selected={view.types}
          />
          <div className="field">
            <label htmlFor="timeline-area">Area of need</label>
            <p className="hint" id="timeline-area-hint">
              Only entries tagged with the area are shown.
            </p>
            <select id="timeline-area" name="area" defaultValue={view.area ?? ""} aria-describedby="timeline-area-hint">
              <option value="">All areas</option>
              {AREAS_OF_NEED.map((area) => (
                <option key={area} value={area}>
                  {AREA_INFO[area].label}
                </option>
              ))}
            </select>
          </div>
          <DateField name="from" legend="From (optional)" hint="For example 1 9 2025" errors={errors} value={typedDate(values, "from", dateParts(filter.from))} />
          <DateField name="to" legend="To (optional)" hint="For example 31 7 2026" errors={errors} value={typedDate(values, "to", dateParts(filter.to))} />
          <RadioGroup
            name="order"
            legend="Order"
            options={[
              { value: "newest", label: "Newest first" },
              { value: "oldest", label: "Oldest first" },
            ]}
            selected={view.order}
          />
          <RadioGroup
            name="group"
            legend="Group by"
            options={[
              { value: "month", label: "Month" },
              { value: "year", label: "Year" },
            ]}
            selected={view.group}
          />
          <div className="actions">
            <button type="submit">Show timeline</button>
            <Link to={base}>Show everything</Link>
          </div>
        </Form>
      </details>

      <ul className="link-list no-print">
        <li>
          <a href={loaderData.csvHref} download>
            Download {filterWords ? "these entries" : "the timeline"} as a spreadsheet (CSV)
          </a>
        </li>
      </ul>
      <div className="no-print">
        <PrintButton label="Print the timeline" />
      </div>

      <p role="status" className="no-print">
        {total === 0
          ? "Nothing dated in this case yet. Entries appear here as you add plans, meetings, letters, documents and diary entries."
          : shown === 0
            ? "No entries match. Choose fewer filters, or “Show everything”."
            : range
              ? `${range}, ${order}${filterWords ? `: ${filterWords}` : ""}.${filterWords ? ` The case has ${plural(total, "entry", "entries")} in all.` : ""}`
              : filterWords
                ? `${shown} of ${plural(total, "entry", "entries")}, ${order}: ${filterWords}.`
                : `${plural(shown, "entry", "entries")}, ${order}.`}
      </p>
      <TimelineList groups={groups} caseId={caseId} canWrite={canWrite} />
      <Pagination
        label="Timeline pages"
        page={pageNumber}
        pageCount={pageCount}
        previousLabel={view.order === "newest" ? "Newer entries" : "Older entries"}
        nextLabel={view.order === "newest" ? "Older entries" : "Newer entries"}
      />
    </section>
  );
}
