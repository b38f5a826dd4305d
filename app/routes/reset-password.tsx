// Choose a new password from an emailed reset link (single use, one hour).
import { data, Form, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/reset-password";
import { ErrorSummary, TextField } from "~/components/form";
import { resetPasswordFormSchema } from "~/forms/account";
import { parseForm, readForm } from "~/forms/parse";
import { PASSWORD_MIN_LENGTH } from "~/forms/password-rules";
import { resetPassword } from "~/auth/accounts.server";
import { isEmailTokenValid } from "~/data/accounts.server";
import { redirectWithFlash } from "~/services/flash.server";

export const meta: Route.MetaFunction = ({ data }) => [{ title: `${data?.token ? "Choose a new password" : "This link does not work"} – Clearpath` }];

export async function loader({ request }: Route.LoaderArgs) {
  const token = z.string().min(1).max(200).safeParse(new URL(request.url).searchParams.get("token"));
  const isValid = token.success && (await isEmailTokenValid(token.data, "reset_password"));
  return { token: isValid ? token.data : null };
}

export async function action({ request }: Route.ActionArgs) {
  const form = parseForm(await readForm(request), resetPasswordFormSchema);
  if (!form.ok) return data({ errors: form.errors, expired: false }, { status: 400 });
  if (!(await resetPassword(form.data.token, form.data.password))) {
    return data({ errors: undefined, expired: true }, { status: 400 });
  }
  return redirectWithFlash("/sign-in", "Your password has been changed. Sign in with your new password.");
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  if (!loaderData.token || actionData?.expired) {
    return (
      <section className="narrow">
        <h1>This link does not work</h1>
        <p>Reset links work once, for one hour. This one has been used or is too old.</p>
        <p>
          <Link to="/forgot-password">Ask for a new link</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>Choose a new password</h1>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <input type="hidden" name="token" value={loaderData.token} />
        <TextField
          name="password"
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          errors={actionData?.errors}
        />
        <button type="submit">Save new password</button>
      </Form>
    </section>
  );
}
