// A person's private calendar feed: every upcoming date in every case they can still see, found by
// the secret in the link (no sign-in: calendar apps cannot sign in). Access goes through the one
// gate on every fetch, so a revoked or expired share drops out of the feed at once.
import type { Route } from "./+types/calendar-feed";
import { todayContext } from "~/context";
import { listAccessibleCaseIds, requireCaseAccess } from "~/auth/access.server";
import { getCaseDocument } from "~/data/case-document.server";
import { findFeedOwner } from "~/data/calendars.server";
import { upcomingDates } from "~/domain/reminders/upcoming";
import { siteOrigin } from "~/auth/accounts.server";
import { renderCalendar } from "~/services/reminders/calendar.server";
import { fail } from "~/errors";

export async function loader({ params, context }: Route.LoaderArgs) {
  const owner = await findFeedOwner(params.token.replace(/\.ics$/, ""));
  if (!owner) fail("not_found");
  const user = { ...owner, sessionId: "calendar-feed" };
  const today = context.get(todayContext);
  const origin = siteOrigin();
  const entries = [];
  for (const { caseId } of await listAccessibleCaseIds(user)) {
    const document = await getCaseDocument(await requireCaseAccess(user, caseId, "read"));
    for (const item of upcomingDates(document, today)) entries.push({ caseId, item, url: `${origin}/cases/${caseId}/${item.path}` });
  }
  return new Response(renderCalendar(entries, today), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
