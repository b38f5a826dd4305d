// The page shell: skip link, header and navigation, the flash message, and the footer.
import {
  data,
  Form,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  redirect,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from "react-router";
import { useEffect, useRef } from "react";
import type { Route } from "./+types/root";
import { ErrorPage } from "~/components/error-page";
import { describeFailure, failureAsText, isFileRouteFailure } from "~/errors";
import { todayContext, userContext } from "~/context";
import { useNonce } from "~/components/nonce";
import { findSignedInUser } from "~/auth/session.server";
import { recordCaseVisit } from "~/auth/access.server";
import { todayIn } from "~/services/clock.server";
import { config } from "~/services/config.server";
import { readFlash } from "~/services/flash.server";
import { findAppPageMeta } from "~/route-meta.server";
import { Icon } from "~/components/icon";
import "./styles/app.css";
import "./styles/dashboard.css";
import "./styles/phone.css";
import "./styles/menu.css";
import "./styles/next-step.css";
import "./styles/pagination.css";
import "./styles/school-day.css";
import "./styles/appeals.css";
import "./styles/appeal-writing.css";

export const middleware: Route.MiddlewareFunction[] = [
  async ({ request, context }, next) => {
    const user = await findSignedInUser(request);
    context.set(userContext, user);
    // "Today" once per request, from the app's clock (tests fix it through /__test/clock).
    context.set(todayContext, todayIn("Europe/London"));
    // Advisers and admins see other families' cases: nothing opens until their second factor is on.
    // Pages that open before then say so in their route's handle (`beforeSecondFactor`).
    if (user?.orgRole && !user.hasTwoFactor && !(await findAppPageMeta(new URL(request.url).pathname))?.meta.beforeSecondFactor) {
      throw redirect("/account/two-factor");
    }
    const response = await next();
    // Anyone other than a case's owner leaves a line in that case's activity log.
    if (user && response instanceof Response && response.status < 400) await recordCaseVisit(user, request.method, new URL(request.url));
    return response instanceof Response && isFileRouteFailure(response) ? failureAsText(response.status) : response;
  },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = context.get(userContext);
  const flash = readFlash(request);
  return data(
    {
      user: user ? { name: user.name, orgRole: user.orgRole ?? null } : null,
      flash: flash?.message ?? null,
      isOutboxVisible: config.isOutboxVisible,
    },
    flash ? { headers: { "Set-Cookie": flash.clear } } : undefined,
  );
}

// An error page says what went wrong in its title too, so it is the first thing a screen reader hears.
export const meta: Route.MetaFunction = ({ error }) => [{ title: error ? `${describeFailure(error).title} – Clearpath` : "Clearpath" }];

// The icon is inline so browsers do not ask for a /favicon.ico that is not there (a 404 on
// every first visit). The Content-Security-Policy allows data: images.
const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#0d6e6a"/><path d="M8 17l5 5 11-12" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round" fill="none"/></svg>`;

export const links: Route.LinksFunction = () => [{ rel: "icon", href: `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}` }];

export function Layout({ children }: { children: React.ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader user={rootData?.user ?? null} isOutboxVisible={rootData?.isOutboxVisible ?? false} />
        <main id="main" tabIndex={-1}>
          {rootData?.flash ? (
            <p className="flash" role="status">
              <Icon name="done" />
              <span>{rootData.flash}</span>
            </p>
          ) : null}
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Clearpath gives information, not legal advice. It is not a government service.
          </p>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function SiteHeader({ user, isOutboxVisible }: { user: { name: string; orgRole: "adviser" | "admin" | null } | null; isOutboxVisible: boolean }) {
  return (
    <header className="site-header">
      <Link to="/" className="site-name">
        <span className="site-name__mark">
          <Icon name="brand" />
        </span>
        Clearpath
      </Link>
      <nav aria-label="Main">
        <ul>
          {user ? (
            <>
              {user.orgRole === "adviser" ? (
                <li>
                  <NavLink to="/adviser">
                    <Icon name="adviser" />
                    Adviser desk
                  </NavLink>
                </li>
              ) : null}
              {user.orgRole === "admin" ? (
                <li>
                  <NavLink to="/organisation">
                    <Icon name="organisation" />
                    Organisation
                  </NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to="/cases">
                  <Icon name="cases" />
                  My cases
                </NavLink>
              </li>
              <li>
                <NavLink to="/bookings">
                  <Icon name="bookings" />
                  Sessions
                </NavLink>
              </li>
              <li>
                <NavLink to="/guide">
                  <Icon name="guide" />
                  Guide
                </NavLink>
              </li>
              <li>
                <NavLink to="/account">
                  <Icon name="account" />
                  Account
                </NavLink>
              </li>
              <li>
                <Form method="post" action="/sign-out">
                  <button type="submit" className="link-button">
                    <Icon name="signOut" />
                    Sign out
                  </button>
                </Form>
              </li>
            </>
          ) : (
            <>
              <li>
                <NavLink to="/guide">
                  <Icon name="guide" />
                  Guide
                </NavLink>
              </li>
              <li>
                <NavLink to="/sign-in">
                  <Icon name="signIn" />
                  Sign in
                </NavLink>
              </li>
              <li>
                <NavLink to="/sign-up">
                  <Icon name="signUp" />
                  Create an account
                </NavLink>
              </li>
            </>
          )}
          {isOutboxVisible ? (
            <li>
              <NavLink to="/outbox">
                <Icon name="outbox" />
                Email outbox
              </NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
    </header>
  );
}

export default function App() {
  useFocusMainOnNavigation();
  return <Outlet />;
}

// After a client-side navigation, move focus to the main content, as a full page load would
// (screen readers then start from the new page, not from the link that was followed).
function useFocusMainOnNavigation() {
  const location = useLocation();
  const isFirstRender = useRef(true);
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    // A page that has just put focus somewhere on purpose (the error summary) keeps it.
    if (location.hash || document.activeElement?.closest("[data-keeps-focus]")) return;
    document.getElementById("main")?.focus();
  }, [location.key, location.hash]);
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
