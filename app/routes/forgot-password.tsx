// Ask for a password reset link. The answer is the same whether or not the email has an account.
import { data, Form } from "react-router";
import type { Route } from "./+types/forgot-password";
import { ErrorSummary, TextField, typedOr } from "~/components/form";
import { forgotPasswordFormSchema } from "~/forms/account";
import { parseForm, readForm } from "~/forms/parse";
import { requestPasswordReset, siteOrigin } from "~/auth/accounts.server";

export const meta: Route.MetaFunction = () => [{ title: "Reset your password – Clearpath" }];

export async function action({ request }: Route.ActionArgs) {
  const form = parseForm(await readForm(request), forgotPasswordFormSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values, sent: false }, { status: 400 });
  await requestPasswordReset(form.data.email, siteOrigin());
  return { errors: undefined, values: undefined, sent: true };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  if (actionData?.sent) {
    return (
      <section className="narrow">
        <h1>Check your email</h1>
        <p>
          If there is an account for that email address, we have sent it a link to reset the password. The link works
          once, for one hour.
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>Reset your password</h1>
      <p>Enter the email address you signed up with. We will send you a link to choose a new password.</p>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <TextField name="email" label="Email address" type="email" autoComplete="email" required errors={actionData?.errors} defaultValue={typedOr(actionData?.values, "email", "")} />
        <button type="submit">Send reset link</button>
      </Form>
    </section>
  );
}
