// The timeline as a spreadsheet (CSV), with the same filter and order as the page it is
// downloaded from: one row per entry, ready to open in Excel or Numbers.
import type { RouteHandle } from "~/route-meta";
import { stringify } from "csv-stringify/sync";
import type { Route } from "./+types/timeline-csv";
import { openCase } from "~/auth/case-route.server";
import { readTimelineQuery } from "~/forms/timeline";
import { rememberForCaseVersion } from "~/data/case-cache.server";
import { getCaseDocument } from "~/data/case-document.server";
import { getCase } from "~/data/cases.server";
import { AREA_INFO } from "~/domain/areas-of-need";
import { buildTimeline, filterTimeline, sortTimeline, TIMELINE_TYPE_NAMES } from "~/domain/chronology";

export const handle: RouteHandle = { page: { name: "Timeline (spreadsheet)", section: "evidence" } };

const HEADINGS = ["Date", "Type", "What happened", "Details", "Areas of need"];

/** "timeline-robin-hale-2026-03-01.csv": a file name with only safe characters. */
function timelineFileName(childName: string, today: string): string {
  const slug = childName.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "child";
  return `timeline-${slug}-${today}.csv`;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "read");
  const { view, dates } = readTimelineQuery(new URL(request.url));
  if (!dates.ok) {
    const problems = Object.values(dates.errors).join(". ");
    return new Response(`${problems}. Go back to the timeline and correct the dates.\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const [found, all] = await Promise.all([
    getCase(access),
    rememberForCaseVersion(access, "timeline", "", async () => buildTimeline(await getCaseDocument(access))),
  ]);
  const entries = sortTimeline(filterTimeline(all, { types: view.types, area: view.area, from: dates.data.from, to: dates.data.to }), view.order);
  const rows = entries.map((entry) =>
    [entry.date, TIMELINE_TYPE_NAMES[entry.type], entry.title, entry.detail ?? "", entry.areas.map((area) => AREA_INFO[area].label).join("; ")],
  );
  // A byte-order mark, so Excel reads the file as UTF-8 (names with accents, curly quotes).
  const body = "\uFEFF" + stringify([HEADINGS, ...rows], { escape_formulas: true });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${timelineFileName(found.childName, today)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
