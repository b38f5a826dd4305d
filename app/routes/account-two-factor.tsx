// Two-step sign-in: add Clearpath to an authenticator app, confirm with a first code, keep the
// recovery codes. Advisers and admins must have it on; parents may turn it on and off.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/account-two-factor";
import { requireUser } from "~/auth/session.server";
import {
  beginTwoFactorSetup,
  checkSecondFactor,
  currentSetup,
  finishTwoFactorSetup,
  getTwoFactorState,
  makeRecoveryCodes,
  turnOffTwoFactor,
} from "~/auth/two-factor.server";
import { ErrorSummary, TextField } from "~/components/form";
import { parseIntentForm, readForm } from "~/forms/parse";
import { twoFactorActionSchema } from "~/forms/two-factor";
import { redirectWithFlash } from "~/services/flash.server";
import { plural } from "~/domain/presentation";

export const handle: RouteHandle = { page: { beforeSecondFactor: true } };

export const meta: Route.MetaFunction = () => [{ title: "Two-step sign-in – Clearpath" }];

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const state = await getTwoFactorState(user.id);
  return { state, setup: state.isOn ? null : await currentSetup(user.id, user.email) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const form = parseIntentForm(await readForm(request), twoFactorActionSchema);
  if (!form.ok) return data({ errors: form.errors, recoveryCodes: null }, { status: 400 });
  const wrong = { errors: { code: "That code is not right. Codes change every 30 seconds: enter the one your app shows now" }, recoveryCodes: null };
  switch (form.data.intent) {
    case "begin":
      await beginTwoFactorSetup(user.id, user.email);
      return redirectWithFlash("/account/two-factor#setup", "Now add Clearpath to your authenticator app.");
    case "confirm": {
      const codes = await finishTwoFactorSetup(user.id, form.data.code);
      return codes ? { errors: null, recoveryCodes: codes } : data(wrong, { status: 400 });
    }
    case "codes":
      if (!(await checkSecondFactor(user.id, form.data.code))) return data(wrong, { status: 400 });
      return { errors: null, recoveryCodes: await makeRecoveryCodes(user.id) };
    case "off":
      if (!(await checkSecondFactor(user.id, form.data.code))) return data(wrong, { status: 400 });
      if (!(await turnOffTwoFactor(user.id))) {
        return data({ errors: { code: "Advisers and admins must keep two-step sign-in on" }, recoveryCodes: null }, { status: 400 });
      }
      return redirectWithFlash("/account/two-factor", "Two-step sign-in is off.");
  }
}

export default function AccountTwoFactor({ loaderData, actionData }: Route.ComponentProps) {
  const { state, setup } = loaderData;
  const errors = actionData?.errors ?? undefined;
  return (
    <section className="narrow">
      <p>
        <Link to="/account">Your account</Link>
      </p>
      <h1>Two-step sign-in</h1>
      <p>
        With two-step sign-in, you need your password and a code from an authenticator app on your phone (such as Google Authenticator, Microsoft
        Authenticator or 1Password) to sign in. Someone who learns your password still cannot get in.
      </p>
      {state.isRequired && !state.isOn ? (
        <p className="note" role="status">
          You work for the advice service, so you can see other families&rsquo; cases. Turn on two-step sign-in to carry on.
        </p>
      ) : null}

      {actionData?.recoveryCodes ? (
        <div className="panel" role="status">
          <h2>Your recovery codes</h2>
          <p>
            Keep these somewhere safe, away from your phone. Each one works once, in place of a code from your app. Clearpath does not show them
            again.
          </p>
          <ul className="recovery-codes">
            {actionData.recoveryCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {state.isOn ? (
        <>
          <p>
            <strong>Two-step sign-in is on.</strong> You have {plural(state.recoveryCodesLeft, "unused recovery code")}.
          </p>
          <ErrorSummary errors={errors} />
          <Form method="post" noValidate>
            <TextField name="code" label="Code from your app" autoComplete="one-time-code" errors={errors} width="short" />
            <div className="actions">
              <button type="submit" name="intent" value="codes" className="secondary">
                Make new recovery codes
              </button>
              {state.isRequired ? null : (
                <button type="submit" name="intent" value="off" className="danger">
                  Turn two-step sign-in off
                </button>
              )}
            </div>
          </Form>
        </>
      ) : setup ? (
        <section aria-labelledby="setup">
          <h2 id="setup">Add Clearpath to your app</h2>
          <ol>
            <li>In your authenticator app, choose to add an account and scan this QR code.</li>
            <li>
              If you cannot scan it, type in this key instead: <code className="break-all">{setup.secret}</code>
            </li>
            <li>Enter the 6-digit code your app then shows.</li>
          </ol>
          <div className="qr-code" role="img" aria-label="QR code to add Clearpath to an authenticator app" dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
          <ErrorSummary errors={errors} />
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="confirm" />
            <TextField name="code" label="Code from your app" autoComplete="one-time-code" errors={errors} width="short" />
            <button type="submit">Turn on two-step sign-in</button>
          </Form>
        </section>
      ) : (
        <Form method="post">
          <input type="hidden" name="intent" value="begin" />
          <button type="submit">Set up two-step sign-in</button>
        </Form>
      )}
    </section>
  );
}
