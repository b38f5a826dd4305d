// Sign in, second step: the six-digit code from the authenticator app, or a recovery code.
import { data, Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/sign-in-code";
import { ErrorSummary, TextField } from "~/components/form";
import { requestInfoContext } from "~/context";
import { noteSignInFailure, noteSignInSuccess, signInKeys, waitBeforeAttempt } from "~/auth/rate-limit.server";
import { formatWait } from "~/domain/presentation";
import { completeSessionAfterCode, findSessionAwaitingCode, requireSignedOut, safeRedirectPath } from "~/auth/session.server";
import { checkSecondFactor, currentCodeForDemo } from "~/auth/two-factor.server";
import { DEMO_ADMIN, DEMO_ADVISER } from "~/data/demo-organisation.server";
import { config } from "~/services/config.server";
import { parseForm, readForm } from "~/forms/parse";

export const meta: Route.MetaFunction = () => [{ title: "Enter your code – Clearpath" }];

const codeFormSchema = z.object({
  code: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().min(1, "Enter the 6-digit code from your authenticator app").max(40, "Enter the 6-digit code from your authenticator app")),
  redirectTo: z.string().optional(),
});

// A page answered from an action keeps the action's headers only if the route passes them on:
// Retry-After tells scripts and tools how long to wait.
export const headers: Route.HeadersFunction = ({ actionHeaders }) => actionHeaders;

export async function loader({ request, context }: Route.LoaderArgs) {
  requireSignedOut(context);
  const waiting = await findSessionAwaitingCode(request);
  if (!waiting) throw redirect("/sign-in");
  // Demo accounts have public passwords; their code is shown so the demo needs no authenticator app.
  const asked = new URL(request.url).searchParams.get("redirectTo");
  const isDemoAccount = config.isDemo && [DEMO_ADVISER.email, DEMO_ADMIN.email].includes(waiting.email as never);
  return {
    redirectTo: asked ? safeRedirectPath(asked) : "",
    demoCode: isDemoAccount ? await currentCodeForDemo(waiting.userId) : null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireSignedOut(context);
  const waiting = await findSessionAwaitingCode(request);
  if (!waiting) throw redirect("/sign-in");
  const form = parseForm(await readForm(request), codeFormSchema);
  if (!form.ok) return data({ errors: form.errors }, { status: 400 });
  const keys = signInKeys(waiting.email, context.get(requestInfoContext).clientAddress);
  const seconds = await waitBeforeAttempt(keys);
  if (seconds > 0) {
    return data({ errors: { code: `There have been several wrong codes. Wait ${formatWait(seconds)} before trying again` } }, { status: 429, headers: { "Retry-After": String(seconds) } });
  }
  if (!(await checkSecondFactor(waiting.userId, form.data.code))) {
    await noteSignInFailure(keys);
    return data({ errors: { code: "That code is not right. Codes change every 30 seconds: enter the one your app shows now" } }, { status: 400 });
  }
  await noteSignInSuccess(keys);
  await completeSessionAfterCode(waiting.sessionId);
  // No page to come back to: the start page sends each person to their own start.
  return redirect(form.data.redirectTo ? safeRedirectPath(form.data.redirectTo) : "/");
}

export default function SignInCode({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <h1>Enter your code</h1>
      <p>Open your authenticator app and enter the 6-digit code it shows for Clearpath. If you have lost your phone, enter one of your recovery codes instead.</p>
      {loaderData.demoCode ? (
        <p className="note">
          Demo account: the code now is <strong>{loaderData.demoCode}</strong>. It changes every 30 seconds.
        </p>
      ) : null}
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <TextField name="code" label="Code" autoComplete="one-time-code" errors={actionData?.errors} />
        <button type="submit">Continue</button>
      </Form>
    </section>
  );
}
