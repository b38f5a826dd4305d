// Where you are signed in: see each session and end the ones you do not recognise.
import { data, Form } from "react-router";
import type { Route } from "./+types/account-sessions";
import { sessionsActionSchema } from "~/forms/account";
import { parseIntentForm, readForm } from "~/forms/parse";
import { endAllOtherSessions, endOtherSession, listSessions, requireUser } from "~/auth/session.server";
import { redirectWithFlash } from "~/services/flash.server";
import { describeDevice, formatDateTime } from "~/domain/presentation";

export const meta: Route.MetaFunction = () => [{ title: "Where you are signed in – Clearpath" }];

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const sessions = await listSessions(user);
  // The session id is a hash of the cookie; show the page a short handle for it, not the hash.
  return {
    sessions: sessions.map((s) => ({
      handle: s.id.slice(0, 16),
      device: describeDevice(s.userAgent),
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      isCurrent: s.isCurrent,
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const form = parseIntentForm(await readForm(request), sessionsActionSchema);
  if (!form.ok) return data({ error: "Choose a session to end" }, { status: 400 });
  switch (form.data.intent) {
    case "end-others":
      await endAllOtherSessions(user);
      return redirectWithFlash("/account/sessions", "You have been signed out everywhere else.");
    case "end-one": {
      const handle = form.data.sessionId ?? "";
      const target = (await listSessions(user)).find((s) => s.id.slice(0, 16) === handle && !s.isCurrent);
      if (target) await endOtherSession(user, target.id);
      return redirectWithFlash("/account/sessions", "That session has been ended.");
    }
  }
}

export default function Sessions({ loaderData }: Route.ComponentProps) {
  const others = loaderData.sessions.filter((s) => !s.isCurrent);
  return (
    <section className="narrow">
      <h1>Where you are signed in</h1>
      <p>If you see a device you do not recognise, end its session and change your password.</p>
      <ul className="card-list">
        {loaderData.sessions.map((session) => (
          <li key={session.handle} className="card">
            <h2 className="card__title">
              {session.device}
              {session.isCurrent ? " (this device)" : ""}
            </h2>
            <p>
              Signed in {formatDateTime(session.createdAt)}. Last used {formatDateTime(session.lastSeenAt)}.
            </p>
            {session.isCurrent ? null : (
              <Form method="post">
                <input type="hidden" name="intent" value="end-one" />
                <input type="hidden" name="sessionId" value={session.handle} />
                <button type="submit" className="secondary">
                  End this session<span className="visually-hidden"> ({session.device})</span>
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
      {others.length > 1 ? (
        <Form method="post">
          <input type="hidden" name="intent" value="end-others" />
          <button type="submit" className="secondary">
            Sign out everywhere else
          </button>
        </Form>
      ) : null}
    </section>
  );
}
