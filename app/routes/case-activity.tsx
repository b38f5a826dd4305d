// Activity: everything anyone other than the owner opened or changed in this case, and every
// opening of a shared link. The log is append-only; only the owner reads it.
import { describeCasePage, type RouteHandle } from "~/route-meta";
import type { Route } from "./+types/case-activity";
import { openCase } from "~/auth/case-route.server";
import { appRoutes } from "~/route-meta.server";
import { casePage, listActivity } from "~/data/comments.server";
import { LEVEL_LABELS, ROLE_LABELS } from "~/forms/sharing";
import { formatDateTime } from "~/domain/presentation";

export const handle: RouteHandle = { page: { name: "Activity", section: "people", menu: { label: "Activity", group: "owner", order: 240 }, comments: false } };

export const meta: Route.MetaFunction = () => [{ title: "Activity – Clearpath" }];

const ACTIONS = { read: "Opened", change: "Changed", open_link: "Opened your shared link to" } as const;

function describeRole(actorRole: string): string {
  const [role, level] = actorRole.split(":") as [keyof typeof ROLE_LABELS | "link", keyof typeof LEVEL_LABELS | undefined];
  if (role === "link") return "Shared link";
  const roleName = ROLE_LABELS[role] ?? role;
  return level && level in LEVEL_LABELS ? `${roleName}, ${LEVEL_LABELS[level].toLowerCase()}` : roleName;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access } = await openCase({ request, context, params }, "own");
  const [events, routes] = await Promise.all([listActivity(access), appRoutes()]);
  return {
    events: events.map((e) => ({
      id: e.id,
      at: formatDateTime(e.at),
      who: e.actorName,
      role: describeRole(e.actorRole),
      what: ACTIONS[e.action],
      page: e.action === "open_link" ? e.path : describeCasePage(routes, casePage(e.path)),
    })),
  };
}

export default function CaseActivity({ loaderData }: Route.ComponentProps) {
  return (
    <section>
      <h1>Activity</h1>
      <p>
        Every time someone you have shared this case with opens or changes something, and every time someone opens a link you shared, it is
        written here. Nobody can change or remove these lines. Your own activity is not listed.
      </p>
      {loaderData.events.length === 0 ? (
        <p>Nobody else has opened this case yet.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Activity, newest first">
          <table>
            <caption className="visually-hidden">Activity, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Page</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.events.map((event) => (
                <tr key={event.id}>
                  <td>{event.at}</td>
                  <td>
                    {event.who} <span className="meta">({event.role})</span>
                  </td>
                  <td>{event.what}</td>
                  <td>{event.page}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
