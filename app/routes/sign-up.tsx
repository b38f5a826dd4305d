// Create an account. The address is confirmed by an emailed link before the first sign-in.
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/sign-up";
import { ErrorSummary, TextField, typedOr } from "~/components/form";
import { signUpFormSchema } from "~/forms/account";
import { parseForm, readForm } from "~/forms/parse";
import { PASSWORD_MIN_LENGTH } from "~/forms/password-rules";
import { requireSignedOut } from "~/auth/session.server";
import { signUp, siteOrigin } from "~/auth/accounts.server";

export const meta: Route.MetaFunction = () => [{ title: "Create an account – Clearpath" }];

export function loader({ context }: Route.LoaderArgs) {
  requireSignedOut(context);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  requireSignedOut(context);
  const form = parseForm(await readForm(request), signUpFormSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  await signUp(form.data, siteOrigin());
  return redirect("/sign-up/check-email");
}

export default function SignUp({ actionData }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <h1>Create an account</h1>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <TextField name="name" label="Your name" autoComplete="name" required maxLength={100} errors={actionData?.errors} defaultValue={typedOr(actionData?.values, "name", "")} />
        <TextField
          name="email"
          label="Email address"
          type="email"
          autoComplete="email"
          required
          hint="We will send you a link to confirm it."
          errors={actionData?.errors}
          defaultValue={typedOr(actionData?.values, "email", "")}
        />
        <TextField
          name="password"
          label="Choose a password"
          type="password"
          autoComplete="new-password"
          required
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few words you will remember works well.`}
          errors={actionData?.errors}
        />
        <button type="submit">Create account</button>
      </Form>
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </section>
  );
}
