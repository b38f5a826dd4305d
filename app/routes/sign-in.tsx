// Sign in. Wrong email and wrong password get the same message; repeated failures are slowed.
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/sign-in";
import { ErrorSummary, TextField, typedOr } from "~/components/form";
import { signInFormSchema } from "~/forms/account";
import { parseForm, readForm } from "~/forms/parse";
import { requestInfoContext } from "~/context";
import { safeRedirectPath, requireSignedOut, startSession } from "~/auth/session.server";
import { signIn, siteOrigin } from "~/auth/accounts.server";
import { needsSecondFactor } from "~/auth/two-factor.server";
import { DEMO_ACCOUNT } from "~/data/demo.server";
import { DEMO_ADMIN, DEMO_ADVISER } from "~/data/demo-organisation.server";
import { config } from "~/services/config.server";
import { formatWait } from "~/domain/presentation";

export const meta: Route.MetaFunction = () => [{ title: "Sign in – Clearpath" }];

const MESSAGES = {
  wrong: "The email address or password is not right. Check them and try again",
  unconfirmed: "You need to confirm your email address first. We have sent you a new link: open it, then sign in",
};

// A page answered from an action keeps the action's headers only if the route passes them on:
// Retry-After tells scripts and tools how long to wait.
export const headers: Route.HeadersFunction = ({ actionHeaders }) => actionHeaders;

export function loader({ request, context }: Route.LoaderArgs) {
  requireSignedOut(context);
  // Empty unless a page asked to come back to it: each person then lands on their own start.
  const asked = new URL(request.url).searchParams.get("redirectTo");
  const redirectTo = asked ? safeRedirectPath(asked) : "";
  const demo = config.isDemo
    ? [
        { who: "the demo parent", email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password },
        { who: "the demo adviser", email: DEMO_ADVISER.email, password: DEMO_ADVISER.password },
        { who: "the advice organisation's demo admin", email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
      ]
    : null;
  return { redirectTo, demo };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireSignedOut(context);
  const form = parseForm(await readForm(request), signInFormSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const { clientAddress } = context.get(requestInfoContext);
  const result = await signIn(form.data, clientAddress, siteOrigin());
  if (!result.ok && result.reason === "wait") {
    const message = `There have been several wrong attempts. Wait ${formatWait(result.seconds)} before trying again, or reset your password`;
    return data({ errors: { email: message }, values: { email: form.data.email } }, { status: 429, headers: { "Retry-After": String(result.seconds) } });
  }
  if (!result.ok) return data({ errors: { email: MESSAGES[result.reason] }, values: { email: form.data.email } }, { status: 400 });
  const asked = form.data.redirectTo ? safeRedirectPath(form.data.redirectTo) : null;
  if (await needsSecondFactor(result.userId)) {
    // Organisation members all pass here; without a page to come back to, the code step sends
    // them to the start page, which knows their role (the admin's is the organisation page).
    const cookie = await startSession(result.userId, request, { awaitingCode: true });
    return redirect(asked ? `/sign-in/code?redirectTo=${encodeURIComponent(asked)}` : "/sign-in/code", { headers: { "Set-Cookie": cookie } });
  }
  const cookie = await startSession(result.userId, request);
  return redirect(asked ?? "/cases", { headers: { "Set-Cookie": cookie } });
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <h1>Sign in</h1>
      {loaderData.demo ? (
        <aside className="note demo-accounts" aria-label="Demo accounts">
          <p>This is a demo. You can sign in as:</p>
          <ul>
            {loaderData.demo.map((account) => (
              <li key={account.email}>
                {account.who}: email <strong>{account.email}</strong>, password <strong>{account.password}</strong>
              </li>
            ))}
          </ul>
          <p>The adviser and the admin use two-step sign-in; in the demo, the code is shown for you.</p>
        </aside>
      ) : null}
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <TextField name="email" label="Email address" type="email" autoComplete="email" required errors={actionData?.errors} defaultValue={typedOr(actionData?.values, "email", "")} />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" required errors={actionData?.errors} />
        <button type="submit">Sign in</button>
      </Form>
      <p>
        <Link to="/forgot-password">Forgotten your password?</Link>
      </p>
      <p>
        New to Clearpath? <Link to="/sign-up">Create an account</Link>
      </p>
    </section>
  );
}
