// Sign out: ends the session on the server and clears the cookie. POST only.
import type { RouteHandle } from "~/route-meta";
import { redirect } from "react-router";
import type { Route } from "./+types/sign-out";
import { userContext } from "~/context";
import { clearSessionCookie, endSession } from "~/auth/session.server";
import { redirectWithFlash } from "~/services/flash.server";

export const handle: RouteHandle = { page: { beforeSecondFactor: true } };

export function loader() {
  return redirect("/");
}

export async function action({ context }: Route.ActionArgs) {
  const user = context.get(userContext);
  const cookie = user ? await endSession(user.sessionId) : clearSessionCookie();
  return redirectWithFlash("/sign-in", "You have signed out.", { headers: { "Set-Cookie": cookie } });
}
