// Change password: needs the current one; signs out every other device.
import { data, Form } from "react-router";
import type { Route } from "./+types/account-password";
import { ErrorSummary, TextField } from "~/components/form";
import { changePasswordFormSchema } from "~/forms/account";
import { parseForm, readForm } from "~/forms/parse";
import { PASSWORD_MIN_LENGTH } from "~/forms/password-rules";
import { requireUser } from "~/auth/session.server";
import { changePassword } from "~/auth/accounts.server";
import { redirectWithFlash } from "~/services/flash.server";

export const meta: Route.MetaFunction = () => [{ title: "Change your password – Clearpath" }];

export function loader({ request, context }: Route.LoaderArgs) {
  requireUser(request, context);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const form = parseForm(await readForm(request), changePasswordFormSchema);
  if (!form.ok) return data({ errors: form.errors }, { status: 400 });
  if (!(await changePassword(user, form.data.currentPassword, form.data.newPassword))) {
    return data({ errors: { currentPassword: "Your current password is not right. Check it and try again" } }, { status: 400 });
  }
  return redirectWithFlash("/account", "Your password has been changed. Other devices have been signed out.");
}

export default function ChangePassword({ actionData }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <h1>Change your password</h1>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={actionData?.errors} />
        <TextField
          name="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. You will stay signed in here; other devices will be signed out.`}
          errors={actionData?.errors}
        />
        <button type="submit">Change password</button>
      </Form>
    </section>
  );
}
