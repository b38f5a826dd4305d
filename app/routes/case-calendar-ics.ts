// A case's upcoming dates as a calendar file to download; `?item=<key>` gives one date only (the
// "Add to calendar" links on the dashboard, the time limits and the meetings).
import type { RouteHandle } from "~/route-meta";
import type { Route } from "./+types/case-calendar-ics";
import { openCase } from "~/auth/case-route.server";
import { siteOrigin } from "~/auth/accounts.server";
import { getCaseDocument } from "~/data/case-document.server";
import { upcomingDates } from "~/domain/reminders/upcoming";
import { renderCalendar } from "~/services/reminders/calendar.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Calendar file", section: "council" } };

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "read");
  const wanted = new URL(request.url).searchParams.get("item");
  const items = upcomingDates(await getCaseDocument(access), today).filter((item) => wanted === null || item.key === wanted);
  if (wanted !== null && items.length === 0) fail("not_found");
  const origin = siteOrigin();
  const body = renderCalendar(items.map((item) => ({ caseId: access.caseId, item, url: `${origin}/cases/${access.caseId}/${item.path}` })), today);
  const name = wanted === null ? "clearpath-dates.ics" : `clearpath-${items[0]!.date}.ics`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
